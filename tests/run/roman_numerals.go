// Roman numeral conversion both ways with validation, table-driven with slices of structs.
package main

import (
	"errors"
	"fmt"
	"strings"
)

var table = []struct {
	val int
	sym string
}{
	{1000, "M"}, {900, "CM"}, {500, "D"}, {400, "CD"}, {100, "C"}, {90, "XC"},
	{50, "L"}, {40, "XL"}, {10, "X"}, {9, "IX"}, {5, "V"}, {4, "IV"}, {1, "I"},
}

var ErrRange = errors.New("out of range")

func toRoman(n int) (string, error) {
	if n <= 0 || n >= 4000 {
		return "", fmt.Errorf("toRoman(%d): %w", n, ErrRange)
	}
	var sb strings.Builder
	for _, e := range table {
		for n >= e.val {
			sb.WriteString(e.sym)
			n -= e.val
		}
	}
	return sb.String(), nil
}

func fromRoman(s string) (int, error) {
	values := map[byte]int{'I': 1, 'V': 5, 'X': 10, 'L': 50, 'C': 100, 'D': 500, 'M': 1000}
	total := 0
	for i := 0; i < len(s); i++ {
		v, ok := values[s[i]]
		if !ok {
			return 0, fmt.Errorf("fromRoman(%q): bad digit %q at %d", s, s[i], i)
		}
		if i+1 < len(s) && values[s[i+1]] > v {
			total -= v
		} else {
			total += v
		}
	}
	if back, err := toRoman(total); err != nil || back != s {
		return 0, fmt.Errorf("fromRoman(%q): not canonical (want %q)", s, back)
	}
	return total, nil
}

func main() {
	for _, n := range []int{1, 4, 9, 14, 40, 90, 400, 1994, 2024, 3999, 0, 4000} {
		r, err := toRoman(n)
		if err != nil {
			fmt.Println(err, errors.Is(err, ErrRange))
			continue
		}
		back, _ := fromRoman(r)
		fmt.Printf("%4d %-12s %d\n", n, r, back)
	}
	for _, s := range []string{"MCMXCIV", "IIII", "IC", "XLII", "ABC", ""} {
		n, err := fromRoman(s)
		fmt.Println(n, err)
	}
	ok := 0
	for n := 1; n < 4000; n++ {
		r, _ := toRoman(n)
		if m, err := fromRoman(r); err == nil && m == n {
			ok++
		}
	}
	fmt.Println("round trips:", ok)
}
