unused_is_legal_go.go:16:7: t does not escape
unused_is_legal_go.go:20:33: s does not escape
unused_is_legal_go.go:32:6: 3 escapes to heap
unused_is_legal_go.go:36:13: ... argument does not escape
unused_is_legal_go.go:36:13: n escapes to heap
unused_is_legal_go.go:41:14: ... argument does not escape
unused_is_legal_go.go:41:15: "default" escapes to heap
unused_is_legal_go.go:41:15: x escapes to heap
unused_is_legal_go.go:43:13: ... argument does not escape
unused_is_legal_go.go:43:13: counted escapes to heap
