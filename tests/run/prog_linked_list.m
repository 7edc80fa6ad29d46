prog_linked_list.go:19:7: leaking param content: l
prog_linked_list.go:19:44: &node{...} escapes to heap
prog_linked_list.go:21:7: l does not escape
prog_linked_list.go:22:7: &node{...} escapes to heap
prog_linked_list.go:35:7: leaking param content: l
prog_linked_list.go:45:7: leaking param content: l
prog_linked_list.go:56:7: l does not escape
prog_linked_list.go:56:21: f does not escape
prog_linked_list.go:64:7: l does not escape
prog_linked_list.go:66:9: func literal does not escape
prog_linked_list.go:66:58: ... argument does not escape
prog_linked_list.go:66:58: v escapes to heap
prog_linked_list.go:67:43: "[" + strings.Join(parts, " -> ") + "]" escapes to heap
prog_linked_list.go:70:7: l does not escape
prog_linked_list.go:72:9: func literal does not escape
prog_linked_list.go:81:6: moved to heap: l
prog_linked_list.go:96:6: moved to heap: empty
prog_linked_list.go:82:13: ... argument does not escape
prog_linked_list.go:82:22: (*List).String(l) escapes to heap
prog_linked_list.go:82:27: l.size escapes to heap
prog_linked_list.go:87:13: ... argument does not escape
prog_linked_list.go:87:19: l.size escapes to heap
prog_linked_list.go:89:13: ... argument does not escape
prog_linked_list.go:90:13: ... argument does not escape
prog_linked_list.go:90:22: (*List).Remove(l, 30) escapes to heap
prog_linked_list.go:90:36: (*List).Remove(l, 99) escapes to heap
prog_linked_list.go:90:50: (*List).Remove(l, 50) escapes to heap
prog_linked_list.go:90:64: (*List).Remove(l, 5) escapes to heap
prog_linked_list.go:91:13: ... argument does not escape
prog_linked_list.go:91:19: l.size escapes to heap
prog_linked_list.go:92:13: ... argument does not escape
prog_linked_list.go:92:21: (*List).Index(l, 20) escapes to heap
prog_linked_list.go:92:34: (*List).Index(l, 7) escapes to heap
prog_linked_list.go:94:9: func literal does not escape
prog_linked_list.go:95:13: ... argument does not escape
prog_linked_list.go:95:14: "sum" escapes to heap
prog_linked_list.go:95:14: sum escapes to heap
prog_linked_list.go:98:13: ... argument does not escape
prog_linked_list.go:98:26: (*List).Remove(empty, 1) escapes to heap
