// Every import must be used.
package main

import (
	"fmt" // ERROR "imported and not used: \x22fmt\x22"
	"os"  // ERROR "imported and not used: \x22os\x22"
)

func main() {
}
