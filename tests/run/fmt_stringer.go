// fmt calls String() on values implementing fmt.Stringer, for %v %s and inside composites,
// but not for %d or %#v.
package main

import "fmt"

type Color int

const (
	Red Color = iota
	Green
	Blue
)

func (c Color) String() string {
	switch c {
	case Red:
		return "Red"
	case Green:
		return "Green"
	case Blue:
		return "Blue"
	}
	return fmt.Sprintf("Color(%d)", int(c))
}

type Temp struct{ Deg float64 }

func (t *Temp) String() string { return fmt.Sprintf("%.1f°", t.Deg) }

func main() {
	c := Green
	fmt.Println(c, Blue, Color(7))
	fmt.Printf("%v %s %d %q %x %#v\n", c, c, c, c, c, c)
	fmt.Println([]Color{Red, Blue})
	fmt.Println(map[Color]int{Blue: 3, Red: 1})
	fmt.Printf("%+v\n", struct{ C Color }{Green})
	t := Temp{21.5}
	fmt.Println(&t, t)
	fmt.Printf("%v %s\n", &t, []*Temp{&t})
	fmt.Printf("%10v|%-8s|\n", c, Red)
	s := fmt.Sprint(Blue, Red)
	fmt.Println(s, len(s))
}
