// fmt.Sscan, Sscanln, Sscanf, Fscan* and Scan* (stdin is empty): verbs,
// operand kinds, widths, the space and newline rules, and Go's error texts.
package main

import (
	"bufio"
	"fmt"
	"strings"
)

type Celsius float64
type MyInt int16
type Name string
type Bytes []byte

type slowReader struct {
	s string
	n int
}

func (r *slowReader) Read(p []byte) (int, error) {
	r.n++
	if len(r.s) == 0 {
		return 0, fmt.Errorf("custom end")
	}
	p[0] = r.s[0]
	r.s = r.s[1:]
	return 1, nil
}

func show(n int, err error, vals ...any) {
	fmt.Printf("n=%d err=%v |", n, err)
	for _, v := range vals {
		switch p := v.(type) {
		case *int:
			fmt.Printf(" %d", *p)
		case *int8:
			fmt.Printf(" %d", *p)
		case *uint8:
			fmt.Printf(" %d", *p)
		case *uint:
			fmt.Printf(" %d", *p)
		case *int32:
			fmt.Printf(" %d", *p)
		case *string:
			fmt.Printf(" %q", *p)
		case *[]byte:
			fmt.Printf(" %q", *p)
		case *float64:
			fmt.Printf(" %v", *p)
		case *float32:
			fmt.Printf(" %v", *p)
		case *bool:
			fmt.Printf(" %v", *p)
		case *complex128:
			fmt.Printf(" %v", *p)
		case *Celsius:
			fmt.Printf(" %v", *p)
		case *MyInt:
			fmt.Printf(" %v", *p)
		case *Name:
			fmt.Printf(" %q", *p)
		case *Bytes:
			fmt.Printf(" %q", *p)
		default:
			fmt.Printf(" ?%T", v)
		}
	}
	fmt.Println()
}

func main() {
	var a, b int
	var i8 int8
	var u8 uint8
	var u uint
	var r32 int32
	var s, t string
	var bs []byte
	var f float64
	var f32 float32
	var bo bool
	var c complex128
	var ce Celsius
	var mi MyInt
	var nm Name
	var by Bytes

	n, err := fmt.Sscan("1.5e2 -0x1p-2 1.5p3 nan -Inf 0x1.8p1 1_0.5", &f, &f32, &ce, &f, &f, &f, &f)
	show(n, err, &f, &f32, &ce)
	n, err = fmt.Sscan("(1+2i) 3-4.5i", &c, &c)
	show(n, err, &c)
	n, err = fmt.Sscan("1+2", &c)
	show(n, err, &c)
	n, err = fmt.Sscan("127 128", &i8, &i8)
	show(n, err, &i8)
	n, err = fmt.Sscan("255 -1", &u8, &u8)
	show(n, err, &u8)
	n, err = fmt.Sscanf("é", "%c", &u8)
	show(n, err, &u8)
	n, err = fmt.Sscanf("é", "%c", &r32)
	show(n, err, &r32)
	n, err = fmt.Sscanf("U+1F600", "%U", &r32)
	show(n, err, &r32)
	n, err = fmt.Sscanf("1F600", "%U", &r32)
	show(n, err, &r32)
	n, err = fmt.Sscanf("101 17 ff FF", "%b %o %x %X", &a, &b, &u, &mi)
	show(n, err, &a, &b, &u, &mi)
	n, err = fmt.Sscanf("0b101 0o17 017 0X1F", "%v %v %v %v", &a, &b, &u, &mi)
	show(n, err, &a, &b, &u, &mi)
	n, err = fmt.Sscanf("TRUE f T false tru", "%t %v %t %t %t", &bo, &bo, &bo, &bo, &bo)
	show(n, err, &bo)
	n, err = fmt.Sscanf("1", "%d", &bo)
	show(n, err, &bo)
	n, err = fmt.Sscanf("1", "%s", &a)
	show(n, err, &a)
	n, err = fmt.Sscanf("1.5", "%d", &f)
	show(n, err, &f)
	n, err = fmt.Sscanf("1.5", "%d", &ce)
	show(n, err, &ce)
	n, err = fmt.Sscanf("`raw str` \"esc\\tq\\\"\"", "%q %q", &s, &t)
	show(n, err, &s, &t)
	n, err = fmt.Sscanf("\"bad\\q\"", "%q", &s)
	show(n, err, &s)
	n, err = fmt.Sscanf("\"unterminated", "%q", &s)
	show(n, err, &s)
	n, err = fmt.Sscanf("noquote", "%q", &s)
	show(n, err, &s)
	n, err = fmt.Sscanf("48656c6c6f zz 4g", "%x %x", &s, &bs)
	show(n, err, &s, &bs)
	n, err = fmt.Sscanf("4g", "%x", &s)
	show(n, err, &s)
	n, err = fmt.Sscanf("abcdef ghi", "%3s%s %s", &s, &t, &nm)
	show(n, err, &s, &t, &nm)
	n, err = fmt.Sscanf("12345", "%3d%d", &a, &b)
	show(n, err, &a, &b)
	n, err = fmt.Sscan("word more", &bs, &by)
	show(n, err, &bs, &by)
	n, err = fmt.Sscan("5", new(struct{}))
	show(n, err)
	n, err = fmt.Sscan("5", &[]int{})
	show(n, err)
	n, err = fmt.Sscan("5", 3)
	show(n, err)
	n, err = fmt.Sscanf("100%", "%d%%", &a)
	show(n, err, &a)
	n, err = fmt.Sscanf("100 %", "%d %%", &a)
	show(n, err, &a)
	n, err = fmt.Sscanf("100", "%d%", &a)
	show(n, err, &a)
	n, err = fmt.Sscanf("1 2", "%d", &a, &b)
	show(n, err, &a, &b)
	n, err = fmt.Sscanf("1 2", "%d %d %d", &a, &b)
	show(n, err, &a, &b)
	n, err = fmt.Sscanf("1\n2", "%d %d", &a, &b)
	show(n, err, &a, &b)
	n, err = fmt.Sscanf("1\n2", "%d\n%d", &a, &b)
	show(n, err, &a, &b)
	n, err = fmt.Sscanf("1 \n \n2", "%d \n\n %d", &a, &b)
	show(n, err, &a, &b)
	n, err = fmt.Sscanf("1 2", "%d\n%d", &a, &b)
	show(n, err, &a, &b)
	n, err = fmt.Sscanf("12", "%d %d", &a, &b)
	show(n, err, &a, &b)
	n, err = fmt.Sscanf("1,2", "%d ,%d", &a, &b)
	show(n, err, &a, &b)
	n, err = fmt.Sscanf("1\r\n2", "%d\n%d", &a, &b)
	show(n, err, &a, &b)
	n, err = fmt.Sscanln("1 2   \n", &a, &b)
	show(n, err, &a, &b)
	n, err = fmt.Sscanln("1 2 x\n", &a, &b)
	show(n, err, &a, &b)
	n, err = fmt.Sscanln("\n1 2", &a, &b)
	show(n, err, &a, &b)
	n, err = fmt.Sscan("\r\n 3\r\n4", &a, &b)
	show(n, err, &a, &b)
	n, err = fmt.Sscan("\xff\xfe 1", &s, &a)
	show(n, err, &s, &a)
	n, err = fmt.Sscan("héllo wörld", &s, &t)
	show(n, err, &s, &t)
	n, err = fmt.Sscan("\xe2\x82 x", &s)
	show(n, err, &s)
	n, err = fmt.Sscan("99999999999999999999", &u)
	show(n, err, &u)
	n, err = fmt.Sscan("1e400", &f)
	show(n, err, &f)
	n, err = fmt.Sscan("1e40", &f32)
	show(n, err, &f32)
	n, err = fmt.Sscan("1.5px", &f)
	show(n, err, &f)
	n, err = fmt.Sscan("+", &u)
	show(n, err, &u)

	// readers
	sr := strings.NewReader("10 20\n30 word")
	n, err = fmt.Fscan(sr, &a, &b)
	show(n, err, &a, &b)
	n, err = fmt.Fscanln(sr, &a)
	show(n, err, &a)
	n, err = fmt.Fscan(sr, &a, &s)
	show(n, err, &a, &s)
	n, err = fmt.Fscan(sr, &a)
	show(n, err, &a)
	br := bufio.NewReader(strings.NewReader("7 8 9\nline two\n"))
	n, err = fmt.Fscanf(strings.NewReader("7 8 9"), "%d %d", &a, &b)
	show(n, err, &a, &b)
	rest, _ := br.ReadString('\n')
	fmt.Printf("rest %q\n", rest)
	n, err = fmt.Fscanln(br, &s, &t)
	show(n, err, &s, &t)
	sl := &slowReader{s: "42 43 44"}
	n, err = fmt.Fscan(sl, &a)
	show(n, err, &a)
	n, err = fmt.Fscan(sl, &a)
	show(n, err, &a)
	n, err = fmt.Fscan(sl, &a, &b)
	show(n, err, &a, &b)
	fmt.Println("reads", sl.n, "left", sl.s)
	n, err = fmt.Scan(&a)
	show(n, err, &a)
	n, err = fmt.Scanln(&a)
	show(n, err, &a)
	n, err = fmt.Scanf("%d", &a)
	show(n, err, &a)
}
