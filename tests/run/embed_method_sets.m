embed_method_sets.go:38:8: devirtualizing gs.Set to ByPtr
embed_method_sets.go:39:39: devirtualizing gs.Get to ByPtr
embed_method_sets.go:44:9: devirtualizing gs2.Set to *ByValue
embed_method_sets.go:10:7: t does not escape
embed_method_sets.go:20:10: leaking param: name
embed_method_sets.go:20:23: x does not escape
embed_method_sets.go:22:13: ... argument does not escape
embed_method_sets.go:22:13: name escapes to heap
embed_method_sets.go:22:13: ok escapes to heap
embed_method_sets.go:26:24: ByValue{} does not escape
embed_method_sets.go:27:18: &ByValue{} does not escape
embed_method_sets.go:28:21: &T{} does not escape
embed_method_sets.go:29:16: &ByPtr{...} does not escape
embed_method_sets.go:29:23: &T{} does not escape
embed_method_sets.go:30:12: T{} does not escape
embed_method_sets.go:31:12: &T{} does not escape
embed_method_sets.go:34:13: ... argument does not escape
embed_method_sets.go:34:20: T.Get(bv.T) escapes to heap
embed_method_sets.go:34:26: bv.T.n escapes to heap
embed_method_sets.go:35:11: &T{...} does not escape
embed_method_sets.go:39:13: ... argument does not escape
embed_method_sets.go:39:19: inner.n escapes to heap
embed_method_sets.go:39:29: T.Get(bp.T) escapes to heap
embed_method_sets.go:39:39: T.Get(gs.(ByPtr).T) escapes to heap
embed_method_sets.go:42:13: ... argument does not escape
embed_method_sets.go:42:16: bp.T.n escapes to heap
embed_method_sets.go:45:13: ... argument does not escape
embed_method_sets.go:45:16: bv.T.n escapes to heap
