// complex numbers: construction, real/imag, arithmetic, comparison and printing.
package main

import "fmt"

func main() {
	c := complex(3, 4)
	fmt.Println(c, real(c), imag(c))
	d := 1 - 2i
	fmt.Println(c+d, c-d, c*d, c/d)
	fmt.Println(c == complex(3, 4), c != d)
	var z complex128
	fmt.Println(z, z == 0)
	var f complex64 = complex(float32(1.5), float32(-0.25))
	fmt.Println(f, real(f), imag(f))
	fmt.Printf("%v %.2f %e %g\n", c, c, c, d)
	fmt.Printf("%T %T %T\n", c, f, real(f))
	fmt.Printf("%+.1f %8.2f|\n", c, d)
	i := 1i
	fmt.Println(i*i, -i, 2i*3)
	fmt.Printf("%#v %v\n", c, []complex128{1, 1i})
	m := c * complex(real(c), -imag(c))
	fmt.Println(m, real(m))
}
