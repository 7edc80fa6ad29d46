prog_game_of_life.go:13:7: b does not escape
prog_game_of_life.go:13:21: cells does not escape
prog_game_of_life.go:70:7: ... argument does not escape
prog_game_of_life.go:71:7: ... argument does not escape
prog_game_of_life.go:73:13: ... argument does not escape
prog_game_of_life.go:73:14: gen escapes to heap
prog_game_of_life.go:73:52: Board.Population(b) escapes to heap
prog_game_of_life.go:73:52: b escapes to heap
prog_game_of_life.go:80:13: ... argument does not escape
prog_game_of_life.go:80:14: "after 40 more:" escapes to heap
prog_game_of_life.go:80:44: Board.Population(b) escapes to heap
prog_game_of_life.go:80:50: b == start escapes to heap
