// A tiny stack virtual machine: instructions as structs, jumps, a call stack, and error handling
// through panics recovered into errors.
package main

import (
	"fmt"
	"strings"
)

type Op int

const (
	Push Op = iota
	Add
	Sub
	Mul
	Dup
	Swap
	Jz
	Jmp
	Print
	Halt
	Pop
	Over
)

var names = [...]string{"push", "add", "sub", "mul", "dup", "swap", "jz", "jmp", "print", "halt", "pop", "over"}

func (o Op) String() string { return names[o] }

type Instr struct {
	Op  Op
	Arg int
}

type VM struct {
	stack []int
	out   strings.Builder
	steps int
}

func (vm *VM) pop() int {
	if len(vm.stack) == 0 {
		panic(fmt.Errorf("stack underflow after %d steps", vm.steps))
	}
	v := vm.stack[len(vm.stack)-1]
	vm.stack = vm.stack[:len(vm.stack)-1]
	return v
}

func (vm *VM) push(v int) { vm.stack = append(vm.stack, v) }

func (vm *VM) Run(prog []Instr) (err error) {
	defer func() {
		if r := recover(); r != nil {
			if e, ok := r.(error); ok {
				err = e
			} else {
				err = fmt.Errorf("vm panic: %v", r)
			}
		}
	}()
	for pc := 0; ; pc++ {
		in := prog[pc]
		vm.steps++
		switch in.Op {
		case Push:
			vm.push(in.Arg)
		case Add, Sub, Mul:
			b, a := vm.pop(), vm.pop()
			switch in.Op {
			case Add:
				vm.push(a + b)
			case Sub:
				vm.push(a - b)
			default:
				vm.push(a * b)
			}
		case Dup:
			v := vm.pop()
			vm.push(v)
			vm.push(v)
		case Swap:
			b, a := vm.pop(), vm.pop()
			vm.push(b)
			vm.push(a)
		case Pop:
			vm.pop()
		case Over:
			b, a := vm.pop(), vm.pop()
			vm.push(a)
			vm.push(b)
			vm.push(a)
		case Jz:
			if vm.pop() == 0 {
				pc = in.Arg - 1
			}
		case Jmp:
			pc = in.Arg - 1
		case Print:
			fmt.Fprintf(&vm.out, "%d ", vm.stack[len(vm.stack)-1])
		case Halt:
			return nil
		}
	}
}

func loop(op Op, init, n int) []Instr {
	return []Instr{
		{Push, init}, {Push, n}, // acc n
		{Dup, 0}, {Jz, 12}, // while n != 0
		{Swap, 0}, {Over, 0}, {op, 0}, {Swap, 0}, // acc = acc op n
		{Push, 1}, {Sub, 0}, // n--
		{Jmp, 2},
		{Halt, 0},
		{Pop, 0}, {Print, 0}, {Halt, 0},
	}
}

func main() {
	vm := &VM{}
	err := vm.Run([]Instr{{Push, 2}, {Push, 3}, {Add, 0}, {Print, 0}, {Push, 4}, {Mul, 0}, {Print, 0},
		{Push, 10}, {Sub, 0}, {Print, 0}, {Halt, 0}})
	fmt.Println(vm.out.String(), vm.stack, err)
	for _, p := range [][]Instr{loop(Add, 0, 10), loop(Mul, 1, 10), loop(Mul, 1, 0)} {
		vm = &VM{}
		err = vm.Run(p)
		fmt.Println(vm.out.String(), vm.stack, err, vm.steps)
	}
	vm = &VM{}
	err = vm.Run([]Instr{{Push, 4}, {Print, 0}, {Push, 1}, {Sub, 0}, {Dup, 0}, {Jz, 7}, {Jmp, 1}, {Halt, 0}})
	fmt.Println(vm.out.String(), vm.stack, err, vm.steps)
	vm = &VM{}
	err = vm.Run([]Instr{{Push, 1}, {Add, 0}, {Halt, 0}})
	fmt.Println(vm.stack, err)
	vm = &VM{}
	err = vm.Run([]Instr{{Push, 1}, {Jmp, 5}})
	fmt.Println(err)
	fmt.Println(Mul, Jz, []Op{Push, Halt, Over})
}
