defined_pointer_fields.go:20:7: &S{...} does not escape
defined_pointer_fields.go:22:13: ... argument does not escape
defined_pointer_fields.go:22:15: p.name escapes to heap
defined_pointer_fields.go:22:23: p.T.n escapes to heap
defined_pointer_fields.go:22:30: p.T.n escapes to heap
defined_pointer_fields.go:22:40: T.mT(p.T) escapes to heap
defined_pointer_fields.go:22:51: T.mT((*p).T) escapes to heap
defined_pointer_fields.go:25:13: ... argument does not escape
defined_pointer_fields.go:25:15: s.name escapes to heap
defined_pointer_fields.go:25:23: s.T.n escapes to heap
defined_pointer_fields.go:27:13: ... argument does not escape
defined_pointer_fields.go:27:18: (*q).name escapes to heap
