//go:build ignore

// fmtcases.go prints the table of fmt cases in tests/unit/test_runtime.c:
// each format and argument list is run through Go's own fmt, and the
// result becomes the expected string.  Regenerate with:
//
//	go run runtime/gen/fmtcases.go > tests/unit/runtime_fmt_cases.inc
package main

import (
	"fmt"
	"math"
	"math/rand"
	"strconv"
	"strings"
)

type myInt int16 // a named type: %T prints main.myInt

// One case: mode is 'f' (Sprintf), 'p' (Sprint) or 'l' (Sprintln).
type fcase struct {
	mode   byte
	format string
	args   []any
}

func f(format string, args ...any) fcase { return fcase{'f', format, args} }
func p(args ...any) fcase                { return fcase{'p', "", args} }
func l(args ...any) fcase                { return fcase{'l', "", args} }

// cstr renders s as a C string literal; octal escapes are always three
// digits so the next character can never extend them.
func cstr(s string) string {
	var b strings.Builder
	b.WriteByte('"')
	for i := 0; i < len(s); i++ {
		c := s[i]
		switch {
		case c == '"' || c == '\\' || c == '?':
			b.WriteByte('\\')
			b.WriteByte(c)
		case c >= ' ' && c < 0x7f:
			b.WriteByte(c)
		default:
			fmt.Fprintf(&b, "\\%03o", c)
		}
	}
	b.WriteByte('"')
	return b.String()
}

func cfloat(v float64, suffix string) string {
	switch {
	case math.IsNaN(v):
		return "NAN"
	case math.IsInf(v, 1):
		return "INFINITY"
	case math.IsInf(v, -1):
		return "-INFINITY"
	case v == 0 && math.Signbit(v):
		return "-0.0" + suffix
	}
	s := strconv.FormatFloat(v, 'g', -1, 64)
	if suffix != "" {
		s = strconv.FormatFloat(v, 'g', -1, 32)
	}
	if !strings.ContainsAny(s, ".e") {
		s += ".0"
	}
	return s + suffix
}

func carg(a any) string {
	switch v := a.(type) {
	case nil:
		return "NIL"
	case bool:
		return fmt.Sprintf("BOOL(%v)", v)
	case int:
		if v == math.MinInt64 {
			return "INT(INT64_MIN)"
		}
		return fmt.Sprintf("INT(%d)", v)
	case int8:
		return fmt.Sprintf("I8(%d)", v)
	case int16:
		return fmt.Sprintf("I16(%d)", v)
	case int32:
		return fmt.Sprintf("I32(%d)", v)
	case int64:
		if v == math.MinInt64 {
			return "I64(INT64_MIN)"
		}
		return fmt.Sprintf("I64(%d)", v)
	case uint:
		return fmt.Sprintf("UINT(%du)", v)
	case uint8:
		return fmt.Sprintf("U8(%d)", v)
	case uint16:
		return fmt.Sprintf("U16(%d)", v)
	case uint32:
		return fmt.Sprintf("U32(%du)", v)
	case uint64:
		return fmt.Sprintf("U64(%dull)", v)
	case uintptr:
		return fmt.Sprintf("UPTR(%d)", v)
	case float32:
		return fmt.Sprintf("F32(%s)", cfloat(float64(v), "f"))
	case float64:
		return fmt.Sprintf("F64(%s)", cfloat(v, ""))
	case string:
		return fmt.Sprintf("STR(%s)", cstr(v))
	case myInt:
		return fmt.Sprintf("MYINT(%d)", v)
	}
	panic(fmt.Sprintf("no C form for %T", a))
}

func main() {
	nan, inf := math.NaN(), math.Inf(1)
	negz := math.Copysign(0, -1)
	cases := []fcase{
		// Print, Println: spacing rules, nil, every kind.
		p(1, 2), p("a", "b"), p("a", 1, 2, "b", 3), p(1, "x", 2), p(nil, nil), p(),
		p(true, false, 1.5, float32(2.5)), p("x", nil, "y"),
		l(1, 2), l("a", "b"), l(), l(nil, 3, "s", true, -0.5), l(int8(-128), uint8(255), int16(-3), uint16(65535)),
		l(int32(-7), uint32(4294967295), int64(math.MinInt64), uint64(math.MaxUint64), uint(7), uintptr(0x1000)),
		l(myInt(42)),
		// %v of floats: shortest digits; %e form when exp < -4 || exp >= 6 (1e+06).
		l(0.1, 0.2, 0.3, 1.0/3, 2.0/3, 100.0, 1e6, 1e20, 1e21, 1e-4, 1e-5, 123456789.0),
		l(5e-324, math.MaxFloat64, math.SmallestNonzeroFloat32, float32(0.1), float32(3.0), float32(1e10), float32(16777216)),
		l(3.0, negz, nan, inf, -inf, -1.5, 1e23, 5e-5, 0.000123, 12345.678, float32(1.0/3)),
		l(9007199254740993.0, 2.5e-8, 1.7976931348623157e308, 4.9406564584124654e-324, float32(math.MaxFloat32)),
		// Integers.
		f("%d|%5d|%-5d|%05d|%+d|% d|%+05d|%x|%X|%o|%O|%b", 42, 42, 42, 42, 42, 42, 42, 255, 255, 8, 8, 5),
		f("%d %x %X %o %b", -42, -255, -255, -8, -5),
		f("%#x %#X %#o %#b %#O", 255, 255, 8, 5, 8), f("%#o %#x", 0, 0),
		f("%.3d|%.0d|%5.0d|%.0d|%08.3d|%-8.3d|%+.3d", 7, 0, 0, 1, 7, 7, 7),
		f("%x %d", int64(math.MinInt64), int64(math.MinInt64)), f("%d %x %b", uint64(math.MaxUint64), uint64(math.MaxUint64), uint8(255)),
		f("%c|%c|%c|%c|%5c|%-3c|%c", 'A', 0x4E16, -1, 0x110000, 'x', 'y', 0xD800),
		f("%q|%q|%q|%q|%q|%+q|%q", 'a', '\'', '\n', 0x4E16, 0x7F, 0x4E16, 0x10FFFF),
		f("%U|%#U|%#U|%U|%.6U|%#U|%8U|%-8U|%08U", 0x41, 0x41, 0x4E16, -1, 0x41, 0x7, 'x', 'x', 'x'),
		f("%v %v %v", int8(-5), uint16(9), myInt(-3)), f("%#v %#v %#v %#v", 5, uint(5), uint8(255), -5),
		f("%6.2d|%-+6d|% 6d|%x|%#08x|%08x|%-08x", -3, 5, 5, uint32(0xdeadbeef), 255, -255, 255),
		// Floats.
		f("%f|%.2f|%8.3f|%-8.2f|%08.2f|%+.1f|% .1f|%.0f|%#.0f", 3.14159, 3.14159, 3.14159, 3.14159, -3.14159, 2.5, 2.5, 2.5, 2.5),
		f("%e|%E|%.2e|%.0e|%#.0e|%12.4e|%-12.3E|", 123456.789, 123456.789, 0.000123, 5.5, 5.5, -1.5, 1e100),
		f("%g|%G|%.3g|%.10g|%g|%g|%.3g|%g|%.2g", 123456.789, 1e-7, 3.14159, 1.0/3, 1e21, 100000.0, 1e6, 1e-5, 0.0),
		f("%#g|%#.3g|%#g|%#g|%#.4g|%#v", 1.0, 1.0, 123456.0, 1e-7, 0.0, 2.0),
		f("%v|%.2v|%10v|%-10v|%010v", 1.5, 1.2345, 2.5, 2.5, -2.5),
		f("%f|%5.1f|%-6f|%06f|%+f|% f|%e|%g|%v", nan, inf, -inf, nan, nan, inf, nan, -inf, nan),
		f("%010f|%+010.2f|%-010.2f|%010.2f", 3.5, 3.5, 3.5, -inf),
		f("%f %e %g %v %.1f", negz, negz, negz, negz, -0.04),
		f("%.3f|%.1f|%.1f|%.1f|%.0f|%.0f|%.0f", 2.0005, 0.05, 0.15, 0.25, 0.5, 1.5, 2.5),
		f("%b|%b|%b|%b|%b", 1.0, 0.1, float32(1.0), 0.0, -5e-324),
		f("%x|%X|%.3x|%.0x|%x|%x|%#x|%x|%.1x", 1.0, 3.0, 1.0/3, 1.5, 0.0, float32(0.1), 1.0, 5e-324, 1.96875),
		f("%F|%.3F", 1.5, 2.0), f("%v %.3v %g", float32(0.1), float32(0.1), float32(1e-7)),
		f("%.20f|%.30e|%.17g", 0.1, 1.0/3, 0.1), f("%20.10e|%-20.10g|", math.Pi, math.E),
		f("%e|%.3e|%g", 1e-310, 1e300, 1e-310),
		// Strings.
		f("%s|%5s|%-5s|%.2s|%5.1s|%v|%05s", "hello", "ab", "ab", "hello", "xyz", "v", "ab"),
		f("%q|%q|%q|%q|%#q|%#q|%+q|%#+q", "hi", "a\"b\\c", "\a\b\f\n\r\t\v", "\x00\x7f\xff", "raw", "has`tick", "日本", "tab\there"),
		f("%q|%q|%q|%#q|%#q", "\u00a0\u2028", "\U0001F600", "\uFEFF", "\uFEFF", "é"),
		f("%x|% x|%X|% X|%#x|%# x|%#X|%.2x|%8x|%-8x|%x", "hello", "hi", "hi", "hi", "hi", "hi", "hi", "hello", "hi", "hi", ""),
		f("%s|%.3s|%5.2s|%-4s|", "日本語", "日本語日本語", "日本語", "é"),
		f("%10q|%-10q|%.2q", "a", "a", "hello"), f("%8x|%08x|%8s|", "", "ab", ""),
		// Booleans and %T.
		f("%t|%v|%5t|%-6t|%T", true, false, true, false, true),
		f("%T %T %T %T %T %T %T %T", 1, int8(1), uint8(1), 'x', 1.5, float32(1), "s", myInt(1)),
		f("%T|%5T|%-8T|%.2T", nil, 1, "s", 1.5), f("%T %T %T", uint(1), uintptr(1), int64(1)),
		// Errors.
		f("%d", "hi"), f("%s", 5), f("%t", 1), f("%d", 1.5), f("%z", 3), f("%5z", 3), f("%p", 5), f("%p", "s"),
		f("%d"), f("%d %d", 1), f("%s", nil), f("%d", nil), f("%v %T", nil, nil),
		f("x", 1), f("%d", 1, "a", nil, 2.5), f("%", 1), f("abc%"), f("%-", 1), f("%5.", 1), f("%.", 1),
		f("%!", 1), f("%é", 1), f("%%|%5%|%-5%", 1), f("%[2]d %[1]d", 1, 2), f("%[3]d", 1, 2), f("%[0]d", 1),
		f("%[1]d %d %d", 1, 2), f("%[x]d", 1), f("%[2]*[1]d", 5, 3), f("%-*d|%*d", 4, 1, -4, 1), f("%[", 1),
		f("%*d", "x", 1), f("%.*f", -1, 1.5), f("%.*d", 2, 7), f("%*.*f|", 8, 2, 3.14159), f("%*d", 2000000, 1),
		f("%.*d", uint8(3), 5), f("%d%d", 1), f("%.2[1]d", 1), f("%[1]2d", 1), f("%d %!", 1), f("%05z", 3),
		f("%#z|%+z", "s", 1.5), f("%c", "s"), f("%x", true), f("%v", uintptr(255)), f("%#v", uintptr(255)),
		f("%s %s", "a", "b", "c"), f("%01234567d", 1), f("%.01234567d", 1), f("%9999999d", 1),
	}

	// Shortest formatting of many floats: random bit patterns and random
	// short decimals, float64 and float32.
	r := rand.New(rand.NewSource(1))
	var randoms []any
	for i := 0; i < 40; i++ {
		randoms = append(randoms, math.Float64frombits(r.Uint64()))
	}
	for i := 0; i < 30; i++ {
		randoms = append(randoms, float64(r.Intn(100000))*math.Pow(10, float64(r.Intn(60)-30)))
	}
	for i := 0; i < 30; i++ {
		randoms = append(randoms, math.Float32frombits(r.Uint32()))
	}
	for i := 0; i+5 <= len(randoms); i += 5 {
		cases = append(cases, l(randoms[i:i+5]...))
	}
	for i := 0; i+3 <= len(randoms); i += 3 {
		cases = append(cases, f("%e|%.3g|%.12f", randoms[i], randoms[i+1], randoms[i+2]))
	}

	fmt.Println("/* generated by runtime/gen/fmtcases.go from Go's fmt; do not edit */")
	for _, c := range cases {
		var got string
		switch c.mode {
		case 'f':
			got = fmt.Sprintf(c.format, c.args...)
		case 'p':
			got = fmt.Sprint(c.args...)
		case 'l':
			got = fmt.Sprintln(c.args...)
		}
		var args []string
		for _, a := range c.args {
			args = append(args, carg(a))
		}
		argv := "{NIL}"
		if len(args) > 0 {
			argv = "{" + strings.Join(args, ", ") + "}"
		}
		fmt.Printf("{'%c', GS(%s), %d, %s,\n GS(%s)},\n", c.mode, cstr(c.format), len(args), argv, cstr(got))
	}
}
