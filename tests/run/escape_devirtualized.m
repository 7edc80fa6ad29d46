escape_devirtualized.go:22:15: devirtualizing s.Self to *counter
escape_devirtualized.go:28:7: devirtualizing a.Add to *counter
escape_devirtualized.go:29:7: devirtualizing a.Add to *counter
escape_devirtualized.go:10:7: c does not escape
escape_devirtualized.go:12:7: leaking param: c to result ~r0 level=0
escape_devirtualized.go:19:6: moved to heap: c
escape_devirtualized.go:45:13: ... argument does not escape
escape_devirtualized.go:45:15: p.n escapes to heap
escape_devirtualized.go:45:20: q.n escapes to heap
escape_devirtualized.go:45:29: local(21) escapes to heap
