// Operator precedence: five binary levels, all left-associative; unary binds tightest.
package main

import "fmt"

func main() {
	fmt.Println(2 + 3*4)
	fmt.Println((2 + 3) * 4)
	fmt.Println(1 + 2<<3)
	fmt.Println(1<<2 + 3)
	fmt.Println(10 - 4 - 3)
	fmt.Println(100 / 10 / 5)
	fmt.Println(7&3 | 8)
	fmt.Println(6 ^ 3&5)
	fmt.Println(-2 * -3)
	fmt.Println(^0 + 1)
	fmt.Println(1 < 2 == true)
	fmt.Println(true || false && false)
	fmt.Println(!true || true)
	fmt.Println(1+2 == 3 && 4*5 > 19)
	fmt.Println(5 % 3 * 2)
	fmt.Println(2 * 5 % 3)
	fmt.Println(9&^5 | 2)
	x := 3
	y := 4
	fmt.Println(x*x+y*y, -x+y, x - -y, x*-y)
	fmt.Println(x<<1|1, x|1<<4, x > 2 && y > 3 || x == 0)
}
