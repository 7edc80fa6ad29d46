// Full slice expressions s[a:b:c] limit capacity so a later append must reallocate.
package main

import "fmt"

func main() {
	base := []int{0, 1, 2, 3, 4, 5, 6, 7}
	s := base[2:4]
	fmt.Println(s, len(s), cap(s))
	t := base[2:4:5]
	fmt.Println(t, len(t), cap(t))
	t = append(t, 100)
	fmt.Println(base)
	t = append(t, 200)
	t[0] = -1
	fmt.Println(base, t)
	u := base[:0:0]
	fmt.Println(len(u), cap(u), u == nil)
	arr := [5]string{"a", "b", "c", "d", "e"}
	v := arr[1:3:4]
	fmt.Println(v, len(v), cap(v))
	v = append(v, "X")
	fmt.Println(arr)
	w := base[3:]
	fmt.Println(len(w), cap(w))
	w2 := w[1:2]
	fmt.Println(w2, len(w2), cap(w2), w2[:cap(w2)])
	x := base[8:]
	fmt.Println(len(x), cap(x), x)
}
