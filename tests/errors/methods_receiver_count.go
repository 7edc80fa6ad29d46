// A method has exactly one receiver: none and two are both errors.
package main

type T struct{}

func (t T, u T) Two() {} // ERROR "method has multiple receivers"
func () None()        {} // ERROR "method has no receiver"
func (T) One()        {}

func main() { T{}.One() }
