package lib

// A package other than main, as gc's escape tests are: go2c build compiles
// it to an object file, like go tool compile.
func F(x *int) *int {
	return x
}

func G() int {
	n := 42
	return *F(&n)
}
