// Conversions between named types go through identical underlying types;
// structs, arrays, maps and funcs must match exactly.
package main

type A [3]int
type B [4]int
type M map[string]int
type N map[string]int64
type F func(int)
type G func(int) int
type S struct{ x int }
type T struct {
	x int `tag`
}
type U struct{ y int }

func main() {
	_ = B(A{}) // ERROR "cannot convert A\{\} \(value of type A\) to type B"
	_ = N(M{}) // ERROR "cannot convert M\{\} \(value of type M\) to type N"
	_ = G(F(nil)) // ERROR "cannot convert F\(nil\) \(value of type F\) to type G"
	_ = T(S{})
	_ = U(S{}) // ERROR "cannot convert S\{\} \(value of type S\) to type U"
	_ = A([]int{1, 2, 3}) // ERROR "cannot convert \[\]int\{…\} \(value of type \[\]int\) to type A"
	_ = [3]int(A{})
	_ = M(map[string]int{})
}
