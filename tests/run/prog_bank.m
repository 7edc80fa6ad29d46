prog_bank.go:16:7: e does not escape
prog_bank.go:17:20: ... argument does not escape
prog_bank.go:17:62: e.Need escapes to heap
prog_bank.go:17:70: e.Have escapes to heap
prog_bank.go:31:31: &Bank{...} escapes to heap
prog_bank.go:31:66: map[string]*Account{} escapes to heap
prog_bank.go:33:7: b does not escape
prog_bank.go:33:21: leaking param: owner
prog_bank.go:34:7: &Account{...} escapes to heap
prog_bank.go:35:43: ... argument does not escape
prog_bank.go:35:44: initial escapes to heap
prog_bank.go:40:7: b does not escape
prog_bank.go:40:20: leaking param: owner
prog_bank.go:43:25: ... argument does not escape
prog_bank.go:43:26: owner escapes to heap
prog_bank.go:48:7: b does not escape
prog_bank.go:48:25: leaking param: owner
prog_bank.go:54:10: &InsufficientFunds{...} escapes to heap
prog_bank.go:57:43: ... argument does not escape
prog_bank.go:57:44: amount escapes to heap
prog_bank.go:61:7: leaking param content: b
prog_bank.go:61:25: leaking param: from
prog_bank.go:61:31: leaking param: to
prog_bank.go:62:8: func literal does not escape
prog_bank.go:67:36: ... argument does not escape
prog_bank.go:67:37: from escapes to heap
prog_bank.go:67:37: to escapes to heap
prog_bank.go:67:37: amount escapes to heap
prog_bank.go:67:37: status escapes to heap
prog_bank.go:74:20: ... argument does not escape
prog_bank.go:74:21: from escapes to heap
prog_bank.go:74:21: to escapes to heap
prog_bank.go:77:47: ... argument does not escape
prog_bank.go:77:48: amount escapes to heap
prog_bank.go:77:48: from escapes to heap
prog_bank.go:95:7: moved to heap: inf
prog_bank.go:89:3: []struct { from string; to string; amt int }{...} does not escape
prog_bank.go:98:15: ... argument does not escape
prog_bank.go:98:16: "ok" escapes to heap
prog_bank.go:100:15: ... argument does not escape
prog_bank.go:100:16: "short by" escapes to heap
prog_bank.go:100:36: inf.Need - inf.Have escapes to heap
prog_bank.go:100:47: "-" escapes to heap
prog_bank.go:102:15: ... argument does not escape
prog_bank.go:102:16: "unknown account -" escapes to heap
prog_bank.go:105:15: make([]string, 0, len(bank.accounts)) escapes to heap
prog_bank.go:114:13: ... argument does not escape
prog_bank.go:114:14: n escapes to heap
prog_bank.go:114:35: a.Balance escapes to heap
prog_bank.go:114:46: a.History escapes to heap
prog_bank.go:116:13: ... argument does not escape
prog_bank.go:116:14: "total" escapes to heap
prog_bank.go:116:14: total escapes to heap
prog_bank.go:118:14: ... argument does not escape
prog_bank.go:118:14: i escapes to heap
prog_bank.go:118:14: l escapes to heap
