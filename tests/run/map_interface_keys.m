map_interface_keys.go:9:29: map[interface {}]string{} does not escape
map_interface_keys.go:10:2: 1 escapes to heap
map_interface_keys.go:11:2: int8(1) escapes to heap
map_interface_keys.go:12:2: "1" escapes to heap
map_interface_keys.go:13:2: MyInt(1) escapes to heap
map_interface_keys.go:14:2: 1.0 escapes to heap
map_interface_keys.go:15:2: true escapes to heap
map_interface_keys.go:16:10: [2]int{...} escapes to heap
map_interface_keys.go:17:19: struct { A int }{...} escapes to heap
map_interface_keys.go:19:13: ... argument does not escape
map_interface_keys.go:19:17: len(m) escapes to heap
map_interface_keys.go:20:13: ... argument does not escape
map_interface_keys.go:20:15: m[1] escapes to heap
map_interface_keys.go:20:14: 1 does not escape
map_interface_keys.go:20:21: m[int8(1)] escapes to heap
map_interface_keys.go:20:20: int8(1) does not escape
map_interface_keys.go:20:33: m["1"] escapes to heap
map_interface_keys.go:20:32: "1" does not escape
map_interface_keys.go:20:41: m[MyInt(1)] escapes to heap
map_interface_keys.go:20:40: MyInt(1) does not escape
map_interface_keys.go:20:54: m[1.0] escapes to heap
map_interface_keys.go:20:53: 1.0 does not escape
map_interface_keys.go:20:62: m[true] escapes to heap
map_interface_keys.go:20:61: true does not escape
map_interface_keys.go:20:71: m[nil] escapes to heap
map_interface_keys.go:21:13: ... argument does not escape
map_interface_keys.go:21:15: m[[2]int{...}] escapes to heap
map_interface_keys.go:21:22: [2]int{...} does not escape
map_interface_keys.go:21:32: m[struct { A int }{...}] escapes to heap
map_interface_keys.go:21:48: struct { A int }{...} does not escape
map_interface_keys.go:22:11: uint(1) does not escape
map_interface_keys.go:23:13: ... argument does not escape
map_interface_keys.go:23:13: ok escapes to heap
map_interface_keys.go:26:13: ... argument does not escape
map_interface_keys.go:26:17: len(m) escapes to heap
map_interface_keys.go:26:23: m[nil] escapes to heap
map_interface_keys.go:27:10: new(int) escapes to heap
map_interface_keys.go:29:13: ... argument does not escape
map_interface_keys.go:29:15: m[p] escapes to heap
map_interface_keys.go:29:32: m[new(int)] == "" escapes to heap
map_interface_keys.go:29:25: new(int) does not escape
map_interface_keys.go:30:9: 1 does not escape
map_interface_keys.go:31:9: "1" does not escape
map_interface_keys.go:32:13: ... argument does not escape
map_interface_keys.go:32:17: len(m) escapes to heap
