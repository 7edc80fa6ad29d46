// An import's name lives in the file block; a package-level declaration
// may not reuse it, and a package may not be imported under the name init.
package main

import (
	"fmt"     // ERROR "imported and not used: \"fmt\""
	str "strings" // ERROR "imported and not used: \"strings\" as str"
	init "os" // ERROR "cannot import package as init - init must be a func"
)

var fmt = 1 // ERROR "fmt already declared through import of package fmt \(\"fmt\"\)"

func str() {} // ERROR "str already declared through import of package strings \(\"strings\"\)"

func main() {}
