// func main must have no arguments and no results.
package main

func main(args []string) int { return 0 } // ERROR "func main must have no arguments and no return values"
