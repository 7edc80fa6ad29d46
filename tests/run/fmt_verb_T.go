// %T prints the dynamic type's name for basic, composite, named and anonymous types.
package main

import (
	"errors"
	"fmt"
)

type Celsius float64
type Pair struct{ A, B int }
type List []Pair
type Op func(int) int

func main() {
	vals := []interface{}{
		1, int8(1), uint16(1), int64(1), uintptr(1),
		1.5, float32(1.5), complex(1, 2), complex64(1),
		"s", 'r', byte(1), true, nil,
		[]int{}, [3]string{}, map[string][]int{}, &Pair{},
		Pair{}, Celsius(1), List{}, Op(nil), func(string) (int, error) { return 0, nil },
		struct{ X int }{}, []interface{}{}, errors.New("e"), [][]*Pair{},
		map[Pair]bool{}, new(interface{}), func() {},
	}
	for _, v := range vals {
		fmt.Printf("%T\n", v)
	}
	fmt.Printf("%10T|%-8T|\n", 1, "s")
}
