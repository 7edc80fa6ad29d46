// && and || evaluate their right operand only when needed; the side effects show it.
package main

import "fmt"

var calls string

func t(name string) bool {
	calls += name
	return true
}

func f(name string) bool {
	calls += name
	return false
}

func run(label string, v bool) {
	fmt.Println(label, v, calls)
	calls = ""
}

func main() {
	run("t&&t", t("a") && t("b"))
	run("f&&t", f("a") && t("b"))
	run("t||t", t("a") || t("b"))
	run("f||t", f("a") || t("b"))
	run("f||f||t", f("a") || f("b") || t("c"))
	run("t&&f&&t", t("a") && f("b") && t("c"))
	run("f&&t||t", f("a") && t("b") || t("c"))
	run("t||f&&f", t("a") || f("b") && f("c"))
	run("!f&&!t", !f("a") && !t("b"))
	x := 0
	if x != 0 && 10/x > 1 {
		fmt.Println("unreachable")
	}
	fmt.Println("guarded division skipped")
	b := t("z") || f("y")
	fmt.Println(b, calls)
	fmt.Println(true && false, true || false, !true, false == false)
}
