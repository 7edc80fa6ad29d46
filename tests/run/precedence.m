precedence.go:7:13: ... argument does not escape
precedence.go:7:16: 2 + 3 * 4 escapes to heap
precedence.go:8:13: ... argument does not escape
precedence.go:8:22: (2 + 3) * 4 escapes to heap
precedence.go:9:13: ... argument does not escape
precedence.go:9:16: 1 + 2 << 3 escapes to heap
precedence.go:10:13: ... argument does not escape
precedence.go:10:19: 1 << 2 + 3 escapes to heap
precedence.go:11:13: ... argument does not escape
precedence.go:11:21: 10 - 4 - 3 escapes to heap
precedence.go:12:13: ... argument does not escape
precedence.go:12:23: 100 / 10 / 5 escapes to heap
precedence.go:13:13: ... argument does not escape
precedence.go:13:18: 7 & 3 | 8 escapes to heap
precedence.go:14:13: ... argument does not escape
precedence.go:14:16: 6 ^ 3 & 5 escapes to heap
precedence.go:15:13: ... argument does not escape
precedence.go:15:17: -2 * -3 escapes to heap
precedence.go:16:13: ... argument does not escape
precedence.go:16:17: ^0 + 1 escapes to heap
precedence.go:17:13: ... argument does not escape
precedence.go:17:20: 1 < 2 == true escapes to heap
precedence.go:18:13: ... argument does not escape
precedence.go:18:19: true || false && false escapes to heap
precedence.go:19:13: ... argument does not escape
precedence.go:19:20: !true || true escapes to heap
precedence.go:20:13: ... argument does not escape
precedence.go:20:23: 1 + 2 == 3 && 4 * 5 > 19 escapes to heap
precedence.go:21:13: ... argument does not escape
precedence.go:21:20: 5 % 3 * 2 escapes to heap
precedence.go:22:13: ... argument does not escape
precedence.go:22:20: 2 * 5 % 3 escapes to heap
precedence.go:23:13: ... argument does not escape
precedence.go:23:19: 9 &^ 5 | 2 escapes to heap
precedence.go:26:13: ... argument does not escape
precedence.go:26:17: x * x + y * y escapes to heap
precedence.go:26:25: -x + y escapes to heap
precedence.go:26:31: x - -y escapes to heap
precedence.go:26:38: x * -y escapes to heap
precedence.go:27:13: ... argument does not escape
precedence.go:27:18: x << 1 | 1 escapes to heap
precedence.go:27:23: x | 1 << 4 escapes to heap
precedence.go:27:45: x > 2 && y > 3 || x == 0 escapes to heap
