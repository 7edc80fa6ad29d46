// An interface holding a value holds a copy; one holding a pointer sees later changes.
package main

import "fmt"

type Pt struct{ X int }

func (p Pt) Get() int { return p.X }

type Getter interface{ Get() int }

func main() {
	p := Pt{1}
	var byVal Getter = p
	var byPtr Getter = &p
	p.X = 2
	fmt.Println(byVal.Get(), byPtr.Get())
	var e interface{} = p
	p.X = 3
	fmt.Println(e.(Pt).X, p.X)
	arr := [2]int{1, 2}
	var ea interface{} = arr
	arr[0] = 100
	fmt.Println(ea, arr)
	s := []int{1, 2}
	var es interface{} = s
	s[0] = 100
	fmt.Println(es)
	x := 5
	var ex interface{} = x
	x = 6
	fmt.Println(ex, x)
	ip := &x
	var eip interface{} = ip
	*ip = 7
	fmt.Println(*eip.(*int))
	fmt.Printf("%T %T\n", byVal, byPtr)
}
