// Unused imports of the standard packages declared in lib/, and names
// that need their package.
package main

import (
	"errors"         // ERROR "imported and not used: \x22errors\x22"
	"math"           // ERROR "imported and not used: \x22math\x22"
	u "unicode/utf8" // ERROR "imported and not used: \x22unicode/utf8\x22 as u"
	"strings"
)

func main() {
	var r strings.Reader
	_ = r.Len() + strings.Count("abc", "b")
	_ = Sqrt(2) // ERROR "undefined: Sqrt"
}
