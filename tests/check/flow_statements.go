// Labels, goto, defer and range loops over every rangeable kind.
package main

type Pair struct{ a, b int }

func (p Pair) Sum() int { return p.a + p.b }

func count() (n int) {
	defer println("counted")
	i := 0
loop:
	if i < 3 {
		i++
		n += i
		goto loop
	}
	return
}

func main() {
	var arr [3]int
	for i := range arr {
		arr[i] = i * i
	}
	p := &arr
	for i, v := range p {
		println(i, v)
	}
	var s []string
	for _, x := range s {
		println(x)
	}
	var m map[string]int
	for k, v := range m {
		println(k, v)
	}
	var r rune
	for _, r = range "héllo" {
	}
	println(r, count(), Pair{1, 2}.Sum())
outer:
	for i := 0; i < 3; i++ {
		switch {
		case i == 1:
			continue outer
		case i == 2:
			break outer
		}
	}
}
