prog_primes.go:12:19: make([]bool, n + 1) escapes to heap
prog_primes.go:27:18: map[int]int{} escapes to heap
prog_primes.go:47:20: f does not escape
prog_primes.go:48:12: make([]int, 0, len(f)) escapes to heap
prog_primes.go:56:36: ... argument does not escape
prog_primes.go:56:36: p escapes to heap
prog_primes.go:58:37: ... argument does not escape
prog_primes.go:58:38: p escapes to heap
prog_primes.go:58:51: f[p] escapes to heap
prog_primes.go:66:13: ... argument does not escape
prog_primes.go:66:17: len(ps) escapes to heap
prog_primes.go:66:25: ps[:10] escapes to heap
prog_primes.go:66:34: ps[len(ps) - 1] escapes to heap
prog_primes.go:67:25: []int{...} does not escape
prog_primes.go:68:13: ... argument does not escape
prog_primes.go:68:14: n escapes to heap
prog_primes.go:68:43: formatFactors(factor(n)) escapes to heap
prog_primes.go:70:13: ... argument does not escape
prog_primes.go:70:17: gcd(84, 36) escapes to heap
prog_primes.go:70:30: gcd(17, 5) escapes to heap
prog_primes.go:70:44: 84 * 36 / gcd(84, 36) escapes to heap
prog_primes.go:86:13: ... argument does not escape
prog_primes.go:86:13: perfect escapes to heap
prog_primes.go:87:21: map[int]int{} escapes to heap
prog_primes.go:91:13: ... argument does not escape
