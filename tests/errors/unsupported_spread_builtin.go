// append(f()) and its kin are valid Go that go2c does not compile yet: it
// says so, rather than calling f() a single value.  print(f()) works.
package main

func f() ([]int, int)              { return nil, 1 }
func two() (float64, float64)      { return 1, 2 }
func dst() ([]byte, string)        { return nil, "" }
func mk() (map[string]int, string) { return nil, "" }

func main() {
	_ = append(f())   // ERROR "go2c does not support a multi-value call as the arguments of append"
	_ = complex(two()) // ERROR "go2c does not support a multi-value call as the arguments of complex"
	_ = copy(dst())   // ERROR "go2c does not support a multi-value call as the arguments of copy"
	delete(mk())      // ERROR "go2c does not support a multi-value call as the arguments of delete"
	println(two())
}
