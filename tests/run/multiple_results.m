multiple_results.go:11:11: leaking param: a to result ~r1 level=0
multiple_results.go:11:14: leaking param: b to result ~r0 level=0
multiple_results.go:42:13: ... argument does not escape
multiple_results.go:42:13: q escapes to heap
multiple_results.go:42:13: r escapes to heap
multiple_results.go:44:13: ... argument does not escape
multiple_results.go:44:13: x escapes to heap
multiple_results.go:44:13: y escapes to heap
multiple_results.go:46:13: ... argument does not escape
multiple_results.go:46:13: x escapes to heap
multiple_results.go:46:13: y escapes to heap
multiple_results.go:48:13: ... argument does not escape
multiple_results.go:48:13: n escapes to heap
multiple_results.go:48:13: s escapes to heap
multiple_results.go:48:13: ok escapes to heap
multiple_results.go:50:13: ... argument does not escape
multiple_results.go:50:13: s2 escapes to heap
multiple_results.go:51:13: ... argument does not escape
multiple_results.go:51:13: .autotmp_8 escapes to heap
multiple_results.go:51:13: .autotmp_9 escapes to heap
multiple_results.go:52:13: ... argument does not escape
multiple_results.go:52:17: sum(divmod(9, 4)) escapes to heap
multiple_results.go:53:13: ... argument does not escape
multiple_results.go:53:13: .autotmp_12 escapes to heap
multiple_results.go:53:13: .autotmp_13 escapes to heap
multiple_results.go:56:13: ... argument does not escape
multiple_results.go:56:13: lo escapes to heap
multiple_results.go:56:13: hi escapes to heap
multiple_results.go:57:13: ... argument does not escape
multiple_results.go:57:13: .autotmp_16 escapes to heap
multiple_results.go:57:13: .autotmp_17 escapes to heap
multiple_results.go:57:13: .autotmp_18 escapes to heap
