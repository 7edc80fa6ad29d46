// Strings concatenate with + and +=; a string built in a loop keeps growing.
package main

import "fmt"

func join3(a, b, c string) string {
	return a + ", " + b + ", " + c
}

func main() {
	s := "go"
	s += "2"
	s = s + "c"
	fmt.Println(s, len(s))
	t := ""
	for i := 0; i < 5; i++ {
		t += "ab"
	}
	fmt.Println(t, len(t))
	fmt.Println(join3("x", "y", "z"))
	empty := ""
	fmt.Println(empty+empty == "", len(empty+s+empty))
	const k = "con" + "st"
	fmt.Println(k + "!")
	u := s
	u += "-copy"
	fmt.Println(s, u)
	var long string
	for i := 0; i < 100; i++ {
		long += "0123456789"
	}
	fmt.Println(len(long), long[0], long[999])
}
