panic_uncomparable_eq.go:11:9: a does not escape
panic_uncomparable_eq.go:11:12: b does not escape
panic_uncomparable_eq.go:12:8: func literal does not escape
panic_uncomparable_eq.go:17:11: a == b escapes to heap
panic_uncomparable_eq.go:21:13: ... argument does not escape
panic_uncomparable_eq.go:21:17: 1 does not escape
panic_uncomparable_eq.go:21:20: 1 does not escape
panic_uncomparable_eq.go:21:27: 1 does not escape
panic_uncomparable_eq.go:21:30: "1" does not escape
panic_uncomparable_eq.go:22:13: ... argument does not escape
panic_uncomparable_eq.go:22:22: []int{...} does not escape
panic_uncomparable_eq.go:22:22: []int{...} does not escape
panic_uncomparable_eq.go:22:32: []int{...} does not escape
panic_uncomparable_eq.go:22:32: []int{...} does not escape
panic_uncomparable_eq.go:23:13: ... argument does not escape
panic_uncomparable_eq.go:23:28: map[int]int{} does not escape
panic_uncomparable_eq.go:23:32: 5 does not escape
panic_uncomparable_eq.go:24:13: ... argument does not escape
panic_uncomparable_eq.go:24:22: []int{...} does not escape
panic_uncomparable_eq.go:24:22: []int{...} does not escape
panic_uncomparable_eq.go:24:27: "x" does not escape
panic_uncomparable_eq.go:25:13: ... argument does not escape
panic_uncomparable_eq.go:25:21: Pair{...} does not escape
panic_uncomparable_eq.go:25:35: Pair{...} does not escape
panic_uncomparable_eq.go:26:13: ... argument does not escape
panic_uncomparable_eq.go:26:25: [1][]int{} does not escape
panic_uncomparable_eq.go:26:37: [1][]int{} does not escape
panic_uncomparable_eq.go:27:40: map[string]bool{} does not escape
panic_uncomparable_eq.go:27:59: map[string]bool{} does not escape
panic_uncomparable_eq.go:28:13: ... argument does not escape
panic_uncomparable_eq.go:28:16: x == y escapes to heap
