// sort's IntSlice, Float64Slice, StringSlice, Reverse, and pdqsort's exact
// order (and Less/Swap call counts) for Sort and Slice with equal keys.
package main

import (
	"fmt"
	"math"
	"sort"
)

type rec struct {
	key, id int
}

type byKey []rec

var nless, nswap int

func (b byKey) Len() int           { return len(b) }
func (b byKey) Less(i, j int) bool { nless++; return b[i].key < b[j].key }
func (b byKey) Swap(i, j int)      { nswap++; b[i], b[j] = b[j], b[i] }

var seed uint32 = 12345

func rnd() int {
	seed = seed*1103515245 + 12345
	return int((seed >> 8) & 0xffff)
}

// gen makes n records in one of several patterns, many keys equal.
func gen(n, kind int) []rec {
	r := make([]rec, n)
	for i := range r {
		switch kind {
		case 0:
			r[i].key = rnd() % 7
		case 1:
			r[i].key = rnd() % 1000
		case 2:
			r[i].key = i / 3
		case 3:
			r[i].key = (n - i) / 2
		case 4:
			r[i].key = i % 17
		case 5: // nearly sorted
			r[i].key = i
			if i%97 == 0 {
				r[i].key = rnd() % n
			}
		case 6: // organ pipe
			if i < n/2 {
				r[i].key = i
			} else {
				r[i].key = n - i
			}
		case 7: // sawtooth
			r[i].key = i % 50
		}
		r[i].id = i
	}
	return r
}

func digest(r []rec) uint64 {
	h := uint64(1469598103934665603)
	for _, x := range r {
		h ^= uint64(x.id)
		h *= 1099511628211
	}
	return h
}

func patterns() {
	for _, n := range []int{0, 1, 5, 12, 13, 30, 50, 51, 100, 257, 1000, 3000} {
		for kind := 0; kind < 8; kind++ {
			a := gen(n, kind)
			nless, nswap = 0, 0
			sort.Sort(byKey(a))
			l, s := nless, nswap
			fmt.Println("Sort", n, kind, digest(a), l, s, sort.IsSorted(byKey(a)))
			b := gen(n, kind)
			cnt := 0
			sort.Slice(b, func(i, j int) bool { cnt++; return b[i].key < b[j].key })
			fmt.Println("Slice", n, kind, digest(b), cnt)
			c := gen(n, kind)
			sort.Stable(byKey(c))
			fmt.Println("Stable", n, kind, digest(c))
			e := gen(n, kind)
			nless, nswap = 0, 0
			sort.Sort(sort.Reverse(byKey(e)))
			l, s = nless, nswap
			fmt.Println("Reverse", n, kind, digest(e), l, s)
		}
	}
	a := gen(1000, 0)
	sort.Sort(byKey(a))
	for i := 0; i < 1000; i += 37 {
		fmt.Print(a[i].id, " ")
	}
	fmt.Println()
}

func main() {
	is := sort.IntSlice{5, 2, 8, 2, 9, 1}
	fmt.Println(is.Len(), is.Less(0, 1), is.Less(1, 0))
	is.Swap(0, 5)
	fmt.Println(is)
	is.Sort()
	fmt.Println(is, is.Search(2), is.Search(3), is.Search(10), sort.IsSorted(is))
	sort.Sort(sort.Reverse(is))
	fmt.Println(is, sort.IsSorted(is), sort.IsSorted(sort.Reverse(is)))

	fs := sort.Float64Slice{2.5, math.NaN(), -1, math.Inf(1), 0, math.NaN(), math.Inf(-1)}
	fs.Sort()
	fmt.Println(fs, fs.Search(0), fs.Less(0, 1), fs.Less(1, 2))
	ss := sort.StringSlice{"pear", "apple", "fig", "Banana", ""}
	sort.Sort(ss)
	fmt.Println(ss, ss.Search("fig"), ss.Search("zzz"), len(ss))

	plain := []int{3, 1, 2}
	sort.IntSlice(plain).Sort()
	fmt.Println(plain)
	words := []string{"b", "c", "a"}
	sort.Sort(sort.Reverse(sort.StringSlice(words)))
	fmt.Println(words)

	r := sort.Reverse(sort.IntSlice{1, 2, 3})
	fmt.Printf("%T %v %d %v\n", r, r, r.Len(), r.Less(0, 1))
	var iface sort.Interface = is
	fmt.Printf("%T %v\n", iface, iface.Len())

	patterns()
}
