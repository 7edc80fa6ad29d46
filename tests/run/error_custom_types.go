// Custom error types with value and pointer receivers, returned through the error interface.
package main

import (
	"errors"
	"fmt"
	"strconv"
)

type ParseError struct {
	Line int
	Msg  string
}

func (e ParseError) Error() string { return "line " + strconv.Itoa(e.Line) + ": " + e.Msg }

type LimitError struct{ Limit int }

func (e *LimitError) Error() string { return fmt.Sprintf("limit %d exceeded", e.Limit) }

func parse(lines []string) (int, error) {
	total := 0
	for i, l := range lines {
		n, err := strconv.Atoi(l)
		if err != nil {
			return 0, ParseError{i + 1, "not a number: " + l}
		}
		total += n
		if total > 100 {
			return total, &LimitError{100}
		}
	}
	return total, nil
}

func main() {
	inputs := [][]string{{"1", "2"}, {"5", "x"}, {"60", "50", "1"}, nil}
	for _, in := range inputs {
		n, err := parse(in)
		var pe ParseError
		var le *LimitError
		switch {
		case err == nil:
			fmt.Println("ok", n)
		case errors.As(err, &pe):
			fmt.Println("parse error at", pe.Line, "-", err)
		case errors.As(err, &le):
			fmt.Println("limit", le.Limit, n, "-", err)
		}
	}
}
