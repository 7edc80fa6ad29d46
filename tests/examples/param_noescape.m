param_noescape.go:12:14: p does not escape
param_noescape.go:18:13: ... argument does not escape
param_noescape.go:18:21: length2(&v) escapes to heap
