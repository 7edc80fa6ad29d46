shift_counts.go:11:14: ... argument does not escape
shift_counts.go:11:15: "1<<" escapes to heap
shift_counts.go:11:15: s escapes to heap
shift_counts.go:11:25: "=" escapes to heap
shift_counts.go:11:33: one << s escapes to heap
shift_counts.go:11:38: " int64:" escapes to heap
shift_counts.go:11:57: int64(1) << s escapes to heap
shift_counts.go:11:62: " uint8:" escapes to heap
shift_counts.go:11:81: uint8(1) << s escapes to heap
shift_counts.go:15:14: ... argument does not escape
shift_counts.go:15:15: "-100>>" escapes to heap
shift_counts.go:15:15: s escapes to heap
shift_counts.go:15:28: "=" escapes to heap
shift_counts.go:15:36: neg >> s escapes to heap
shift_counts.go:18:13: ... argument does not escape
shift_counts.go:18:17: big >> 63 escapes to heap
shift_counts.go:18:26: big >> 64 escapes to heap
shift_counts.go:18:35: big >> 200 escapes to heap
shift_counts.go:20:13: ... argument does not escape
shift_counts.go:20:15: x >> 1 escapes to heap
shift_counts.go:20:21: x >> 63 escapes to heap
shift_counts.go:20:28: x >> 64 escapes to heap
shift_counts.go:20:35: x >> 1000 escapes to heap
shift_counts.go:21:13: ... argument does not escape
shift_counts.go:21:15: x << 63 escapes to heap
shift_counts.go:21:22: x << 64 escapes to heap
shift_counts.go:23:13: ... argument does not escape
shift_counts.go:23:15: 5 << sc escapes to heap
shift_counts.go:23:23: 40 >> sc escapes to heap
shift_counts.go:25:13: ... argument does not escape
shift_counts.go:25:16: u8 << 1 escapes to heap
shift_counts.go:25:23: u8 >> 4 escapes to heap
shift_counts.go:25:30: u8 << 4 escapes to heap
shift_counts.go:27:13: ... argument does not escape
shift_counts.go:27:22: int64(1) << cnt8 escapes to heap
shift_counts.go:27:39: int64(-8) >> cnt8 escapes to heap
