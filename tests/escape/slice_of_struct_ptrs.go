// go2c build -m
// &T{} appended to a slice that is returned escapes; the elements of a
// local slice that is only read do not.
package main

type user struct{ name string }

func newUsers(names []string) []*user { // ERROR "^leaking param content: names$"
	var us []*user
	for _, n := range names {
		us = append(us, &user{name: n}) // ERROR "^&user\{\.\.\.\} escapes to heap$"
	}
	return us
}

func firstName() string {
	us := []*user{{"a"}, {"b"}} // ERROR "^\[\]\*user\{\.\.\.\} does not escape$" "^&user\{\.\.\.\} does not escape$" "^&user\{\.\.\.\} does not escape$"
	return us[0].name
}

func main() {
	println(len(newUsers([]string{"x"})), firstName()) // ERROR "^\[\]string\{\.\.\.\} does not escape$"
}
