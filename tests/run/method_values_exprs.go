// Method values bind their receiver when evaluated; method expressions T.M and (*T).M take it
// as the first argument.
package main

import "fmt"

type Acc struct{ total int }

func (a Acc) Show() string { return fmt.Sprint("total=", a.total) }
func (a *Acc) Add(n int)   { a.total += n }

type Greeter string

func (g Greeter) Greet(name string) string { return string(g) + ", " + name }

func apply(f func(int), xs ...int) {
	for _, x := range xs {
		f(x)
	}
}

func main() {
	a := Acc{}
	add := a.Add
	apply(add, 1, 2, 3)
	fmt.Println(a.total)
	show := a.Show
	a.total = 100
	fmt.Println(show(), a.Show())
	showExpr := Acc.Show
	fmt.Println(showExpr(Acc{7}))
	addExpr := (*Acc).Add
	addExpr(&a, 5)
	fmt.Println(a.total)
	ptrShow := (*Acc).Show
	fmt.Println(ptrShow(&a))
	g := Greeter("hello")
	fns := []func(string) string{g.Greet, Greeter("hi").Greet}
	for _, f := range fns {
		fmt.Println(f("bob"))
	}
	fmt.Println(Greeter.Greet("hey", "ann"))
	fmt.Printf("%T\n%T\n%T\n", add, showExpr, addExpr)
}
