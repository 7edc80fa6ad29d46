// Go names that are C keywords, C macros, or look like go2c's own temporaries.
package main

import "fmt"

func main() {
	box_1, tmp_1, cond_1, tag_1, int, main, rt_x, NULL, x__y := 1, 2, 3, 4, 5, 6, 7, 8, 9
	fmt.Println(box_1, tmp_1, cond_1, tag_1, int, main, rt_x, NULL, x__y)
	switch tag_1 {
	case 4:
		fmt.Println(fmt.Sprint(box_1) + fmt.Sprint(tmp_1))
	}
}
