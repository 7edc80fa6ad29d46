// unicode classification and case mapping on ASCII and non-ASCII runes.
package main

import (
	"fmt"
	"unicode"
)

func main() {
	runes := []rune{'a', 'Z', '5', ' ', '\n', 'é', 'Ω', '世', '٣', '!', '_', '\u00a0', 'ǅ'}
	for _, r := range runes {
		fmt.Printf("%q L=%t U=%t Lo=%t D=%t N=%t S=%t P=%t G=%t up=%q lo=%q ti=%q\n",
			r, unicode.IsLetter(r), unicode.IsUpper(r), unicode.IsLower(r), unicode.IsDigit(r),
			unicode.IsNumber(r), unicode.IsSpace(r), unicode.IsPunct(r), unicode.IsGraphic(r),
			unicode.ToUpper(r), unicode.ToLower(r), unicode.ToTitle(r))
	}
	fmt.Println(unicode.IsControl('\t'), unicode.IsPrint('\t'), unicode.IsPrint(' '), unicode.IsSymbol('+'))
	fmt.Println(unicode.Is(unicode.Han, '世'), unicode.Is(unicode.Latin, 'é'), unicode.In('Ω', unicode.Greek, unicode.Latin))
	fmt.Println(unicode.MaxRune, unicode.ReplacementChar == '\uFFFD', string(unicode.SimpleFold('A')), string(unicode.SimpleFold('k')))
}
