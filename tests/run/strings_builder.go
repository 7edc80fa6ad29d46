// strings.Builder: WriteString, WriteByte, WriteRune, Fprintf into it, Len, Reset, Grow.
package main

import (
	"fmt"
	"strings"
)

func main() {
	var sb strings.Builder
	sb.WriteString("hello")
	sb.WriteByte(',')
	sb.WriteRune(' ')
	sb.WriteRune('世')
	n, err := sb.WriteString("!")
	fmt.Println(n, err)
	fmt.Println(sb.String(), sb.Len())
	fmt.Fprintf(&sb, " [%d-%s]", 7, "x")
	fmt.Println(sb.String())
	sb.Reset()
	fmt.Printf("%q %d\n", sb.String(), sb.Len())
	sb.Grow(64)
	for i := 0; i < 5; i++ {
		if i > 0 {
			sb.WriteString(", ")
		}
		fmt.Fprint(&sb, i*i)
	}
	fmt.Println(sb.String())
	sb.Write([]byte(" bytes"))
	fmt.Println(sb.String(), sb.Len())
	var lines strings.Builder
	for _, w := range []string{"a", "b", "c"} {
		lines.WriteString(strings.Repeat(w, 3) + "\n")
	}
	fmt.Print(lines.String())
}
