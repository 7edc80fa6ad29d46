prog_stack_vm.go:47:11: (*VM).pop ignoring self-assignment in vm.stack = vm.stack[:len(vm.stack) - 1]
prog_stack_vm.go:42:7: vm does not escape
prog_stack_vm.go:44:19: ... argument does not escape
prog_stack_vm.go:44:56: vm.steps escapes to heap
prog_stack_vm.go:51:7: leaking param content: vm
prog_stack_vm.go:53:7: leaking param: vm
prog_stack_vm.go:53:19: prog does not escape
prog_stack_vm.go:54:8: func literal does not escape
prog_stack_vm.go:59:21: ... argument does not escape
prog_stack_vm.go:101:15: ... argument does not escape
prog_stack_vm.go:101:40: vm.stack[len(vm.stack) - 1] escapes to heap
prog_stack_vm.go:109:16: []Instr{...} escapes to heap
prog_stack_vm.go:121:8: &VM{} escapes to heap
prog_stack_vm.go:122:23: []Instr{...} does not escape
prog_stack_vm.go:124:13: ... argument does not escape
prog_stack_vm.go:124:27: (*strings.Builder).String(vm.out) escapes to heap
prog_stack_vm.go:124:33: vm.stack escapes to heap
prog_stack_vm.go:125:29: [][]Instr{...} does not escape
prog_stack_vm.go:126:8: &VM{} escapes to heap
prog_stack_vm.go:128:14: ... argument does not escape
prog_stack_vm.go:128:28: (*strings.Builder).String(vm.out) escapes to heap
prog_stack_vm.go:128:34: vm.stack escapes to heap
prog_stack_vm.go:128:49: vm.steps escapes to heap
prog_stack_vm.go:130:7: &VM{} escapes to heap
prog_stack_vm.go:131:22: []Instr{...} does not escape
prog_stack_vm.go:132:13: ... argument does not escape
prog_stack_vm.go:132:27: (*strings.Builder).String(vm.out) escapes to heap
prog_stack_vm.go:132:33: vm.stack escapes to heap
prog_stack_vm.go:132:48: vm.steps escapes to heap
prog_stack_vm.go:133:7: &VM{} escapes to heap
prog_stack_vm.go:134:22: []Instr{...} does not escape
prog_stack_vm.go:135:13: ... argument does not escape
prog_stack_vm.go:135:16: vm.stack escapes to heap
prog_stack_vm.go:136:7: &VM{} escapes to heap
prog_stack_vm.go:137:22: []Instr{...} does not escape
prog_stack_vm.go:138:13: ... argument does not escape
prog_stack_vm.go:139:13: ... argument does not escape
prog_stack_vm.go:139:14: Mul escapes to heap
prog_stack_vm.go:139:19: Jz escapes to heap
prog_stack_vm.go:139:27: []Op{...} escapes to heap
prog_stack_vm.go:139:27: []Op{...} escapes to heap
