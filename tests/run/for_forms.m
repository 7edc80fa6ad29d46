for_forms.go:8:12: ... argument does not escape
for_forms.go:8:12: i escapes to heap
for_forms.go:8:16: " " escapes to heap
for_forms.go:15:13: ... argument does not escape
for_forms.go:15:13: n escapes to heap
for_forms.go:23:13: ... argument does not escape
for_forms.go:23:13: k escapes to heap
for_forms.go:25:12: ... argument does not escape
for_forms.go:25:12: i escapes to heap
for_forms.go:25:16: "," escapes to heap
for_forms.go:25:16: j escapes to heap
for_forms.go:25:24: " " escapes to heap
for_forms.go:31:13: ... argument does not escape
for_forms.go:31:13: c escapes to heap
for_forms.go:36:13: ... argument does not escape
for_forms.go:36:13: m escapes to heap
for_forms.go:39:15: ... argument does not escape
for_forms.go:39:16: "first square over 50:" escapes to heap
for_forms.go:39:42: i * i escapes to heap
for_forms.go:49:13: ... argument does not escape
for_forms.go:49:13: total escapes to heap
for_forms.go:52:14: ... argument does not escape
for_forms.go:52:15: "inner x" escapes to heap
for_forms.go:52:15: x escapes to heap
for_forms.go:54:13: ... argument does not escape
for_forms.go:54:14: "outer x" escapes to heap
for_forms.go:54:14: x escapes to heap
for_forms.go:57:12: ... argument does not escape
for_forms.go:57:12: i escapes to heap
for_forms.go:63:13: ... argument does not escape
for_forms.go:63:13: u escapes to heap
