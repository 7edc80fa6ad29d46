iface_println.go:18:13: ... argument does not escape
iface_println.go:18:13: x escapes to heap
iface_println.go:18:13: s escapes to heap
iface_println.go:18:20: "constant" escapes to heap
