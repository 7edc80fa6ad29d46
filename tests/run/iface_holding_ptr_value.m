iface_holding_ptr_value.go:17:23: devirtualizing byVal.Get to Pt
iface_holding_ptr_value.go:17:36: devirtualizing byPtr.Get to *Pt
iface_holding_ptr_value.go:13:2: moved to heap: p
iface_holding_ptr_value.go:14:21: p escapes to heap
iface_holding_ptr_value.go:17:13: ... argument does not escape
iface_holding_ptr_value.go:17:23: Pt.Get(byVal.(Pt)) escapes to heap
iface_holding_ptr_value.go:17:36: Pt.Get(byPtr.(*Pt)) escapes to heap
iface_holding_ptr_value.go:18:22: p does not escape
iface_holding_ptr_value.go:20:13: ... argument does not escape
iface_holding_ptr_value.go:20:20: e.(Pt).X escapes to heap
iface_holding_ptr_value.go:20:25: p.X escapes to heap
iface_holding_ptr_value.go:22:23: arr escapes to heap
iface_holding_ptr_value.go:24:13: ... argument does not escape
iface_holding_ptr_value.go:24:13: arr escapes to heap
iface_holding_ptr_value.go:25:12: []int{...} escapes to heap
iface_holding_ptr_value.go:26:23: s escapes to heap
iface_holding_ptr_value.go:28:13: ... argument does not escape
iface_holding_ptr_value.go:30:23: x escapes to heap
iface_holding_ptr_value.go:32:13: ... argument does not escape
iface_holding_ptr_value.go:32:13: x escapes to heap
iface_holding_ptr_value.go:36:13: ... argument does not escape
iface_holding_ptr_value.go:36:14: *eip.(*int) escapes to heap
iface_holding_ptr_value.go:37:12: ... argument does not escape
