// Named types: conversion between named and underlying types, methods on named basic types,
// named slices and maps keep their element behaviour.
package main

import (
	"fmt"
	"strings"
)

type Meters float64
type Feet float64
type Words []string
type Set map[string]bool
type Upper string

func (m Meters) ToFeet() Feet   { return Feet(m * 3.28084) }
func (w Words) Join() string    { return strings.Join(w, "-") }
func (s Set) Has(k string) bool { return s[k] }
func (u Upper) String() string  { return strings.ToUpper(string(u)) }

func main() {
	d := Meters(100)
	fmt.Printf("%.2f %T\n", d.ToFeet(), d.ToFeet())
	f := Feet(d)
	fmt.Println(f, float64(f)+1)
	w := Words{"a", "b"}
	w = append(w, "c")
	fmt.Println(w.Join(), len(w), Words(strings.Fields("x y")).Join())
	plain := []string(w)
	plain[0] = "z"
	fmt.Println(w)
	s := Set{"k": true}
	s["j"] = true
	fmt.Println(s.Has("j"), s.Has("q"), len(s))
	u := Upper("shout")
	fmt.Println(u, string(u), len(u))
	fmt.Printf("%v %s %q\n", u, u, u)
	type Celsius int
	c := Celsius(20) + 5
	fmt.Printf("%v %T\n", c, c)
}
