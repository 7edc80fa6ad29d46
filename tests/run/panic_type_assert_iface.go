// Failed assertions from a non-empty interface to a concrete type mention the interface type.
package main

import (
	"errors"
	"fmt"
)

type Animal interface{ Sound() string }
type Dog struct{}
type Cat struct{}

func (Dog) Sound() string  { return "woof" }
func (*Cat) Sound() string { return "meow" }

type MyErr struct{}

func (MyErr) Error() string { return "my error" }

func try(f func()) {
	defer func() { fmt.Println("recovered:", recover()) }()
	f()
}

func main() {
	var a Animal = Dog{}
	try(func() { _ = a.(*Cat) })
	a = &Cat{}
	try(func() { _ = a.(Dog) })
	fmt.Println(a.(*Cat).Sound())
	var err error = errors.New("x")
	try(func() { _ = err.(MyErr) })
	err = MyErr{}
	fmt.Println(err.(MyErr).Error())
	a = Dog{}
	c := a.(*Cat)
	fmt.Println(c)
}
