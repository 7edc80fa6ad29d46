// Calls pass as many arguments as there are parameters; a variadic function
// takes any number for its final ...T, or a slice followed by ...
package main

func v(s string, xs ...int) {}
func g()                    {}
func pair() (int, int)      { return 1, 2 }
func ps() (int, string)     { return 1, "" }

func main() {
	var s []string
	v()              // ERROR "not enough arguments in call to v$"
	v("a", 1, "b")   // ERROR "cannot use \x22b\x22 \(untyped string constant\) as int value in argument to v"
	v("a", s...)     // ERROR "cannot use s \(variable of type \[\]string\) as type \[\]int in argument to v"
	g(s...)          // ERROR "cannot use ... in call to non-variadic g"
	v(pair()...)     // ERROR "cannot use ... with 2-valued pair\(\)"
	v(ps())          // ERROR "cannot use ps\(\) \(value of type int\) as type string in argument to v" "cannot use ps\(\) \(value of type string\) as type int in argument to v"
	g(1, true)       // ERROR "too many arguments in call to g$"
}
