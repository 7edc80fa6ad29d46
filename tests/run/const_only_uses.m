const_only_uses.go:9:28: [][3]int{...} does not escape
const_only_uses.go:12:28: [2]int{} does not escape
const_only_uses.go:18:7: func literal does not escape
const_only_uses.go:21:7: func literal does not escape
