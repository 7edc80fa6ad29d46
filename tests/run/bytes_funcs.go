// The bytes package mirrors strings: Contains, Index, Split, Join, ToUpper, TrimSpace, Equal, Compare.
package main

import (
	"bytes"
	"fmt"
)

func main() {
	b := []byte("  Hello, Gophers!  ")
	t := bytes.TrimSpace(b)
	fmt.Printf("%q\n", t)
	fmt.Println(bytes.Contains(t, []byte("Go")), bytes.Index(t, []byte("o")), bytes.LastIndex(t, []byte("o")))
	fmt.Printf("%q\n", bytes.ToUpper(t))
	parts := bytes.Split([]byte("a,b,c"), []byte(","))
	fmt.Printf("%q %d\n", parts, len(parts))
	fmt.Printf("%q\n", bytes.Join(parts, []byte("+")))
	fmt.Println(bytes.Equal([]byte("x"), []byte("x")), bytes.Equal(nil, []byte{}), bytes.Compare([]byte("a"), []byte("b")))
	fmt.Printf("%q\n", bytes.Fields([]byte(" a  b c ")))
	fmt.Printf("%q\n", bytes.Repeat([]byte("ab"), 3))
	fmt.Printf("%q\n", bytes.ReplaceAll([]byte("aaa"), []byte("a"), []byte("bb")))
	fmt.Println(bytes.HasPrefix(t, []byte("Hell")), bytes.HasSuffix(t, []byte("!")), bytes.Count(t, []byte("e")))
	fmt.Println(bytes.IndexByte(t, ','), bytes.IndexRune([]byte("añb"), 'b'), string(bytes.Title([]byte("go go"))))
}
