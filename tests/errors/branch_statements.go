// break, continue and fallthrough must appear where they have something to act on.
package main

func main() {
	x := 1
	if x > 0 {
		break // ERROR "break is not in a loop, switch, or select"
	}
	continue // ERROR "continue is not in a loop"
	switch x {
	case 1:
		continue // ERROR "continue is not in a loop"
	case 2:
		if x > 1 {
			fallthrough // ERROR "fallthrough statement out of place"
		}
	case 3:
		fallthrough // ERROR "cannot fallthrough final case in switch"
	}
	for {
		fallthrough // ERROR "fallthrough statement out of place"
	}
}
