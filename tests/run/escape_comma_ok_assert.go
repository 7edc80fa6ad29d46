// A value asserted to an interface with the comma-ok form keeps pointing
// at the box of the original: returned, that box must live on the heap.
package main

import "fmt"

type celsius float64

func (c celsius) String() string { return fmt.Sprintf("%.1f°C", float64(c)) }

func stringer(v float64) fmt.Stringer {
	var x any = celsius(v)
	s, ok := x.(fmt.Stringer)
	if !ok {
		return nil
	}
	return s
}

func clobber(n int) int {
	var buf [64]int
	for i := range buf {
		buf[i] = n + i
	}
	return buf[n%64]
}

func main() {
	a := stringer(21.5)
	b := stringer(-3)
	clobber(7)
	fmt.Println(a, b)
}
