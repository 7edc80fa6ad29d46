package main

type T int
type I interface{ M() int }

func (t T) M() int { return int(t) }
func (t *T) Inc()   { *t = *t + 1 }

func use(i I) int { return i.M() }

func main() {
	var t T
	t.Inc()
	var i I = t
	println(use(t), i.M(), T.M(t))
	if v, ok := i.(T); ok {
		println(v)
	}
	switch x := i.(type) {
	case T:
		println(x.M())
	case nil, error:
	}
	defer println("done")
outer:
	for i := range "ab" {
		for {
			if i > 0 {
				break outer
			}
			continue outer
		}
	}
}
