min_max_ints.go:11:13: ... argument does not escape
min_max_ints.go:11:13: i8min escapes to heap
min_max_ints.go:11:13: i8max escapes to heap
min_max_ints.go:11:33: i8min - 1 escapes to heap
min_max_ints.go:11:42: i8max + 1 escapes to heap
min_max_ints.go:12:13: ... argument does not escape
min_max_ints.go:12:13: i16min escapes to heap
min_max_ints.go:12:13: i16max escapes to heap
min_max_ints.go:12:36: i16min - 1 escapes to heap
min_max_ints.go:12:46: i16max + 1 escapes to heap
min_max_ints.go:13:13: ... argument does not escape
min_max_ints.go:13:13: i32min escapes to heap
min_max_ints.go:13:13: i32max escapes to heap
min_max_ints.go:13:36: i32min - 1 escapes to heap
min_max_ints.go:13:46: i32max + 1 escapes to heap
min_max_ints.go:14:13: ... argument does not escape
min_max_ints.go:14:13: i64min escapes to heap
min_max_ints.go:14:13: i64max escapes to heap
min_max_ints.go:14:36: i64min - 1 escapes to heap
min_max_ints.go:14:46: i64max + 1 escapes to heap
min_max_ints.go:16:13: ... argument does not escape
min_max_ints.go:16:13: u8 escapes to heap
min_max_ints.go:16:20: u8 + 1 escapes to heap
min_max_ints.go:16:20: zero8 escapes to heap
min_max_ints.go:16:36: zero8 - 1 escapes to heap
min_max_ints.go:22:13: ... argument does not escape
min_max_ints.go:22:13: m16 escapes to heap
min_max_ints.go:22:13: m32 escapes to heap
min_max_ints.go:22:13: m64 escapes to heap
min_max_ints.go:22:13: mu escapes to heap
min_max_ints.go:22:13: mp escapes to heap
min_max_ints.go:23:13: ... argument does not escape
min_max_ints.go:23:17: m16 + 1 escapes to heap
min_max_ints.go:23:24: m32 + 1 escapes to heap
min_max_ints.go:23:31: m64 + 1 escapes to heap
min_max_ints.go:23:37: mu + 1 escapes to heap
min_max_ints.go:23:43: mp + 1 escapes to heap
min_max_ints.go:25:13: ... argument does not escape
min_max_ints.go:25:13: imin escapes to heap
min_max_ints.go:25:20: -imin escapes to heap
min_max_ints.go:25:31: imin / 2 escapes to heap
min_max_ints.go:25:39: imin % 7 escapes to heap
min_max_ints.go:26:12: ... argument does not escape
min_max_ints.go:26:13: i64min escapes to heap
min_max_ints.go:26:13: m64 escapes to heap
min_max_ints.go:26:40: -i8min escapes to heap
min_max_ints.go:27:13: ... argument does not escape
min_max_ints.go:27:21: i64min < i64max escapes to heap
min_max_ints.go:27:35: m64 > 0 escapes to heap
min_max_ints.go:27:45: i8min * i8min escapes to heap
min_max_ints.go:27:59: i16max * i16max escapes to heap
