// Word-frequency count: normalise words with unicode, count in a map, sort by count then word.
package main

import (
	"fmt"
	"sort"
	"strings"
	"unicode"
)

const text = `It was the best of times, it was the worst of times, it was the age of
wisdom, it was the age of foolishness, it was the epoch of belief, it was the epoch of
incredulity, it was the season of Light, it was the season of Darkness... Naïve café, CAFÉ!`

type wc struct {
	Word  string
	Count int
}

func main() {
	words := strings.FieldsFunc(text, func(r rune) bool {
		return !unicode.IsLetter(r) && r != '\''
	})
	counts := map[string]int{}
	for _, w := range words {
		counts[strings.ToLower(w)]++
	}
	list := make([]wc, 0, len(counts))
	for w, c := range counts {
		list = append(list, wc{w, c})
	}
	sort.Slice(list, func(i, j int) bool {
		if list[i].Count != list[j].Count {
			return list[i].Count > list[j].Count
		}
		return list[i].Word < list[j].Word
	})
	fmt.Println("total words:", len(words), "distinct:", len(counts))
	for _, e := range list[:8] {
		fmt.Printf("%-8s %2d %s\n", e.Word, e.Count, strings.Repeat("*", e.Count))
	}
	byLen := map[int][]string{}
	for w := range counts {
		n := len([]rune(w))
		byLen[n] = append(byLen[n], w)
	}
	lens := []int{}
	for n := range byLen {
		lens = append(lens, n)
	}
	sort.Ints(lens)
	for _, n := range lens {
		sort.Strings(byLen[n])
		fmt.Println(n, byLen[n])
	}
}
