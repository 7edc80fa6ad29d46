// Function values, closures, variadic calls, init functions and builtins: all
// accepted by go2c check.
package main

func v(s string, xs ...int) int { return len(s) + len(xs) }

func apply(f func(int) int, x int) int { return f(x) }

func counter() func() int {
	n := 0
	return func() int {
		n++
		return n
	}
}

var table = make(map[string]int, 10)

func init() { table["a"] = 1 }
func init() { _ = v("x") }

func fail() int { panic("no") }

type op func(int, int) int

func main() {
	var b []byte
	b = append(b, "xyz"...)
	b = append(b, 'a', 'b')
	n := copy(b, "hi")
	_ = v("a", 1, 2, n)
	xs := []int{1, 2}
	_ = v("a", xs...)
	c := counter()
	_ = c() + apply(func(x int) int { return x * 2 }, 3)
	var fib func(int) int
	fib = func(k int) int {
		if k < 2 {
			return k
		}
		return fib(k-1) + fib(k-2)
	}
	println(fib(10), c == nil, b, table, fib)
	p := new(int)
	*p = int(real(2.0))
	var add op = func(a, b int) int { return a + b }
	_ = add(1, 2)
	m := make(map[int]string)
	delete(m, 1)
	one := float32(1)
	z := complex(one, 2)
	var f32 float32 = real(z) + imag(z)
	_ = f32
	defer func() { _ = recover() }()
	print(fail())
}
