// A tokenizer and recursive-descent calculator with precedence, parentheses, unary minus and errors.
package main

import (
	"errors"
	"fmt"
	"strconv"
	"unicode"
)

type Token struct {
	Kind string // "num", "op", "(", ")", "end"
	Text string
	Val  float64
}

func tokenize(s string) ([]Token, error) {
	var toks []Token
	rs := []rune(s)
	for i := 0; i < len(rs); {
		r := rs[i]
		switch {
		case unicode.IsSpace(r):
			i++
		case unicode.IsDigit(r) || r == '.':
			j := i
			for j < len(rs) && (unicode.IsDigit(rs[j]) || rs[j] == '.') {
				j++
			}
			v, err := strconv.ParseFloat(string(rs[i:j]), 64)
			if err != nil {
				return nil, fmt.Errorf("bad number %q", string(rs[i:j]))
			}
			toks = append(toks, Token{"num", string(rs[i:j]), v})
			i = j
		case r == '+' || r == '-' || r == '*' || r == '/' || r == '%':
			toks = append(toks, Token{"op", string(r), 0})
			i++
		case r == '(' || r == ')':
			toks = append(toks, Token{string(r), string(r), 0})
			i++
		default:
			return nil, fmt.Errorf("unexpected %q at %d", r, i)
		}
	}
	return append(toks, Token{Kind: "end"}), nil
}

type Parser struct {
	toks []Token
	pos  int
}

var ErrDivZero = errors.New("division by zero")

func (p *Parser) peek() Token { return p.toks[p.pos] }
func (p *Parser) next() Token { t := p.toks[p.pos]; p.pos++; return t }

func (p *Parser) expr() (float64, error) {
	v, err := p.term()
	for err == nil && p.peek().Kind == "op" && (p.peek().Text == "+" || p.peek().Text == "-") {
		op := p.next().Text
		var r float64
		if r, err = p.term(); err == nil {
			if op == "+" {
				v += r
			} else {
				v -= r
			}
		}
	}
	return v, err
}

func (p *Parser) term() (float64, error) {
	v, err := p.unary()
	for err == nil && p.peek().Kind == "op" && (p.peek().Text == "*" || p.peek().Text == "/" || p.peek().Text == "%") {
		op := p.next().Text
		var r float64
		if r, err = p.unary(); err != nil {
			break
		}
		switch op {
		case "*":
			v *= r
		case "/", "%":
			if r == 0 {
				return 0, ErrDivZero
			}
			if op == "/" {
				v /= r
			} else {
				v = float64(int(v) % int(r))
			}
		}
	}
	return v, err
}

func (p *Parser) unary() (float64, error) {
	if t := p.peek(); t.Kind == "op" && t.Text == "-" {
		p.next()
		v, err := p.unary()
		return -v, err
	}
	return p.primary()
}

func (p *Parser) primary() (float64, error) {
	t := p.next()
	switch t.Kind {
	case "num":
		return t.Val, nil
	case "(":
		v, err := p.expr()
		if err != nil {
			return 0, err
		}
		if p.next().Kind != ")" {
			return 0, errors.New("missing )")
		}
		return v, nil
	}
	return 0, fmt.Errorf("unexpected token %q", t.Text)
}

func eval(s string) (float64, error) {
	toks, err := tokenize(s)
	if err != nil {
		return 0, err
	}
	p := &Parser{toks: toks}
	v, err := p.expr()
	if err == nil && p.peek().Kind != "end" {
		err = fmt.Errorf("trailing %q", p.peek().Text)
	}
	return v, err
}

func main() {
	for _, s := range []string{"1 + 2 * 3", "(1 + 2) * 3", "-4 - -2", "10 / 4", "17 % 5 + 0.5",
		"2 * (3 + (4 - 1)) / 3", "1 / 0", "2 +", "(1 + 2", "3 $ 4", "1.2.3", "4 5"} {
		v, err := eval(s)
		if err != nil {
			fmt.Printf("%-22s error: %v (div zero: %t)\n", s, err, errors.Is(err, ErrDivZero))
			continue
		}
		fmt.Printf("%-22s = %g\n", s, v)
	}
}
