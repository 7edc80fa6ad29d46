// bufio.Writer buffers output to os.Stdout until Flush; Buffered and Available report its state;
// output written directly to stdout in between appears first.
package main

import (
	"bufio"
	"fmt"
	"os"
)

func main() {
	w := bufio.NewWriter(os.Stdout)
	fmt.Fprintf(w, "buffered line %d\n", 1)
	w.WriteString("buffered line 2\n")
	w.WriteByte('x')
	w.WriteRune('→')
	w.WriteString("\n")
	n := w.Buffered()
	fmt.Println("direct line, buffered bytes:", n, "available:", w.Available())
	if err := w.Flush(); err != nil {
		fmt.Println("flush error", err)
	}
	fmt.Println("after flush:", w.Buffered())
	small := bufio.NewWriterSize(os.Stdout, 16)
	for i := 0; i < 5; i++ {
		fmt.Fprintf(small, "chunk-%d;", i)
	}
	fmt.Println("<direct>")
	small.Flush()
	fmt.Println()
	defer w.Flush()
	fmt.Fprintln(w, "flushed by defer")
}
