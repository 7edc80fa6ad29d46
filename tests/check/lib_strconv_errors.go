// Uses of strconv and errors (and fmt.Errorf) that go2c check accepts.
package main

import (
	"errors"
	"fmt"
	"strconv"
)

var errNegative = errors.New("negative")

func parse(s string) (int, error) {
	n, err := strconv.Atoi(s)
	if err != nil {
		return 0, fmt.Errorf("parse %q: %w", s, err)
	}
	if n < 0 {
		return 0, errNegative
	}
	return n, nil
}

func main() {
	for _, s := range []string{"42", "-1", "x", "99999999999999999999"} {
		n, err := parse(s)
		var ne *strconv.NumError
		switch {
		case errors.Is(err, errNegative):
			fmt.Println(s, "is negative")
		case errors.As(err, &ne):
			fmt.Println(ne.Func, ne.Num, ne.Err == strconv.ErrSyntax, errors.Is(err, strconv.ErrRange))
		default:
			fmt.Println(n, strconv.Itoa(n*2), strconv.Quote(s))
		}
	}
	f, _ := strconv.ParseFloat("2.5", 64)
	b, _ := strconv.ParseBool("true")
	fmt.Println(strconv.FormatFloat(f, 'f', 2, 64), strconv.FormatInt(-255, 16), b)
	var err error = &strconv.NumError{Func: "F", Num: "1", Err: strconv.ErrRange}
	fmt.Println(err.Error(), errors.Unwrap(err) == strconv.ErrRange)
}
