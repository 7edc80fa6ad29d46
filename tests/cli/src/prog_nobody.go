package main

// gc reports a missing body at the token after func: the name of a
// function, the receiver's parenthesis of a method.
type T struct{}

func (T) M()

func F()

func main() { F(); T{}.M() }
