// Matrix type with methods: multiply, transpose, identity, power, determinant, dimension errors.
package main

import (
	"errors"
	"fmt"
	"strings"
)

type Matrix [][]float64

func New(r, c int) Matrix {
	m := make(Matrix, r)
	for i := range m {
		m[i] = make([]float64, c)
	}
	return m
}

func Identity(n int) Matrix {
	m := New(n, n)
	for i := 0; i < n; i++ {
		m[i][i] = 1
	}
	return m
}

func (m Matrix) Mul(o Matrix) (Matrix, error) {
	if len(m[0]) != len(o) {
		return nil, errors.New(fmt.Sprintf("dimension mismatch: %dx%d * %dx%d", len(m), len(m[0]), len(o), len(o[0])))
	}
	r := New(len(m), len(o[0]))
	for i := range m {
		for j := range o[0] {
			for k := range o {
				r[i][j] += m[i][k] * o[k][j]
			}
		}
	}
	return r, nil
}

func (m Matrix) T() Matrix {
	r := New(len(m[0]), len(m))
	for i, row := range m {
		for j, v := range row {
			r[j][i] = v
		}
	}
	return r
}

func (m Matrix) Pow(n int) Matrix {
	result, base := Identity(len(m)), m
	for ; n > 0; n >>= 1 {
		if n&1 == 1 {
			result, _ = result.Mul(base)
		}
		base, _ = base.Mul(base)
	}
	return result
}

func (m Matrix) Det() float64 {
	if len(m) == 1 {
		return m[0][0]
	}
	det, sign := 0.0, 1.0
	for c := range m[0] {
		minor := Matrix{}
		for _, row := range m[1:] {
			nr := append([]float64{}, row[:c]...)
			minor = append(minor, append(nr, row[c+1:]...))
		}
		det += sign * m[0][c] * minor.Det()
		sign = -sign
	}
	return det
}

func (m Matrix) String() string {
	var sb strings.Builder
	for _, row := range m {
		for j, v := range row {
			if j > 0 {
				sb.WriteByte(' ')
			}
			fmt.Fprintf(&sb, "%6.1f", v)
		}
		sb.WriteByte('\n')
	}
	return sb.String()
}

func main() {
	a := Matrix{{1, 2, 3}, {4, 5, 6}}
	b := Matrix{{7, 8}, {9, 10}, {11, 12}}
	c, err := a.Mul(b)
	fmt.Print(c, err, "\n")
	fmt.Print(a.T())
	_, err = a.Mul(a)
	fmt.Println("error:", err)
	fib := Matrix{{1, 1}, {1, 0}}
	f := fib.Pow(30)
	fmt.Println(int64(f[0][1]))
	fmt.Println(Matrix{{2, 0, 1}, {1, 3, 2}, {1, 1, 1}}.Det(), Identity(4).Det())
	fmt.Print(Identity(3))
	fmt.Println(len(New(0, 0)))
}
