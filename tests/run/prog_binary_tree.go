// A binary search tree with methods: insert, contains, in/pre-order walks, height, min/max, delete.
package main

import "fmt"

type Tree struct {
	Left, Right *Tree
	Key         int
	Count       int
}

func (t *Tree) Insert(k int) *Tree {
	if t == nil {
		return &Tree{Key: k, Count: 1}
	}
	switch {
	case k < t.Key:
		t.Left = t.Left.Insert(k)
	case k > t.Key:
		t.Right = t.Right.Insert(k)
	default:
		t.Count++
	}
	return t
}

func (t *Tree) Contains(k int) bool {
	for t != nil {
		if k == t.Key {
			return true
		} else if k < t.Key {
			t = t.Left
		} else {
			t = t.Right
		}
	}
	return false
}

func (t *Tree) InOrder(visit func(*Tree)) {
	if t == nil {
		return
	}
	t.Left.InOrder(visit)
	visit(t)
	t.Right.InOrder(visit)
}

func (t *Tree) PreOrder() []int {
	if t == nil {
		return nil
	}
	out := []int{t.Key}
	out = append(out, t.Left.PreOrder()...)
	return append(out, t.Right.PreOrder()...)
}

func (t *Tree) Height() int {
	if t == nil {
		return 0
	}
	l, r := t.Left.Height(), t.Right.Height()
	if l > r {
		return l + 1
	}
	return r + 1
}

func (t *Tree) Min() *Tree {
	for t.Left != nil {
		t = t.Left
	}
	return t
}

func (t *Tree) Delete(k int) *Tree {
	if t == nil {
		return nil
	}
	switch {
	case k < t.Key:
		t.Left = t.Left.Delete(k)
	case k > t.Key:
		t.Right = t.Right.Delete(k)
	case t.Left == nil:
		return t.Right
	case t.Right == nil:
		return t.Left
	default:
		m := t.Right.Min()
		t.Key, t.Count = m.Key, m.Count
		t.Right = t.Right.Delete(m.Key)
	}
	return t
}

func main() {
	var root *Tree
	for _, k := range []int{50, 30, 70, 20, 40, 60, 80, 30, 65, 20, 20} {
		root = root.Insert(k)
	}
	root.InOrder(func(n *Tree) { fmt.Printf("%d(x%d) ", n.Key, n.Count) })
	fmt.Println()
	fmt.Println(root.PreOrder(), root.Height())
	fmt.Println(root.Contains(65), root.Contains(66), root.Min().Key)
	for _, k := range []int{20, 70, 50, 99} {
		root = root.Delete(k)
		fmt.Println("delete", k, root.PreOrder(), root.Height())
	}
	var empty *Tree
	fmt.Println(empty.Height(), empty.Contains(1), empty.PreOrder() == nil)
}
