// Integer division truncates toward zero; the remainder takes the dividend's sign.
package main

import "fmt"

func show(a, b int) {
	fmt.Printf("%d / %d = %d, %d %% %d = %d\n", a, b, a/b, a, b, a%b)
}

func main() {
	show(7, 2)
	show(-7, 2)
	show(7, -2)
	show(-7, -2)
	show(0, 5)
	show(5, 7)
	show(-5, 7)
	var a int8 = -7
	var b int8 = 3
	fmt.Println(a/b, a%b)
	var u uint = 7
	var v uint = 2
	fmt.Println(u/v, u%v)
	var x int64 = -9223372036854775807
	fmt.Println(x/10, x%10)
	fmt.Println(-7/2, -7%2, 7/-2, 7%-2)
	fmt.Println(7.0/2.0, -7.0/2)
}
