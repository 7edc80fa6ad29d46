slice_append_growth.go:17:13: ... argument does not escape
slice_append_growth.go:17:13: last escapes to heap
slice_append_growth.go:17:20: " " escapes to heap
slice_append_growth.go:27:13: ... argument does not escape
slice_append_growth.go:27:13: last escapes to heap
slice_append_growth.go:27:20: " " escapes to heap
slice_append_growth.go:37:13: ... argument does not escape
slice_append_growth.go:37:13: last escapes to heap
slice_append_growth.go:37:20: " " escapes to heap
slice_append_growth.go:47:13: ... argument does not escape
slice_append_growth.go:47:13: last escapes to heap
slice_append_growth.go:47:20: " " escapes to heap
