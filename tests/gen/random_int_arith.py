#!/usr/bin/env python3
"""Writes a Go program of random integer arithmetic, shifts, comparisons and conversions on every sized integer type,
to stdout, from a seed: `tests/gen/random_int_arith.py SEED > tests/run/NAME.go`, then
`tests/regen.py NAME` records Go 1.19's output.  Differential testing: the
golden programs made this way check go2c against gc on hundreds of cases
that nobody would write by hand."""
import random, sys
random.seed(int(sys.argv[1]))
types = ["int8","int16","int32","int64","int","uint8","uint16","uint32","uint64","uint","uintptr"]
rng = {"int8":(-128,127),"int16":(-32768,32767),"int32":(-2**31,2**31-1),"int64":(-2**63,2**63-1),"int":(-2**63,2**63-1),
       "uint8":(0,255),"uint16":(0,65535),"uint32":(0,2**32-1),"uint64":(0,2**64-1),"uint":(0,2**64-1),"uintptr":(0,2**64-1)}
out = ["package main", "", "import \"fmt\"", ""]
out.append("func main() {")
n = 0
for t in types:
    lo, hi = rng[t]
    vals = [lo, hi, 0, 1, random.randint(lo, hi), random.randint(lo, hi), -1 if lo < 0 else 2]
    for i, v in enumerate(vals):
        out.append(f"\tvar {t}_{i} {t} = {v}")
    out.append(f"\t_ = {t}_0 + {t}_1 + {t}_2 + {t}_3 + {t}_4 + {t}_5 + {t}_6")
    for k in range(25):
        x = f"{t}_{random.randrange(7)}"; y = f"{t}_{random.randrange(7)}"
        op = random.choice(["+","-","*","/","%","&","|","^","&^","<<",">>","cmp","neg","conv","fconv"])
        if op in "+-*&|^" or op == "&^":
            e = f"{x} {op} {y}"
        elif op in ("/", "%"):
            e = f"{x} {op} ({y} | 1)"
        elif op in ("<<", ">>"):
            e = f"{x} {op} (uint({y}) % 70)"
        elif op == "cmp":
            e = f"{x} < {y}, {x} >= {y}, {x} == {y}"
        elif op == "neg":
            e = f"-{x}, ^{x}, +{x}"
        elif op == "conv":
            t2 = random.choice(types)
            e = f"{t2}({x}), float64({x}), float32({x})"
        else:
            t2 = random.choice(types)
            e = f"{t2}(float64({x}) * 1.5), {t2}(float32({x}))"
        out.append(f"\tfmt.Println({e})")
        out.append(f"\tprintln({e.split(',')[0]})")
out.append("}")
print("\n".join(out))
