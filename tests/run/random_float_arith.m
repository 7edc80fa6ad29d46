random_float_arith.go:16:13: ... argument does not escape
random_float_arith.go:16:24: float64_3 * float64_1 escapes to heap
random_float_arith.go:16:47: float64_3 < float64_1 escapes to heap
random_float_arith.go:17:12: ... argument does not escape
random_float_arith.go:17:31: float64_3 * float64_1 escapes to heap
random_float_arith.go:19:13: ... argument does not escape
random_float_arith.go:19:24: float64_0 + float64_0 escapes to heap
random_float_arith.go:19:47: float64_0 < float64_0 escapes to heap
random_float_arith.go:20:12: ... argument does not escape
random_float_arith.go:20:31: float64_0 + float64_0 escapes to heap
random_float_arith.go:22:13: ... argument does not escape
random_float_arith.go:22:24: float64_3 + float64_6 escapes to heap
random_float_arith.go:22:47: float64_3 < float64_6 escapes to heap
random_float_arith.go:23:12: ... argument does not escape
random_float_arith.go:23:34: float64_3 + float64_6 escapes to heap
random_float_arith.go:25:13: ... argument does not escape
random_float_arith.go:25:24: float64_3 / float64_7 escapes to heap
random_float_arith.go:25:47: float64_3 < float64_7 escapes to heap
random_float_arith.go:26:12: ... argument does not escape
random_float_arith.go:26:34: float64_3 / float64_7 escapes to heap
random_float_arith.go:28:13: ... argument does not escape
random_float_arith.go:28:24: float64_3 - float64_5 escapes to heap
random_float_arith.go:28:47: float64_3 < float64_5 escapes to heap
random_float_arith.go:29:12: ... argument does not escape
random_float_arith.go:29:31: float64_3 - float64_5 escapes to heap
random_float_arith.go:31:13: ... argument does not escape
random_float_arith.go:31:24: float64_7 + float64_4 escapes to heap
random_float_arith.go:31:47: float64_7 < float64_4 escapes to heap
random_float_arith.go:32:12: ... argument does not escape
random_float_arith.go:32:31: float64_7 + float64_4 escapes to heap
random_float_arith.go:34:13: ... argument does not escape
random_float_arith.go:34:24: float64_1 * float64_2 escapes to heap
random_float_arith.go:34:47: float64_1 < float64_2 escapes to heap
random_float_arith.go:35:12: ... argument does not escape
random_float_arith.go:35:31: float64_1 * float64_2 escapes to heap
random_float_arith.go:37:13: ... argument does not escape
random_float_arith.go:37:24: float64_5 - float64_6 escapes to heap
random_float_arith.go:37:47: float64_5 < float64_6 escapes to heap
random_float_arith.go:38:12: ... argument does not escape
random_float_arith.go:38:33: float64_5 - float64_6 escapes to heap
random_float_arith.go:40:13: ... argument does not escape
random_float_arith.go:40:24: float64_4 / float64_7 escapes to heap
random_float_arith.go:40:47: float64_4 < float64_7 escapes to heap
random_float_arith.go:41:12: ... argument does not escape
random_float_arith.go:41:31: float64_4 / float64_7 escapes to heap
random_float_arith.go:43:13: ... argument does not escape
random_float_arith.go:43:24: float64_0 - float64_7 escapes to heap
random_float_arith.go:43:47: float64_0 < float64_7 escapes to heap
random_float_arith.go:44:12: ... argument does not escape
random_float_arith.go:44:31: float64_0 - float64_7 escapes to heap
random_float_arith.go:46:13: ... argument does not escape
random_float_arith.go:46:24: float64_6 * float64_2 escapes to heap
random_float_arith.go:46:47: float64_6 < float64_2 escapes to heap
random_float_arith.go:47:12: ... argument does not escape
random_float_arith.go:47:34: float64_6 * float64_2 escapes to heap
random_float_arith.go:49:13: ... argument does not escape
random_float_arith.go:49:24: float64_5 / float64_1 escapes to heap
random_float_arith.go:49:47: float64_5 < float64_1 escapes to heap
random_float_arith.go:50:12: ... argument does not escape
random_float_arith.go:50:34: float64_5 / float64_1 escapes to heap
random_float_arith.go:52:13: ... argument does not escape
random_float_arith.go:52:24: float64_1 / float64_2 escapes to heap
random_float_arith.go:52:47: float64_1 < float64_2 escapes to heap
random_float_arith.go:53:12: ... argument does not escape
random_float_arith.go:53:34: float64_1 / float64_2 escapes to heap
random_float_arith.go:55:13: ... argument does not escape
random_float_arith.go:55:24: float64_7 / float64_0 escapes to heap
random_float_arith.go:55:47: float64_7 < float64_0 escapes to heap
random_float_arith.go:56:12: ... argument does not escape
random_float_arith.go:56:31: float64_7 / float64_0 escapes to heap
random_float_arith.go:58:13: ... argument does not escape
random_float_arith.go:58:24: float64_4 - float64_6 escapes to heap
random_float_arith.go:58:47: float64_4 < float64_6 escapes to heap
random_float_arith.go:59:12: ... argument does not escape
random_float_arith.go:59:31: float64_4 - float64_6 escapes to heap
random_float_arith.go:61:13: ... argument does not escape
random_float_arith.go:61:24: float64_3 - float64_0 escapes to heap
random_float_arith.go:61:47: float64_3 < float64_0 escapes to heap
random_float_arith.go:62:12: ... argument does not escape
random_float_arith.go:62:34: float64_3 - float64_0 escapes to heap
random_float_arith.go:64:13: ... argument does not escape
random_float_arith.go:64:24: float64_3 * float64_6 escapes to heap
random_float_arith.go:64:47: float64_3 < float64_6 escapes to heap
random_float_arith.go:65:12: ... argument does not escape
random_float_arith.go:65:31: float64_3 * float64_6 escapes to heap
random_float_arith.go:67:13: ... argument does not escape
random_float_arith.go:67:24: float64_5 * float64_7 escapes to heap
random_float_arith.go:67:47: float64_5 < float64_7 escapes to heap
random_float_arith.go:68:12: ... argument does not escape
random_float_arith.go:68:34: float64_5 * float64_7 escapes to heap
random_float_arith.go:70:13: ... argument does not escape
random_float_arith.go:70:24: float64_0 - float64_6 escapes to heap
random_float_arith.go:70:47: float64_0 < float64_6 escapes to heap
random_float_arith.go:71:12: ... argument does not escape
random_float_arith.go:71:34: float64_0 - float64_6 escapes to heap
random_float_arith.go:73:13: ... argument does not escape
random_float_arith.go:73:24: float64_3 + float64_6 escapes to heap
random_float_arith.go:73:47: float64_3 < float64_6 escapes to heap
random_float_arith.go:74:12: ... argument does not escape
random_float_arith.go:74:34: float64_3 + float64_6 escapes to heap
random_float_arith.go:76:13: ... argument does not escape
random_float_arith.go:76:24: float64_5 / float64_3 escapes to heap
random_float_arith.go:76:47: float64_5 < float64_3 escapes to heap
random_float_arith.go:77:12: ... argument does not escape
random_float_arith.go:77:34: float64_5 / float64_3 escapes to heap
random_float_arith.go:79:13: ... argument does not escape
random_float_arith.go:79:24: float64_5 * float64_6 escapes to heap
random_float_arith.go:79:47: float64_5 < float64_6 escapes to heap
random_float_arith.go:80:12: ... argument does not escape
random_float_arith.go:80:31: float64_5 * float64_6 escapes to heap
random_float_arith.go:82:13: ... argument does not escape
random_float_arith.go:82:24: float64_5 + float64_7 escapes to heap
random_float_arith.go:82:47: float64_5 < float64_7 escapes to heap
random_float_arith.go:83:12: ... argument does not escape
random_float_arith.go:83:31: float64_5 + float64_7 escapes to heap
random_float_arith.go:85:13: ... argument does not escape
random_float_arith.go:85:24: float64_2 + float64_2 escapes to heap
random_float_arith.go:85:47: float64_2 < float64_2 escapes to heap
random_float_arith.go:86:12: ... argument does not escape
random_float_arith.go:86:34: float64_2 + float64_2 escapes to heap
random_float_arith.go:88:13: ... argument does not escape
random_float_arith.go:88:24: float64_4 + float64_0 escapes to heap
random_float_arith.go:88:47: float64_4 < float64_0 escapes to heap
random_float_arith.go:89:12: ... argument does not escape
random_float_arith.go:89:31: float64_4 + float64_0 escapes to heap
random_float_arith.go:91:13: ... argument does not escape
random_float_arith.go:91:24: float64_0 + float64_7 escapes to heap
random_float_arith.go:91:47: float64_0 < float64_7 escapes to heap
random_float_arith.go:92:12: ... argument does not escape
random_float_arith.go:92:33: float64_0 + float64_7 escapes to heap
random_float_arith.go:94:13: ... argument does not escape
random_float_arith.go:94:24: float64_3 + float64_4 escapes to heap
random_float_arith.go:94:47: float64_3 < float64_4 escapes to heap
random_float_arith.go:95:12: ... argument does not escape
random_float_arith.go:95:31: float64_3 + float64_4 escapes to heap
random_float_arith.go:97:13: ... argument does not escape
random_float_arith.go:97:24: float64_2 * float64_5 escapes to heap
random_float_arith.go:97:47: float64_2 < float64_5 escapes to heap
random_float_arith.go:98:12: ... argument does not escape
random_float_arith.go:98:31: float64_2 * float64_5 escapes to heap
random_float_arith.go:100:13: ... argument does not escape
random_float_arith.go:100:24: float64_2 * float64_2 escapes to heap
random_float_arith.go:100:47: float64_2 < float64_2 escapes to heap
random_float_arith.go:101:12: ... argument does not escape
random_float_arith.go:101:34: float64_2 * float64_2 escapes to heap
random_float_arith.go:103:13: ... argument does not escape
random_float_arith.go:103:24: float64_2 * float64_4 escapes to heap
random_float_arith.go:103:47: float64_2 < float64_4 escapes to heap
random_float_arith.go:104:12: ... argument does not escape
random_float_arith.go:104:34: float64_2 * float64_4 escapes to heap
random_float_arith.go:106:13: ... argument does not escape
random_float_arith.go:106:24: float64_5 / float64_7 escapes to heap
random_float_arith.go:106:47: float64_5 < float64_7 escapes to heap
random_float_arith.go:107:12: ... argument does not escape
random_float_arith.go:107:31: float64_5 / float64_7 escapes to heap
random_float_arith.go:109:13: ... argument does not escape
random_float_arith.go:109:24: float64_0 / float64_4 escapes to heap
random_float_arith.go:109:47: float64_0 < float64_4 escapes to heap
random_float_arith.go:110:12: ... argument does not escape
random_float_arith.go:110:34: float64_0 / float64_4 escapes to heap
random_float_arith.go:112:13: ... argument does not escape
random_float_arith.go:112:24: float64_6 * float64_3 escapes to heap
random_float_arith.go:112:47: float64_6 < float64_3 escapes to heap
random_float_arith.go:113:12: ... argument does not escape
random_float_arith.go:113:31: float64_6 * float64_3 escapes to heap
random_float_arith.go:115:13: ... argument does not escape
random_float_arith.go:115:24: float64_4 / float64_3 escapes to heap
random_float_arith.go:115:47: float64_4 < float64_3 escapes to heap
random_float_arith.go:116:12: ... argument does not escape
random_float_arith.go:116:31: float64_4 / float64_3 escapes to heap
random_float_arith.go:118:13: ... argument does not escape
random_float_arith.go:118:24: float64_3 / float64_0 escapes to heap
random_float_arith.go:118:47: float64_3 < float64_0 escapes to heap
random_float_arith.go:119:12: ... argument does not escape
random_float_arith.go:119:31: float64_3 / float64_0 escapes to heap
random_float_arith.go:121:13: ... argument does not escape
random_float_arith.go:121:24: float64_0 / float64_2 escapes to heap
random_float_arith.go:121:47: float64_0 < float64_2 escapes to heap
random_float_arith.go:122:12: ... argument does not escape
random_float_arith.go:122:34: float64_0 / float64_2 escapes to heap
random_float_arith.go:124:13: ... argument does not escape
random_float_arith.go:124:24: float64_6 / float64_3 escapes to heap
random_float_arith.go:124:47: float64_6 < float64_3 escapes to heap
random_float_arith.go:125:12: ... argument does not escape
random_float_arith.go:125:31: float64_6 / float64_3 escapes to heap
random_float_arith.go:127:13: ... argument does not escape
random_float_arith.go:127:24: float64_0 * float64_6 escapes to heap
random_float_arith.go:127:47: float64_0 < float64_6 escapes to heap
random_float_arith.go:128:12: ... argument does not escape
random_float_arith.go:128:31: float64_0 * float64_6 escapes to heap
random_float_arith.go:130:13: ... argument does not escape
random_float_arith.go:130:24: float64_0 - float64_4 escapes to heap
random_float_arith.go:130:47: float64_0 < float64_4 escapes to heap
random_float_arith.go:131:12: ... argument does not escape
random_float_arith.go:131:31: float64_0 - float64_4 escapes to heap
random_float_arith.go:133:13: ... argument does not escape
random_float_arith.go:133:24: float64_0 + float64_4 escapes to heap
random_float_arith.go:133:47: float64_0 < float64_4 escapes to heap
random_float_arith.go:134:12: ... argument does not escape
random_float_arith.go:134:31: float64_0 + float64_4 escapes to heap
random_float_arith.go:145:13: ... argument does not escape
random_float_arith.go:145:24: float32_3 - float32_5 escapes to heap
random_float_arith.go:145:47: float32_3 < float32_5 escapes to heap
random_float_arith.go:146:12: ... argument does not escape
random_float_arith.go:146:34: float32_3 - float32_5 escapes to heap
random_float_arith.go:148:13: ... argument does not escape
random_float_arith.go:148:24: float32_6 * float32_3 escapes to heap
random_float_arith.go:148:47: float32_6 < float32_3 escapes to heap
random_float_arith.go:149:12: ... argument does not escape
random_float_arith.go:149:31: float32_6 * float32_3 escapes to heap
random_float_arith.go:151:13: ... argument does not escape
random_float_arith.go:151:24: float32_6 / float32_5 escapes to heap
random_float_arith.go:151:47: float32_6 < float32_5 escapes to heap
random_float_arith.go:152:12: ... argument does not escape
random_float_arith.go:152:34: float32_6 / float32_5 escapes to heap
random_float_arith.go:154:13: ... argument does not escape
random_float_arith.go:154:24: float32_3 + float32_1 escapes to heap
random_float_arith.go:154:47: float32_3 < float32_1 escapes to heap
random_float_arith.go:155:12: ... argument does not escape
random_float_arith.go:155:31: float32_3 + float32_1 escapes to heap
random_float_arith.go:157:13: ... argument does not escape
random_float_arith.go:157:24: float32_2 - float32_2 escapes to heap
random_float_arith.go:157:47: float32_2 < float32_2 escapes to heap
random_float_arith.go:158:12: ... argument does not escape
random_float_arith.go:158:34: float32_2 - float32_2 escapes to heap
random_float_arith.go:160:13: ... argument does not escape
random_float_arith.go:160:24: float32_3 * float32_4 escapes to heap
random_float_arith.go:160:47: float32_3 < float32_4 escapes to heap
random_float_arith.go:161:12: ... argument does not escape
random_float_arith.go:161:31: float32_3 * float32_4 escapes to heap
random_float_arith.go:163:13: ... argument does not escape
random_float_arith.go:163:24: float32_4 * float32_5 escapes to heap
random_float_arith.go:163:47: float32_4 < float32_5 escapes to heap
random_float_arith.go:164:12: ... argument does not escape
random_float_arith.go:164:34: float32_4 * float32_5 escapes to heap
random_float_arith.go:166:13: ... argument does not escape
random_float_arith.go:166:24: float32_1 - float32_4 escapes to heap
random_float_arith.go:166:47: float32_1 < float32_4 escapes to heap
random_float_arith.go:167:12: ... argument does not escape
random_float_arith.go:167:31: float32_1 - float32_4 escapes to heap
random_float_arith.go:169:13: ... argument does not escape
random_float_arith.go:169:24: float32_7 + float32_2 escapes to heap
random_float_arith.go:169:47: float32_7 < float32_2 escapes to heap
random_float_arith.go:170:12: ... argument does not escape
random_float_arith.go:170:34: float32_7 + float32_2 escapes to heap
random_float_arith.go:172:13: ... argument does not escape
random_float_arith.go:172:24: float32_0 + float32_6 escapes to heap
random_float_arith.go:172:47: float32_0 < float32_6 escapes to heap
random_float_arith.go:173:12: ... argument does not escape
random_float_arith.go:173:31: float32_0 + float32_6 escapes to heap
random_float_arith.go:175:13: ... argument does not escape
random_float_arith.go:175:24: float32_2 * float32_2 escapes to heap
random_float_arith.go:175:47: float32_2 < float32_2 escapes to heap
random_float_arith.go:176:12: ... argument does not escape
random_float_arith.go:176:31: float32_2 * float32_2 escapes to heap
random_float_arith.go:178:13: ... argument does not escape
random_float_arith.go:178:24: float32_6 - float32_1 escapes to heap
random_float_arith.go:178:47: float32_6 < float32_1 escapes to heap
random_float_arith.go:179:12: ... argument does not escape
random_float_arith.go:179:31: float32_6 - float32_1 escapes to heap
random_float_arith.go:181:13: ... argument does not escape
random_float_arith.go:181:24: float32_1 * float32_4 escapes to heap
random_float_arith.go:181:47: float32_1 < float32_4 escapes to heap
random_float_arith.go:182:12: ... argument does not escape
random_float_arith.go:182:33: float32_1 * float32_4 escapes to heap
random_float_arith.go:184:13: ... argument does not escape
random_float_arith.go:184:24: float32_1 * float32_7 escapes to heap
random_float_arith.go:184:47: float32_1 < float32_7 escapes to heap
random_float_arith.go:185:12: ... argument does not escape
random_float_arith.go:185:31: float32_1 * float32_7 escapes to heap
random_float_arith.go:187:13: ... argument does not escape
random_float_arith.go:187:24: float32_0 + float32_4 escapes to heap
random_float_arith.go:187:47: float32_0 < float32_4 escapes to heap
random_float_arith.go:188:12: ... argument does not escape
random_float_arith.go:188:31: float32_0 + float32_4 escapes to heap
random_float_arith.go:190:13: ... argument does not escape
random_float_arith.go:190:24: float32_0 / float32_1 escapes to heap
random_float_arith.go:190:47: float32_0 < float32_1 escapes to heap
random_float_arith.go:191:12: ... argument does not escape
random_float_arith.go:191:31: float32_0 / float32_1 escapes to heap
random_float_arith.go:193:13: ... argument does not escape
random_float_arith.go:193:24: float32_0 - float32_3 escapes to heap
random_float_arith.go:193:47: float32_0 < float32_3 escapes to heap
random_float_arith.go:194:12: ... argument does not escape
random_float_arith.go:194:31: float32_0 - float32_3 escapes to heap
random_float_arith.go:196:13: ... argument does not escape
random_float_arith.go:196:24: float32_6 + float32_2 escapes to heap
random_float_arith.go:196:47: float32_6 < float32_2 escapes to heap
random_float_arith.go:197:12: ... argument does not escape
random_float_arith.go:197:34: float32_6 + float32_2 escapes to heap
random_float_arith.go:199:13: ... argument does not escape
random_float_arith.go:199:24: float32_2 - float32_3 escapes to heap
random_float_arith.go:199:47: float32_2 < float32_3 escapes to heap
random_float_arith.go:200:12: ... argument does not escape
random_float_arith.go:200:31: float32_2 - float32_3 escapes to heap
random_float_arith.go:202:13: ... argument does not escape
random_float_arith.go:202:24: float32_6 * float32_6 escapes to heap
random_float_arith.go:202:47: float32_6 < float32_6 escapes to heap
random_float_arith.go:203:12: ... argument does not escape
random_float_arith.go:203:34: float32_6 * float32_6 escapes to heap
random_float_arith.go:205:13: ... argument does not escape
random_float_arith.go:205:24: float32_4 * float32_7 escapes to heap
random_float_arith.go:205:47: float32_4 < float32_7 escapes to heap
random_float_arith.go:206:12: ... argument does not escape
random_float_arith.go:206:31: float32_4 * float32_7 escapes to heap
random_float_arith.go:208:13: ... argument does not escape
random_float_arith.go:208:24: float32_3 + float32_5 escapes to heap
random_float_arith.go:208:47: float32_3 < float32_5 escapes to heap
random_float_arith.go:209:12: ... argument does not escape
random_float_arith.go:209:31: float32_3 + float32_5 escapes to heap
random_float_arith.go:211:13: ... argument does not escape
random_float_arith.go:211:24: float32_0 * float32_4 escapes to heap
random_float_arith.go:211:47: float32_0 < float32_4 escapes to heap
random_float_arith.go:212:12: ... argument does not escape
random_float_arith.go:212:34: float32_0 * float32_4 escapes to heap
random_float_arith.go:214:13: ... argument does not escape
random_float_arith.go:214:24: float32_6 / float32_5 escapes to heap
random_float_arith.go:214:47: float32_6 < float32_5 escapes to heap
random_float_arith.go:215:12: ... argument does not escape
random_float_arith.go:215:31: float32_6 / float32_5 escapes to heap
random_float_arith.go:217:13: ... argument does not escape
random_float_arith.go:217:24: float32_1 / float32_5 escapes to heap
random_float_arith.go:217:47: float32_1 < float32_5 escapes to heap
random_float_arith.go:218:12: ... argument does not escape
random_float_arith.go:218:31: float32_1 / float32_5 escapes to heap
random_float_arith.go:220:13: ... argument does not escape
random_float_arith.go:220:24: float32_4 / float32_3 escapes to heap
random_float_arith.go:220:47: float32_4 < float32_3 escapes to heap
random_float_arith.go:221:12: ... argument does not escape
random_float_arith.go:221:34: float32_4 / float32_3 escapes to heap
random_float_arith.go:223:13: ... argument does not escape
random_float_arith.go:223:24: float32_4 - float32_2 escapes to heap
random_float_arith.go:223:47: float32_4 < float32_2 escapes to heap
random_float_arith.go:224:12: ... argument does not escape
random_float_arith.go:224:33: float32_4 - float32_2 escapes to heap
random_float_arith.go:226:13: ... argument does not escape
random_float_arith.go:226:24: float32_3 * float32_3 escapes to heap
random_float_arith.go:226:47: float32_3 < float32_3 escapes to heap
random_float_arith.go:227:12: ... argument does not escape
random_float_arith.go:227:31: float32_3 * float32_3 escapes to heap
random_float_arith.go:229:13: ... argument does not escape
random_float_arith.go:229:24: float32_4 / float32_1 escapes to heap
random_float_arith.go:229:47: float32_4 < float32_1 escapes to heap
random_float_arith.go:230:12: ... argument does not escape
random_float_arith.go:230:31: float32_4 / float32_1 escapes to heap
random_float_arith.go:232:13: ... argument does not escape
random_float_arith.go:232:24: float32_5 / float32_3 escapes to heap
random_float_arith.go:232:47: float32_5 < float32_3 escapes to heap
random_float_arith.go:233:12: ... argument does not escape
random_float_arith.go:233:33: float32_5 / float32_3 escapes to heap
random_float_arith.go:235:13: ... argument does not escape
random_float_arith.go:235:24: float32_0 - float32_5 escapes to heap
random_float_arith.go:235:47: float32_0 < float32_5 escapes to heap
random_float_arith.go:236:12: ... argument does not escape
random_float_arith.go:236:34: float32_0 - float32_5 escapes to heap
random_float_arith.go:238:13: ... argument does not escape
random_float_arith.go:238:24: float32_4 * float32_3 escapes to heap
random_float_arith.go:238:47: float32_4 < float32_3 escapes to heap
random_float_arith.go:239:12: ... argument does not escape
random_float_arith.go:239:31: float32_4 * float32_3 escapes to heap
random_float_arith.go:241:13: ... argument does not escape
random_float_arith.go:241:24: float32_1 - float32_3 escapes to heap
random_float_arith.go:241:47: float32_1 < float32_3 escapes to heap
random_float_arith.go:242:12: ... argument does not escape
random_float_arith.go:242:31: float32_1 - float32_3 escapes to heap
random_float_arith.go:244:13: ... argument does not escape
random_float_arith.go:244:24: float32_3 + float32_6 escapes to heap
random_float_arith.go:244:47: float32_3 < float32_6 escapes to heap
random_float_arith.go:245:12: ... argument does not escape
random_float_arith.go:245:33: float32_3 + float32_6 escapes to heap
random_float_arith.go:247:13: ... argument does not escape
random_float_arith.go:247:24: float32_1 + float32_1 escapes to heap
random_float_arith.go:247:47: float32_1 < float32_1 escapes to heap
random_float_arith.go:248:12: ... argument does not escape
random_float_arith.go:248:31: float32_1 + float32_1 escapes to heap
random_float_arith.go:250:13: ... argument does not escape
random_float_arith.go:250:24: float32_4 / float32_5 escapes to heap
random_float_arith.go:250:47: float32_4 < float32_5 escapes to heap
random_float_arith.go:251:12: ... argument does not escape
random_float_arith.go:251:34: float32_4 / float32_5 escapes to heap
random_float_arith.go:253:13: ... argument does not escape
random_float_arith.go:253:24: float32_2 * float32_1 escapes to heap
random_float_arith.go:253:47: float32_2 < float32_1 escapes to heap
random_float_arith.go:254:12: ... argument does not escape
random_float_arith.go:254:31: float32_2 * float32_1 escapes to heap
random_float_arith.go:256:13: ... argument does not escape
random_float_arith.go:256:24: float32_2 - float32_2 escapes to heap
random_float_arith.go:256:47: float32_2 < float32_2 escapes to heap
random_float_arith.go:257:12: ... argument does not escape
random_float_arith.go:257:31: float32_2 - float32_2 escapes to heap
random_float_arith.go:259:13: ... argument does not escape
random_float_arith.go:259:24: float32_5 + float32_4 escapes to heap
random_float_arith.go:259:47: float32_5 < float32_4 escapes to heap
random_float_arith.go:260:12: ... argument does not escape
random_float_arith.go:260:34: float32_5 + float32_4 escapes to heap
random_float_arith.go:262:13: ... argument does not escape
random_float_arith.go:262:24: float32_4 - float32_2 escapes to heap
random_float_arith.go:262:47: float32_4 < float32_2 escapes to heap
random_float_arith.go:263:12: ... argument does not escape
random_float_arith.go:263:31: float32_4 - float32_2 escapes to heap
