// Values implementing error print their Error() text; error wins over String().
package main

import (
	"errors"
	"fmt"
)

type Both struct{}

func (Both) Error() string  { return "from Error" }
func (Both) String() string { return "from String" }

type NotFound struct{ Key string }

func (e *NotFound) Error() string { return "not found: " + e.Key }

func find(k string) error {
	if k == "x" {
		return nil
	}
	return &NotFound{k}
}

func main() {
	fmt.Println(Both{})
	fmt.Printf("%v %s %q\n", Both{}, Both{}, Both{})
	err := find("y")
	fmt.Println(err)
	fmt.Printf("%v|%+v|%10.4v|\n", err, err, err)
	fmt.Println(find("x"), find("x") == nil)
	e1 := errors.New("plain")
	fmt.Printf("%v %q\n", e1, e1)
	fmt.Println([]error{e1, err, nil})
	fmt.Println(fmt.Sprint(e1) == e1.Error())
}
