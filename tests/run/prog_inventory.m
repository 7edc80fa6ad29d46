prog_inventory.go:19:7: i does not escape
prog_inventory.go:28:25: i does not escape
prog_inventory.go:29:61: ... argument does not escape
prog_inventory.go:29:77: d.Pct escapes to heap
prog_inventory.go:36:7: b does not escape
prog_inventory.go:36:26: i does not escape
prog_inventory.go:42:7: b does not escape
prog_inventory.go:42:54: ... argument does not escape
prog_inventory.go:42:68: b.MinQty escapes to heap
prog_inventory.go:45:17: []Item{...} does not escape
prog_inventory.go:53:28: map[string][]Item{} does not escape
prog_inventory.go:57:14: make([]string, 0, len(byCat)) escapes to heap
prog_inventory.go:62:13: ... argument does not escape
prog_inventory.go:62:28: strings.Repeat("=", 40) escapes to heap
prog_inventory.go:66:13: list escapes to heap
prog_inventory.go:66:20: func literal does not escape
prog_inventory.go:68:13: ... argument does not escape
prog_inventory.go:68:38: strings.ToUpper(c) escapes to heap
prog_inventory.go:70:14: ... argument does not escape
prog_inventory.go:70:54: it.SKU escapes to heap
prog_inventory.go:70:62: it.Name escapes to heap
prog_inventory.go:70:71: it.Price escapes to heap
prog_inventory.go:70:81: it.Qty escapes to heap
prog_inventory.go:70:95: Item.Value(it) escapes to heap
prog_inventory.go:73:13: ... argument does not escape
prog_inventory.go:73:33: "subtotal" escapes to heap
prog_inventory.go:73:33: sub escapes to heap
prog_inventory.go:76:13: ... argument does not escape
prog_inventory.go:76:28: strings.Repeat("=", 40) escapes to heap
prog_inventory.go:77:12: ... argument does not escape
prog_inventory.go:77:30: "TOTAL" escapes to heap
prog_inventory.go:77:30: grand escapes to heap
prog_inventory.go:78:17: []Rule{...} does not escape
prog_inventory.go:78:26: Discount{...} escapes to heap
prog_inventory.go:78:32: &BulkRule{...} escapes to heap
prog_inventory.go:78:61: Discount{...} escapes to heap
prog_inventory.go:80:13: ... argument does not escape
prog_inventory.go:80:29: r.Name() escapes to heap
prog_inventory.go:82:14: ... argument does not escape
prog_inventory.go:82:32: r.Apply(it) escapes to heap
prog_inventory.go:92:13: ... argument does not escape
prog_inventory.go:92:14: "out of stock:" escapes to heap
prog_inventory.go:92:14: out escapes to heap
