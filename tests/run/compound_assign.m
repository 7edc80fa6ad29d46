compound_assign.go:9:13: ... argument does not escape
compound_assign.go:9:13: x escapes to heap
compound_assign.go:11:13: ... argument does not escape
compound_assign.go:11:13: x escapes to heap
compound_assign.go:13:13: ... argument does not escape
compound_assign.go:13:13: x escapes to heap
compound_assign.go:15:13: ... argument does not escape
compound_assign.go:15:13: x escapes to heap
compound_assign.go:17:13: ... argument does not escape
compound_assign.go:17:13: x escapes to heap
compound_assign.go:19:13: ... argument does not escape
compound_assign.go:19:13: x escapes to heap
compound_assign.go:21:13: ... argument does not escape
compound_assign.go:21:13: x escapes to heap
compound_assign.go:23:13: ... argument does not escape
compound_assign.go:23:13: x escapes to heap
compound_assign.go:25:13: ... argument does not escape
compound_assign.go:25:13: x escapes to heap
compound_assign.go:27:13: ... argument does not escape
compound_assign.go:27:13: x escapes to heap
compound_assign.go:29:13: ... argument does not escape
compound_assign.go:29:13: x escapes to heap
compound_assign.go:35:13: ... argument does not escape
compound_assign.go:35:13: f escapes to heap
compound_assign.go:39:13: ... argument does not escape
compound_assign.go:39:13: s escapes to heap
compound_assign.go:42:13: ... argument does not escape
compound_assign.go:42:13: u8 escapes to heap
compound_assign.go:44:13: ... argument does not escape
compound_assign.go:44:13: u8 escapes to heap
compound_assign.go:48:13: ... argument does not escape
compound_assign.go:48:13: i16 escapes to heap
compound_assign.go:50:13: ... argument does not escape
compound_assign.go:50:13: i16 escapes to heap
compound_assign.go:53:13: ... argument does not escape
compound_assign.go:53:13: f32 escapes to heap
