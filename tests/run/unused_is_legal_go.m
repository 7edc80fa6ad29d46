unused_is_legal_go.go:16:7: t does not escape
unused_is_legal_go.go:20:33: s does not escape
unused_is_legal_go.go:36:14: ... argument does not escape
unused_is_legal_go.go:36:15: "default" escapes to heap
unused_is_legal_go.go:36:15: x escapes to heap
unused_is_legal_go.go:38:13: ... argument does not escape
unused_is_legal_go.go:38:13: counted escapes to heap
