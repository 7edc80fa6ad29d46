struct_literals_zero.go:25:12: ... argument does not escape
struct_literals_zero.go:25:13: zero escapes to heap
struct_literals_zero.go:26:13: ... argument does not escape
struct_literals_zero.go:26:26: zero.Emails == nil escapes to heap
struct_literals_zero.go:26:44: zero.Meta == nil escapes to heap
struct_literals_zero.go:26:62: zero.Boss == nil escapes to heap
struct_literals_zero.go:26:85: zero.Addr.City == "" escapes to heap
struct_literals_zero.go:28:12: ... argument does not escape
struct_literals_zero.go:28:13: p escapes to heap
struct_literals_zero.go:31:13: ... argument does not escape
struct_literals_zero.go:31:13: a escapes to heap
struct_literals_zero.go:31:13: b escapes to heap
struct_literals_zero.go:32:10: &Person{...} escapes to heap
struct_literals_zero.go:34:13: ... argument does not escape
struct_literals_zero.go:34:20: p.Boss.Name escapes to heap
struct_literals_zero.go:34:33: p.Boss.Age escapes to heap
struct_literals_zero.go:35:16: []Person{...} does not escape
struct_literals_zero.go:36:13: ... argument does not escape
struct_literals_zero.go:36:17: len(ps) escapes to heap
struct_literals_zero.go:36:28: ps[1].Age escapes to heap
struct_literals_zero.go:36:39: ps[0].Addr escapes to heap
struct_literals_zero.go:37:18: []*Address{...} does not escape
struct_literals_zero.go:37:19: &Address{...} does not escape
struct_literals_zero.go:37:29: &Address{...} does not escape
struct_literals_zero.go:38:13: ... argument does not escape
struct_literals_zero.go:38:14: *pp[0] escapes to heap
struct_literals_zero.go:38:22: *pp[1] escapes to heap
struct_literals_zero.go:39:25: map[string]Address{...} escapes to heap
struct_literals_zero.go:40:13: ... argument does not escape
struct_literals_zero.go:41:10: new(Person) does not escape
struct_literals_zero.go:42:28: map[string]string{...} escapes to heap
struct_literals_zero.go:43:13: ... argument does not escape
struct_literals_zero.go:43:21: n.Name == "" escapes to heap
struct_literals_zero.go:45:13: ... argument does not escape
struct_literals_zero.go:45:13: arr escapes to heap
