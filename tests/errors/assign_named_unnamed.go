// Assignability between named and unnamed types: identical underlying
// types are assignable only when one side is unnamed.
package main

type Ints []int
type Nums []int
type Celsius float64
type Fahrenheit float64
type Pair struct{ a, b int }
type Fn func(int) int

func main() {
	var s []int
	var xs Ints = s
	var ns Nums = xs // ERROR "cannot use xs \(variable of type Ints\) as type Nums in variable declaration"
	var c Celsius = 10
	var f Fahrenheit = c // ERROR "cannot use c \(variable of type Celsius\) as type Fahrenheit in variable declaration"
	var fl float64 = c // ERROR "cannot use c \(variable of type Celsius\) as type float64 in variable declaration"
	var p Pair
	var q struct{ a, b int } = p
	var r struct{ b, a int } = p // ERROR "cannot use p \(variable of type Pair\) as type struct\{b int; a int\} in variable declaration"
	var g Fn = func(x int) int { return x }
	var h func(int) int64 = g // ERROR "cannot use g \(variable of type Fn\) as type func\(int\) int64 in variable declaration"
	_, _, _, _, _, _, _ = ns, f, fl, q, r, h, xs
}
