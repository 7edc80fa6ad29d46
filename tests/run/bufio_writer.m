bufio_writer.go:13:13: ... argument does not escape
bufio_writer.go:13:39: 1 escapes to heap
bufio_writer.go:19:13: ... argument does not escape
bufio_writer.go:19:14: "direct line, buffered bytes:" escapes to heap
bufio_writer.go:19:14: n escapes to heap
bufio_writer.go:19:49: "available:" escapes to heap
bufio_writer.go:19:74: (*bufio.Writer).Available(w) escapes to heap
bufio_writer.go:21:14: ... argument does not escape
bufio_writer.go:21:15: "flush error" escapes to heap
bufio_writer.go:23:13: ... argument does not escape
bufio_writer.go:23:14: "after flush:" escapes to heap
bufio_writer.go:23:40: (*bufio.Writer).Buffered(w) escapes to heap
bufio_writer.go:26:14: ... argument does not escape
bufio_writer.go:26:22: i escapes to heap
bufio_writer.go:28:13: ... argument does not escape
bufio_writer.go:28:14: "<direct>" escapes to heap
bufio_writer.go:32:14: ... argument does not escape
bufio_writer.go:32:18: "flushed by defer" escapes to heap
