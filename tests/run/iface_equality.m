iface_equality.go:11:7: leaking param: e to result ~r0 level=1
iface_equality.go:18:7: &MyErr{...} escapes to heap
iface_equality.go:24:6: 1 does not escape
iface_equality.go:24:6: 1 does not escape
iface_equality.go:25:13: ... argument does not escape
iface_equality.go:25:16: a == b escapes to heap
iface_equality.go:26:2: int64(1) does not escape
iface_equality.go:27:13: ... argument does not escape
iface_equality.go:27:16: a == b escapes to heap
iface_equality.go:28:2: Num(1) does not escape
iface_equality.go:29:13: ... argument does not escape
iface_equality.go:29:16: a == b escapes to heap
iface_equality.go:29:24: b == Num(1) escapes to heap
iface_equality.go:30:5: "s" does not escape
iface_equality.go:30:5: "s" does not escape
iface_equality.go:31:13: ... argument does not escape
iface_equality.go:31:16: a == b escapes to heap
iface_equality.go:31:24: a == "s" escapes to heap
iface_equality.go:31:34: a != nil escapes to heap
iface_equality.go:33:13: ... argument does not escape
iface_equality.go:33:17: n1 == n2 escapes to heap
iface_equality.go:33:27: n1 == nil escapes to heap
iface_equality.go:35:13: ... argument does not escape
iface_equality.go:35:18: err == nil escapes to heap
iface_equality.go:35:30: err != nil escapes to heap
iface_equality.go:36:12: ... argument does not escape
iface_equality.go:39:13: ... argument does not escape
iface_equality.go:39:17: e1 == e2 escapes to heap
iface_equality.go:39:27: e1 == e1 escapes to heap
iface_equality.go:40:8: &MyErr{...} does not escape
iface_equality.go:42:13: ... argument does not escape
iface_equality.go:42:17: i1 == i2 escapes to heap
iface_equality.go:45:13: ... argument does not escape
iface_equality.go:45:16: e == nil escapes to heap
iface_equality.go:46:13: ... argument does not escape
iface_equality.go:46:31: (interface {})(nil) == (interface {})((*int)(nil)) escapes to heap
iface_equality.go:47:13: ... argument does not escape
iface_equality.go:47:31: (interface {})(2.0) == (interface {})(2) escapes to heap
iface_equality.go:47:25: (interface {})(2.0) does not escape
iface_equality.go:47:45: (interface {})(2) does not escape
iface_equality.go:47:67: (interface {})(2.0) == (interface {})(2.0) escapes to heap
iface_equality.go:47:61: (interface {})(2.0) does not escape
iface_equality.go:47:81: (interface {})(2.0) does not escape
