// break and continue: outside loops, with labels that do not name an
// enclosing loop (or switch for break).
package main

func main() {
	break // ERROR "break is not in a loop, switch, or select"
	continue // ERROR "continue is not in a loop"
outer:
	for i := 0; i < 2; i++ {
		switch i {
		case 0:
			continue outer
		case 1:
			break outer
		}
	}
sw:
	switch {
	case true:
		continue sw // ERROR "invalid continue label sw"
	}
blk:
	{
		break blk // ERROR "invalid break label blk"
	}
	for {
		break nowhere // ERROR "break label not defined: nowhere"
	}
	if true {
		break // ERROR "break is not in a loop, switch, or select"
	}
}
