method_receivers.go:11:7: c does not escape
method_receivers.go:12:7: c does not escape
method_receivers.go:13:7: c does not escape
method_receivers.go:14:7: leaking param: c to result ~r0 level=0
method_receivers.go:22:7: c does not escape
method_receivers.go:27:13: ... argument does not escape
method_receivers.go:27:19: Counter.Get(c) escapes to heap
method_receivers.go:30:13: ... argument does not escape
method_receivers.go:30:19: Counter.Get(c) escapes to heap
method_receivers.go:32:13: ... argument does not escape
method_receivers.go:32:15: c.N escapes to heap
method_receivers.go:35:13: ... argument does not escape
method_receivers.go:35:19: Counter.Get(p) escapes to heap
method_receivers.go:36:17: []Counter{...} escapes to heap
method_receivers.go:38:13: ... argument does not escape
method_receivers.go:38:13: cs escapes to heap
method_receivers.go:39:26: map[string]*Counter{...} does not escape
method_receivers.go:39:32: &Counter{} escapes to heap
method_receivers.go:41:13: ... argument does not escape
method_receivers.go:41:20: m["a"].N escapes to heap
method_receivers.go:44:13: ... argument does not escape
method_receivers.go:44:13: t escapes to heap
method_receivers.go:44:20: Celsius.F(t) escapes to heap
method_receivers.go:44:37: Celsius.F(Celsius(37)) escapes to heap
