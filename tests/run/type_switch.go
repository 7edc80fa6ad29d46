// Type switches: single types, several types per case, nil case, default, interface cases, shadowed var.
package main

import (
	"errors"
	"fmt"
)

type Stringer interface{ String() string }
type Name string

func (n Name) String() string { return "Name(" + string(n) + ")" }

func classify(v interface{}) string {
	switch x := v.(type) {
	case nil:
		return "nil"
	case int:
		return fmt.Sprintf("int %d", x+1)
	case int8, int16, int32:
		return fmt.Sprintf("small int %T %v", x, x)
	case string:
		return "string of " + fmt.Sprint(len(x))
	case error:
		return "error " + x.Error()
	case Stringer:
		return "stringer " + x.String()
	case []int:
		return fmt.Sprint("slice len ", len(x))
	case func() int:
		return fmt.Sprint("func returning ", x())
	case *int:
		if x == nil {
			return "nil *int"
		}
		return fmt.Sprint("*int ", *x)
	default:
		return fmt.Sprintf("other %T", x)
	}
}

func main() {
	n := 4
	var np *int
	vals := []interface{}{nil, 1, int8(2), 'r', "abc", errors.New("e"), Name("x"),
		[]int{1, 2}, func() int { return 9 }, &n, np, 2.5, map[int]int{}}
	for _, v := range vals {
		fmt.Println(classify(v))
	}
	switch interface{}(3).(type) {
	case string, bool:
		fmt.Println("no")
	default:
		fmt.Println("default")
	}
}
