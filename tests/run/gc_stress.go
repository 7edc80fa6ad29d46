// Allocation-heavy loops: many short-lived objects, a long-lived linked structure and growing maps
// must all survive garbage collection intact.
package main

import (
	"fmt"
	"strings"
)

type node struct {
	val  int
	data []byte
	next *node
}

func main() {
	var head *node
	for i := 0; i < 200000; i++ {
		n := &node{val: i, next: head}
		if i%1000 == 0 {
			n.data = make([]byte, 1024)
			n.data[0] = byte(i / 1000)
		}
		head = n
	}
	sum, withData := 0, 0
	for n := head; n != nil; n = n.next {
		sum += n.val
		if n.data != nil {
			withData += int(n.data[0])
		}
	}
	fmt.Println(sum, withData)
	total := 0
	for i := 0; i < 2000; i++ {
		s := strings.Repeat("x", i%100)
		b := []byte(s)
		total += len(b)
	}
	fmt.Println(total)
	m := map[int][]int{}
	for i := 0; i < 50000; i++ {
		m[i%500] = append(m[i%500], i)
	}
	cnt := 0
	for _, v := range m {
		cnt += len(v)
	}
	fmt.Println(len(m), cnt, m[499][99])
	var keep [][]int
	for i := 0; i < 1000; i++ {
		keep = append(keep, make([]int, 100))
		keep[i][99] = i
	}
	fmt.Println(keep[999][99] + keep[1][99])
}
