fmt_errorf_wrap.go:16:7: leaking param content: e
fmt_errorf_wrap.go:16:72: e.Op + " " + e.Path + ": " + e.Err.Error() escapes to heap
fmt_errorf_wrap.go:17:7: leaking param: e to result ~r0 level=1
fmt_errorf_wrap.go:19:11: leaking param: name
fmt_errorf_wrap.go:20:9: &PathError{...} escapes to heap
fmt_errorf_wrap.go:27:6: moved to heap: pe
fmt_errorf_wrap.go:24:19: ... argument does not escape
fmt_errorf_wrap.go:25:13: ... argument does not escape
fmt_errorf_wrap.go:26:13: ... argument does not escape
fmt_errorf_wrap.go:26:23: errors.Is(err, ErrNotFound) escapes to heap
fmt_errorf_wrap.go:29:14: ... argument does not escape
fmt_errorf_wrap.go:29:15: "path:" escapes to heap
fmt_errorf_wrap.go:29:26: pe.Path escapes to heap
fmt_errorf_wrap.go:29:33: "op:" escapes to heap
fmt_errorf_wrap.go:29:42: pe.Op escapes to heap
fmt_errorf_wrap.go:32:13: ... argument does not escape
fmt_errorf_wrap.go:33:13: ... argument does not escape
fmt_errorf_wrap.go:33:31: errors.Unwrap(u) == ErrNotFound escapes to heap
fmt_errorf_wrap.go:34:13: ... argument does not escape
fmt_errorf_wrap.go:34:41: errors.Unwrap(ErrNotFound) == nil escapes to heap
fmt_errorf_wrap.go:35:21: ... argument does not escape
fmt_errorf_wrap.go:36:13: ... argument does not escape
fmt_errorf_wrap.go:36:30: errors.Is(plain, ErrNotFound) escapes to heap
fmt_errorf_wrap.go:36:73: errors.Unwrap(plain) == nil escapes to heap
fmt_errorf_wrap.go:37:21: ... argument does not escape
fmt_errorf_wrap.go:37:45: ... argument does not escape
fmt_errorf_wrap.go:38:13: ... argument does not escape
fmt_errorf_wrap.go:38:30: errors.Is(twice, ErrNotFound) escapes to heap
fmt_errorf_wrap.go:39:19: ... argument does not escape
fmt_errorf_wrap.go:39:40: "str" escapes to heap
fmt_errorf_wrap.go:40:13: ... argument does not escape
fmt_errorf_wrap.go:41:13: ... argument does not escape
fmt_errorf_wrap.go:41:23: errors.Is(nil, ErrNotFound) escapes to heap
fmt_errorf_wrap.go:41:52: errors.Is(ErrNotFound, ErrNotFound) escapes to heap
fmt_errorf_wrap.go:42:12: ... argument does not escape
