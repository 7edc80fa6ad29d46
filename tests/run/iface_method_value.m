iface_method_value.go:10:7: d does not escape
iface_method_value.go:10:45: d.name + " says woof" escapes to heap
iface_method_value.go:14:7: r does not escape
iface_method_value.go:14:59: ... argument does not escape
iface_method_value.go:14:60: "robot " escapes to heap
iface_method_value.go:14:71: r.id escapes to heap
iface_method_value.go:17:21: Dog{...} escapes to heap
iface_method_value.go:18:12: s.Speak does not escape
iface_method_value.go:19:6: &Robot{...} escapes to heap
iface_method_value.go:20:13: ... argument does not escape
iface_method_value.go:20:19: speak() escapes to heap
iface_method_value.go:20:30: s.Speak() escapes to heap
iface_method_value.go:21:9: s.Speak does not escape
iface_method_value.go:22:13: ... argument does not escape
iface_method_value.go:22:16: rs() escapes to heap
iface_method_value.go:22:22: rs() escapes to heap
iface_method_value.go:22:33: s.Speak() escapes to heap
iface_method_value.go:23:18: []Speaker{...} does not escape
iface_method_value.go:23:22: Dog{...} escapes to heap
iface_method_value.go:23:29: &Robot{...} escapes to heap
iface_method_value.go:23:44: Dog{...} escapes to heap
iface_method_value.go:24:13: make([]func() string, 0, len(all)) escapes to heap
iface_method_value.go:26:23: sp.Speak escapes to heap
iface_method_value.go:29:14: ... argument does not escape
iface_method_value.go:29:16: f() escapes to heap
iface_method_value.go:32:13: ... argument does not escape
iface_method_value.go:32:23: ifaceExpr(Dog{...}) escapes to heap
iface_method_value.go:32:27: Dog{...} escapes to heap
iface_method_value.go:33:12: ... argument does not escape
