recover_runtime_errors.go:9:12: f does not escape
recover_runtime_errors.go:10:8: func literal does not escape
recover_runtime_errors.go:13:20: "error: " + err.Error() escapes to heap
recover_runtime_errors.go:15:20: ... argument does not escape
recover_runtime_errors.go:15:21: "value: " escapes to heap
recover_runtime_errors.go:25:6: "x" does not escape
recover_runtime_errors.go:27:13: ... argument does not escape
recover_runtime_errors.go:27:19: catch(func literal) escapes to heap
recover_runtime_errors.go:27:20: func literal does not escape
recover_runtime_errors.go:28:13: ... argument does not escape
recover_runtime_errors.go:28:19: catch(func literal) escapes to heap
recover_runtime_errors.go:28:20: func literal does not escape
recover_runtime_errors.go:29:13: ... argument does not escape
recover_runtime_errors.go:29:19: catch(func literal) escapes to heap
recover_runtime_errors.go:29:20: func literal does not escape
recover_runtime_errors.go:30:13: ... argument does not escape
recover_runtime_errors.go:30:19: catch(func literal) escapes to heap
recover_runtime_errors.go:30:20: func literal does not escape
recover_runtime_errors.go:31:13: ... argument does not escape
recover_runtime_errors.go:31:19: catch(func literal) escapes to heap
recover_runtime_errors.go:31:20: func literal does not escape
recover_runtime_errors.go:31:34: "plain" escapes to heap
recover_runtime_errors.go:32:13: ... argument does not escape
recover_runtime_errors.go:32:19: catch(func literal) escapes to heap
recover_runtime_errors.go:32:20: func literal does not escape
recover_runtime_errors.go:33:15: func literal does not escape
recover_runtime_errors.go:34:13: ... argument does not escape
recover_runtime_errors.go:34:31: strings.HasPrefix(msg, "error: runtime error:") escapes to heap
recover_runtime_errors.go:34:31: msg escapes to heap
