// float64 arithmetic and comparisons follow IEEE 754 double precision.
package main

import "fmt"

func main() {
	a, b := 0.1, 0.2
	fmt.Println(a+b, a*b, b/a, a-b)
	fmt.Println(a+b > 0.3, a+b == 0.30000000000000004)
	x := 1e16
	fmt.Println(x+1 == x, x+2 == x)
	fmt.Println(7.0/2, -7.0/2, 1.0/3*3)
	var f float64 = 3
	fmt.Println(f/2, -f, +f, f*f*f)
	y := 2.0
	for i := 0; i < 5; i++ {
		y = y*y - 1
	}
	fmt.Println(y)
	big := 1e308
	fmt.Println(big*10 > big, big*10)
	c := 100.0
	c /= 8
	c += 0.5
	fmt.Println(c, c > 12, c <= 13, c != 13)
	s := 0.0
	for i := 1; i <= 100; i++ {
		s += 1 / float64(i)
	}
	fmt.Println(s)
	fmt.Printf("%.20f\n", 0.1)
	fmt.Println(float64(1<<53)+1, float64(1<<53+1))
}
