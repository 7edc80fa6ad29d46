string_compare.go:6:10: leaking param: a
string_compare.go:6:13: leaking param: b
string_compare.go:7:13: ... argument does not escape
string_compare.go:7:13: a escapes to heap
string_compare.go:7:13: b escapes to heap
string_compare.go:7:22: a == b escapes to heap
string_compare.go:7:30: a != b escapes to heap
string_compare.go:7:38: a < b escapes to heap
string_compare.go:7:45: a <= b escapes to heap
string_compare.go:7:53: a > b escapes to heap
string_compare.go:7:60: a >= b escapes to heap
string_compare.go:21:13: ... argument does not escape
string_compare.go:21:16: x == y escapes to heap
string_compare.go:21:24: x < (y + "\x00") escapes to heap
string_compare.go:21:27: y + "\x00" does not escape
string_compare.go:22:13: ... argument does not escape
string_compare.go:22:21: "\xff" > "\x7f" escapes to heap
string_compare.go:22:34: "" == "" escapes to heap
string_compare.go:22:45: "a" < "" escapes to heap
