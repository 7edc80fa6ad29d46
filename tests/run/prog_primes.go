// Number theory: sieve of Eratosthenes with a []bool, factorization into a map, gcd/lcm, perfect
// numbers and a prime-gap histogram.
package main

import (
	"fmt"
	"sort"
	"strings"
)

func sieve(n int) []int {
	composite := make([]bool, n+1)
	var primes []int
	for i := 2; i <= n; i++ {
		if composite[i] {
			continue
		}
		primes = append(primes, i)
		for j := i * i; j <= n; j += i {
			composite[j] = true
		}
	}
	return primes
}

func factor(n int) map[int]int {
	f := map[int]int{}
	for p := 2; p*p <= n; p++ {
		for n%p == 0 {
			f[p]++
			n /= p
		}
	}
	if n > 1 {
		f[n]++
	}
	return f
}

func gcd(a, b int) int {
	for b != 0 {
		a, b = b, a%b
	}
	return a
}

func formatFactors(f map[int]int) string {
	ps := make([]int, 0, len(f))
	for p := range f {
		ps = append(ps, p)
	}
	sort.Ints(ps)
	var parts []string
	for _, p := range ps {
		if f[p] == 1 {
			parts = append(parts, fmt.Sprint(p))
		} else {
			parts = append(parts, fmt.Sprintf("%d^%d", p, f[p]))
		}
	}
	return strings.Join(parts, " * ")
}

func main() {
	ps := sieve(10000)
	fmt.Println(len(ps), ps[:10], ps[len(ps)-1])
	for _, n := range []int{360, 97, 1001, 65536, 999999, 600851475143} {
		fmt.Printf("%d = %s\n", n, formatFactors(factor(n)))
	}
	fmt.Println(gcd(84, 36), gcd(17, 5), 84*36/gcd(84, 36))
	var perfect []int
	for n := 2; n < 10000; n++ {
		s := 1
		for d := 2; d*d <= n; d++ {
			if n%d == 0 {
				s += d
				if d*d != n {
					s += n / d
				}
			}
		}
		if s == n {
			perfect = append(perfect, n)
		}
	}
	fmt.Println(perfect)
	gaps := map[int]int{}
	for i := 1; i < len(ps); i++ {
		gaps[ps[i]-ps[i-1]]++
	}
	fmt.Println(gaps)
}
