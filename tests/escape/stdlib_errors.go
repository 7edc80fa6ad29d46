// go2c build -m
// errors.New allocates inside the errors package: nothing is reported at
// the call.  errors.As and errors.Is leak their arguments (they call methods
// through interfaces), so err leaks and As's target moves to the heap.
package main

import "errors"

var errNotFound = errors.New("not found")

type codeErr struct{ code int }

func (e *codeErr) Error() string { return "code" } // ERROR "^e does not escape$"

func find(k int) error {
	if k < 0 {
		return &codeErr{k} // ERROR "^&codeErr\{\.\.\.\} escapes to heap$"
	}
	return errNotFound
}

func classify(err error) int { // ERROR "^leaking param: err$"
	var ce *codeErr // ERROR "^moved to heap: ce$"
	if errors.As(err, &ce) {
		return ce.code
	}
	if errors.Is(err, errNotFound) {
		return 0
	}
	return 1
}

func main() {
	println(classify(find(-2)), classify(find(1)))
}
