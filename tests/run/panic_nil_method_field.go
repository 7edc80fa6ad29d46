// Calling a method on a nil *T is allowed until the method reads a field.
package main

import "fmt"

type Node struct {
	Val  int
	Next *Node
}

func (n *Node) IsNil() bool { return n == nil }

func (n *Node) Len() int {
	if n == nil {
		return 0
	}
	return 1 + n.Next.Len()
}

func (n *Node) Value() int { return n.Val }

func main() {
	var n *Node
	fmt.Println(n.IsNil(), n.Len())
	list := &Node{1, &Node{2, nil}}
	fmt.Println(list.Len(), list.Value())
	defer func() { fmt.Println("recovered:", recover()) }()
	fmt.Println(n.Value())
}
