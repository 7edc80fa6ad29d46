os_args.go:11:13: ... argument does not escape
os_args.go:11:17: len(os.Args) escapes to heap
os_args.go:12:13: ... argument does not escape
os_args.go:12:17: len(os.Args[1:]) escapes to heap
os_args.go:12:39: os.Args[1:] escapes to heap
os_args.go:13:13: ... argument does not escape
os_args.go:13:25: os.Args[0] != "" escapes to heap
os_args.go:13:66: strings.Contains(os.Args[0], "/") || len(os.Args[0]) > 0 escapes to heap
os_args.go:16:14: ... argument does not escape
os_args.go:16:15: "no arguments" escapes to heap
os_args.go:19:14: ... argument does not escape
os_args.go:19:15: "arg" escapes to heap
os_args.go:19:15: i escapes to heap
os_args.go:19:15: a escapes to heap
os_args.go:21:12: ... argument does not escape
os_args.go:21:13: os.Args escapes to heap
os_args.go:21:36: cap(os.Args[len(os.Args):]) escapes to heap
