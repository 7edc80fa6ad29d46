// bytes.Buffer: writes of all kinds, reading back, Len, Truncate, Reset, Fprintf into a buffer.
package main

import (
	"bytes"
	"fmt"
	"os"
)

func main() {
	var b bytes.Buffer
	b.WriteString("hello ")
	b.WriteByte('w')
	b.WriteRune('ö')
	b.Write([]byte("rld"))
	fmt.Fprintf(&b, " %d%%", 100)
	fmt.Println(b.String(), b.Len())
	first := make([]byte, 5)
	n, err := b.Read(first)
	fmt.Println(n, err, string(first), b.String())
	c, _ := b.ReadByte()
	fmt.Printf("%q %q\n", c, b.String())
	line, err := b.ReadString('%')
	fmt.Printf("%q %v %d\n", line, err, b.Len())
	_, err = b.ReadByte()
	fmt.Println(err)
	b.WriteString("abcdef")
	b.Truncate(3)
	fmt.Println(b.String())
	b.Reset()
	fmt.Println(b.Len(), b.String() == "")
	buf := bytes.NewBufferString("x=1\ny=2\n")
	for {
		l, err := buf.ReadString('\n')
		if err != nil {
			break
		}
		fmt.Printf("line %q\n", l)
	}
	out := bytes.NewBuffer(nil)
	out.WriteString("to stdout via WriteTo\n")
	out.WriteTo(os.Stdout)
	fmt.Println(out.Len(), bytes.Equal(out.Bytes(), []byte{}))
}
