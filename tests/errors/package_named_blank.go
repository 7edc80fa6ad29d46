// A package may not be named _.
package _ // ERROR "invalid package name _"
