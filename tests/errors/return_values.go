// return must supply exactly the function's results, of assignable types.
package main

func none() {
	return 1 // ERROR "too many return values"
}

func one() int {
	return // ERROR "not enough return values"
}

func two() (int, string) {
	return 1 // ERROR "not enough return values"
}

func wrongType() string {
	return 42 // ERROR "cannot use 42 \(untyped int constant\) as string value in return statement"
}

func named() (x int) {
	return "x" // ERROR "cannot use \x22x\x22 \(untyped string constant\) as int value in return statement"
}

func main() {
}
