// fmt catches panics in String/Error methods; a nil pointer receiver that panics prints <nil>.
package main

import (
	"errors"
	"fmt"
)

type Bad struct{}

func (Bad) String() string { panic("boom") }

type BadErr struct{}

func (BadErr) Error() string { panic(errors.New("err boom")) }

type Named struct{ name string }

func (n *Named) String() string { return "named " + n.name }

func main() {
	fmt.Println(Bad{})
	fmt.Printf("%v|%s|%d\n", Bad{}, Bad{}, Bad{})
	fmt.Println(BadErr{})
	var n *Named
	fmt.Println(n)
	fmt.Printf("[%v] [%s]\n", n, n)
	fmt.Println(&Named{"x"})
	fmt.Println("still running")
}
