// Labels, goto and labeled break/continue.
package main

func main() {
L:
	for {
		break L
	}
M: // ERROR "label M defined and not used"
	x := 1
	goto N // ERROR "goto N jumps over declaration of y"
	y := 2
N:
	_ = y
	goto O // ERROR "goto O jumps into block starting at"
	{
	O:
	}
	for {
		break Q    // ERROR "break label not defined: Q"
		continue L // ERROR "invalid continue label L"
	}
P:
	if true {
		break P // ERROR "invalid break label P"
	}
	_ = x
}
