mod_by_zero_panic.go:9:13: ... argument does not escape
mod_by_zero_panic.go:9:14: "start" escapes to heap
mod_by_zero_panic.go:10:13: ... argument does not escape
mod_by_zero_panic.go:10:16: a % b escapes to heap
mod_by_zero_panic.go:11:13: ... argument does not escape
mod_by_zero_panic.go:11:14: "unreachable" escapes to heap
