// sort.Ints, Strings, Float64s, SearchInts, Slice and SliceStable with tie-breaking shown.
package main

import (
	"fmt"
	"math"
	"sort"
)

type rec struct {
	Name  string
	Score int
}

func main() {
	ints := []int{5, -2, 9, 0, 5, 3}
	sort.Ints(ints)
	fmt.Println(ints, sort.IntsAreSorted(ints), sort.SearchInts(ints, 5), sort.SearchInts(ints, 4))
	strs := []string{"pear", "Apple", "banana", "apple", ""}
	sort.Strings(strs)
	fmt.Printf("%q\n", strs)
	fl := []float64{2.5, math.NaN(), -1, math.Inf(1), 0}
	sort.Float64s(fl)
	fmt.Println(fl)
	recs := []rec{{"a", 3}, {"b", 1}, {"c", 3}, {"d", 2}, {"e", 1}, {"f", 3}}
	sort.SliceStable(recs, func(i, j int) bool { return recs[i].Score > recs[j].Score })
	fmt.Println(recs)
	sort.Slice(recs, func(i, j int) bool {
		if recs[i].Score != recs[j].Score {
			return recs[i].Score < recs[j].Score
		}
		return recs[i].Name < recs[j].Name
	})
	fmt.Println(recs)
	idx := sort.Search(100, func(i int) bool { return i*i >= 50 })
	fmt.Println(idx)
	fmt.Println(sort.SearchStrings([]string{"a", "c", "e"}, "d"))
	var empty []int
	sort.Ints(empty)
	fmt.Println(empty, sort.SliceIsSorted(recs, func(i, j int) bool { return recs[i].Score < recs[j].Score }))
}
