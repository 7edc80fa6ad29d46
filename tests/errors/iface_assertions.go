// Type assertions: only on interfaces, and impossible ones (the type
// lacks a method or has it with another signature) are rejected.
package main

type Shape interface{ Area() float64 }
type Square struct{ s float64 }

func (q *Square) Area() float64 { return q.s * q.s }

type Circle struct{}

func (Circle) Area() int { return 0 }

type Named interface{ Name() string }

func main() {
	var s Shape = &Square{1}
	var n int = 3
	_ = n.(int) // ERROR "invalid operation: n \(variable of type int\) is not an interface"
	_ = s.(Square) // ERROR "impossible type assertion: s\.\(Square\)"
	_ = s.(Circle) // ERROR "impossible type assertion: s\.\(Circle\)"
	_ = s.(*Square)
	_, ok := s.(int) // ERROR "impossible type assertion: s\.\(int\)"
	_ = s.(Named)
	v := s.(*Square)
	var f float64 = v // ERROR "cannot use v \(variable of type \*Square\) as type float64 in variable declaration"
	_, _ = ok, f
	_ = Square{}.(Shape) // ERROR "invalid operation: Square\{\} \(value of type Square\) is not an interface"
}
