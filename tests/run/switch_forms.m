switch_forms.go:30:12: leaking param: s
switch_forms.go:31:11: ... argument does not escape
switch_forms.go:31:12: "[eval " escapes to heap
switch_forms.go:31:12: s escapes to heap
switch_forms.go:31:25: "] " escapes to heap
switch_forms.go:37:14: ... argument does not escape
switch_forms.go:37:14: i escapes to heap
switch_forms.go:37:26: classify(i) escapes to heap
switch_forms.go:40:14: ... argument does not escape
switch_forms.go:40:14: d escapes to heap
switch_forms.go:40:21: day(d) escapes to heap
switch_forms.go:44:14: ... argument does not escape
switch_forms.go:44:15: "ten" escapes to heap
switch_forms.go:46:14: ... argument does not escape
switch_forms.go:46:15: "fifteen" escapes to heap
switch_forms.go:50:14: ... argument does not escape
switch_forms.go:50:15: "matched b" escapes to heap
switch_forms.go:52:14: ... argument does not escape
switch_forms.go:52:15: "d" escapes to heap
switch_forms.go:58:14: ... argument does not escape
switch_forms.go:58:15: "positive" escapes to heap
switch_forms.go:63:14: ... argument does not escape
switch_forms.go:63:15: "vowel" escapes to heap
switch_forms.go:65:14: ... argument does not escape
switch_forms.go:65:15: "consonant" escapes to heap
switch_forms.go:69:14: ... argument does not escape
switch_forms.go:69:15: "two and a half" escapes to heap
switch_forms.go:76:14: ... argument does not escape
switch_forms.go:76:15: "loop" escapes to heap
switch_forms.go:76:15: i escapes to heap
switch_forms.go:78:19: ... argument does not escape
switch_forms.go:78:22: 1 + 1 escapes to heap
switch_forms.go:80:14: ... argument does not escape
switch_forms.go:80:15: "string tag" escapes to heap
