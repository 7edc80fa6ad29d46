multi_return_forwarding.go:17:15: leaking param: k
multi_return_forwarding.go:17:59: ... argument does not escape
multi_return_forwarding.go:17:60: k escapes to heap
multi_return_forwarding.go:17:60: v escapes to heap
multi_return_forwarding.go:19:13: xs does not escape
multi_return_forwarding.go:41:13: ... argument does not escape
multi_return_forwarding.go:41:13: .autotmp_0 escapes to heap
multi_return_forwarding.go:41:13: .autotmp_1 escapes to heap
multi_return_forwarding.go:42:13: ... argument does not escape
multi_return_forwarding.go:42:13: .autotmp_2 escapes to heap
multi_return_forwarding.go:42:13: .autotmp_3 escapes to heap
multi_return_forwarding.go:43:13: ... argument does not escape
multi_return_forwarding.go:43:22: describe(pair()) escapes to heap
multi_return_forwarding.go:44:20: ... argument does not escape
multi_return_forwarding.go:44:13: ... argument does not escape
multi_return_forwarding.go:44:13: .autotmp_6 escapes to heap
multi_return_forwarding.go:44:13: .autotmp_7 escapes to heap
multi_return_forwarding.go:45:13: ... argument does not escape
multi_return_forwarding.go:45:13: .autotmp_9 escapes to heap
multi_return_forwarding.go:45:13: .autotmp_10 escapes to heap
multi_return_forwarding.go:46:13: ... argument does not escape
multi_return_forwarding.go:46:18: sum3(three()) escapes to heap
multi_return_forwarding.go:49:13: ... argument does not escape
multi_return_forwarding.go:49:13: q escapes to heap
multi_return_forwarding.go:49:13: r escapes to heap
multi_return_forwarding.go:50:23: ... argument does not escape
multi_return_forwarding.go:51:13: ... argument does not escape
multi_return_forwarding.go:51:13: mn escapes to heap
multi_return_forwarding.go:51:13: mx escapes to heap
multi_return_forwarding.go:52:7: func literal does not escape
multi_return_forwarding.go:55:13: ... argument does not escape
multi_return_forwarding.go:55:13: a escapes to heap
multi_return_forwarding.go:55:13: b escapes to heap
