// A type switch case whose type is undefined gives the clause's variable
// no type, so its uses there cause no further errors (as gc).
package main

type Stringer interface{ String() string }

func main() {
	var e interface{}
	switch v := e.(type) {
	case Missing: // ERROR "undefined: Missing"
		v.M()
	case Stringer:
		_ = v.String()
	case nil:
		_ = v
	}
}
