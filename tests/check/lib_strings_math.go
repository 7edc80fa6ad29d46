// Uses of math, strings and unicode/utf8 that go2c check accepts.
package main

import (
	"fmt"
	"math"
	"strings"
	"unicode/utf8"
)

type histogram struct {
	out   strings.Builder
	total float64
}

func (h *histogram) add(label string, v float64) {
	h.total += v
	bar := strings.Repeat("#", int(math.Round(v)))
	h.out.WriteString(fmt.Sprintf("%-8s|%s\n", label, bar))
}

func main() {
	var h histogram
	for i, w := range strings.Fields("alpha beta gamma") {
		h.add(strings.ToUpper(w), math.Sqrt(float64(i+1))*3)
	}
	fmt.Print(h.out.String())
	fmt.Println(math.MaxInt64, math.MinInt8, uint64(math.MaxUint64), math.Pi)
	fmt.Println(math.Floor(h.total), math.IsInf(math.Inf(1), 1), math.NaN() != math.NaN())
	s := "héllo, wörld"
	fmt.Println(len(s), utf8.RuneCountInString(s), strings.Index(s, "w"))
	for len(s) > 0 {
		r, size := utf8.DecodeRuneInString(s)
		if r == utf8.RuneError {
			break
		}
		s = s[size:]
	}
	buf := make([]byte, utf8.UTFMax)
	n := utf8.EncodeRune(buf, 'ö')
	fmt.Println(buf[:n], strings.Join([]string{"a", "b"}, "-"), strings.HasPrefix("go2c", "go"))
}
