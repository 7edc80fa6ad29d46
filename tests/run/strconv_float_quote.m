strconv_float_quote.go:10:28: []string{...} does not escape
strconv_float_quote.go:12:14: ... argument does not escape
strconv_float_quote.go:12:14: f escapes to heap
strconv_float_quote.go:15:13: ... argument does not escape
strconv_float_quote.go:15:13: f32 escapes to heap
strconv_float_quote.go:17:13: ... argument does not escape
strconv_float_quote.go:17:33: strconv.FormatFloat(x, 'f', 2, 64) escapes to heap
strconv_float_quote.go:17:69: strconv.FormatFloat(x, 'e', 3, 64) escapes to heap
strconv_float_quote.go:18:13: ... argument does not escape
strconv_float_quote.go:18:33: strconv.FormatFloat(x, 'g', -1, 64) escapes to heap
strconv_float_quote.go:18:70: strconv.FormatFloat(x, 'f', -1, 32) escapes to heap
strconv_float_quote.go:19:13: ... argument does not escape
strconv_float_quote.go:19:33: strconv.FormatFloat(0.1, 'f', -1, 64) escapes to heap
strconv_float_quote.go:19:72: strconv.FormatFloat(1e21, 'g', -1, 64) escapes to heap
strconv_float_quote.go:20:13: ... argument does not escape
strconv_float_quote.go:20:27: strconv.Quote("hi \"there\"\n\t☺\x00") escapes to heap
strconv_float_quote.go:21:13: ... argument does not escape
strconv_float_quote.go:21:34: strconv.QuoteToASCII("☺ é") escapes to heap
strconv_float_quote.go:22:13: ... argument does not escape
strconv_float_quote.go:22:31: strconv.QuoteRune('☺') escapes to heap
strconv_float_quote.go:22:57: strconv.QuoteRune('\'') escapes to heap
strconv_float_quote.go:23:28: []string{...} does not escape
strconv_float_quote.go:25:13: ... argument does not escape
strconv_float_quote.go:25:14: s escapes to heap
