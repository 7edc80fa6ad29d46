// panic of struct values: recovered as the same value; an uncaught struct with an Error method
// prints the method's result.
package main

import "fmt"

type Point struct{ X, Y int }

type Failure struct {
	Op   string
	Code int
}

func (f Failure) Error() string { return fmt.Sprintf("%s failed with %d", f.Op, f.Code) }

func main() {
	func() {
		defer func() {
			r := recover()
			p, ok := r.(Point)
			fmt.Println(r, p.X+p.Y, ok)
		}()
		panic(Point{3, 4})
	}()
	func() {
		defer func() {
			r := recover()
			fmt.Printf("%v %+v %T\n", r, r, r)
		}()
		panic(&Point{5, 6})
	}()
	panic(Failure{"open", 13})
}
