// Every range form: slices, arrays, pointer to array, strings, maps (summed), with index only,
// with blanks, and range evaluating its operand once.
package main

import "fmt"

func get() []int {
	fmt.Println("get called")
	return []int{1, 2, 3}
}

func main() {
	s := []int{10, 20, 30}
	for i := range s {
		fmt.Print(i, " ")
	}
	for _, v := range s {
		fmt.Print(v, " ")
	}
	for i, v := range s {
		fmt.Print(i*v, " ")
	}
	fmt.Println()
	arr := [3]string{"a", "b", "c"}
	pa := &arr
	for i, v := range pa {
		pa[2] = "changed"
		fmt.Print(i, v, " ")
	}
	fmt.Println()
	for i, v := range arr {
		arr[2] = "again"
		fmt.Print(i, v, " ")
	}
	fmt.Println()
	m := map[string]int{"a": 1, "b": 2, "c": 3}
	sum, keys := 0, ""
	for k, v := range m {
		sum += v
		keys += k
	}
	fmt.Println(sum, len(keys))
	for range get() {
	}
	n := 0
	for range [5]struct{}{} {
		n++
	}
	fmt.Println(n)
	sl := []int{1, 2, 3}
	for i := range sl {
		sl = append(sl, i)
	}
	fmt.Println(sl)
	var np *[4]int
	for i := range np {
		fmt.Print(i)
	}
	fmt.Println()
}
