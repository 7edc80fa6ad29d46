#!/usr/bin/env python3
"""Writes a Go program of random float32/float64 arithmetic and formatting with fmt verbs and println,
to stdout, from a seed: `tests/gen/random_float_arith.py SEED > tests/run/NAME.go`, then
`tests/regen.py NAME` records Go 1.19's output.  Differential testing: the
golden programs made this way check go2c against gc on hundreds of cases
that nobody would write by hand."""
import random, sys, struct
random.seed(int(sys.argv[1]))
def rf():
    k = random.random()
    if k < 0.3: return repr(random.uniform(-1e6, 1e6))
    if k < 0.5: return repr(random.uniform(-1, 1))
    if k < 0.7: return "%re%d" % (random.uniform(1, 10), random.randint(-300, 300))
    return str(random.randint(-1000, 1000)) + ".0"
out = ["package main", "", "import \"fmt\"", "", "func main() {"]
for t in ["float64", "float32"]:
    for i in range(8):
        v = rf()
        if t == "float32":
            v = "%re%d" % (random.uniform(1, 10), random.randint(-30, 30))
        out.append(f"\tvar {t}_{i} {t} = {v}")
    out.append("\t_ = " + " + ".join(f"{t}_{i}" for i in range(8)))
    for k in range(40):
        x = f"{t}_{random.randrange(8)}"; y = f"{t}_{random.randrange(8)}"
        op = random.choice(["+","-","*","/"])
        e = f"{x} {op} {y}"
        verb = random.choice(["%v","%g","%e","%f","%.3f","%8.2e","%G","%.10g","%+.4e","%x"])
        out.append(f"\tfmt.Println({e}, {x} < {y})")
        out.append(f"\tfmt.Printf(\"{verb}\\n\", {e})")
        out.append(f"\tprintln({e})")
out.append("}")
print("\n".join(out))
