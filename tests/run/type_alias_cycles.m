type_alias_cycles.go:34:17: devirtualizing i.m to t
type_alias_cycles.go:27:14: f does not escape
type_alias_cycles.go:27:33: x escapes to heap
type_alias_cycles.go:31:8: &B{...} does not escape
type_alias_cycles.go:32:13: ... argument does not escape
type_alias_cycles.go:32:17: b.a.n escapes to heap
type_alias_cycles.go:32:27: first == nil escapes to heap
type_alias_cycles.go:33:13: t{...} does not escape
type_alias_cycles.go:34:13: ... argument does not escape
type_alias_cycles.go:34:17: t.m(i.(t), func literal) escapes to heap
type_alias_cycles.go:34:18: func literal does not escape
