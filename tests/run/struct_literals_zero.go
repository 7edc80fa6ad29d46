// Struct literal forms (keyed, positional, nested, pointer, omitted fields) and zero values.
package main

import "fmt"

type Address struct {
	City string
	Zip  int
}

type Person struct {
	Name    string
	Age     int
	Emails  []string
	Addr    Address
	Boss    *Person
	Meta    map[string]string
	Score   float64
	Active  bool
	Initial rune
}

func main() {
	var zero Person
	fmt.Printf("%+v\n", zero)
	fmt.Println(zero.Emails == nil, zero.Meta == nil, zero.Boss == nil, zero.Addr.City == "")
	p := Person{Name: "Ann", Addr: Address{"Oslo", 150}}
	fmt.Printf("%+v\n", p)
	a := Address{"Rome", 100}
	b := Address{City: "Lima"}
	fmt.Println(a, b)
	boss := &Person{Name: "Bo", Age: 50}
	p.Boss = boss
	fmt.Println(p.Boss.Name, p.Boss.Age)
	ps := []Person{{Name: "x"}, {Name: "y", Age: 2}}
	fmt.Println(len(ps), ps[1].Age, ps[0].Addr)
	pp := []*Address{{"A", 1}, {City: "B"}}
	fmt.Println(*pp[0], *pp[1])
	m := map[string]Address{"home": {"C", 3}}
	fmt.Println(m)
	n := new(Person)
	n.Meta = map[string]string{"k": "v"}
	fmt.Println(n.Name == "", n.Meta)
	arr := [2]Address{{City: "D"}}
	fmt.Println(arr)
}
