// Package sort: the part of Go's package sort that go2c provides,
// declared for its type checker.  The functions are C, in
// runtime/lib/sort.c.  All the sorts there are stable: the same order as
// gc for Stable and SliceStable, and for Sort and Slice on up to 12
// elements (gc's pdqsort may order equal elements differently above that).
package sort

// A type, typically a collection, that satisfies sort.Interface can be
// sorted by the routines in this package.
type Interface interface {
	Len() int
	Less(i, j int) bool
	Swap(i, j int)
}

func Sort(data Interface)
func Stable(data Interface)
func IsSorted(data Interface) bool

func Slice(x any, less func(i, j int) bool)
func SliceStable(x any, less func(i, j int) bool)
func SliceIsSorted(x any, less func(i, j int) bool) bool

func Ints(x []int)
func Float64s(x []float64)
func Strings(x []string)
func IntsAreSorted(x []int) bool
func Float64sAreSorted(x []float64) bool
func StringsAreSorted(x []string) bool

func Search(n int, f func(int) bool) int
func SearchInts(a []int, x int) int
func SearchFloat64s(a []float64, x float64) int
func SearchStrings(a []string, x string) int
