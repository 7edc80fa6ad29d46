// A function with results must end in a terminating statement.
package main

func noReturn() int {
	x := 1
	_ = x
} // ERROR "missing return"

func ifWithoutElse(b bool) int {
	if b {
		return 1
	}
} // ERROR "missing return"

func loopWithBreak() int {
	for {
		break
	}
} // ERROR "missing return"

func switchWithoutDefault(n int) string {
	switch n {
	case 1:
		return "one"
	}
} // ERROR "missing return"

func fine(b bool) int {
	if b {
		return 1
	} else {
		return 2
	}
}

func infinite() int {
	for {
	}
}

func allCases(n int) int {
	switch {
	case n > 0:
		return 1
	default:
		return 0
	}
}

func main() {
	_, _ = fine(true), infinite
	_ = allCases(1)
}
