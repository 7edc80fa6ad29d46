// A JSON-like pretty printer over nested interface{} values using type switches and recursion,
// with keys sorted and strings quoted.
package main

import (
	"fmt"
	"sort"
	"strconv"
	"strings"
)

type Obj = map[string]interface{}
type Arr = []interface{}

func write(sb *strings.Builder, v interface{}, indent int) {
	pad := strings.Repeat("  ", indent)
	switch x := v.(type) {
	case nil:
		sb.WriteString("null")
	case bool:
		sb.WriteString(strconv.FormatBool(x))
	case int:
		sb.WriteString(strconv.Itoa(x))
	case float64:
		sb.WriteString(strconv.FormatFloat(x, 'g', -1, 64))
	case string:
		sb.WriteString(strconv.Quote(x))
	case Arr:
		if len(x) == 0 {
			sb.WriteString("[]")
			return
		}
		sb.WriteString("[\n")
		for i, e := range x {
			sb.WriteString(pad + "  ")
			write(sb, e, indent+1)
			if i < len(x)-1 {
				sb.WriteByte(',')
			}
			sb.WriteByte('\n')
		}
		sb.WriteString(pad + "]")
	case Obj:
		keys := make([]string, 0, len(x))
		for k := range x {
			keys = append(keys, k)
		}
		sort.Strings(keys)
		sb.WriteString("{\n")
		for i, k := range keys {
			fmt.Fprintf(sb, "%s  %q: ", pad, k)
			write(sb, x[k], indent+1)
			if i < len(keys)-1 {
				sb.WriteByte(',')
			}
			sb.WriteByte('\n')
		}
		sb.WriteString(pad + "}")
	case fmt.Stringer:
		sb.WriteString(strconv.Quote(x.String()))
	default:
		fmt.Fprintf(sb, "\"<%T>\"", x)
	}
}

type Version struct{ Major, Minor int }

func (v Version) String() string { return fmt.Sprintf("v%d.%d", v.Major, v.Minor) }

func count(v interface{}) (n int) {
	switch x := v.(type) {
	case Arr:
		for _, e := range x {
			n += count(e)
		}
	case Obj:
		for _, e := range x {
			n += count(e)
		}
	default:
		n = 1
	}
	return
}

func main() {
	doc := Obj{
		"name":    "go2c",
		"version": Version{1, 19},
		"stable":  false,
		"stars":   1234,
		"ratio":   0.75,
		"tags":    Arr{"compiler", "c", "go"},
		"empty":   Arr{},
		"owner":   Obj{"login": "gopher", "id": 7, "site": nil},
		"matrix":  Arr{Arr{1, 2}, Arr{3, "four\n"}},
		"odd":     []int{1},
	}
	var sb strings.Builder
	write(&sb, doc, 0)
	fmt.Println(sb.String())
	fmt.Println("leaves:", count(doc))
}
