// iota: only inside constant declarations; the values it produces must
// still fit the declared type.
package main

const (
	a int8 = iota * 60
	b
	c int8 = iota * 100 // ERROR "cannot use iota \* 100 \(untyped int constant 200\) as int8 value in constant declaration \(overflows\)"
)

const (
	x uint8 = 254 + iota
	y
	z uint8 = 255 + iota // ERROR "cannot use 255 \+ iota \(untyped int constant 257\) as uint8 value in constant declaration \(overflows\)"
)

var v = iota // ERROR "cannot use iota outside constant declaration"

func main() {
	_ = iota // ERROR "cannot use iota outside constant declaration"
	const ok = iota
	const (
		p = 1 << (iota * 32)
		q
		r int64 = 1 << (iota * 32) // ERROR "cannot use 1 << \(iota \* 32\) \(untyped int constant 18446744073709551616\) as int64 value in constant declaration \(overflows\)"
	)
	_ = ok
}
