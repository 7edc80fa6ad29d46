and_not.go:7:13: ... argument does not escape
and_not.go:7:18: 0xFF &^ 0x0F escapes to heap
and_not.go:7:27: 6 &^ 3 escapes to heap
and_not.go:7:33: 5 &^ 5 escapes to heap
and_not.go:7:39: 0 &^ 7 escapes to heap
and_not.go:7:45: 7 &^ 0 escapes to heap
and_not.go:10:13: ... argument does not escape
and_not.go:10:13: u escapes to heap
and_not.go:12:13: ... argument does not escape
and_not.go:12:15: s &^ 0x00FF escapes to heap
and_not.go:12:26: s &^ -1 escapes to heap
and_not.go:12:45: int16(0x1234) &^ s escapes to heap
and_not.go:17:13: ... argument does not escape
and_not.go:17:13: flags escapes to heap
and_not.go:19:12: ... argument does not escape
and_not.go:19:25: x &^ y escapes to heap
and_not.go:19:35: x &^ y == x &^ y & x escapes to heap
and_not.go:21:13: ... argument does not escape
and_not.go:21:15: a &^ b escapes to heap
and_not.go:21:25: a &^ b == a &^ b escapes to heap
and_not.go:21:35: a & ^b escapes to heap
