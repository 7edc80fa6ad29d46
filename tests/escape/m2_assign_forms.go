// go2c build -m=2
// -m=2 names each form of assignment as gc does: "assign" for one value
// (and for each name of a var declaration), "assign-pair" for several, no
// note of its own for a call's results, whose argument is noted at the
// temporary that sends it to both results.
package main

var first, second *int

func both(p *int) (*int, *int) { return p, p } // ERROR "^parameter p leaks to ~r1 with derefs=0:$" "^  flow: ~r1 = p:$" "^    from return p, p \(return\) at (\./)?m2_assign_forms\.go:10:34$" "^parameter p leaks to ~r0 with derefs=0:$" "^  flow: ~r0 = p:$" "^    from return p, p \(return\) at (\./)?m2_assign_forms\.go:10:34$" "^leaking param: p to result ~r0 level=0$" "^leaking param: p to result ~r1 level=0$"

func pair() {
	a, b := 1, 2 // ERROR "^b escapes to heap:$" "^  flow: pb = &b:$" "^    from &b \(address-of\) at (\./)?m2_assign_forms\.go:14:16$" "^    from pa, pb := &a, &b \(assign-pair\) at (\./)?m2_assign_forms\.go:14:9$" "^  flow: \{heap\} = pb:$" "^    from first, second = pa, pb \(assign-pair\) at (\./)?m2_assign_forms\.go:15:16$" "^a escapes to heap:$" "^  flow: pa = &a:$" "^    from &a \(address-of\) at (\./)?m2_assign_forms\.go:14:12$" "^    from pa, pb := &a, &b \(assign-pair\) at (\./)?m2_assign_forms\.go:14:9$" "^  flow: \{heap\} = pa:$" "^    from first, second = pa, pb \(assign-pair\) at (\./)?m2_assign_forms\.go:15:16$" "^moved to heap: a$" "^moved to heap: b$"
	pa, pb := &a, &b
	first, second = pa, pb
}

func declared() {
	c, d := 3, 4 // ERROR "^d escapes to heap:$" "^  flow: pd = &d:$" "^    from &d \(address-of\) at (\./)?m2_assign_forms\.go:20:19$" "^    from pd = &d \(assign\) at (\./)?m2_assign_forms\.go:20:6$" "^  flow: \{heap\} = pd:$" "^    from first, second = pc, pd \(assign-pair\) at (\./)?m2_assign_forms\.go:21:16$" "^c escapes to heap:$" "^  flow: pc = &c:$" "^    from &c \(address-of\) at (\./)?m2_assign_forms\.go:20:15$" "^    from pc = &c \(assign\) at (\./)?m2_assign_forms\.go:20:6$" "^  flow: \{heap\} = pc:$" "^    from first, second = pc, pd \(assign-pair\) at (\./)?m2_assign_forms\.go:21:16$" "^moved to heap: c$" "^moved to heap: d$"
	var pc, pd = &c, &d
	first, second = pc, pd
}

func results() {
	e := 5 // ERROR "^e escapes to heap:$" "^  flow: \{temp\} = &e:$" "^    from &e \(address-of\) at (\./)?m2_assign_forms\.go:27:16$" "^    from both\(&e\) \(call parameter\) at (\./)?m2_assign_forms\.go:27:15$" "^  flow: r2 = \{temp\}:$" "^  flow: \{heap\} = r2:$" "^    from first, second = r1, r2 \(assign-pair\) at (\./)?m2_assign_forms\.go:28:16$" "^moved to heap: e$"
	var r1, r2 *int
	r1, r2 = both(&e)
	first, second = r1, r2
}

func main() {
	pair()
	declared()
	results()
}
