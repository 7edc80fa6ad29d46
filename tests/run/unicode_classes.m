unicode_classes.go:10:17: []rune{...} does not escape
unicode_classes.go:12:13: ... argument does not escape
unicode_classes.go:12:14: r escapes to heap
unicode_classes.go:13:23: unicode.IsLetter(r) escapes to heap
unicode_classes.go:13:43: unicode.IsUpper(r) escapes to heap
unicode_classes.go:13:63: unicode.IsLower(r) escapes to heap
unicode_classes.go:13:83: unicode.IsDigit(r) escapes to heap
unicode_classes.go:14:20: unicode.IsNumber(r) escapes to heap
unicode_classes.go:14:40: unicode.IsSpace(r) escapes to heap
unicode_classes.go:14:60: unicode.IsPunct(r) escapes to heap
unicode_classes.go:14:82: unicode.IsGraphic(r) escapes to heap
unicode_classes.go:15:19: unicode.ToUpper(r) escapes to heap
unicode_classes.go:15:39: unicode.ToLower(r) escapes to heap
unicode_classes.go:15:59: unicode.ToTitle(r) escapes to heap
unicode_classes.go:17:13: ... argument does not escape
unicode_classes.go:17:31: unicode.IsControl('\t') escapes to heap
unicode_classes.go:17:54: unicode.IsPrint('\t') escapes to heap
unicode_classes.go:17:77: unicode.IsPrint(' ') escapes to heap
unicode_classes.go:17:100: unicode.IsSymbol('+') escapes to heap
unicode_classes.go:18:13: ... argument does not escape
unicode_classes.go:18:24: unicode.Is(unicode.Han, '世') escapes to heap
unicode_classes.go:18:56: unicode.Is(unicode.Latin, 'é') escapes to heap
unicode_classes.go:18:89: unicode.In('Ω', ... argument...) escapes to heap
unicode_classes.go:18:89: ... argument does not escape
unicode_classes.go:19:13: ... argument does not escape
unicode_classes.go:19:21: unicode.MaxRune escapes to heap
unicode_classes.go:19:55: unicode.ReplacementChar == '\uFFFD' escapes to heap
unicode_classes.go:19:74: string(unicode.SimpleFold('A')) escapes to heap
unicode_classes.go:19:74: string(unicode.SimpleFold('A')) escapes to heap
unicode_classes.go:19:107: string(unicode.SimpleFold('k')) escapes to heap
unicode_classes.go:19:107: string(unicode.SimpleFold('k')) escapes to heap
