// A panic unwinds several frames, running each frame's defers innermost first, until recovered.
package main

import "fmt"

func level3() {
	defer fmt.Println("defer level3")
	var m map[string]int
	m["boom"] = 1
	fmt.Println("unreachable 3")
}

func level2() {
	defer fmt.Println("defer level2 a")
	defer func() {
		fmt.Println("defer level2 b")
	}()
	level3()
	fmt.Println("unreachable 2")
}

func level1() (err error) {
	defer func() {
		if r := recover(); r != nil {
			err = fmt.Errorf("level1 caught: %v", r)
		}
	}()
	level2()
	return nil
}

func main() {
	fmt.Println(level1())
	fmt.Println("main continues")
	for i := 0; i < 2; i++ {
		func() {
			defer func() { fmt.Println("iteration", i, "recovered", recover()) }()
			if i == 1 {
				panic(fmt.Sprint("at ", i))
			}
		}()
	}
}
