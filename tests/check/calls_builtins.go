// Every builtin but len and cap, with the argument forms gc accepts.
package main

type bytes []byte

func results() ([]int, int) { return nil, 0 }

func main() {
	s := make([]int, 0, 10)
	s = append(s)
	s = append(s, 1, 2, 3)
	s = append(s, s...)
	var b bytes
	b = append(b, "text"...)
	b = append(b, 'x')
	n := copy(b, "hi") + copy(s, s[1:])
	m := make(map[string][]int)
	m["a"] = append(m["a"], n)
	delete(m, "a")
	p := new([3]int)
	p[0] = 1
	var x float64 = 2
	var f32 float32 = 1
	c := complex(x, 1.5)
	c64 := complex(f32, f32)
	r, i := real(c), imag(c64)
	const k = real(3) + imag(4.5)
	var ck complex128 = k
	print(r, i, k, ck, c, s, b, m, p, "\n")
	println(results())
	println()
	func() {
		defer func() {
			if e := recover(); e != nil {
				println("recovered", e)
			}
		}()
		panic("boom")
	}()
	if n > 100 {
		panic(n)
	}
}
