// iota in constant blocks: skipping, expressions, bit flags, typed enums with String.
package main

import "fmt"

type Size int

const (
	_       = iota
	KB Size = 1 << (10 * iota)
	MB
	GB
)

type Perm uint8

const (
	Read Perm = 1 << iota
	Write
	Exec
)

const (
	A = iota * 10
	B
	_
	D
	E = "str"
	F
	G = iota
)

const (
	x, y = iota, iota + 100
	z, w
)

type Dir int

const (
	North Dir = iota
	East
	South
	West
)

func (d Dir) String() string { return [...]string{"N", "E", "S", "W"}[d] }

func main() {
	fmt.Println(KB, MB, GB)
	p := Read | Exec
	fmt.Println(p, p&Write != 0, p&Exec != 0, Read|Write|Exec)
	fmt.Println(A, B, D, E, F, G)
	fmt.Println(x, y, z, w)
	fmt.Println(North, West, Dir(2))
	fmt.Printf("%v %d %T\n", East, East, East)
	for d := North; d <= West; d++ {
		fmt.Print(d, (d+1)%4, " ")
	}
	fmt.Println()
}
