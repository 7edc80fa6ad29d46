// copy copies min(len(dst), len(src)) elements, handles overlap, and copies from strings.
package main

import "fmt"

func main() {
	src := []int{1, 2, 3, 4, 5}
	dst := make([]int, 3)
	n := copy(dst, src)
	fmt.Println(n, dst)
	big := make([]int, 8)
	n = copy(big, src)
	fmt.Println(n, big)
	s := []int{1, 2, 3, 4, 5, 6}
	n = copy(s[2:], s)
	fmt.Println(n, s)
	s = []int{1, 2, 3, 4, 5, 6}
	n = copy(s, s[2:])
	fmt.Println(n, s)
	b := make([]byte, 4)
	n = copy(b, "héllo")
	fmt.Println(n, b, string(b[:3]))
	n = copy(b, "")
	fmt.Println(n)
	var nilDst []int
	fmt.Println(copy(nilDst, src))
	strs := []string{"a", "b"}
	c := make([]string, 2)
	copy(c, strs)
	c[0] = "z"
	fmt.Println(strs, c)
	arr := [4]int{9, 9, 9, 9}
	copy(arr[1:], []int{7, 8})
	fmt.Println(arr)
}
