// Interface assignability: missing methods, wrong signatures, pointer
// receivers and interface-to-interface assignment.
package main

type Reader interface{ Read([]byte) (int, error) }
type Closer interface{ Close() error }
type ReadCloser interface {
	Reader
	Closer
}

type File struct{}

func (f *File) Read(p []byte) (int, error) { return 0, nil }
func (f File) Close() error                  { return nil }

type BadRead struct{}

func (BadRead) Read(p []byte) int { return 0 }

type Lower struct{}

func (Lower) read(p []byte) (int, error) { return 0, nil }

func main() {
	var f File
	var r Reader = f // ERROR "cannot use f \(variable of type File\) as type Reader in variable declaration:"
	var c Closer = f
	var rc ReadCloser = &f
	var r2 Reader = BadRead{} // ERROR "cannot use BadRead\{\} \(value of type BadRead\) as type Reader in variable declaration:"
	var r3 Reader = Lower{} // ERROR "cannot use Lower\{\} \(value of type Lower\) as type Reader in variable declaration:"
	rc = c // ERROR "cannot use c \(variable of type Closer\) as type ReadCloser in assignment:"
	r = rc
	var n int = r // ERROR "cannot use r \(variable of type Reader\) as type int in variable declaration"
	_, _, _, _, _ = r, c, r2, r3, n
}
