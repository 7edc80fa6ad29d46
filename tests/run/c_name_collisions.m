c_name_collisions.go:8:13: ... argument does not escape
c_name_collisions.go:8:13: box_1 escapes to heap
c_name_collisions.go:8:13: tmp_1 escapes to heap
c_name_collisions.go:8:13: cond_1 escapes to heap
c_name_collisions.go:8:13: tag_1 escapes to heap
c_name_collisions.go:8:13: int escapes to heap
c_name_collisions.go:8:13: main escapes to heap
c_name_collisions.go:8:13: rt_x escapes to heap
c_name_collisions.go:8:13: NULL escapes to heap
c_name_collisions.go:8:13: x__y escapes to heap
c_name_collisions.go:11:14: ... argument does not escape
c_name_collisions.go:11:33: fmt.Sprint(... argument...) + fmt.Sprint(... argument...) escapes to heap
c_name_collisions.go:11:33: fmt.Sprint(... argument...) + fmt.Sprint(... argument...) escapes to heap
c_name_collisions.go:11:25: ... argument does not escape
c_name_collisions.go:11:25: box_1 escapes to heap
c_name_collisions.go:11:45: ... argument does not escape
c_name_collisions.go:11:45: tmp_1 escapes to heap
