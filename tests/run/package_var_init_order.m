package_var_init_order.go:20:8: leaking param: name
package_var_init_order.go:21:13: ... argument does not escape
package_var_init_order.go:21:14: "init" escapes to heap
package_var_init_order.go:21:14: name escapes to heap
package_var_init_order.go:26:13: ... argument does not escape
package_var_init_order.go:26:13: a escapes to heap
package_var_init_order.go:26:13: b escapes to heap
package_var_init_order.go:26:13: c escapes to heap
package_var_init_order.go:26:13: d escapes to heap
package_var_init_order.go:26:13: total escapes to heap
package_var_init_order.go:27:13: ... argument does not escape
package_var_init_order.go:27:13: x escapes to heap
package_var_init_order.go:27:13: y escapes to heap
package_var_init_order.go:27:13: z escapes to heap
package_var_init_order.go:27:13: plain escapes to heap
package_var_init_order.go:28:13: ... argument does not escape
package_var_init_order.go:28:13: msg escapes to heap
package_var_init_order.go:18:18: "msg:" + fmt.Sprint(... argument...) escapes to heap
package_var_init_order.go:18:30: ... argument does not escape
package_var_init_order.go:18:30: total escapes to heap
