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
	bigrams := map[[2]string]int{}
	for i := 1; i < len(words); i++ {
		bigrams[[2]string{strings.ToLower(words[i-1]), strings.ToLower(words[i])}]++
	}
	top := topBigrams(bigrams, 3)
	for _, b := range top {
		fmt.Printf("%q %d\n", b.pair, b.n)
	}
	fmt.Println(letterHistogram(text))
}

type bigram struct {
	pair [2]string
	n    int
}

// topBigrams returns the k most frequent pairs, ties broken by the pair's words.
func topBigrams(m map[[2]string]int, k int) []bigram {
	var list []bigram
	for p, n := range m {
		list = append(list, bigram{p, n})
	}
	sort.Slice(list, func(i, j int) bool {
		a, b := list[i], list[j]
		if a.n != b.n {
			return a.n > b.n
		}
		if a.pair[0] != b.pair[0] {
			return a.pair[0] < b.pair[0]
		}
		return a.pair[1] < b.pair[1]
	})
	if len(list) > k {
		list = list[:k]
	}
	return list
}

// letterHistogram counts letters case-insensitively, vowels first then consonants.
func letterHistogram(s string) string {
	counts := map[rune]int{}
	for _, r := range strings.ToLower(s) {
		if unicode.IsLetter(r) {
			counts[r]++
		}
	}
	var sb strings.Builder
	for _, group := range []string{"aeiouéï", "bcdfghjklmnpqrstvwxyz"} {
		for _, r := range group {
			if counts[r] > 0 {
				fmt.Fprintf(&sb, "%c%d ", r, counts[r])
			}
		}
		sb.WriteString("| ")
	}
	return sb.String()
}
