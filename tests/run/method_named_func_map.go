// Methods on named func, map, slice and pointer-free basic types; a func type implementing an interface.
package main

import (
	"fmt"
	"sort"
	"strings"
)

type Handler interface{ Handle(string) string }

type HandlerFunc func(string) string

func (f HandlerFunc) Handle(s string) string { return f(s) }

type Counts map[string]int

func (c Counts) Add(words ...string) {
	for _, w := range words {
		c[w]++
	}
}

func (c Counts) Keys() []string {
	ks := make([]string, 0, len(c))
	for k := range c {
		ks = append(ks, k)
	}
	sort.Strings(ks)
	return ks
}

type Path []string

func (p Path) String() string { return "/" + strings.Join(p, "/") }
func (p *Path) Push(s string) { *p = append(*p, s) }

type Bits uint8

func (b Bits) Has(i uint) bool { return b&(1<<i) != 0 }
func (b *Bits) Set(i uint)     { *b |= 1 << i }

func main() {
	var h Handler = HandlerFunc(strings.ToUpper)
	fmt.Println(h.Handle("hi"))
	chain := []Handler{h, HandlerFunc(func(s string) string { return s + "!" })}
	s := "go"
	for _, x := range chain {
		s = x.Handle(s)
	}
	fmt.Println(s)
	c := Counts{}
	c.Add("b", "a", "b")
	fmt.Println(c.Keys(), c["b"], len(c))
	var p Path
	p.Push("usr")
	p.Push("local")
	fmt.Println(p, len(p))
	var b Bits
	b.Set(1)
	b.Set(3)
	fmt.Println(b, b.Has(1), b.Has(2), b.Has(3))
}
