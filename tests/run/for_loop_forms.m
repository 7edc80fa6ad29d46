for_loop_forms.go:8:12: ... argument does not escape
for_loop_forms.go:8:12: i escapes to heap
for_loop_forms.go:8:16: ":" escapes to heap
for_loop_forms.go:8:16: j escapes to heap
for_loop_forms.go:8:24: " " escapes to heap
for_loop_forms.go:21:13: ... argument does not escape
for_loop_forms.go:21:13: steps escapes to heap
for_loop_forms.go:29:13: ... argument does not escape
for_loop_forms.go:29:13: k escapes to heap
for_loop_forms.go:32:12: ... argument does not escape
for_loop_forms.go:32:12: i escapes to heap
for_loop_forms.go:32:16: " " escapes to heap
for_loop_forms.go:38:13: ... argument does not escape
for_loop_forms.go:38:13: i escapes to heap
for_loop_forms.go:46:13: ... argument does not escape
for_loop_forms.go:46:13: total escapes to heap
