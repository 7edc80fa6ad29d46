// fmt uses String()/Error() of exported struct fields and elements but not of unexported fields;
// pointer-receiver String is used only when printing a pointer.
package main

import "fmt"

type Level int

func (l Level) String() string { return [...]string{"LOW", "MID", "HIGH"}[l] }

type PtrStr struct{ n int }

func (p *PtrStr) String() string { return fmt.Sprint("PtrStr#", p.n) }

type Config struct {
	Public  Level
	private Level
	Ptr     *PtrStr
	Val     PtrStr
}

func main() {
	c := Config{Public: 2, private: 1, Ptr: &PtrStr{7}, Val: PtrStr{8}}
	fmt.Println(c)
	fmt.Printf("%+v\n", c)
	fmt.Println([]Level{0, 1}, map[Level]Level{0: 2})
	fmt.Println([]PtrStr{{1}}, []*PtrStr{{2}})
	fmt.Println(PtrStr{3}, &PtrStr{4})
	arr := [2]Level{1, 2}
	fmt.Println(arr, struct{ L Level }{0})
	fmt.Printf("%d %v %s\n", arr, arr, arr)
}
