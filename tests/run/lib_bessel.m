lib_bessel.go:22:11: leaking param: name
lib_bessel.go:23:12: ... argument does not escape
lib_bessel.go:23:13: name escapes to heap
lib_bessel.go:23:13: x escapes to heap
lib_bessel.go:23:13: v escapes to heap
lib_bessel.go:23:65: math.Float64bits(v) escapes to heap
lib_bessel.go:35:14: ... argument does not escape
lib_bessel.go:35:15: n escapes to heap
lib_bessel.go:37:14: ... argument does not escape
lib_bessel.go:37:15: n escapes to heap
lib_bessel.go:52:12: ... argument does not escape
lib_bessel.go:52:13: sum escapes to heap
