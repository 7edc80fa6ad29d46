// bufio.Reader's UnreadRune, UnreadByte, Peek, Discard, ReadSlice,
// ReadLine, Size and Reset, and fmt.Fscan over a *bufio.Reader (an
// io.RuneScanner: the rune after each token stays in the reader).
package main

import (
	"bufio"
	"fmt"
	"io"
	"strings"
)

// onlyReader hides strings.Reader's other methods: fmt then reads it
// byte by byte and loses the rune after each token.
type onlyReader struct{ r io.Reader }

func (o onlyReader) Read(p []byte) (int, error) { return o.r.Read(p) }

// slowReader gives at most two bytes per Read.
type slowReader struct{ s string }

func (r *slowReader) Read(p []byte) (int, error) {
	if len(r.s) == 0 {
		return 0, io.EOF
	}
	n := copy(p, r.s)
	if n > 2 {
		n = 2
	}
	r.s = r.s[n:]
	return n, nil
}

func unreads() {
	b := bufio.NewReader(strings.NewReader("héllo, 世界\xff!"))
	fmt.Println(b.UnreadRune(), b.UnreadByte())
	r, size, err := b.ReadRune()
	fmt.Println(string(r), size, err)
	fmt.Println(b.UnreadRune())
	fmt.Println(b.UnreadRune() == bufio.ErrInvalidUnreadRune)
	r, size, err = b.ReadRune()
	fmt.Println(string(r), size, err)
	r, size, err = b.ReadRune()
	fmt.Println(string(r), size, err)
	fmt.Println(b.UnreadByte(), b.UnreadByte())
	c, err := b.ReadByte()
	fmt.Printf("%#x %v\n", c, err)
	fmt.Println(b.UnreadRune())
	c, err = b.ReadByte()
	fmt.Printf("%#x %v %d\n", c, err, b.Buffered())
	for {
		r, size, err := b.ReadRune()
		if err != nil {
			fmt.Println("end:", err, b.UnreadRune(), b.UnreadByte())
			break
		}
		fmt.Printf("%q %d ", r, size)
	}
	fmt.Println()
	// after a read that bypassed the buffer, UnreadByte still works
	b = bufio.NewReaderSize(strings.NewReader("0123456789abcdefghijklmnop"), 16)
	p := make([]byte, 20)
	n, err := b.Read(p)
	fmt.Println(n, err, string(p[:n]), b.Buffered())
	fmt.Println(b.UnreadByte(), b.Buffered())
	c, _ = b.ReadByte()
	fmt.Println(string(c))
	s, err := b.ReadString('z')
	fmt.Printf("%q %v %v\n", s, err, b.UnreadByte())
	c, err = b.ReadByte()
	fmt.Println(string(c), err)
}

func peeks() {
	b := bufio.NewReaderSize(&slowReader{"abcdefghijklmnopqrstuvwxyz"}, 16)
	fmt.Println(b.Size())
	p, err := b.Peek(5)
	fmt.Printf("%q %v %d\n", p, err, b.Buffered())
	fmt.Println(b.UnreadByte())
	p, err = b.Peek(17)
	fmt.Printf("%q %v\n", p, err)
	_, err = b.Peek(-1)
	fmt.Println(err)
	n, err := b.Discard(3)
	fmt.Println(n, err)
	n, err = b.Discard(0)
	fmt.Println(n, err)
	_, err = b.Discard(-1)
	fmt.Println(err)
	c, _ := b.ReadByte()
	fmt.Println(string(c))
	n, err = b.Discard(30)
	fmt.Println(n, err)
	p, err = b.Peek(1)
	fmt.Printf("%q %v\n", p, err)
	b = bufio.NewReader(strings.NewReader("xy"))
	p, err = b.Peek(3)
	fmt.Printf("%q %v\n", p, err)
	p, err = b.Peek(2)
	fmt.Printf("%q %v\n", p, err)
}

func lines() {
	text := "first line\r\nsecond\n\nthis line is longer than sixteen bytes\r\nlast\r"
	b := bufio.NewReaderSize(strings.NewReader(text), 16)
	for {
		line, isPrefix, err := b.ReadLine()
		fmt.Printf("%q %v %v\n", line, isPrefix, err)
		if err != nil {
			break
		}
	}
	b = bufio.NewReaderSize(strings.NewReader("a,bb,ccccccccccccccccccccc,d"), 16)
	for {
		s, err := b.ReadSlice(',')
		fmt.Printf("%q %v\n", s, err)
		if err == io.EOF {
			break
		}
	}
	b.Reset(strings.NewReader("again\nx"))
	s, err := b.ReadString('\n')
	fmt.Printf("%q %v %d\n", s, err, b.Size())
	fmt.Println(bufio.NewReaderSize(b, 8) == b, bufio.NewReaderSize(b, 64) == b)
	fmt.Println(bufio.NewReader(b) == b)
}

func fscans() {
	input := "12 abc 3.5\nrest of it"
	var i int
	var s string
	var f float64
	b := bufio.NewReader(strings.NewReader(input))
	n, err := fmt.Fscan(b, &i, &s)
	fmt.Println(n, err, i, s)
	r, _, _ := b.ReadRune()
	fmt.Printf("next rune %q\n", r)
	n, err = fmt.Fscan(b, &f)
	fmt.Println(n, err, f)
	rest, _ := b.ReadString(0)
	fmt.Printf("rest %q\n", rest)

	o := onlyReader{strings.NewReader(input)}
	n, err = fmt.Fscan(o, &i, &s)
	fmt.Println(n, err, i, s)
	n, err = fmt.Fscan(o, &f)
	fmt.Println(n, err, f)

	b = bufio.NewReader(strings.NewReader("7\n8 9\n"))
	var x, y int
	n, err = fmt.Fscanln(b, &x)
	fmt.Println(n, err, x)
	n, err = fmt.Fscanln(b, &x, &y)
	fmt.Println(n, err, x, y)
	n, err = fmt.Fscanln(b, &x)
	fmt.Println(n, err)
	var w1, w2 string
	b = bufio.NewReader(strings.NewReader("αβ,γ δ"))
	n, err = fmt.Fscanf(b, "%s %s", &w1, &w2)
	fmt.Println(n, err, w1, w2)
}

func main() {
	unreads()
	peeks()
	lines()
	fscans()
}
