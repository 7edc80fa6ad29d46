// strconv.ParseFloat, FormatFloat formats and precisions, Quote, QuoteRune, Unquote.
package main

import (
	"fmt"
	"strconv"
)

func main() {
	for _, s := range []string{"3.14", "1e10", "-0.5", "inf", "NaN", "1e400", "abc", "0x1p-2", ".5"} {
		f, err := strconv.ParseFloat(s, 64)
		fmt.Println(f, err)
	}
	f32, err := strconv.ParseFloat("0.1", 32)
	fmt.Println(f32, err)
	x := 1234.5678
	fmt.Println(strconv.FormatFloat(x, 'f', 2, 64), strconv.FormatFloat(x, 'e', 3, 64))
	fmt.Println(strconv.FormatFloat(x, 'g', -1, 64), strconv.FormatFloat(x, 'f', -1, 32))
	fmt.Println(strconv.FormatFloat(0.1, 'f', -1, 64), strconv.FormatFloat(1e21, 'g', -1, 64))
	fmt.Println(strconv.Quote("hi \"there\"\n\t☺\x00"))
	fmt.Println(strconv.QuoteToASCII("☺ é"))
	fmt.Println(strconv.QuoteRune('☺'), strconv.QuoteRune('\''))
	for _, q := range []string{`"a\tb"`, "`raw\\n`", `'x'`, `"bad`, `abc`} {
		s, err := strconv.Unquote(q)
		fmt.Printf("%q %v\n", s, err)
	}
}
