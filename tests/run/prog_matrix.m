prog_matrix.go:13:11: make(Matrix, r) escapes to heap
prog_matrix.go:15:14: make([]float64, c) escapes to heap
prog_matrix.go:28:7: m does not escape
prog_matrix.go:28:21: o does not escape
prog_matrix.go:30:37: ... argument does not escape
prog_matrix.go:30:78: len(m) escapes to heap
prog_matrix.go:30:86: len(m[0]) escapes to heap
prog_matrix.go:30:97: len(o) escapes to heap
prog_matrix.go:30:105: len(o[0]) escapes to heap
prog_matrix.go:43:7: m does not escape
prog_matrix.go:53:7: m does not escape
prog_matrix.go:64:7: m does not escape
prog_matrix.go:70:18: Matrix{} escapes to heap
prog_matrix.go:72:26: []float64{} escapes to heap
prog_matrix.go:81:7: m does not escape
prog_matrix.go:82:6: moved to heap: sb
prog_matrix.go:88:15: ... argument does not escape
prog_matrix.go:88:21: v escapes to heap
prog_matrix.go:96:13: Matrix{...} does not escape
prog_matrix.go:96:14: []float64{...} does not escape
prog_matrix.go:96:25: []float64{...} does not escape
prog_matrix.go:97:13: Matrix{...} does not escape
prog_matrix.go:97:14: []float64{...} does not escape
prog_matrix.go:97:22: []float64{...} does not escape
prog_matrix.go:97:31: []float64{...} does not escape
prog_matrix.go:99:11: ... argument does not escape
prog_matrix.go:99:11: c escapes to heap
prog_matrix.go:99:20: "\n" escapes to heap
prog_matrix.go:100:11: ... argument does not escape
prog_matrix.go:100:15: Matrix.T(a) escapes to heap
prog_matrix.go:102:13: ... argument does not escape
prog_matrix.go:102:14: "error:" escapes to heap
prog_matrix.go:103:15: Matrix{...} does not escape
prog_matrix.go:103:16: []float64{...} does not escape
prog_matrix.go:103:24: []float64{...} does not escape
prog_matrix.go:105:13: ... argument does not escape
prog_matrix.go:105:19: int64(f[0][1]) escapes to heap
prog_matrix.go:106:13: ... argument does not escape
prog_matrix.go:106:57: Matrix.Det(Matrix{...}) escapes to heap
prog_matrix.go:106:20: Matrix{...} does not escape
prog_matrix.go:106:21: []float64{...} does not escape
prog_matrix.go:106:32: []float64{...} does not escape
prog_matrix.go:106:43: []float64{...} does not escape
prog_matrix.go:106:76: Matrix.Det(.autotmp_6) escapes to heap
prog_matrix.go:107:11: ... argument does not escape
prog_matrix.go:107:20: Identity(3) escapes to heap
prog_matrix.go:108:13: ... argument does not escape
prog_matrix.go:108:17: len(New(0, 0)) escapes to heap
