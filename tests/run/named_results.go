// Named results start at their zero values; a bare return returns their current values.
package main

import "fmt"

func split(sum int) (x, y int) {
	x = sum * 4 / 9
	y = sum - x
	return
}

func zero() (i int, s string, b bool, f float64) {
	return
}

func counted(n int) (count int, desc string) {
	for i := 0; i < n; i++ {
		count += i
	}
	if count > 10 {
		desc = "big"
		return
	}
	return count * 100, "small"
}

func shadowed() (r int) {
	r = 1
	{
		r := 2
		r++
	}
	return
}

func main() {
	fmt.Println(split(17))
	i, s, b, f := zero()
	fmt.Printf("%d %q %t %v\n", i, s, b, f)
	fmt.Println(counted(3))
	fmt.Println(counted(6))
	fmt.Println(shadowed())
}
