// nil slices and empty slices behave alike (len, append, range, print) but differ in == nil.
package main

import "fmt"

func describe(name string, s []int) {
	fmt.Printf("%s: nil=%t len=%d cap=%d %v %#v\n", name, s == nil, len(s), cap(s), s, s)
}

func main() {
	var a []int
	b := []int{}
	c := make([]int, 0)
	d := b[:0]
	e := a[:]
	describe("var", a)
	describe("literal", b)
	describe("make", c)
	describe("reslice", d)
	describe("nil resliced", e)
	a = append(a, 1)
	describe("appended", a)
	for range b {
		fmt.Println("never")
	}
	var ns []string
	fmt.Println(len(ns), ns == nil, fmt.Sprint(ns) == fmt.Sprint([]string{}))
	var i interface{} = ns
	fmt.Println(i != nil)
}
