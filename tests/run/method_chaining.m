method_chaining.go:17:11: leaking param: t
method_chaining.go:17:37: &Query{...} escapes to heap
method_chaining.go:19:7: leaking param content: q
method_chaining.go:19:7: leaking param: q to result ~r0 level=0
method_chaining.go:19:23: leaking param: cond
method_chaining.go:20:7: leaking param: q to result ~r0 level=0
method_chaining.go:21:7: leaking param: q to result ~r0 level=0
method_chaining.go:21:25: leaking param: c
method_chaining.go:23:7: q does not escape
method_chaining.go:24:6: moved to heap: sb
method_chaining.go:25:34: "SELECT * FROM " + q.table does not escape
method_chaining.go:27:28: " WHERE " + strings.Join(q.wheres, " AND ") does not escape
method_chaining.go:30:31: " ORDER BY " + q.order does not escape
method_chaining.go:33:14: ... argument does not escape
method_chaining.go:33:34: q.limit escapes to heap
method_chaining.go:44:7: leaking param: s to result ~r0 level=0
method_chaining.go:45:7: leaking param: s to result ~r0 level=0
method_chaining.go:45:26: leaking param: c to result ~r0 level=0
method_chaining.go:46:7: leaking param: s to result ~r0 level=0
method_chaining.go:50:13: ... argument does not escape
method_chaining.go:51:13: ... argument does not escape
method_chaining.go:55:12: ... argument does not escape
method_chaining.go:55:13: base escapes to heap
method_chaining.go:55:13: title escapes to heap
method_chaining.go:55:13: note escapes to heap
