prog_graph_bfs.go:12:7: g does not escape
prog_graph_bfs.go:12:24: leaking param: a
prog_graph_bfs.go:12:27: leaking param: b
prog_graph_bfs.go:21:7: g does not escape
prog_graph_bfs.go:30:7: g does not escape
prog_graph_bfs.go:30:20: leaking param: start
prog_graph_bfs.go:31:24: map[string]int{...} escapes to heap
prog_graph_bfs.go:32:27: map[string]string{} escapes to heap
prog_graph_bfs.go:33:19: []string{...} does not escape
prog_graph_bfs.go:48:11: prev does not escape
prog_graph_bfs.go:48:35: leaking param: to
prog_graph_bfs.go:51:22: []string{...} escapes to heap
prog_graph_bfs.go:56:7: g does not escape
prog_graph_bfs.go:56:20: leaking param: n
prog_graph_bfs.go:56:30: seen does not escape
prog_graph_bfs.go:56:52: leaking param content: out
prog_graph_bfs.go:66:7: g does not escape
prog_graph_bfs.go:67:25: map[string]int{} does not escape
prog_graph_bfs.go:94:12: Graph{} does not escape
prog_graph_bfs.go:95:31: [][2]string{...} does not escape
prog_graph_bfs.go:101:15: ... argument does not escape
prog_graph_bfs.go:101:15: n escapes to heap
prog_graph_bfs.go:101:15: d escapes to heap
prog_graph_bfs.go:101:26: path(prev, n) escapes to heap
prog_graph_bfs.go:103:15: ... argument does not escape
prog_graph_bfs.go:103:15: n escapes to heap
prog_graph_bfs.go:103:19: "unreachable" escapes to heap
prog_graph_bfs.go:106:25: map[string]bool{} does not escape
prog_graph_bfs.go:113:15: ... argument does not escape
prog_graph_bfs.go:113:16: "component" escapes to heap
prog_graph_bfs.go:113:16: comps escapes to heap
prog_graph_bfs.go:113:16: order escapes to heap
prog_graph_bfs.go:116:14: Graph{} does not escape
prog_graph_bfs.go:117:31: [][2]string{...} does not escape
prog_graph_bfs.go:120:13: ... argument does not escape
prog_graph_bfs.go:120:22: Graph.topo(dag) escapes to heap
