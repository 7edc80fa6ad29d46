prog_calculator.go:17:15: s does not escape
prog_calculator.go:19:14: ([]rune)(s) does not escape
prog_calculator.go:30:39: string(rs[i:j]) escapes to heap
prog_calculator.go:32:27: ... argument does not escape
prog_calculator.go:32:51: string(rs[i:j]) escapes to heap
prog_calculator.go:32:51: string(rs[i:j]) escapes to heap
prog_calculator.go:34:43: string(rs[i:j]) escapes to heap
prog_calculator.go:37:42: string(r) escapes to heap
prog_calculator.go:40:36: string(r) escapes to heap
prog_calculator.go:40:47: string(r) escapes to heap
prog_calculator.go:43:26: ... argument does not escape
prog_calculator.go:43:27: r escapes to heap
prog_calculator.go:43:27: i escapes to heap
prog_calculator.go:56:7: leaking param: p to result ~r0 level=2
prog_calculator.go:57:7: leaking param: p to result ~r0 level=2
prog_calculator.go:59:7: leaking param content: p
prog_calculator.go:75:7: leaking param content: p
prog_calculator.go:100:7: leaking param content: p
prog_calculator.go:109:7: leaking param content: p
prog_calculator.go:124:22: ... argument does not escape
prog_calculator.go:124:47: t.Text escapes to heap
prog_calculator.go:127:11: s does not escape
prog_calculator.go:132:7: &Parser{...} does not escape
prog_calculator.go:135:19: ... argument does not escape
prog_calculator.go:135:43: (*Parser).peek(p).Text escapes to heap
prog_calculator.go:141:28: []string{...} does not escape
prog_calculator.go:145:14: ... argument does not escape
prog_calculator.go:145:15: s escapes to heap
prog_calculator.go:145:68: errors.Is(err, ErrDivZero) escapes to heap
prog_calculator.go:148:13: ... argument does not escape
prog_calculator.go:148:14: s escapes to heap
prog_calculator.go:148:14: v escapes to heap
