// A program that does nothing prints nothing and exits with status 0.
package main

func main() {
}
