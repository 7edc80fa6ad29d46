// Conversions between string, []byte and []rune copy the data; round trips and lengths.
package main

import "fmt"

func main() {
	s := "héllo, 世界"
	b := []byte(s)
	r := []rune(s)
	fmt.Println(len(s), len(b), len(r))
	b[0] = 'H'
	fmt.Println(s, string(b))
	r[len(r)-1] = '!'
	fmt.Println(string(r))
	fmt.Println(string(r[1]), string(b[1:3]), r[1], b[1])
	fmt.Println([]byte("abc"), []rune("abc"))
	fmt.Println(string([]byte{}), string([]rune{}) == "", len(string([]byte(nil))))
	fmt.Println(string([]rune{0x48, 0x49, 0x1F600}))
	fmt.Println(string([]rune{-1, 0xD800}))
	bs := []byte("\xffok")
	rs := []rune(string(bs))
	fmt.Println(len(rs), rs)
	type MyBytes []byte
	mb := MyBytes("named")
	fmt.Println(string(mb), len(mb))
	var x byte = 'A' + 2
	fmt.Println(string(rune(x)), string(x+1))
}
