bool_logic_short_circuit.go:8:8: leaking param: name
bool_logic_short_circuit.go:13:8: leaking param: name
bool_logic_short_circuit.go:18:10: leaking param: label
bool_logic_short_circuit.go:19:13: ... argument does not escape
bool_logic_short_circuit.go:19:13: label escapes to heap
bool_logic_short_circuit.go:19:13: v escapes to heap
bool_logic_short_circuit.go:19:13: calls escapes to heap
bool_logic_short_circuit.go:35:14: ... argument does not escape
bool_logic_short_circuit.go:35:15: "unreachable" escapes to heap
bool_logic_short_circuit.go:37:13: ... argument does not escape
bool_logic_short_circuit.go:37:14: "guarded division skipped" escapes to heap
bool_logic_short_circuit.go:39:13: ... argument does not escape
bool_logic_short_circuit.go:39:13: b escapes to heap
bool_logic_short_circuit.go:39:13: calls escapes to heap
bool_logic_short_circuit.go:40:13: ... argument does not escape
bool_logic_short_circuit.go:40:19: true && false escapes to heap
bool_logic_short_circuit.go:40:34: true || false escapes to heap
bool_logic_short_circuit.go:40:44: !true escapes to heap
bool_logic_short_circuit.go:40:57: false == false escapes to heap
