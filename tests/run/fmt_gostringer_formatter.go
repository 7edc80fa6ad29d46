// GoStringer controls %#v; Formatter takes over every verb with its flags, width and precision.
package main

import "fmt"

type ID int

func (i ID) GoString() string { return fmt.Sprintf("ID(%d)", int(i)) }

type Money struct{ Cents int }

func (m Money) Format(f fmt.State, verb rune) {
	fmt.Fprintf(f, "<%c", verb)
	if w, ok := f.Width(); ok {
		fmt.Fprintf(f, " w=%d", w)
	}
	if p, ok := f.Precision(); ok {
		fmt.Fprintf(f, " p=%d", p)
	}
	fmt.Fprintf(f, " plus=%t minus=%t sharp=%t $%d.%02d>",
		f.Flag('+'), f.Flag('-'), f.Flag('#'), m.Cents/100, m.Cents%100)
}

func main() {
	fmt.Printf("%#v %v %d\n", ID(5), ID(5), ID(5))
	fmt.Printf("%#v\n", []ID{1, 2})
	m := Money{1234}
	fmt.Printf("%v\n", m)
	fmt.Printf("%+8.2f\n", m)
	fmt.Printf("%-#x\n", m)
	fmt.Println(m)
	fmt.Println(fmt.Sprint(m, m))
	fmt.Printf("%s\n", []Money{{5}, {100}})
}
