// fmt.Scanner: operands with a Scan(fmt.ScanState, rune) error method scan
// themselves through the ScanState's methods; their errors, and the
// panics fmt recovers (its scanErrors, io.EOF), end the scan as in Go.
package main

import (
	"bufio"
	"errors"
	"fmt"
	"io"
	"strings"
	"unicode"
)

// Pair scans two ints with nested Fscan calls on the ScanState.
type Pair struct{ A, B int }

func (p *Pair) Scan(st fmt.ScanState, verb rune) error {
	if _, err := fmt.Fscan(st, &p.A); err != nil {
		return err
	}
	_, err := fmt.Fscan(st, &p.B)
	return err
}

// Word takes a token of letters, reporting verb and width.
type Word struct {
	S    string
	Verb rune
	Wid  int
	OK   bool
}

func (w *Word) Scan(st fmt.ScanState, verb rune) error {
	w.Verb = verb
	w.Wid, w.OK = st.Width()
	tok, err := st.Token(true, unicode.IsLetter)
	w.S = string(tok)
	return err
}

// Hex reads runes itself: ReadRune, UnreadRune, SkipSpace.
type Hex uint64

func (h *Hex) Scan(st fmt.ScanState, verb rune) error {
	st.SkipSpace()
	n := 0
	for {
		r, size, err := st.ReadRune()
		if err == io.EOF {
			break
		}
		if err != nil {
			return err
		}
		d := strings.IndexRune("0123456789abcdef", unicode.ToLower(r))
		if d < 0 {
			st.UnreadRune()
			break
		}
		_ = size
		*h = *h*16 + Hex(d)
		n++
	}
	if n == 0 {
		return errors.New("no hex digits")
	}
	return nil
}

// Failing returns whatever error it was told to.
type Failing struct{ err error }

func (f Failing) Scan(st fmt.ScanState, verb rune) error { return f.err }

// Panicky panics with a value of its choosing.
type Panicky struct{ v any }

func (p *Panicky) Scan(st fmt.ScanState, verb rune) error { panic(p.v) }

// Skipper calls SkipSpace, which panics on a newline in Sscanln.
type Skipper struct{ R rune }

func (s *Skipper) Scan(st fmt.ScanState, verb rune) error {
	st.SkipSpace()
	r, _, err := st.ReadRune()
	s.R = r
	return err
}

// Reader tries ScanState.Read and prints the ScanState's type.
type Reader struct{ Msg string }

func (r *Reader) Scan(st fmt.ScanState, verb rune) error {
	n, err := st.Read(make([]byte, 4))
	r.Msg = fmt.Sprintf("%T %d %v", st, n, err)
	return nil
}

// Tokenish recovers the scanError that SkipSpace panics with.
type Tokenish struct{ Got string }

func (t *Tokenish) Scan(st fmt.ScanState, verb rune) (err error) {
	defer func() {
		if e := recover(); e != nil {
			t.Got = fmt.Sprintf("%T", e)
		}
	}()
	st.SkipSpace()
	return nil
}

// NotAScanner has a Scan method of another signature.
type NotAScanner struct{}

func (*NotAScanner) Scan() bool { return true }

// Nested holds a Pair, scanned with a verb through Fscanf.
type Nested struct{ P Pair }

func (n *Nested) Scan(st fmt.ScanState, verb rune) error {
	_, err := fmt.Fscanf(st, "<%v>", &n.P)
	return err
}

func main() {
	var p Pair
	var s string
	n, err := fmt.Sscan("3 4 x", &p, &s)
	fmt.Println(n, err, p, s)
	n, err = fmt.Sscan("3", &p)
	fmt.Println(n, err, p)

	var w1, w2 Word
	n, err = fmt.Sscanf("hello123 world", "%5v123 %s", &w1, &w2)
	fmt.Printf("%d %v %+v %+v\n", n, err, w1, w2)
	n, err = fmt.Sscan("  abc def", &w1, &w2)
	fmt.Printf("%d %v %+v %+v\n", n, err, w1, w2)

	var h Hex
	var rest string
	n, err = fmt.Sscan(" 1fA9zz", &h, &rest)
	fmt.Println(n, err, uint64(h), rest)
	h = 0
	n, err = fmt.Sscanf("ff:10", "%x:%d", &h, &p.A)
	fmt.Println(n, err, uint64(h), p.A)
	n, err = fmt.Sscan("xyz", &h)
	fmt.Println(n, err)

	var i int
	n, err = fmt.Sscan("1 2", &i, Failing{errors.New("my error")})
	fmt.Println(n, err)
	n, err = fmt.Sscan("1 2", &i, Failing{io.EOF})
	fmt.Println(n, err, err == io.ErrUnexpectedEOF)
	n, err = fmt.Sscan("1 2", &i, Failing{nil}, &i)
	fmt.Println(n, err, i)

	n, err = fmt.Sscan("1", &Panicky{io.EOF})
	fmt.Println(n, err, err == io.EOF)

	var sk Skipper
	n, err = fmt.Sscanln("  \n x", &sk)
	fmt.Println(n, err, sk.R)
	n, err = fmt.Sscan("  \n x", &sk)
	fmt.Println(n, err, string(sk.R))
	n, err = fmt.Sscan("", &sk)
	fmt.Println(n, err)

	var rd Reader
	n, err = fmt.Sscan("abc", &rd)
	fmt.Println(n, err, rd.Msg)

	var tk Tokenish
	n, err = fmt.Sscanln("\nq", &tk)
	fmt.Println(n, err, tk.Got)

	n, err = fmt.Sscan("1", &NotAScanner{})
	fmt.Println(n, err)

	var nest Nested
	n, err = fmt.Sscan("<5 6> tail", &nest, &s)
	fmt.Println(n, err, nest, s)

	br := bufio.NewReader(strings.NewReader("beef cafe!"))
	var h1, h2 Hex
	n, err = fmt.Fscan(br, &h1, &h2)
	r, _, _ := br.ReadRune()
	fmt.Println(n, err, uint64(h1), uint64(h2), string(r))

	// a panic fmt does not recover goes on, re-panicked by its handler
	fmt.Sscan("1", &Panicky{"boom"})
}
