lib_fmt_scanner.go:18:7: leaking param: p
lib_fmt_scanner.go:18:21: leaking param: st
lib_fmt_scanner.go:19:24: ... argument does not escape
lib_fmt_scanner.go:22:21: ... argument does not escape
lib_fmt_scanner.go:34:7: w does not escape
lib_fmt_scanner.go:34:21: leaking param: st
lib_fmt_scanner.go:38:14: string(tok) escapes to heap
lib_fmt_scanner.go:45:7: h does not escape
lib_fmt_scanner.go:45:20: leaking param: st
lib_fmt_scanner.go:74:7: leaking param: f to result ~r0 level=0
lib_fmt_scanner.go:74:23: st does not escape
lib_fmt_scanner.go:79:7: leaking param content: p
lib_fmt_scanner.go:79:24: st does not escape
lib_fmt_scanner.go:84:7: s does not escape
lib_fmt_scanner.go:84:24: leaking param: st
lib_fmt_scanner.go:94:7: r does not escape
lib_fmt_scanner.go:94:23: leaking param: st
lib_fmt_scanner.go:95:24: make([]byte, 4) escapes to heap
lib_fmt_scanner.go:96:21: ... argument does not escape
lib_fmt_scanner.go:96:22: n escapes to heap
lib_fmt_scanner.go:103:7: t does not escape
lib_fmt_scanner.go:103:25: leaking param: st
lib_fmt_scanner.go:104:8: func literal does not escape
lib_fmt_scanner.go:106:23: ... argument does not escape
lib_fmt_scanner.go:121:7: leaking param: n
lib_fmt_scanner.go:121:23: leaking param: st
lib_fmt_scanner.go:122:22: ... argument does not escape
lib_fmt_scanner.go:127:6: moved to heap: p
lib_fmt_scanner.go:128:6: moved to heap: s
lib_fmt_scanner.go:134:6: moved to heap: w1
lib_fmt_scanner.go:134:10: moved to heap: w2
lib_fmt_scanner.go:140:6: moved to heap: h
lib_fmt_scanner.go:141:6: moved to heap: rest
lib_fmt_scanner.go:150:6: moved to heap: i
lib_fmt_scanner.go:161:6: moved to heap: sk
lib_fmt_scanner.go:169:6: moved to heap: rd
lib_fmt_scanner.go:173:6: moved to heap: tk
lib_fmt_scanner.go:180:6: moved to heap: nest
lib_fmt_scanner.go:185:6: moved to heap: h1
lib_fmt_scanner.go:185:10: moved to heap: h2
lib_fmt_scanner.go:129:21: ... argument does not escape
lib_fmt_scanner.go:130:13: ... argument does not escape
lib_fmt_scanner.go:130:13: n escapes to heap
lib_fmt_scanner.go:130:13: p escapes to heap
lib_fmt_scanner.go:130:13: s escapes to heap
lib_fmt_scanner.go:131:20: ... argument does not escape
lib_fmt_scanner.go:132:13: ... argument does not escape
lib_fmt_scanner.go:132:13: n escapes to heap
lib_fmt_scanner.go:132:13: p escapes to heap
lib_fmt_scanner.go:135:21: ... argument does not escape
lib_fmt_scanner.go:136:12: ... argument does not escape
lib_fmt_scanner.go:136:13: n escapes to heap
lib_fmt_scanner.go:136:13: w1 escapes to heap
lib_fmt_scanner.go:136:13: w2 escapes to heap
lib_fmt_scanner.go:137:20: ... argument does not escape
lib_fmt_scanner.go:138:12: ... argument does not escape
lib_fmt_scanner.go:138:13: n escapes to heap
lib_fmt_scanner.go:138:13: w1 escapes to heap
lib_fmt_scanner.go:138:13: w2 escapes to heap
lib_fmt_scanner.go:142:20: ... argument does not escape
lib_fmt_scanner.go:143:13: ... argument does not escape
lib_fmt_scanner.go:143:13: n escapes to heap
lib_fmt_scanner.go:143:28: uint64(h) escapes to heap
lib_fmt_scanner.go:143:28: rest escapes to heap
lib_fmt_scanner.go:145:21: ... argument does not escape
lib_fmt_scanner.go:146:13: ... argument does not escape
lib_fmt_scanner.go:146:13: n escapes to heap
lib_fmt_scanner.go:146:28: uint64(h) escapes to heap
lib_fmt_scanner.go:146:34: p.A escapes to heap
lib_fmt_scanner.go:147:20: ... argument does not escape
lib_fmt_scanner.go:148:13: ... argument does not escape
lib_fmt_scanner.go:148:13: n escapes to heap
lib_fmt_scanner.go:151:20: ... argument does not escape
lib_fmt_scanner.go:151:39: Failing{...} escapes to heap
lib_fmt_scanner.go:152:13: ... argument does not escape
lib_fmt_scanner.go:152:13: n escapes to heap
lib_fmt_scanner.go:153:20: ... argument does not escape
lib_fmt_scanner.go:153:39: Failing{...} escapes to heap
lib_fmt_scanner.go:154:13: ... argument does not escape
lib_fmt_scanner.go:154:13: n escapes to heap
lib_fmt_scanner.go:154:26: err == io.ErrUnexpectedEOF escapes to heap
lib_fmt_scanner.go:155:20: ... argument does not escape
lib_fmt_scanner.go:155:39: Failing{...} escapes to heap
lib_fmt_scanner.go:156:13: ... argument does not escape
lib_fmt_scanner.go:156:13: n escapes to heap
lib_fmt_scanner.go:156:13: i escapes to heap
lib_fmt_scanner.go:158:20: ... argument does not escape
lib_fmt_scanner.go:158:26: &Panicky{...} escapes to heap
lib_fmt_scanner.go:159:13: ... argument does not escape
lib_fmt_scanner.go:159:13: n escapes to heap
lib_fmt_scanner.go:159:26: err == io.EOF escapes to heap
lib_fmt_scanner.go:162:22: ... argument does not escape
lib_fmt_scanner.go:163:13: ... argument does not escape
lib_fmt_scanner.go:163:13: n escapes to heap
lib_fmt_scanner.go:163:24: sk.R escapes to heap
lib_fmt_scanner.go:164:20: ... argument does not escape
lib_fmt_scanner.go:165:13: ... argument does not escape
lib_fmt_scanner.go:165:13: n escapes to heap
lib_fmt_scanner.go:165:28: string(sk.R) escapes to heap
lib_fmt_scanner.go:165:28: string(sk.R) escapes to heap
lib_fmt_scanner.go:166:20: ... argument does not escape
lib_fmt_scanner.go:167:13: ... argument does not escape
lib_fmt_scanner.go:167:13: n escapes to heap
lib_fmt_scanner.go:170:20: ... argument does not escape
lib_fmt_scanner.go:171:13: ... argument does not escape
lib_fmt_scanner.go:171:13: n escapes to heap
lib_fmt_scanner.go:171:24: rd.Msg escapes to heap
lib_fmt_scanner.go:174:22: ... argument does not escape
lib_fmt_scanner.go:175:13: ... argument does not escape
lib_fmt_scanner.go:175:13: n escapes to heap
lib_fmt_scanner.go:175:24: tk.Got escapes to heap
lib_fmt_scanner.go:177:20: ... argument does not escape
lib_fmt_scanner.go:177:26: &NotAScanner{} escapes to heap
lib_fmt_scanner.go:178:13: ... argument does not escape
lib_fmt_scanner.go:178:13: n escapes to heap
lib_fmt_scanner.go:181:20: ... argument does not escape
lib_fmt_scanner.go:182:13: ... argument does not escape
lib_fmt_scanner.go:182:13: n escapes to heap
lib_fmt_scanner.go:182:13: nest escapes to heap
lib_fmt_scanner.go:182:13: s escapes to heap
lib_fmt_scanner.go:186:20: ... argument does not escape
lib_fmt_scanner.go:188:13: ... argument does not escape
lib_fmt_scanner.go:188:13: n escapes to heap
lib_fmt_scanner.go:188:28: uint64(h1) escapes to heap
lib_fmt_scanner.go:188:40: uint64(h2) escapes to heap
lib_fmt_scanner.go:188:52: string(r) escapes to heap
lib_fmt_scanner.go:188:52: string(r) escapes to heap
lib_fmt_scanner.go:191:11: ... argument does not escape
lib_fmt_scanner.go:191:17: &Panicky{...} escapes to heap
lib_fmt_scanner.go:191:26: "boom" escapes to heap
