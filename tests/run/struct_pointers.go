// Pointers to structs: automatic dereference for fields, new, &T{}, pointer fields and chains.
package main

import "fmt"

type Node struct {
	Val   int
	Left  *Node
	Right *Node
}

type Counter struct{ n int }

func bump(c *Counter)    { c.n++ }
func bumpCopy(c Counter) { c.n++ }

func main() {
	root := &Node{Val: 1}
	root.Left = &Node{Val: 2}
	root.Left.Right = new(Node)
	root.Left.Right.Val = 3
	fmt.Println(root.Val, root.Left.Val, root.Left.Right.Val, root.Right == nil)
	(*root).Val = 10
	fmt.Println(root.Val)
	var c Counter
	bump(&c)
	bump(&c)
	bumpCopy(c)
	fmt.Println(c.n)
	p := &c
	p.n = 50
	q := p
	q.n++
	fmt.Println(c.n, p == q)
	arr := []Counter{{1}, {2}}
	pa := &arr[1]
	pa.n = 20
	fmt.Println(arr)
	for i := range arr {
		arr[i].n *= 10
	}
	for _, v := range arr {
		v.n = 0
	}
	fmt.Println(arr)
	pf := &root.Left.Val
	*pf = 99
	fmt.Println(root.Left.Val)
}
