// goto: undefined labels, jumps over variable declarations and into
// blocks, labels defined twice or never used.
package main

func main() {
	goto missing // ERROR "label missing not defined"
	goto skip // ERROR "goto skip jumps over declaration of x at .*labels_goto_rules\.go:8:4"
	x := 1
skip:
	_ = x
	goto inner // ERROR "goto inner jumps into block starting at .*labels_goto_rules\.go:12:2"
	{
	inner:
	}
dup:
	for {
		break
	}
dup: // ERROR "label dup already defined at .*labels_goto_rules\.go:15:1"
	goto dup
unused: // ERROR "label unused defined and not used"
	if x > 0 {
		goto done
	}
done:
}
