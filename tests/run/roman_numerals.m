roman_numerals.go:22:24: ... argument does not escape
roman_numerals.go:22:25: n escapes to heap
roman_numerals.go:34:16: leaking param: s
roman_numerals.go:35:24: map[byte]int{...} does not escape
roman_numerals.go:40:24: ... argument does not escape
roman_numerals.go:40:25: s escapes to heap
roman_numerals.go:40:66: s[i] escapes to heap
roman_numerals.go:40:66: i escapes to heap
roman_numerals.go:49:23: ... argument does not escape
roman_numerals.go:49:24: s escapes to heap
roman_numerals.go:49:24: back escapes to heap
roman_numerals.go:55:25: []int{...} does not escape
roman_numerals.go:58:15: ... argument does not escape
roman_numerals.go:58:30: errors.Is(err, ErrRange) escapes to heap
roman_numerals.go:62:13: ... argument does not escape
roman_numerals.go:62:14: n escapes to heap
roman_numerals.go:62:14: r escapes to heap
roman_numerals.go:62:14: back escapes to heap
roman_numerals.go:64:28: []string{...} does not escape
roman_numerals.go:66:14: ... argument does not escape
roman_numerals.go:66:14: n escapes to heap
roman_numerals.go:75:13: ... argument does not escape
roman_numerals.go:75:14: "round trips:" escapes to heap
roman_numerals.go:75:14: ok escapes to heap
