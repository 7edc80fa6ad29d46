// A recursive function type (type stateFn func(*lexer) stateFn) drives a small lexer state machine.
package main

import (
	"fmt"
	"strings"
	"unicode"
)

type lexer struct {
	input  []rune
	pos    int
	start  int
	tokens []string
}

type stateFn func(*lexer) stateFn

func (l *lexer) emit(kind string) {
	l.tokens = append(l.tokens, kind+":"+string(l.input[l.start:l.pos]))
	l.start = l.pos
}

func lexAny(l *lexer) stateFn {
	if l.pos >= len(l.input) {
		return nil
	}
	r := l.input[l.pos]
	switch {
	case unicode.IsSpace(r):
		l.pos++
		l.start = l.pos
		return lexAny
	case unicode.IsDigit(r):
		return lexNumber
	case unicode.IsLetter(r):
		return lexWord
	}
	l.pos++
	l.emit("sym")
	return lexAny
}

func lexNumber(l *lexer) stateFn {
	for l.pos < len(l.input) && unicode.IsDigit(l.input[l.pos]) {
		l.pos++
	}
	l.emit("num")
	return lexAny
}

func lexWord(l *lexer) stateFn {
	for l.pos < len(l.input) && (unicode.IsLetter(l.input[l.pos]) || unicode.IsDigit(l.input[l.pos])) {
		l.pos++
	}
	l.emit("word")
	return lexAny
}

func lex(s string) []string {
	l := &lexer{input: []rune(s)}
	steps := 0
	for state := stateFn(lexAny); state != nil; state = state(l) {
		steps++
	}
	return append(l.tokens, fmt.Sprint("steps:", steps))
}

func main() {
	fmt.Println(strings.Join(lex("x1 = 42 + y*(7-z)"), " "))
	fmt.Println(lex("été 2024!"))
	fmt.Println(lex(""))
	fmt.Printf("%T\n", stateFn(lexAny))
}
