// Text processing: word wrapping to a width, justification, centered titles, and a rune-aware
// reverse of each word.
package main

import (
	"fmt"
	"strings"
	"unicode/utf8"
)

func wrap(text string, width int) []string {
	var lines []string
	var cur []string
	curLen := 0
	for _, w := range strings.Fields(text) {
		wl := utf8.RuneCountInString(w)
		if curLen > 0 && curLen+1+wl > width {
			lines = append(lines, strings.Join(cur, " "))
			cur, curLen = nil, 0
		}
		if curLen > 0 {
			curLen++
		}
		cur = append(cur, w)
		curLen += wl
	}
	if len(cur) > 0 {
		lines = append(lines, strings.Join(cur, " "))
	}
	return lines
}

func justify(line string, width int) string {
	words := strings.Fields(line)
	if len(words) < 2 {
		return line
	}
	letters := 0
	for _, w := range words {
		letters += utf8.RuneCountInString(w)
	}
	gaps := len(words) - 1
	spaces := width - letters
	var sb strings.Builder
	for i, w := range words {
		sb.WriteString(w)
		if i < gaps {
			n := spaces / gaps
			if i < spaces%gaps {
				n++
			}
			sb.WriteString(strings.Repeat(" ", n))
		}
	}
	return sb.String()
}

func center(s string, width int) string {
	n := utf8.RuneCountInString(s)
	if n >= width {
		return s
	}
	left := (width - n) / 2
	return strings.Repeat(" ", left) + s + strings.Repeat(" ", width-n-left)
}

func reverseWords(s string) string {
	words := strings.Fields(s)
	for i, w := range words {
		r := []rune(w)
		for a, b := 0, len(r)-1; a < b; a, b = a+1, b-1 {
			r[a], r[b] = r[b], r[a]
		}
		words[i] = string(r)
	}
	return strings.Join(words, " ")
}

const text = "Go is an open source programming language that makes it simple to build secure, " +
	"scalable systems. Café naïve résumé — déjà vu."

func main() {
	const width = 28
	fmt.Printf("|%s|\n", center("THE GO LANGUAGE", width))
	lines := wrap(text, width)
	for i, l := range lines {
		if i < len(lines)-1 {
			l = justify(l, width)
		}
		fmt.Printf("|%-*s|\n", width, l)
	}
	fmt.Println(len(lines), reverseWords("héllo wörld Go"))
	fmt.Printf("%q\n", wrap("", 10))
	fmt.Printf("%q\n", wrap("supercalifragilistic word", 5))
}
