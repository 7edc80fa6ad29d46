var_decl_forms.go:22:13: ... argument does not escape
var_decl_forms.go:22:13: count escapes to heap
var_decl_forms.go:22:13: name escapes to heap
var_decl_forms.go:22:13: ratio escapes to heap
var_decl_forms.go:22:13: on escapes to heap
var_decl_forms.go:22:13: off escapes to heap
var_decl_forms.go:22:13: lo escapes to heap
var_decl_forms.go:22:13: hi escapes to heap
var_decl_forms.go:23:13: ... argument does not escape
var_decl_forms.go:23:13: u escapes to heap
var_decl_forms.go:23:13: v escapes to heap
var_decl_forms.go:23:13: w escapes to heap
var_decl_forms.go:23:13: fromFunc escapes to heap
var_decl_forms.go:23:13: twiceCount escapes to heap
var_decl_forms.go:25:13: ... argument does not escape
var_decl_forms.go:25:13: a escapes to heap
var_decl_forms.go:25:13: b escapes to heap
var_decl_forms.go:25:13: c escapes to heap
var_decl_forms.go:31:13: ... argument does not escape
var_decl_forms.go:31:13: x escapes to heap
var_decl_forms.go:31:13: y escapes to heap
var_decl_forms.go:31:13: z escapes to heap
var_decl_forms.go:34:13: ... argument does not escape
var_decl_forms.go:34:13: q escapes to heap
var_decl_forms.go:34:13: r escapes to heap
var_decl_forms.go:39:13: ... argument does not escape
var_decl_forms.go:39:13: e escapes to heap
var_decl_forms.go:39:13: f escapes to heap
