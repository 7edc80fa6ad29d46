gcd_collatz.go:52:13: ... argument does not escape
gcd_collatz.go:52:17: gcd(48, 18) escapes to heap
gcd_collatz.go:52:30: gcd(17, 5) escapes to heap
gcd_collatz.go:52:42: gcd(0, 9) escapes to heap
gcd_collatz.go:52:53: gcd(1071, 462) escapes to heap
gcd_collatz.go:53:13: ... argument does not escape
gcd_collatz.go:53:21: collatz(1) escapes to heap
gcd_collatz.go:53:33: collatz(6) escapes to heap
gcd_collatz.go:53:45: collatz(27) escapes to heap
gcd_collatz.go:53:58: collatz(97) escapes to heap
gcd_collatz.go:54:13: ... argument does not escape
gcd_collatz.go:54:19: isqrt(0) escapes to heap
gcd_collatz.go:54:29: isqrt(15) escapes to heap
gcd_collatz.go:54:40: isqrt(16) escapes to heap
gcd_collatz.go:54:51: isqrt(1 << 62) escapes to heap
gcd_collatz.go:54:65: isqrt(18446744073709551615) escapes to heap
gcd_collatz.go:63:13: ... argument does not escape
gcd_collatz.go:63:13: count escapes to heap
gcd_collatz.go:63:13: last escapes to heap
