pass_by_value.go:6:20: leaking param: s to result ~r1 level=0
pass_by_value.go:15:12: ... argument does not escape
pass_by_value.go:15:12: n escapes to heap
pass_by_value.go:15:16: " " escapes to heap
pass_by_value.go:18:13: ... argument does not escape
pass_by_value.go:18:14: "liftoff" escapes to heap
pass_by_value.go:24:13: ... argument does not escape
pass_by_value.go:24:13: n escapes to heap
pass_by_value.go:24:13: s escapes to heap
pass_by_value.go:24:13: f escapes to heap
pass_by_value.go:25:13: ... argument does not escape
pass_by_value.go:25:13: n2 escapes to heap
pass_by_value.go:25:13: s2 escapes to heap
pass_by_value.go:25:13: f2 escapes to heap
pass_by_value.go:28:13: ... argument does not escape
pass_by_value.go:28:14: "k still" escapes to heap
pass_by_value.go:28:14: k escapes to heap
