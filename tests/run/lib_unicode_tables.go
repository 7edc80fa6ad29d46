// unicode's RangeTable variables and Is, In, IsOneOf, including tables
// built by the program (strides, 32-bit ranges, negative runes).
package main

import (
	"fmt"
	"unicode"
)

// count is how many runes of [0, MaxRune] the table holds, and a checksum.
func count(t *unicode.RangeTable) (int, int64) {
	n, sum := 0, int64(0)
	for r := rune(0); r <= unicode.MaxRune; r++ {
		if unicode.Is(t, r) {
			n++
			sum += int64(r) * int64(n%7+1)
		}
	}
	return n, sum
}

func main() {
	tables := []struct {
		name string
		t    *unicode.RangeTable
	}{
		{"Letter", unicode.Letter}, {"Upper", unicode.Upper}, {"Lower", unicode.Lower},
		{"Title", unicode.Title}, {"Digit", unicode.Digit}, {"Number", unicode.Number},
		{"Space", unicode.Space}, {"White_Space", unicode.White_Space},
		{"Punct", unicode.Punct}, {"Symbol", unicode.Symbol}, {"Mark", unicode.Mark},
		{"Cc", unicode.Cc}, {"Co", unicode.Co},
		{"Latin", unicode.Latin}, {"Greek", unicode.Greek}, {"Cyrillic", unicode.Cyrillic},
		{"Han", unicode.Han}, {"Hiragana", unicode.Hiragana}, {"Katakana", unicode.Katakana},
		{"Arabic", unicode.Arabic}, {"Hebrew", unicode.Hebrew},
		{"ASCII_Hex_Digit", unicode.ASCII_Hex_Digit}, {"Hex_Digit", unicode.Hex_Digit},
		{"Zs", unicode.Zs}, {"Sm", unicode.Sm}, {"Nl", unicode.Nl}, {"Other", unicode.Other},
	}
	for _, e := range tables {
		n, sum := count(e.t)
		fmt.Println(e.name, len(e.t.R16), len(e.t.R32), e.t.LatinOffset, n, sum)
	}
	fmt.Println(unicode.Letter == unicode.L, unicode.Upper == unicode.Lu, unicode.Digit == unicode.Nd,
		unicode.Space == unicode.Z, unicode.STerm == unicode.Sentence_Terminal, unicode.Letter == unicode.Lu)
	fmt.Println(unicode.Lu.R16[0], unicode.Lu.R16[1], unicode.Greek.R32[0], len(unicode.GraphicRanges), len(unicode.PrintRanges))

	for _, r := range []rune{'a', 'Z', '5', ' ', '\n', 'é', 'Ω', 'я', '中', 'あ', 'ア', '٣', 'א', '€', -1, 0x10FFFF, 0x110000, 0x1F600} {
		fmt.Printf("%U L=%v Lu=%v Nd=%v Zs=%v Greek=%v Han=%v In=%v OneOf=%v Graphic=%v\n", r,
			unicode.Is(unicode.L, r), unicode.Is(unicode.Lu, r), unicode.Is(unicode.Nd, r),
			unicode.Is(unicode.Zs, r), unicode.Is(unicode.Greek, r), unicode.Is(unicode.Han, r),
			unicode.In(r, unicode.Han, unicode.Hiragana, unicode.Katakana),
			unicode.IsOneOf([]*unicode.RangeTable{unicode.Digit, unicode.Punct}, r),
			unicode.In(r, unicode.GraphicRanges...))
	}

	// A table of the program's own: every third rune of 'a'..'z', and
	// every 2nd of a 32-bit range.
	mine := &unicode.RangeTable{
		R16: []unicode.Range16{{Lo: 'a', Hi: 'z', Stride: 3}, {Lo: 0x400, Hi: 0x40F, Stride: 1}},
		R32: []unicode.Range32{{Lo: 0x10000, Hi: 0x10010, Stride: 2}},
	}
	for _, r := range []rune{'a', 'b', 'd', 'y', 0x405, 0x410, 0x10000, 0x10001, 0x10010, 0x10012, -5} {
		fmt.Print(unicode.Is(mine, r), " ")
	}
	fmt.Println()
	fmt.Println(unicode.In('x'), unicode.IsOneOf(nil, 'x'))

	// A long table is searched by bisection.
	long := &unicode.RangeTable{}
	for i := 0; i < 40; i++ {
		long.R16 = append(long.R16, unicode.Range16{Lo: uint16(0x1000 + 16*i), Hi: uint16(0x1000 + 16*i + 7), Stride: 1})
	}
	fmt.Println(unicode.Is(long, 0x1000), unicode.Is(long, 0x1008), unicode.Is(long, 0x1127), unicode.Is(long, 0x1128))

	defer func() { fmt.Println("recovered:", recover()) }()
	zero := &unicode.RangeTable{R16: []unicode.Range16{{Lo: 1, Hi: 10, Stride: 0}}}
	fmt.Println(unicode.Is(zero, 5))
}
