// return statements: value counts and types against the results, named
// results, and functions that return nothing.
package main

func none()            { return 1 } // ERROR "too many return values"
func one() int         { return } // ERROR "not enough return values"
func two() (int, bool) { return 1 } // ERROR "not enough return values"
func three() (int, string, error) {
	return 1, "a", "b" // ERROR "cannot use .b. \(constant of type string\) as type error in return statement"
}
func named() (n int, err error) {
	return
}
func pair() (int, int) { return 1, 2 }
func usePair() int     { return pair() } // ERROR "too many return values"
func wrong() string    { return 1.5 } // ERROR "cannot use 1\.5 \(untyped float constant\) as string value in return statement"
func many() int        { return 1, 2 } // ERROR "too many return values"

func main() {}
