state_machine_funcs.go:21:10: (*lexer).emit ignoring self-assignment in l.start = l.pos
state_machine_funcs.go:19:7: leaking param content: l
state_machine_funcs.go:19:22: kind does not escape
state_machine_funcs.go:20:38: kind + ":" + string(l.input[l.start:l.pos]) escapes to heap
state_machine_funcs.go:20:45: string(l.input[l.start:l.pos]) does not escape
state_machine_funcs.go:32:11: lexAny ignoring self-assignment in l.start = l.pos
state_machine_funcs.go:24:13: leaking param content: l
state_machine_funcs.go:44:16: leaking param content: l
state_machine_funcs.go:52:14: leaking param content: l
state_machine_funcs.go:60:10: s does not escape
state_machine_funcs.go:61:7: &lexer{...} escapes to heap
state_machine_funcs.go:61:27: ([]rune)(s) escapes to heap
state_machine_funcs.go:66:36: ... argument does not escape
state_machine_funcs.go:66:37: "steps:" escapes to heap
state_machine_funcs.go:66:37: steps escapes to heap
state_machine_funcs.go:70:13: ... argument does not escape
state_machine_funcs.go:70:26: strings.Join(lex("x1 = 42 + y*(7-z)"), " ") escapes to heap
state_machine_funcs.go:71:13: ... argument does not escape
state_machine_funcs.go:71:17: lex("été 2024!") escapes to heap
state_machine_funcs.go:72:13: ... argument does not escape
state_machine_funcs.go:72:17: lex("") escapes to heap
state_machine_funcs.go:73:12: ... argument does not escape
