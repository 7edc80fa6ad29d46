// len and cap: the operand kinds each accepts, and argument counts.
package main

func main() {
	var m map[int]int
	var p *[4]int
	var i int
	var f func()
	_ = len(m)
	_ = cap(m) // ERROR "invalid argument: m \(variable of type map\[int\]int\) for cap"
	_ = len(p)
	_ = len(i) // ERROR "invalid argument: i \(variable of type int\) for len"
	_ = cap("abc") // ERROR "invalid argument: .abc. \(untyped string constant\) for cap"
	_ = len(f) // ERROR "invalid argument: f \(variable of type func\(\)\) for len"
	_ = len() // ERROR "invalid operation: not enough arguments for len\(\) \(expected 1, found 0\)"
	_ = cap(p, p) // ERROR "invalid operation: too many arguments for cap\(p, p\) \(expected 1, found 2\)"
	const c = len([]int{1}) // ERROR "len\(\[\]int\{…\}\) \(value of type int\) is not constant"
}
