// float32 arithmetic rounds every result to float32 precision, unlike float64.
package main

import "fmt"

func main() {
	var a float32 = 0.1
	var b float32 = 0.2
	fmt.Println(a+b, float64(a+b), a+b == 0.3)
	var x, y float64 = 0.1, 0.2
	fmt.Println(x+y, x+y == 0.3)
	var big float32 = 16777216
	fmt.Println(big+1, big+2, big+1 == big)
	var sum float32
	for i := 0; i < 10; i++ {
		sum += 0.1
	}
	fmt.Println(sum, float64(sum))
	var sum64 float64
	for i := 0; i < 10; i++ {
		sum64 += 0.1
	}
	fmt.Println(sum64)
	var third float32 = 1
	third /= 3
	fmt.Println(third, third*3, float64(third)*3)
	var p float32 = 1.1
	fmt.Println(p*p, float64(p)*float64(p))
	var tiny float32 = 1e-30
	fmt.Println(tiny*tiny, tiny*1e-10)
	var h float32 = 3.4e38
	fmt.Println(h*10, -h*10)
	var f64 float64 = 1.0000001
	fmt.Println(float32(f64), float32(f64) == 1)
	var c float32 = 100
	fmt.Println(c/7, c/7*7 == c)
}
