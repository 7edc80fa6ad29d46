// Printf diagnostics: wrong verb, missing and extra arguments, bad verb letters, nil args.
package main

import "fmt"

func main() {
	fmt.Printf("%d\n", "str")
	fmt.Printf("%s\n", 42)
	fmt.Printf("%d %d\n", 1)
	fmt.Printf("%d\n", 1, 2)
	fmt.Printf("no verbs\n", "extra", 3)
	fmt.Printf("%z\n", 5)
	fmt.Printf("%!\n")
	fmt.Printf("%d\n", nil)
	fmt.Printf("%s\n", nil)
	fmt.Printf("%x\n", 1.5i)
	fmt.Printf("%t %q\n", "s", 2.5)
	fmt.Printf("%d%%\n", 50)
	fmt.Printf("trailing %")
	fmt.Println()
	fmt.Printf("%[2]d %[1]d\n", 1, 2)
	fmt.Printf("%[3]d\n", 1, 2)
	fmt.Printf("%[2]*[1]d|\n", 12, 5)
	fmt.Printf("%.2d %d\n", []string{"a"}, struct{ A string }{"x"})
	s := fmt.Sprintf("%d %s", 1)
	fmt.Println(s, len(s))
}
