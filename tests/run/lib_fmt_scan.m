lib_fmt_scan.go:27:6: (*slowReader).Read ignoring self-assignment in r.s = r.s[1:]
lib_fmt_scan.go:21:7: r does not escape
lib_fmt_scan.go:21:27: p does not escape
lib_fmt_scan.go:31:18: leaking param: err
lib_fmt_scan.go:31:29: leaking param content: vals
lib_fmt_scan.go:32:12: ... argument does not escape
lib_fmt_scan.go:32:13: n escapes to heap
lib_fmt_scan.go:36:14: ... argument does not escape
lib_fmt_scan.go:36:22: *p escapes to heap
lib_fmt_scan.go:38:14: ... argument does not escape
lib_fmt_scan.go:38:22: *p escapes to heap
lib_fmt_scan.go:40:14: ... argument does not escape
lib_fmt_scan.go:40:22: *p escapes to heap
lib_fmt_scan.go:42:14: ... argument does not escape
lib_fmt_scan.go:42:22: *p escapes to heap
lib_fmt_scan.go:44:14: ... argument does not escape
lib_fmt_scan.go:44:22: *p escapes to heap
lib_fmt_scan.go:46:14: ... argument does not escape
lib_fmt_scan.go:46:22: *p escapes to heap
lib_fmt_scan.go:48:14: ... argument does not escape
lib_fmt_scan.go:48:22: *p escapes to heap
lib_fmt_scan.go:50:14: ... argument does not escape
lib_fmt_scan.go:50:22: *p escapes to heap
lib_fmt_scan.go:52:14: ... argument does not escape
lib_fmt_scan.go:52:22: *p escapes to heap
lib_fmt_scan.go:54:14: ... argument does not escape
lib_fmt_scan.go:54:22: *p escapes to heap
lib_fmt_scan.go:56:14: ... argument does not escape
lib_fmt_scan.go:56:22: *p escapes to heap
lib_fmt_scan.go:58:14: ... argument does not escape
lib_fmt_scan.go:58:22: *p escapes to heap
lib_fmt_scan.go:60:14: ... argument does not escape
lib_fmt_scan.go:60:22: *p escapes to heap
lib_fmt_scan.go:62:14: ... argument does not escape
lib_fmt_scan.go:62:22: *p escapes to heap
lib_fmt_scan.go:64:14: ... argument does not escape
lib_fmt_scan.go:64:22: *p escapes to heap
lib_fmt_scan.go:66:14: ... argument does not escape
lib_fmt_scan.go:73:6: moved to heap: a
lib_fmt_scan.go:73:9: moved to heap: b
lib_fmt_scan.go:74:6: moved to heap: i8
lib_fmt_scan.go:75:6: moved to heap: u8
lib_fmt_scan.go:76:6: moved to heap: u
lib_fmt_scan.go:77:6: moved to heap: r32
lib_fmt_scan.go:78:6: moved to heap: s
lib_fmt_scan.go:78:9: moved to heap: t
lib_fmt_scan.go:79:6: moved to heap: bs
lib_fmt_scan.go:80:6: moved to heap: f
lib_fmt_scan.go:81:6: moved to heap: f32
lib_fmt_scan.go:82:6: moved to heap: bo
lib_fmt_scan.go:83:6: moved to heap: c
lib_fmt_scan.go:84:6: moved to heap: ce
lib_fmt_scan.go:85:6: moved to heap: mi
lib_fmt_scan.go:86:6: moved to heap: nm
lib_fmt_scan.go:87:6: moved to heap: by
lib_fmt_scan.go:89:21: ... argument does not escape
lib_fmt_scan.go:90:6: ... argument does not escape
lib_fmt_scan.go:91:20: ... argument does not escape
lib_fmt_scan.go:92:6: ... argument does not escape
lib_fmt_scan.go:93:20: ... argument does not escape
lib_fmt_scan.go:94:6: ... argument does not escape
lib_fmt_scan.go:95:20: ... argument does not escape
lib_fmt_scan.go:96:6: ... argument does not escape
lib_fmt_scan.go:97:20: ... argument does not escape
lib_fmt_scan.go:98:6: ... argument does not escape
lib_fmt_scan.go:99:21: ... argument does not escape
lib_fmt_scan.go:100:6: ... argument does not escape
lib_fmt_scan.go:101:21: ... argument does not escape
lib_fmt_scan.go:102:6: ... argument does not escape
lib_fmt_scan.go:103:21: ... argument does not escape
lib_fmt_scan.go:104:6: ... argument does not escape
lib_fmt_scan.go:105:21: ... argument does not escape
lib_fmt_scan.go:106:6: ... argument does not escape
lib_fmt_scan.go:107:21: ... argument does not escape
lib_fmt_scan.go:108:6: ... argument does not escape
lib_fmt_scan.go:109:21: ... argument does not escape
lib_fmt_scan.go:110:6: ... argument does not escape
lib_fmt_scan.go:111:21: ... argument does not escape
lib_fmt_scan.go:112:6: ... argument does not escape
lib_fmt_scan.go:113:21: ... argument does not escape
lib_fmt_scan.go:114:6: ... argument does not escape
lib_fmt_scan.go:115:21: ... argument does not escape
lib_fmt_scan.go:116:6: ... argument does not escape
lib_fmt_scan.go:117:21: ... argument does not escape
lib_fmt_scan.go:118:6: ... argument does not escape
lib_fmt_scan.go:119:21: ... argument does not escape
lib_fmt_scan.go:120:6: ... argument does not escape
lib_fmt_scan.go:121:21: ... argument does not escape
lib_fmt_scan.go:122:6: ... argument does not escape
lib_fmt_scan.go:123:21: ... argument does not escape
lib_fmt_scan.go:124:6: ... argument does not escape
lib_fmt_scan.go:125:21: ... argument does not escape
lib_fmt_scan.go:126:6: ... argument does not escape
lib_fmt_scan.go:127:21: ... argument does not escape
lib_fmt_scan.go:128:6: ... argument does not escape
lib_fmt_scan.go:129:21: ... argument does not escape
lib_fmt_scan.go:130:6: ... argument does not escape
lib_fmt_scan.go:131:21: ... argument does not escape
lib_fmt_scan.go:132:6: ... argument does not escape
lib_fmt_scan.go:133:21: ... argument does not escape
lib_fmt_scan.go:134:6: ... argument does not escape
lib_fmt_scan.go:135:21: ... argument does not escape
lib_fmt_scan.go:136:6: ... argument does not escape
lib_fmt_scan.go:137:20: ... argument does not escape
lib_fmt_scan.go:138:6: ... argument does not escape
lib_fmt_scan.go:139:20: ... argument does not escape
lib_fmt_scan.go:139:29: new(struct {}) escapes to heap
lib_fmt_scan.go:141:20: ... argument does not escape
lib_fmt_scan.go:141:26: &[]int{} escapes to heap
lib_fmt_scan.go:141:32: []int{} escapes to heap
lib_fmt_scan.go:143:20: ... argument does not escape
lib_fmt_scan.go:143:26: 3 escapes to heap
lib_fmt_scan.go:145:21: ... argument does not escape
lib_fmt_scan.go:146:6: ... argument does not escape
lib_fmt_scan.go:147:21: ... argument does not escape
lib_fmt_scan.go:148:6: ... argument does not escape
lib_fmt_scan.go:149:21: ... argument does not escape
lib_fmt_scan.go:150:6: ... argument does not escape
lib_fmt_scan.go:151:21: ... argument does not escape
lib_fmt_scan.go:152:6: ... argument does not escape
lib_fmt_scan.go:153:21: ... argument does not escape
lib_fmt_scan.go:154:6: ... argument does not escape
lib_fmt_scan.go:155:21: ... argument does not escape
lib_fmt_scan.go:156:6: ... argument does not escape
lib_fmt_scan.go:157:21: ... argument does not escape
lib_fmt_scan.go:158:6: ... argument does not escape
lib_fmt_scan.go:159:21: ... argument does not escape
lib_fmt_scan.go:160:6: ... argument does not escape
lib_fmt_scan.go:161:21: ... argument does not escape
lib_fmt_scan.go:162:6: ... argument does not escape
lib_fmt_scan.go:163:21: ... argument does not escape
lib_fmt_scan.go:164:6: ... argument does not escape
lib_fmt_scan.go:165:21: ... argument does not escape
lib_fmt_scan.go:166:6: ... argument does not escape
lib_fmt_scan.go:167:21: ... argument does not escape
lib_fmt_scan.go:168:6: ... argument does not escape
lib_fmt_scan.go:169:22: ... argument does not escape
lib_fmt_scan.go:170:6: ... argument does not escape
lib_fmt_scan.go:171:22: ... argument does not escape
lib_fmt_scan.go:172:6: ... argument does not escape
lib_fmt_scan.go:173:22: ... argument does not escape
lib_fmt_scan.go:174:6: ... argument does not escape
lib_fmt_scan.go:175:20: ... argument does not escape
lib_fmt_scan.go:176:6: ... argument does not escape
lib_fmt_scan.go:177:20: ... argument does not escape
lib_fmt_scan.go:178:6: ... argument does not escape
lib_fmt_scan.go:179:20: ... argument does not escape
lib_fmt_scan.go:180:6: ... argument does not escape
lib_fmt_scan.go:181:20: ... argument does not escape
lib_fmt_scan.go:182:6: ... argument does not escape
lib_fmt_scan.go:183:20: ... argument does not escape
lib_fmt_scan.go:184:6: ... argument does not escape
lib_fmt_scan.go:185:20: ... argument does not escape
lib_fmt_scan.go:186:6: ... argument does not escape
lib_fmt_scan.go:187:20: ... argument does not escape
lib_fmt_scan.go:188:6: ... argument does not escape
lib_fmt_scan.go:189:20: ... argument does not escape
lib_fmt_scan.go:190:6: ... argument does not escape
lib_fmt_scan.go:191:20: ... argument does not escape
lib_fmt_scan.go:192:6: ... argument does not escape
lib_fmt_scan.go:196:20: ... argument does not escape
lib_fmt_scan.go:197:6: ... argument does not escape
lib_fmt_scan.go:198:22: ... argument does not escape
lib_fmt_scan.go:199:6: ... argument does not escape
lib_fmt_scan.go:200:20: ... argument does not escape
lib_fmt_scan.go:201:6: ... argument does not escape
lib_fmt_scan.go:202:20: ... argument does not escape
lib_fmt_scan.go:203:6: ... argument does not escape
lib_fmt_scan.go:205:21: ... argument does not escape
lib_fmt_scan.go:206:6: ... argument does not escape
lib_fmt_scan.go:208:12: ... argument does not escape
lib_fmt_scan.go:208:13: rest escapes to heap
lib_fmt_scan.go:209:22: ... argument does not escape
lib_fmt_scan.go:210:6: ... argument does not escape
lib_fmt_scan.go:211:8: &slowReader{...} escapes to heap
lib_fmt_scan.go:212:20: ... argument does not escape
lib_fmt_scan.go:213:6: ... argument does not escape
lib_fmt_scan.go:214:20: ... argument does not escape
lib_fmt_scan.go:215:6: ... argument does not escape
lib_fmt_scan.go:216:20: ... argument does not escape
lib_fmt_scan.go:217:6: ... argument does not escape
lib_fmt_scan.go:218:13: ... argument does not escape
lib_fmt_scan.go:218:14: "reads" escapes to heap
lib_fmt_scan.go:218:25: sl.n escapes to heap
lib_fmt_scan.go:218:29: "left" escapes to heap
lib_fmt_scan.go:218:39: sl.s escapes to heap
lib_fmt_scan.go:219:19: ... argument does not escape
lib_fmt_scan.go:220:6: ... argument does not escape
lib_fmt_scan.go:221:21: ... argument does not escape
lib_fmt_scan.go:222:6: ... argument does not escape
lib_fmt_scan.go:223:20: ... argument does not escape
lib_fmt_scan.go:224:6: ... argument does not escape
