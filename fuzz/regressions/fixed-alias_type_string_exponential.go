// FIXED: error message type strings grew exponentially through nested struct aliases (gc 1.19 prints the same expansion); go2c cuts type strings at 64 KiB.
package main

type A0 = struct{ a, b int }
type A1 = struct{ a, b A0 }
type A2 = struct{ a, b A1 }
type A3 = struct{ a, b A2 }
type A4 = struct{ a, b A3 }
type A5 = struct{ a, b A4 }
type A6 = struct{ a, b A5 }
type A7 = struct{ a, b A6 }
type A8 = struct{ a, b A7 }
type A9 = struct{ a, b A8 }
type A10 = struct{ a, b A9 }
type A11 = struct{ a, b A10 }
type A12 = struct{ a, b A11 }
type A13 = struct{ a, b A12 }
type A14 = struct{ a, b A13 }
type A15 = struct{ a, b A14 }
type A16 = struct{ a, b A15 }
type A17 = struct{ a, b A16 }
type A18 = struct{ a, b A17 }
type A19 = struct{ a, b A18 }
type A20 = struct{ a, b A19 }
type A21 = struct{ a, b A20 }
type A22 = struct{ a, b A21 }
type A23 = struct{ a, b A22 }
type A24 = struct{ a, b A23 }
type A25 = struct{ a, b A24 }
type A26 = struct{ a, b A25 }
type A27 = struct{ a, b A26 }
type A28 = struct{ a, b A27 }
type A29 = struct{ a, b A28 }
type A30 = struct{ a, b A29 }
type A31 = struct{ a, b A30 }
type A32 = struct{ a, b A31 }
type A33 = struct{ a, b A32 }
type A34 = struct{ a, b A33 }
type A35 = struct{ a, b A34 }
type A36 = struct{ a, b A35 }
type A37 = struct{ a, b A36 }
type A38 = struct{ a, b A37 }
type A39 = struct{ a, b A38 }

func main() {
	var t A39
	var x int = t
	_ = x
}
