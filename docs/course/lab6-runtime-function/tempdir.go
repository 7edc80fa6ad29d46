// tempdir.go — lab 6's test program: os.TempDir, which go2c's os package
// does not have yet.  check.sh runs it with TMPDIR set, empty and unset.
package main

import (
	"fmt"
	"os"
)

func main() {
	dir := os.TempDir()
	fmt.Printf("%q %d\n", dir, len(dir))
}
