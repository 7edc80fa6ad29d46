// go2c build -m
// Assignments between fields of the same pointer's target (p.a = p.b) are
// ignored by the analysis: p does not escape, and gc says so.
package main

type buf struct {
	data []byte
	prev []byte
}

func rotate(b *buf) { // ERROR "^b does not escape$"
	b.prev = b.data // ERROR "^rotate ignoring self-assignment in b\.prev = b\.data$"
	b.data = b.data[1:] // ERROR "^rotate ignoring self-assignment in b\.data = b\.data\[1:\]$"
}

func main() {
	b := buf{data: []byte("abc")} // ERROR `^\(\[\]byte\)\("abc"\) does not escape$`
	rotate(&b)
	println(len(b.data), len(b.prev))
}
