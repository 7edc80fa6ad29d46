// Conway's game of life on a small torus using arrays of arrays; prints generations and populations.
package main

import (
	"fmt"
	"strings"
)

const W, H = 10, 8

type Board [H][W]bool

func (b *Board) Set(cells ...[2]int) {
	for _, c := range cells {
		b[c[1]][c[0]] = true
	}
}

func (b Board) neighbours(x, y int) int {
	n := 0
	for dy := -1; dy <= 1; dy++ {
		for dx := -1; dx <= 1; dx++ {
			if (dx != 0 || dy != 0) && b[(y+dy+H)%H][(x+dx+W)%W] {
				n++
			}
		}
	}
	return n
}

func (b Board) Step() Board {
	var next Board
	for y := 0; y < H; y++ {
		for x := 0; x < W; x++ {
			n := b.neighbours(x, y)
			next[y][x] = n == 3 || (n == 2 && b[y][x])
		}
	}
	return next
}

func (b Board) Population() (p int) {
	for _, row := range b {
		for _, c := range row {
			if c {
				p++
			}
		}
	}
	return
}

func (b Board) String() string {
	var sb strings.Builder
	for _, row := range b {
		for _, c := range row {
			if c {
				sb.WriteByte('#')
			} else {
				sb.WriteByte('.')
			}
		}
		sb.WriteByte('\n')
	}
	return sb.String()
}

func main() {
	var b Board
	b.Set([2]int{1, 0}, [2]int{2, 1}, [2]int{0, 2}, [2]int{1, 2}, [2]int{2, 2})
	b.Set([2]int{7, 5}, [2]int{7, 6}, [2]int{7, 7})
	for gen := 0; gen < 4; gen++ {
		fmt.Printf("gen %d pop %d\n%v", gen, b.Population(), b)
		b = b.Step()
	}
	start := b
	for i := 0; i < 40; i++ {
		b = b.Step()
	}
	fmt.Println("after 40 more:", b.Population(), b == start)
}
