// Interfaces embedding interfaces, and structs embedding interfaces (delegation and override).
package main

import (
	"fmt"
	"strings"
)

type Reader interface{ Read() string }
type Closer interface{ Close() error }
type ReadCloser interface {
	Reader
	Closer
}

type file struct {
	data   string
	closed bool
}

func (f *file) Read() string {
	if f.closed {
		return "<closed>"
	}
	return f.data
}
func (f *file) Close() error { f.closed = true; return nil }

type upper struct {
	Reader
}

func (u upper) Read() string { return strings.ToUpper(u.Reader.Read()) }

type counting struct {
	ReadCloser
	reads int
}

func (c *counting) Read() string { c.reads++; return c.ReadCloser.Read() }

func main() {
	f := &file{data: "hello"}
	var rc ReadCloser = f
	fmt.Println(rc.Read())
	var r Reader = rc
	u := upper{r}
	fmt.Println(u.Read())
	c := &counting{ReadCloser: f}
	c.Read()
	c.Read()
	fmt.Println(c.Close(), c.Read(), c.reads)
	var rr Reader = upper{c}
	fmt.Println(rr.Read(), c.reads)
	var empty upper
	func() {
		defer func() { fmt.Println("recovered:", recover()) }()
		empty.Read()
	}()
}
