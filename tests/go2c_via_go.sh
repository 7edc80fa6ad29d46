#!/bin/sh
# A stand-in for go2c that forwards `build -o OUT FILE` to Go's own compiler,
# so the test runner and the expectations can be checked before go2c works:
#   tests/run_tests.py --build BUILD --go2c tests/go2c_via_go.sh
# go build exits 2 on compile errors; go2c exits 1, so map any failure to 1.
if [ "$1" != build ] || [ "$2" != -o ] || [ $# -ne 4 ]; then
	echo "usage: $0 build -o OUT FILE" >&2
	exit 2
fi
go build -o "$3" "$4" || exit 1
