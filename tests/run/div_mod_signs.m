div_mod_signs.go:7:12: ... argument does not escape
div_mod_signs.go:7:13: a escapes to heap
div_mod_signs.go:7:13: b escapes to heap
div_mod_signs.go:7:53: a / b escapes to heap
div_mod_signs.go:7:53: a escapes to heap
div_mod_signs.go:7:53: b escapes to heap
div_mod_signs.go:7:64: a % b escapes to heap
div_mod_signs.go:20:13: ... argument does not escape
div_mod_signs.go:20:15: a / b escapes to heap
div_mod_signs.go:20:20: a % b escapes to heap
div_mod_signs.go:23:13: ... argument does not escape
div_mod_signs.go:23:15: u / v escapes to heap
div_mod_signs.go:23:20: u % v escapes to heap
div_mod_signs.go:25:13: ... argument does not escape
div_mod_signs.go:25:15: x / 10 escapes to heap
div_mod_signs.go:25:21: x % 10 escapes to heap
div_mod_signs.go:26:13: ... argument does not escape
div_mod_signs.go:26:16: -7 / 2 escapes to heap
div_mod_signs.go:26:22: -7 % 2 escapes to heap
div_mod_signs.go:26:27: 7 / -2 escapes to heap
div_mod_signs.go:26:33: 7 % -2 escapes to heap
div_mod_signs.go:27:13: ... argument does not escape
div_mod_signs.go:27:17: 7.0 / 2.0 escapes to heap
div_mod_signs.go:27:27: -7.0 / 2 escapes to heap
