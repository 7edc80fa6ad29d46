panic_in_defer.go:6:14: leaking param: name
panic_in_defer.go:7:13: ... argument does not escape
panic_in_defer.go:7:14: "cleanup" escapes to heap
panic_in_defer.go:7:14: name escapes to heap
panic_in_defer.go:8:21: "cleanup " + name + " failed" escapes to heap
panic_in_defer.go:8:26: "cleanup " + name + " failed" escapes to heap
panic_in_defer.go:12:20: "helper's defer" escapes to heap
panic_in_defer.go:12:19: ... argument does not escape
panic_in_defer.go:14:13: ... argument does not escape
panic_in_defer.go:14:14: "helper body" escapes to heap
panic_in_defer.go:19:20: "outer defer still runs" escapes to heap
panic_in_defer.go:19:19: ... argument does not escape
panic_in_defer.go:21:20: "plain defer" escapes to heap
panic_in_defer.go:21:19: ... argument does not escape
panic_in_defer.go:22:7: "original" escapes to heap
