package asm

// A package other than main may declare functions and methods without a
// body (gc takes them from the package's assembly): the object file
// refers to them, and method values and expressions wrap them.
type Here struct{ stuff int }

type Info struct{ Dir string }

func (h Here) Dir(p string) (Info, error)

func (h *Here) Reset()

func Sum(xs []int) int

var (
	ByValue   = Here.Dir
	ByPointer = (*Here).Reset
	Total     = Sum([]int{1, 2})
)

func Bound(h Here) func(string) (Info, error) { return h.Dir }
