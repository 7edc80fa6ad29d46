random_int_arith.go:15:13: ... argument does not escape
random_int_arith.go:15:21: int8_2 ^ int8_0 escapes to heap
random_int_arith.go:17:13: ... argument does not escape
random_int_arith.go:17:21: int8_6 ^ int8_3 escapes to heap
random_int_arith.go:19:13: ... argument does not escape
random_int_arith.go:19:14: -int8_5 escapes to heap
random_int_arith.go:19:23: ^int8_5 escapes to heap
random_int_arith.go:19:32: +int8_5 escapes to heap
random_int_arith.go:21:13: ... argument does not escape
random_int_arith.go:21:21: int8_1 ^ int8_0 escapes to heap
random_int_arith.go:23:13: ... argument does not escape
random_int_arith.go:23:21: int8_0 | int8_6 escapes to heap
random_int_arith.go:25:13: ... argument does not escape
random_int_arith.go:25:14: -int8_3 escapes to heap
random_int_arith.go:25:23: ^int8_3 escapes to heap
random_int_arith.go:25:32: +int8_3 escapes to heap
random_int_arith.go:27:13: ... argument does not escape
random_int_arith.go:27:21: int8_6 < int8_0 escapes to heap
random_int_arith.go:27:38: int8_6 >= int8_0 escapes to heap
random_int_arith.go:27:56: int8_6 == int8_0 escapes to heap
random_int_arith.go:29:13: ... argument does not escape
random_int_arith.go:29:21: int8_3 < int8_2 escapes to heap
random_int_arith.go:29:38: int8_3 >= int8_2 escapes to heap
random_int_arith.go:29:56: int8_3 == int8_2 escapes to heap
random_int_arith.go:31:13: ... argument does not escape
random_int_arith.go:31:21: int8_6 << (uint(int8_1) % 70) escapes to heap
random_int_arith.go:33:13: ... argument does not escape
random_int_arith.go:33:21: int8_0 + int8_2 escapes to heap
random_int_arith.go:35:13: ... argument does not escape
random_int_arith.go:35:21: int8_0 >> (uint(int8_0) % 70) escapes to heap
random_int_arith.go:37:13: ... argument does not escape
random_int_arith.go:37:20: uint16(float64(int8_4) * 1.5) escapes to heap
random_int_arith.go:37:51: uint16(float32(int8_4)) escapes to heap
random_int_arith.go:39:13: ... argument does not escape
random_int_arith.go:39:21: int8_5 | int8_1 escapes to heap
random_int_arith.go:41:13: ... argument does not escape
random_int_arith.go:41:21: int8_5 &^ int8_0 escapes to heap
random_int_arith.go:43:13: ... argument does not escape
random_int_arith.go:43:21: int8_1 ^ int8_6 escapes to heap
random_int_arith.go:45:13: ... argument does not escape
random_int_arith.go:45:21: int8_3 / (int8_4 | 1) escapes to heap
random_int_arith.go:47:13: ... argument does not escape
random_int_arith.go:47:21: int8_2 >> (uint(int8_1) % 70) escapes to heap
random_int_arith.go:49:13: ... argument does not escape
random_int_arith.go:49:21: int8_1 ^ int8_6 escapes to heap
random_int_arith.go:51:13: ... argument does not escape
random_int_arith.go:51:21: int8_2 | int8_0 escapes to heap
random_int_arith.go:53:13: ... argument does not escape
random_int_arith.go:53:21: uintptr(float64(int8_6) * 1.5) escapes to heap
random_int_arith.go:53:53: uintptr(float32(int8_6)) escapes to heap
random_int_arith.go:55:13: ... argument does not escape
random_int_arith.go:55:21: int8_0 >> (uint(int8_1) % 70) escapes to heap
random_int_arith.go:57:13: ... argument does not escape
random_int_arith.go:57:21: int8_5 % (int8_6 | 1) escapes to heap
random_int_arith.go:59:13: ... argument does not escape
random_int_arith.go:59:21: int8_0 & int8_5 escapes to heap
random_int_arith.go:61:13: ... argument does not escape
random_int_arith.go:61:21: int8_5 &^ int8_5 escapes to heap
random_int_arith.go:63:13: ... argument does not escape
random_int_arith.go:63:21: uintptr(int8_3) escapes to heap
random_int_arith.go:63:38: float64(int8_3) escapes to heap
random_int_arith.go:63:55: float32(int8_3) escapes to heap
random_int_arith.go:73:13: ... argument does not escape
random_int_arith.go:73:20: uint32(float64(int16_2) * 1.5) escapes to heap
random_int_arith.go:73:52: uint32(float32(int16_2)) escapes to heap
random_int_arith.go:75:13: ... argument does not escape
random_int_arith.go:75:22: int16_6 | int16_4 escapes to heap
random_int_arith.go:77:13: ... argument does not escape
random_int_arith.go:77:22: int16_4 + int16_6 escapes to heap
random_int_arith.go:79:13: ... argument does not escape
random_int_arith.go:79:22: int16_3 < int16_1 escapes to heap
random_int_arith.go:79:41: int16_3 >= int16_1 escapes to heap
random_int_arith.go:79:61: int16_3 == int16_1 escapes to heap
random_int_arith.go:81:13: ... argument does not escape
random_int_arith.go:81:22: int16_6 | int16_3 escapes to heap
random_int_arith.go:83:13: ... argument does not escape
random_int_arith.go:83:22: int16_5 & int16_1 escapes to heap
random_int_arith.go:85:13: ... argument does not escape
random_int_arith.go:85:14: -int16_4 escapes to heap
random_int_arith.go:85:24: ^int16_4 escapes to heap
random_int_arith.go:85:34: +int16_4 escapes to heap
random_int_arith.go:87:13: ... argument does not escape
random_int_arith.go:87:22: int16_5 & int16_5 escapes to heap
random_int_arith.go:89:13: ... argument does not escape
random_int_arith.go:89:22: int16_0 >> (uint(int16_3) % 70) escapes to heap
random_int_arith.go:91:13: ... argument does not escape
random_int_arith.go:91:14: -int16_4 escapes to heap
random_int_arith.go:91:24: ^int16_4 escapes to heap
random_int_arith.go:91:34: +int16_4 escapes to heap
random_int_arith.go:93:13: ... argument does not escape
random_int_arith.go:93:20: uint16(int16_1) escapes to heap
random_int_arith.go:93:38: float64(int16_1) escapes to heap
random_int_arith.go:93:56: float32(int16_1) escapes to heap
random_int_arith.go:95:13: ... argument does not escape
random_int_arith.go:95:22: int16_2 < int16_3 escapes to heap
random_int_arith.go:95:41: int16_2 >= int16_3 escapes to heap
random_int_arith.go:95:61: int16_2 == int16_3 escapes to heap
random_int_arith.go:97:13: ... argument does not escape
random_int_arith.go:97:22: int16_0 + int16_3 escapes to heap
random_int_arith.go:99:13: ... argument does not escape
random_int_arith.go:99:18: uint(int16_2) escapes to heap
random_int_arith.go:99:36: float64(int16_2) escapes to heap
random_int_arith.go:99:54: float32(int16_2) escapes to heap
random_int_arith.go:101:13: ... argument does not escape
random_int_arith.go:101:22: int16_4 | int16_4 escapes to heap
random_int_arith.go:103:13: ... argument does not escape
random_int_arith.go:103:22: int16_5 * int16_1 escapes to heap
random_int_arith.go:105:13: ... argument does not escape
random_int_arith.go:105:22: int16_4 + int16_1 escapes to heap
random_int_arith.go:107:13: ... argument does not escape
random_int_arith.go:107:22: int16_6 &^ int16_1 escapes to heap
random_int_arith.go:109:13: ... argument does not escape
random_int_arith.go:109:22: int16_6 / (int16_4 | 1) escapes to heap
random_int_arith.go:111:13: ... argument does not escape
random_int_arith.go:111:22: int16_3 & int16_4 escapes to heap
random_int_arith.go:113:13: ... argument does not escape
random_int_arith.go:113:22: int16_6 & int16_4 escapes to heap
random_int_arith.go:115:13: ... argument does not escape
random_int_arith.go:115:22: int16_3 >> (uint(int16_2) % 70) escapes to heap
random_int_arith.go:117:13: ... argument does not escape
random_int_arith.go:117:22: int16_4 < int16_4 escapes to heap
random_int_arith.go:117:41: int16_4 >= int16_4 escapes to heap
random_int_arith.go:117:61: int16_4 == int16_4 escapes to heap
random_int_arith.go:119:13: ... argument does not escape
random_int_arith.go:119:14: -int16_0 escapes to heap
random_int_arith.go:119:24: ^int16_0 escapes to heap
random_int_arith.go:119:34: +int16_0 escapes to heap
random_int_arith.go:121:13: ... argument does not escape
random_int_arith.go:121:20: uint64(float64(int16_6) * 1.5) escapes to heap
random_int_arith.go:121:52: uint64(float32(int16_6)) escapes to heap
random_int_arith.go:131:13: ... argument does not escape
random_int_arith.go:131:22: int32_3 ^ int32_0 escapes to heap
random_int_arith.go:133:13: ... argument does not escape
random_int_arith.go:133:22: int32_6 << (uint(int32_2) % 70) escapes to heap
random_int_arith.go:135:13: ... argument does not escape
random_int_arith.go:135:22: int32_4 &^ int32_1 escapes to heap
random_int_arith.go:137:13: ... argument does not escape
random_int_arith.go:137:19: uint8(int32_3) escapes to heap
random_int_arith.go:137:37: float64(int32_3) escapes to heap
random_int_arith.go:137:55: float32(int32_3) escapes to heap
random_int_arith.go:139:13: ... argument does not escape
random_int_arith.go:139:22: int32_3 + int32_2 escapes to heap
random_int_arith.go:141:13: ... argument does not escape
random_int_arith.go:141:22: int32_4 << (uint(int32_4) % 70) escapes to heap
random_int_arith.go:143:13: ... argument does not escape
random_int_arith.go:143:22: int32_6 & int32_4 escapes to heap
random_int_arith.go:145:13: ... argument does not escape
random_int_arith.go:145:22: int32_3 + int32_4 escapes to heap
random_int_arith.go:147:13: ... argument does not escape
random_int_arith.go:147:22: int32_6 >> (uint(int32_1) % 70) escapes to heap
random_int_arith.go:149:13: ... argument does not escape
random_int_arith.go:149:22: int32_1 << (uint(int32_4) % 70) escapes to heap
random_int_arith.go:151:13: ... argument does not escape
random_int_arith.go:151:22: int32_1 - int32_6 escapes to heap
random_int_arith.go:153:13: ... argument does not escape
random_int_arith.go:153:14: -int32_6 escapes to heap
random_int_arith.go:153:24: ^int32_6 escapes to heap
random_int_arith.go:153:34: +int32_6 escapes to heap
random_int_arith.go:155:13: ... argument does not escape
random_int_arith.go:155:17: int(float64(int32_6) * 1.5) escapes to heap
random_int_arith.go:155:46: int(float32(int32_6)) escapes to heap
random_int_arith.go:157:13: ... argument does not escape
random_int_arith.go:157:22: int32_0 >> (uint(int32_6) % 70) escapes to heap
random_int_arith.go:159:13: ... argument does not escape
random_int_arith.go:159:18: int8(int32_0) escapes to heap
random_int_arith.go:159:36: float64(int32_0) escapes to heap
random_int_arith.go:159:54: float32(int32_0) escapes to heap
random_int_arith.go:161:13: ... argument does not escape
random_int_arith.go:161:14: -int32_3 escapes to heap
random_int_arith.go:161:24: ^int32_3 escapes to heap
random_int_arith.go:161:34: +int32_3 escapes to heap
random_int_arith.go:163:13: ... argument does not escape
random_int_arith.go:163:22: int32_6 / (int32_2 | 1) escapes to heap
random_int_arith.go:165:13: ... argument does not escape
random_int_arith.go:165:14: -int32_2 escapes to heap
random_int_arith.go:165:24: ^int32_2 escapes to heap
random_int_arith.go:165:34: +int32_2 escapes to heap
random_int_arith.go:167:13: ... argument does not escape
random_int_arith.go:167:22: int32_4 & int32_1 escapes to heap
random_int_arith.go:169:13: ... argument does not escape
random_int_arith.go:169:22: int32_2 * int32_0 escapes to heap
random_int_arith.go:171:13: ... argument does not escape
random_int_arith.go:171:22: int32_1 &^ int32_2 escapes to heap
random_int_arith.go:173:13: ... argument does not escape
random_int_arith.go:173:22: int32_1 % (int32_5 | 1) escapes to heap
random_int_arith.go:175:13: ... argument does not escape
random_int_arith.go:175:22: int32_5 % (int32_5 | 1) escapes to heap
random_int_arith.go:177:13: ... argument does not escape
random_int_arith.go:177:22: int32_3 & int32_5 escapes to heap
random_int_arith.go:179:13: ... argument does not escape
random_int_arith.go:179:22: int32_3 - int32_3 escapes to heap
random_int_arith.go:189:13: ... argument does not escape
random_int_arith.go:189:22: int64_2 &^ int64_5 escapes to heap
random_int_arith.go:191:13: ... argument does not escape
random_int_arith.go:191:22: int64_1 | int64_4 escapes to heap
random_int_arith.go:193:13: ... argument does not escape
random_int_arith.go:193:22: int64_6 / (int64_0 | 1) escapes to heap
random_int_arith.go:195:13: ... argument does not escape
random_int_arith.go:195:22: int64_0 * int64_3 escapes to heap
random_int_arith.go:197:13: ... argument does not escape
random_int_arith.go:197:22: int64_0 * int64_5 escapes to heap
random_int_arith.go:199:13: ... argument does not escape
random_int_arith.go:199:22: int64_3 &^ int64_5 escapes to heap
random_int_arith.go:201:13: ... argument does not escape
random_int_arith.go:201:22: int64_5 &^ int64_3 escapes to heap
random_int_arith.go:203:13: ... argument does not escape
random_int_arith.go:203:22: int64_6 >> (uint(int64_1) % 70) escapes to heap
random_int_arith.go:205:13: ... argument does not escape
random_int_arith.go:205:22: int64_6 &^ int64_5 escapes to heap
random_int_arith.go:207:13: ... argument does not escape
random_int_arith.go:207:22: int64_3 &^ int64_1 escapes to heap
random_int_arith.go:209:13: ... argument does not escape
random_int_arith.go:209:22: int64_5 | int64_0 escapes to heap
random_int_arith.go:211:13: ... argument does not escape
random_int_arith.go:211:14: -int64_5 escapes to heap
random_int_arith.go:211:24: ^int64_5 escapes to heap
random_int_arith.go:211:34: +int64_5 escapes to heap
random_int_arith.go:213:13: ... argument does not escape
random_int_arith.go:213:22: int64_2 >> (uint(int64_5) % 70) escapes to heap
random_int_arith.go:215:13: ... argument does not escape
random_int_arith.go:215:22: int64_3 < int64_0 escapes to heap
random_int_arith.go:215:41: int64_3 >= int64_0 escapes to heap
random_int_arith.go:215:61: int64_3 == int64_0 escapes to heap
random_int_arith.go:217:13: ... argument does not escape
random_int_arith.go:217:22: int64_2 / (int64_1 | 1) escapes to heap
random_int_arith.go:219:13: ... argument does not escape
random_int_arith.go:219:22: int64_0 - int64_2 escapes to heap
random_int_arith.go:221:13: ... argument does not escape
random_int_arith.go:221:22: int64_6 % (int64_0 | 1) escapes to heap
random_int_arith.go:223:13: ... argument does not escape
random_int_arith.go:223:22: int64_2 * int64_5 escapes to heap
random_int_arith.go:225:13: ... argument does not escape
random_int_arith.go:225:22: int64_3 % (int64_4 | 1) escapes to heap
random_int_arith.go:227:13: ... argument does not escape
random_int_arith.go:227:22: int64_1 &^ int64_0 escapes to heap
random_int_arith.go:229:13: ... argument does not escape
random_int_arith.go:229:22: int64_6 << (uint(int64_0) % 70) escapes to heap
random_int_arith.go:231:13: ... argument does not escape
random_int_arith.go:231:18: uint(float64(int64_6) * 1.5) escapes to heap
random_int_arith.go:231:48: uint(float32(int64_6)) escapes to heap
random_int_arith.go:233:13: ... argument does not escape
random_int_arith.go:233:18: uint(int64_3) escapes to heap
random_int_arith.go:233:36: float64(int64_3) escapes to heap
random_int_arith.go:233:54: float32(int64_3) escapes to heap
random_int_arith.go:235:13: ... argument does not escape
random_int_arith.go:235:22: int64_4 | int64_0 escapes to heap
random_int_arith.go:237:13: ... argument does not escape
random_int_arith.go:237:22: int64_1 - int64_2 escapes to heap
random_int_arith.go:247:13: ... argument does not escape
random_int_arith.go:247:20: int_2 ^ int_4 escapes to heap
random_int_arith.go:249:13: ... argument does not escape
random_int_arith.go:249:20: int_0 << (uint(int_2) % 70) escapes to heap
random_int_arith.go:251:13: ... argument does not escape
random_int_arith.go:251:17: int(float64(int_6) * 1.5) escapes to heap
random_int_arith.go:251:44: int(float32(int_6)) escapes to heap
random_int_arith.go:253:13: ... argument does not escape
random_int_arith.go:253:20: int_0 / (int_1 | 1) escapes to heap
random_int_arith.go:255:13: ... argument does not escape
random_int_arith.go:255:14: -int_6 escapes to heap
random_int_arith.go:255:22: ^int_6 escapes to heap
random_int_arith.go:255:30: +int_6 escapes to heap
random_int_arith.go:257:13: ... argument does not escape
random_int_arith.go:257:20: int_4 * int_6 escapes to heap
random_int_arith.go:259:13: ... argument does not escape
random_int_arith.go:259:20: int_2 / (int_3 | 1) escapes to heap
random_int_arith.go:261:13: ... argument does not escape
random_int_arith.go:261:20: int_2 - int_5 escapes to heap
random_int_arith.go:263:13: ... argument does not escape
random_int_arith.go:263:20: uint64(float64(int_6) * 1.5) escapes to heap
random_int_arith.go:263:50: uint64(float32(int_6)) escapes to heap
random_int_arith.go:265:13: ... argument does not escape
random_int_arith.go:265:20: int_2 >> (uint(int_6) % 70) escapes to heap
random_int_arith.go:267:13: ... argument does not escape
random_int_arith.go:267:14: -int_4 escapes to heap
random_int_arith.go:267:22: ^int_4 escapes to heap
random_int_arith.go:267:30: +int_4 escapes to heap
random_int_arith.go:269:13: ... argument does not escape
random_int_arith.go:269:20: int_4 - int_1 escapes to heap
random_int_arith.go:271:13: ... argument does not escape
random_int_arith.go:271:20: int_5 - int_0 escapes to heap
random_int_arith.go:273:13: ... argument does not escape
random_int_arith.go:273:20: int_1 * int_1 escapes to heap
random_int_arith.go:275:13: ... argument does not escape
random_int_arith.go:275:20: int_4 % (int_1 | 1) escapes to heap
random_int_arith.go:277:13: ... argument does not escape
random_int_arith.go:277:20: int_6 << (uint(int_2) % 70) escapes to heap
random_int_arith.go:279:13: ... argument does not escape
random_int_arith.go:279:20: int_4 % (int_6 | 1) escapes to heap
random_int_arith.go:281:13: ... argument does not escape
random_int_arith.go:281:20: int_2 & int_2 escapes to heap
random_int_arith.go:283:13: ... argument does not escape
random_int_arith.go:283:20: int_0 / (int_2 | 1) escapes to heap
random_int_arith.go:285:13: ... argument does not escape
random_int_arith.go:285:14: -int_6 escapes to heap
random_int_arith.go:285:22: ^int_6 escapes to heap
random_int_arith.go:285:30: +int_6 escapes to heap
random_int_arith.go:287:13: ... argument does not escape
random_int_arith.go:287:20: int_5 * int_3 escapes to heap
random_int_arith.go:289:13: ... argument does not escape
random_int_arith.go:289:14: -int_4 escapes to heap
random_int_arith.go:289:22: ^int_4 escapes to heap
random_int_arith.go:289:30: +int_4 escapes to heap
random_int_arith.go:291:13: ... argument does not escape
random_int_arith.go:291:20: int_0 + int_2 escapes to heap
random_int_arith.go:293:13: ... argument does not escape
random_int_arith.go:293:20: int_3 | int_0 escapes to heap
random_int_arith.go:295:13: ... argument does not escape
random_int_arith.go:295:20: int_6 * int_6 escapes to heap
random_int_arith.go:305:13: ... argument does not escape
random_int_arith.go:305:22: uint8_0 << (uint(uint8_4) % 70) escapes to heap
random_int_arith.go:307:13: ... argument does not escape
random_int_arith.go:307:22: uint8_6 - uint8_3 escapes to heap
random_int_arith.go:309:13: ... argument does not escape
random_int_arith.go:309:22: uint8_4 / (uint8_4 | 1) escapes to heap
random_int_arith.go:311:13: ... argument does not escape
random_int_arith.go:311:22: uint8_4 % (uint8_0 | 1) escapes to heap
random_int_arith.go:313:13: ... argument does not escape
random_int_arith.go:313:22: uint8_2 << (uint(uint8_2) % 70) escapes to heap
random_int_arith.go:315:13: ... argument does not escape
random_int_arith.go:315:22: uint8_4 ^ uint8_0 escapes to heap
random_int_arith.go:317:13: ... argument does not escape
random_int_arith.go:317:14: -uint8_2 escapes to heap
random_int_arith.go:317:24: ^uint8_2 escapes to heap
random_int_arith.go:317:34: +uint8_2 escapes to heap
random_int_arith.go:319:13: ... argument does not escape
random_int_arith.go:319:22: uint8_0 % (uint8_6 | 1) escapes to heap
random_int_arith.go:321:13: ... argument does not escape
random_int_arith.go:321:22: uint8_0 >> (uint(uint8_4) % 70) escapes to heap
random_int_arith.go:323:13: ... argument does not escape
random_int_arith.go:323:22: uint8_0 | uint8_0 escapes to heap
random_int_arith.go:325:13: ... argument does not escape
random_int_arith.go:325:18: int8(float64(uint8_0) * 1.5) escapes to heap
random_int_arith.go:325:48: int8(float32(uint8_0)) escapes to heap
random_int_arith.go:327:13: ... argument does not escape
random_int_arith.go:327:14: -uint8_1 escapes to heap
random_int_arith.go:327:24: ^uint8_1 escapes to heap
random_int_arith.go:327:34: +uint8_1 escapes to heap
random_int_arith.go:329:13: ... argument does not escape
random_int_arith.go:329:22: uint8_4 * uint8_3 escapes to heap
random_int_arith.go:331:13: ... argument does not escape
random_int_arith.go:331:22: uint8_0 * uint8_3 escapes to heap
random_int_arith.go:333:13: ... argument does not escape
random_int_arith.go:333:22: uint8_5 * uint8_1 escapes to heap
random_int_arith.go:335:13: ... argument does not escape
random_int_arith.go:335:22: uint8_5 - uint8_6 escapes to heap
random_int_arith.go:337:13: ... argument does not escape
random_int_arith.go:337:14: -uint8_3 escapes to heap
random_int_arith.go:337:24: ^uint8_3 escapes to heap
random_int_arith.go:337:34: +uint8_3 escapes to heap
random_int_arith.go:339:13: ... argument does not escape
random_int_arith.go:339:22: uint8_4 % (uint8_6 | 1) escapes to heap
random_int_arith.go:341:13: ... argument does not escape
random_int_arith.go:341:22: uint8_4 < uint8_2 escapes to heap
random_int_arith.go:341:41: uint8_4 >= uint8_2 escapes to heap
random_int_arith.go:341:61: uint8_4 == uint8_2 escapes to heap
random_int_arith.go:343:13: ... argument does not escape
random_int_arith.go:343:22: uint8_3 - uint8_2 escapes to heap
random_int_arith.go:345:13: ... argument does not escape
random_int_arith.go:345:22: uint8_1 & uint8_5 escapes to heap
random_int_arith.go:347:13: ... argument does not escape
random_int_arith.go:347:22: uint8_0 + uint8_0 escapes to heap
random_int_arith.go:349:13: ... argument does not escape
random_int_arith.go:349:22: uint8_6 < uint8_2 escapes to heap
random_int_arith.go:349:41: uint8_6 >= uint8_2 escapes to heap
random_int_arith.go:349:61: uint8_6 == uint8_2 escapes to heap
random_int_arith.go:351:13: ... argument does not escape
random_int_arith.go:351:22: uint8_4 ^ uint8_2 escapes to heap
random_int_arith.go:353:13: ... argument does not escape
random_int_arith.go:353:22: uint8_3 | uint8_2 escapes to heap
random_int_arith.go:363:13: ... argument does not escape
random_int_arith.go:363:23: uint16_2 ^ uint16_4 escapes to heap
random_int_arith.go:365:13: ... argument does not escape
random_int_arith.go:365:23: uint16_0 / (uint16_2 | 1) escapes to heap
random_int_arith.go:367:13: ... argument does not escape
random_int_arith.go:367:14: -uint16_6 escapes to heap
random_int_arith.go:367:25: ^uint16_6 escapes to heap
random_int_arith.go:367:36: +uint16_6 escapes to heap
random_int_arith.go:369:13: ... argument does not escape
random_int_arith.go:369:23: uint16_4 < uint16_6 escapes to heap
random_int_arith.go:369:44: uint16_4 >= uint16_6 escapes to heap
random_int_arith.go:369:66: uint16_4 == uint16_6 escapes to heap
random_int_arith.go:371:13: ... argument does not escape
random_int_arith.go:371:23: uint16_3 & uint16_5 escapes to heap
random_int_arith.go:373:13: ... argument does not escape
random_int_arith.go:373:23: uint16_2 &^ uint16_1 escapes to heap
random_int_arith.go:375:13: ... argument does not escape
random_int_arith.go:375:23: uint16_1 / (uint16_2 | 1) escapes to heap
random_int_arith.go:377:13: ... argument does not escape
random_int_arith.go:377:23: uint16_1 - uint16_2 escapes to heap
random_int_arith.go:379:13: ... argument does not escape
random_int_arith.go:379:23: uint16_6 - uint16_2 escapes to heap
random_int_arith.go:381:13: ... argument does not escape
random_int_arith.go:381:23: uint16_6 - uint16_3 escapes to heap
random_int_arith.go:383:13: ... argument does not escape
random_int_arith.go:383:23: uint16_5 >> (uint(uint16_4) % 70) escapes to heap
random_int_arith.go:385:13: ... argument does not escape
random_int_arith.go:385:23: uint16_2 | uint16_1 escapes to heap
random_int_arith.go:387:13: ... argument does not escape
random_int_arith.go:387:23: uint16_2 & uint16_0 escapes to heap
random_int_arith.go:389:13: ... argument does not escape
random_int_arith.go:389:14: -uint16_1 escapes to heap
random_int_arith.go:389:25: ^uint16_1 escapes to heap
random_int_arith.go:389:36: +uint16_1 escapes to heap
random_int_arith.go:391:13: ... argument does not escape
random_int_arith.go:391:17: int(float64(uint16_6) * 1.5) escapes to heap
random_int_arith.go:391:47: int(float32(uint16_6)) escapes to heap
random_int_arith.go:393:13: ... argument does not escape
random_int_arith.go:393:23: uint16_1 - uint16_2 escapes to heap
random_int_arith.go:395:13: ... argument does not escape
random_int_arith.go:395:23: uint16_4 << (uint(uint16_4) % 70) escapes to heap
random_int_arith.go:397:13: ... argument does not escape
random_int_arith.go:397:23: uint16_6 - uint16_4 escapes to heap
random_int_arith.go:399:13: ... argument does not escape
random_int_arith.go:399:23: uint16_1 + uint16_1 escapes to heap
random_int_arith.go:401:13: ... argument does not escape
random_int_arith.go:401:23: uint16_6 | uint16_1 escapes to heap
random_int_arith.go:403:13: ... argument does not escape
random_int_arith.go:403:23: uint16_0 &^ uint16_2 escapes to heap
random_int_arith.go:405:13: ... argument does not escape
random_int_arith.go:405:23: uint16_6 < uint16_0 escapes to heap
random_int_arith.go:405:44: uint16_6 >= uint16_0 escapes to heap
random_int_arith.go:405:66: uint16_6 == uint16_0 escapes to heap
random_int_arith.go:407:13: ... argument does not escape
random_int_arith.go:407:23: uint16_0 >> (uint(uint16_0) % 70) escapes to heap
random_int_arith.go:409:13: ... argument does not escape
random_int_arith.go:409:14: -uint16_0 escapes to heap
random_int_arith.go:409:25: ^uint16_0 escapes to heap
random_int_arith.go:409:36: +uint16_0 escapes to heap
random_int_arith.go:411:13: ... argument does not escape
random_int_arith.go:411:23: uint16_6 ^ uint16_2 escapes to heap
random_int_arith.go:421:13: ... argument does not escape
random_int_arith.go:421:23: uint32_4 * uint32_5 escapes to heap
random_int_arith.go:423:13: ... argument does not escape
random_int_arith.go:423:23: uint32_1 * uint32_6 escapes to heap
random_int_arith.go:425:13: ... argument does not escape
random_int_arith.go:425:19: uint8(uint32_1) escapes to heap
random_int_arith.go:425:38: float64(uint32_1) escapes to heap
random_int_arith.go:425:57: float32(uint32_1) escapes to heap
random_int_arith.go:427:13: ... argument does not escape
random_int_arith.go:427:23: uint32_2 < uint32_0 escapes to heap
random_int_arith.go:427:44: uint32_2 >= uint32_0 escapes to heap
random_int_arith.go:427:66: uint32_2 == uint32_0 escapes to heap
random_int_arith.go:429:13: ... argument does not escape
random_int_arith.go:429:18: uint(float64(uint32_4) * 1.5) escapes to heap
random_int_arith.go:429:49: uint(float32(uint32_4)) escapes to heap
random_int_arith.go:431:13: ... argument does not escape
random_int_arith.go:431:19: int64(float64(uint32_2) * 1.5) escapes to heap
random_int_arith.go:431:51: int64(float32(uint32_2)) escapes to heap
random_int_arith.go:433:13: ... argument does not escape
random_int_arith.go:433:18: int8(float64(uint32_1) * 1.5) escapes to heap
random_int_arith.go:433:49: int8(float32(uint32_1)) escapes to heap
random_int_arith.go:435:13: ... argument does not escape
random_int_arith.go:435:18: uint(uint32_6) escapes to heap
random_int_arith.go:435:37: float64(uint32_6) escapes to heap
random_int_arith.go:435:56: float32(uint32_6) escapes to heap
random_int_arith.go:437:13: ... argument does not escape
random_int_arith.go:437:20: uint64(float64(uint32_6) * 1.5) escapes to heap
random_int_arith.go:437:53: uint64(float32(uint32_6)) escapes to heap
random_int_arith.go:439:13: ... argument does not escape
random_int_arith.go:439:23: uint32_6 < uint32_5 escapes to heap
random_int_arith.go:439:44: uint32_6 >= uint32_5 escapes to heap
random_int_arith.go:439:66: uint32_6 == uint32_5 escapes to heap
random_int_arith.go:441:13: ... argument does not escape
random_int_arith.go:441:23: uint32_1 % (uint32_1 | 1) escapes to heap
random_int_arith.go:443:13: ... argument does not escape
random_int_arith.go:443:23: uint32_3 * uint32_4 escapes to heap
random_int_arith.go:445:13: ... argument does not escape
random_int_arith.go:445:21: uintptr(uint32_0) escapes to heap
random_int_arith.go:445:40: float64(uint32_0) escapes to heap
random_int_arith.go:445:59: float32(uint32_0) escapes to heap
random_int_arith.go:447:13: ... argument does not escape
random_int_arith.go:447:14: -uint32_1 escapes to heap
random_int_arith.go:447:25: ^uint32_1 escapes to heap
random_int_arith.go:447:36: +uint32_1 escapes to heap
random_int_arith.go:449:13: ... argument does not escape
random_int_arith.go:449:23: uint32_0 ^ uint32_5 escapes to heap
random_int_arith.go:451:13: ... argument does not escape
random_int_arith.go:451:23: uint32_6 &^ uint32_3 escapes to heap
random_int_arith.go:453:13: ... argument does not escape
random_int_arith.go:453:23: uint32_2 ^ uint32_4 escapes to heap
random_int_arith.go:455:13: ... argument does not escape
random_int_arith.go:455:23: uint32_6 ^ uint32_4 escapes to heap
random_int_arith.go:457:13: ... argument does not escape
random_int_arith.go:457:19: uint8(uint32_0) escapes to heap
random_int_arith.go:457:38: float64(uint32_0) escapes to heap
random_int_arith.go:457:57: float32(uint32_0) escapes to heap
random_int_arith.go:459:13: ... argument does not escape
random_int_arith.go:459:23: uint32_1 ^ uint32_2 escapes to heap
random_int_arith.go:461:13: ... argument does not escape
random_int_arith.go:461:23: uint32_0 >> (uint(uint32_6) % 70) escapes to heap
random_int_arith.go:463:13: ... argument does not escape
random_int_arith.go:463:23: uint32_3 + uint32_4 escapes to heap
random_int_arith.go:465:13: ... argument does not escape
random_int_arith.go:465:23: uint32_0 & uint32_5 escapes to heap
random_int_arith.go:467:13: ... argument does not escape
random_int_arith.go:467:23: uint32_4 << (uint(uint32_1) % 70) escapes to heap
random_int_arith.go:469:13: ... argument does not escape
random_int_arith.go:469:23: uint32_1 % (uint32_1 | 1) escapes to heap
random_int_arith.go:479:13: ... argument does not escape
random_int_arith.go:479:23: uint64_1 - uint64_4 escapes to heap
random_int_arith.go:481:13: ... argument does not escape
random_int_arith.go:481:23: uint64_1 + uint64_3 escapes to heap
random_int_arith.go:483:13: ... argument does not escape
random_int_arith.go:483:23: uint64_1 & uint64_4 escapes to heap
random_int_arith.go:485:13: ... argument does not escape
random_int_arith.go:485:20: uint32(float64(uint64_4) * 1.5) escapes to heap
random_int_arith.go:485:53: uint32(float32(uint64_4)) escapes to heap
random_int_arith.go:487:13: ... argument does not escape
random_int_arith.go:487:23: uint64_5 < uint64_5 escapes to heap
random_int_arith.go:487:44: uint64_5 >= uint64_5 escapes to heap
random_int_arith.go:487:66: uint64_5 == uint64_5 escapes to heap
random_int_arith.go:489:13: ... argument does not escape
random_int_arith.go:489:23: uint64_1 & uint64_1 escapes to heap
random_int_arith.go:491:13: ... argument does not escape
random_int_arith.go:491:23: uint64_3 ^ uint64_5 escapes to heap
random_int_arith.go:493:13: ... argument does not escape
random_int_arith.go:493:23: uint64_1 | uint64_5 escapes to heap
random_int_arith.go:495:13: ... argument does not escape
random_int_arith.go:495:23: uint64_2 << (uint(uint64_4) % 70) escapes to heap
random_int_arith.go:497:13: ... argument does not escape
random_int_arith.go:497:23: uint64_5 % (uint64_5 | 1) escapes to heap
random_int_arith.go:499:13: ... argument does not escape
random_int_arith.go:499:23: uint64_5 + uint64_1 escapes to heap
random_int_arith.go:501:13: ... argument does not escape
random_int_arith.go:501:23: uint64_0 &^ uint64_6 escapes to heap
random_int_arith.go:503:13: ... argument does not escape
random_int_arith.go:503:23: uint64_5 * uint64_2 escapes to heap
random_int_arith.go:505:13: ... argument does not escape
random_int_arith.go:505:14: -uint64_4 escapes to heap
random_int_arith.go:505:25: ^uint64_4 escapes to heap
random_int_arith.go:505:36: +uint64_4 escapes to heap
random_int_arith.go:507:13: ... argument does not escape
random_int_arith.go:507:23: uint64_1 % (uint64_2 | 1) escapes to heap
random_int_arith.go:509:13: ... argument does not escape
random_int_arith.go:509:20: uint64(uint64_5) escapes to heap
random_int_arith.go:509:39: float64(uint64_5) escapes to heap
random_int_arith.go:509:58: float32(uint64_5) escapes to heap
random_int_arith.go:511:13: ... argument does not escape
random_int_arith.go:511:23: uint64_2 < uint64_1 escapes to heap
random_int_arith.go:511:44: uint64_2 >= uint64_1 escapes to heap
random_int_arith.go:511:66: uint64_2 == uint64_1 escapes to heap
random_int_arith.go:513:13: ... argument does not escape
random_int_arith.go:513:23: uint64_5 ^ uint64_5 escapes to heap
random_int_arith.go:515:13: ... argument does not escape
random_int_arith.go:515:19: int16(uint64_4) escapes to heap
random_int_arith.go:515:38: float64(uint64_4) escapes to heap
random_int_arith.go:515:57: float32(uint64_4) escapes to heap
random_int_arith.go:517:13: ... argument does not escape
random_int_arith.go:517:23: uint64_4 << (uint(uint64_4) % 70) escapes to heap
random_int_arith.go:519:13: ... argument does not escape
random_int_arith.go:519:23: uint64_3 * uint64_1 escapes to heap
random_int_arith.go:521:13: ... argument does not escape
random_int_arith.go:521:23: uint64_2 / (uint64_3 | 1) escapes to heap
random_int_arith.go:523:13: ... argument does not escape
random_int_arith.go:523:14: -uint64_4 escapes to heap
random_int_arith.go:523:25: ^uint64_4 escapes to heap
random_int_arith.go:523:36: +uint64_4 escapes to heap
random_int_arith.go:525:13: ... argument does not escape
random_int_arith.go:525:23: uint64_6 ^ uint64_0 escapes to heap
random_int_arith.go:527:13: ... argument does not escape
random_int_arith.go:527:23: uint64_5 < uint64_3 escapes to heap
random_int_arith.go:527:44: uint64_5 >= uint64_3 escapes to heap
random_int_arith.go:527:66: uint64_5 == uint64_3 escapes to heap
random_int_arith.go:537:13: ... argument does not escape
random_int_arith.go:537:21: uint_4 + uint_5 escapes to heap
random_int_arith.go:539:13: ... argument does not escape
random_int_arith.go:539:14: -uint_4 escapes to heap
random_int_arith.go:539:23: ^uint_4 escapes to heap
random_int_arith.go:539:32: +uint_4 escapes to heap
random_int_arith.go:541:13: ... argument does not escape
random_int_arith.go:541:21: uint_2 - uint_5 escapes to heap
random_int_arith.go:543:13: ... argument does not escape
random_int_arith.go:543:19: int16(float64(uint_2) * 1.5) escapes to heap
random_int_arith.go:543:49: int16(float32(uint_2)) escapes to heap
random_int_arith.go:545:13: ... argument does not escape
random_int_arith.go:545:21: uint_1 << (uint(uint_6) % 70) escapes to heap
random_int_arith.go:547:13: ... argument does not escape
random_int_arith.go:547:21: uint_6 >> (uint(uint_5) % 70) escapes to heap
random_int_arith.go:549:13: ... argument does not escape
random_int_arith.go:549:21: uint_5 ^ uint_0 escapes to heap
random_int_arith.go:551:13: ... argument does not escape
random_int_arith.go:551:20: uint16(uint_6) escapes to heap
random_int_arith.go:551:37: float64(uint_6) escapes to heap
random_int_arith.go:551:54: float32(uint_6) escapes to heap
random_int_arith.go:553:13: ... argument does not escape
random_int_arith.go:553:21: uint_6 | uint_3 escapes to heap
random_int_arith.go:555:13: ... argument does not escape
random_int_arith.go:555:21: uint_1 ^ uint_2 escapes to heap
random_int_arith.go:557:13: ... argument does not escape
random_int_arith.go:557:20: uint32(float64(uint_1) * 1.5) escapes to heap
random_int_arith.go:557:51: uint32(float32(uint_1)) escapes to heap
random_int_arith.go:559:13: ... argument does not escape
random_int_arith.go:559:21: uint_1 | uint_0 escapes to heap
random_int_arith.go:561:13: ... argument does not escape
random_int_arith.go:561:21: uint_4 | uint_4 escapes to heap
random_int_arith.go:563:13: ... argument does not escape
random_int_arith.go:563:21: uint_0 % (uint_5 | 1) escapes to heap
random_int_arith.go:565:13: ... argument does not escape
random_int_arith.go:565:21: uint_2 | uint_1 escapes to heap
random_int_arith.go:567:13: ... argument does not escape
random_int_arith.go:567:21: uint_5 + uint_4 escapes to heap
random_int_arith.go:569:13: ... argument does not escape
random_int_arith.go:569:21: uint_1 ^ uint_4 escapes to heap
random_int_arith.go:571:13: ... argument does not escape
random_int_arith.go:571:21: uint_4 + uint_0 escapes to heap
random_int_arith.go:573:13: ... argument does not escape
random_int_arith.go:573:21: uint_5 / (uint_4 | 1) escapes to heap
random_int_arith.go:575:13: ... argument does not escape
random_int_arith.go:575:21: uint_6 / (uint_2 | 1) escapes to heap
random_int_arith.go:577:13: ... argument does not escape
random_int_arith.go:577:21: uint_1 * uint_2 escapes to heap
random_int_arith.go:579:13: ... argument does not escape
random_int_arith.go:579:21: uint_4 % (uint_1 | 1) escapes to heap
random_int_arith.go:581:13: ... argument does not escape
random_int_arith.go:581:14: -uint_2 escapes to heap
random_int_arith.go:581:23: ^uint_2 escapes to heap
random_int_arith.go:581:32: +uint_2 escapes to heap
random_int_arith.go:583:13: ... argument does not escape
random_int_arith.go:583:21: uint_2 >> (uint(uint_6) % 70) escapes to heap
random_int_arith.go:585:13: ... argument does not escape
random_int_arith.go:585:19: int32(uint_3) escapes to heap
random_int_arith.go:585:36: float64(uint_3) escapes to heap
random_int_arith.go:585:53: float32(uint_3) escapes to heap
random_int_arith.go:595:13: ... argument does not escape
random_int_arith.go:595:24: uintptr_6 << (uint(uintptr_1) % 70) escapes to heap
random_int_arith.go:597:13: ... argument does not escape
random_int_arith.go:597:24: uintptr_3 % (uintptr_1 | 1) escapes to heap
random_int_arith.go:599:13: ... argument does not escape
random_int_arith.go:599:18: int8(float64(uintptr_6) * 1.5) escapes to heap
random_int_arith.go:599:50: int8(float32(uintptr_6)) escapes to heap
random_int_arith.go:601:13: ... argument does not escape
random_int_arith.go:601:24: uintptr_0 < uintptr_4 escapes to heap
random_int_arith.go:601:47: uintptr_0 >= uintptr_4 escapes to heap
random_int_arith.go:601:71: uintptr_0 == uintptr_4 escapes to heap
random_int_arith.go:603:13: ... argument does not escape
random_int_arith.go:603:24: uintptr_0 % (uintptr_4 | 1) escapes to heap
random_int_arith.go:605:13: ... argument does not escape
random_int_arith.go:605:24: uintptr_5 < uintptr_6 escapes to heap
random_int_arith.go:605:47: uintptr_5 >= uintptr_6 escapes to heap
random_int_arith.go:605:71: uintptr_5 == uintptr_6 escapes to heap
random_int_arith.go:607:13: ... argument does not escape
random_int_arith.go:607:24: uintptr_5 - uintptr_1 escapes to heap
random_int_arith.go:609:13: ... argument does not escape
random_int_arith.go:609:24: uintptr_4 << (uint(uintptr_2) % 70) escapes to heap
random_int_arith.go:611:13: ... argument does not escape
random_int_arith.go:611:24: uintptr_6 | uintptr_2 escapes to heap
random_int_arith.go:613:13: ... argument does not escape
random_int_arith.go:613:24: uintptr_4 & uintptr_5 escapes to heap
random_int_arith.go:615:13: ... argument does not escape
random_int_arith.go:615:24: uintptr_6 & uintptr_4 escapes to heap
random_int_arith.go:617:13: ... argument does not escape
random_int_arith.go:617:24: uintptr_0 ^ uintptr_0 escapes to heap
random_int_arith.go:619:13: ... argument does not escape
random_int_arith.go:619:24: uintptr_5 & uintptr_3 escapes to heap
random_int_arith.go:621:13: ... argument does not escape
random_int_arith.go:621:24: uintptr_2 | uintptr_4 escapes to heap
random_int_arith.go:623:13: ... argument does not escape
random_int_arith.go:623:24: uintptr_2 < uintptr_6 escapes to heap
random_int_arith.go:623:47: uintptr_2 >= uintptr_6 escapes to heap
random_int_arith.go:623:71: uintptr_2 == uintptr_6 escapes to heap
random_int_arith.go:625:13: ... argument does not escape
random_int_arith.go:625:24: uintptr_5 ^ uintptr_4 escapes to heap
random_int_arith.go:627:13: ... argument does not escape
random_int_arith.go:627:20: uint16(float64(uintptr_0) * 1.5) escapes to heap
random_int_arith.go:627:54: uint16(float32(uintptr_0)) escapes to heap
random_int_arith.go:629:13: ... argument does not escape
random_int_arith.go:629:24: uintptr_3 &^ uintptr_1 escapes to heap
random_int_arith.go:631:13: ... argument does not escape
random_int_arith.go:631:24: uintptr_0 >> (uint(uintptr_2) % 70) escapes to heap
random_int_arith.go:633:13: ... argument does not escape
random_int_arith.go:633:20: uint64(float64(uintptr_4) * 1.5) escapes to heap
random_int_arith.go:633:54: uint64(float32(uintptr_4)) escapes to heap
random_int_arith.go:635:13: ... argument does not escape
random_int_arith.go:635:24: uintptr_1 << (uint(uintptr_3) % 70) escapes to heap
random_int_arith.go:637:13: ... argument does not escape
random_int_arith.go:637:24: uintptr_6 | uintptr_4 escapes to heap
random_int_arith.go:639:13: ... argument does not escape
random_int_arith.go:639:24: uintptr_5 % (uintptr_5 | 1) escapes to heap
random_int_arith.go:641:13: ... argument does not escape
random_int_arith.go:641:24: uintptr_5 ^ uintptr_1 escapes to heap
random_int_arith.go:643:13: ... argument does not escape
random_int_arith.go:643:24: uintptr_4 &^ uintptr_5 escapes to heap
