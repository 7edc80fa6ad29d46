// A singly linked list with methods: push, append, reverse, remove, find, iterate with a callback.
package main

import (
	"fmt"
	"strings"
)

type node struct {
	val  int
	next *node
}

type List struct {
	head *node
	size int
}

func (l *List) PushFront(v int) { l.head = &node{v, l.head}; l.size++ }

func (l *List) PushBack(v int) {
	n := &node{val: v}
	l.size++
	if l.head == nil {
		l.head = n
		return
	}
	cur := l.head
	for cur.next != nil {
		cur = cur.next
	}
	cur.next = n
}

func (l *List) Reverse() {
	var prev *node
	for cur := l.head; cur != nil; {
		next := cur.next
		cur.next = prev
		prev, cur = cur, next
	}
	l.head = prev
}

func (l *List) Remove(v int) bool {
	for p := &l.head; *p != nil; p = &(*p).next {
		if (*p).val == v {
			*p = (*p).next
			l.size--
			return true
		}
	}
	return false
}

func (l *List) Each(f func(i, v int)) {
	i := 0
	for n := l.head; n != nil; n = n.next {
		f(i, n.val)
		i++
	}
}

func (l *List) String() string {
	var parts []string
	l.Each(func(_, v int) { parts = append(parts, fmt.Sprint(v)) })
	return "[" + strings.Join(parts, " -> ") + "]"
}

func (l *List) Index(v int) int {
	idx := -1
	l.Each(func(i, x int) {
		if x == v && idx < 0 {
			idx = i
		}
	})
	return idx
}

func main() {
	var l List
	fmt.Println(l.String(), l.size)
	for i := 1; i <= 5; i++ {
		l.PushBack(i * 10)
	}
	l.PushFront(5)
	fmt.Println(&l, l.size)
	l.Reverse()
	fmt.Println(&l)
	fmt.Println(l.Remove(30), l.Remove(99), l.Remove(50), l.Remove(5))
	fmt.Println(&l, l.size)
	fmt.Println(l.Index(20), l.Index(7))
	sum := 0
	l.Each(func(_, v int) { sum += v })
	fmt.Println("sum", sum)
	var empty List
	empty.Reverse()
	fmt.Println(empty.Remove(1), &empty)
}
