#!/bin/sh
# A stand-in for go2c that forwards `build [-emit-c C] -o OUT FILE` to Go's
# own compiler, so the test runner and the expectations can be checked
# without go2c:
#   tests/run_tests.py --build BUILD --go2c tests/go2c_via_go.sh
# The C file it is asked for is left empty (there is no C).
# go build exits 2 on compile errors; go2c exits 1, so map any failure to 1.
if [ "$1" != build ]; then
	echo "usage: $0 build [-emit-c C] -o OUT FILE" >&2
	exit 2
fi
shift
if [ "$1" = -emit-c ]; then
	: > "$2"
	shift 2
fi
if [ "$1" != -o ] || [ $# -ne 3 ]; then
	echo "usage: $0 build [-emit-c C] -o OUT FILE" >&2
	exit 2
fi
go build -o "$2" "$3" || exit 1
