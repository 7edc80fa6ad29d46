conv_named_types.go:17:7: leaking param: w to result ~r0 level=1
conv_named_types.go:18:7: s does not escape
conv_named_types.go:18:18: k does not escape
conv_named_types.go:19:7: leaking param: u to result ~r0 level=0
conv_named_types.go:23:12: ... argument does not escape
conv_named_types.go:23:34: Meters.ToFeet(d) escapes to heap
conv_named_types.go:23:46: Meters.ToFeet(d) escapes to heap
conv_named_types.go:25:13: ... argument does not escape
conv_named_types.go:25:13: f escapes to heap
conv_named_types.go:25:27: float64(f) + 1 escapes to heap
conv_named_types.go:26:12: Words{...} escapes to heap
conv_named_types.go:28:13: ... argument does not escape
conv_named_types.go:28:20: Words.Join(w) escapes to heap
conv_named_types.go:28:27: len(w) escapes to heap
conv_named_types.go:28:65: Words.Join(.autotmp_3) escapes to heap
conv_named_types.go:31:13: ... argument does not escape
conv_named_types.go:31:13: w escapes to heap
conv_named_types.go:32:10: Set{...} does not escape
conv_named_types.go:34:13: ... argument does not escape
conv_named_types.go:34:19: Set.Has(s, "j") escapes to heap
conv_named_types.go:34:31: Set.Has(s, "q") escapes to heap
conv_named_types.go:34:41: len(s) escapes to heap
conv_named_types.go:36:13: ... argument does not escape
conv_named_types.go:36:13: u escapes to heap
conv_named_types.go:36:23: string(u) escapes to heap
conv_named_types.go:36:31: len(u) escapes to heap
conv_named_types.go:37:12: ... argument does not escape
conv_named_types.go:37:13: u escapes to heap
conv_named_types.go:37:13: u escapes to heap
conv_named_types.go:37:13: u escapes to heap
conv_named_types.go:40:12: ... argument does not escape
conv_named_types.go:40:13: c escapes to heap
conv_named_types.go:40:13: c escapes to heap
