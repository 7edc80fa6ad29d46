const_typed_untyped.go:16:13: ... argument does not escape
const_typed_untyped.go:16:16: f / 2 escapes to heap
const_typed_untyped.go:18:13: ... argument does not escape
const_typed_untyped.go:18:17: i8 * 18 escapes to heap
const_typed_untyped.go:19:13: ... argument does not escape
const_typed_untyped.go:19:24: untypedInt / 2 escapes to heap
const_typed_untyped.go:19:38: untypedInt / 2.0 escapes to heap
const_typed_untyped.go:20:13: ... argument does not escape
const_typed_untyped.go:20:27: untypedFloat * 2 escapes to heap
const_typed_untyped.go:21:13: ... argument does not escape
const_typed_untyped.go:21:23: typedInt / 2 escapes to heap
const_typed_untyped.go:22:13: ... argument does not escape
const_typed_untyped.go:22:14: typedFloat escapes to heap
const_typed_untyped.go:22:33: float64(typedFloat) escapes to heap
const_typed_untyped.go:22:59: untypedFloat * untypedInt escapes to heap
const_typed_untyped.go:24:13: ... argument does not escape
const_typed_untyped.go:24:13: x escapes to heap
const_typed_untyped.go:24:28: untypedRune + 1 escapes to heap
const_typed_untyped.go:25:12: ... argument does not escape
const_typed_untyped.go:25:13: x escapes to heap
const_typed_untyped.go:25:40: untypedStr + "!" escapes to heap
const_typed_untyped.go:25:46: untypedRune escapes to heap
const_typed_untyped.go:26:13: ... argument does not escape
const_typed_untyped.go:26:14: untypedBool escapes to heap
const_typed_untyped.go:26:27: !untypedBool escapes to heap
const_typed_untyped.go:28:13: ... argument does not escape
const_typed_untyped.go:28:16: u * 10 escapes to heap
const_typed_untyped.go:30:13: ... argument does not escape
const_typed_untyped.go:30:14: third escapes to heap
const_typed_untyped.go:30:28: float32(third) escapes to heap
const_typed_untyped.go:30:45: third * 3 == 1 escapes to heap
const_typed_untyped.go:32:13: ... argument does not escape
const_typed_untyped.go:32:17: big / 1024 escapes to heap
const_typed_untyped.go:32:31: float64(big) escapes to heap
const_typed_untyped.go:34:13: ... argument does not escape
const_typed_untyped.go:34:13: h escapes to heap
const_typed_untyped.go:36:13: ... argument does not escape
const_typed_untyped.go:36:13: b escapes to heap
