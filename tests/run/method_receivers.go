// Value receivers get a copy; pointer receivers modify; Go takes &v automatically for addressable v.
package main

import "fmt"

type Counter struct {
	N    int
	Name string
}

func (c Counter) Get() int { return c.N }
func (c Counter) IncCopy() { c.N++ }
func (c *Counter) Inc()    { c.N++ }
func (c *Counter) Add(d int) *Counter {
	c.N += d
	return c
}

type Celsius float64

func (c Celsius) F() float64      { return float64(c)*9/5 + 32 }
func (c *Celsius) Warm(d float64) { *c += Celsius(d) }

func main() {
	c := Counter{Name: "c"}
	c.IncCopy()
	fmt.Println(c.Get())
	c.Inc()
	c.Inc()
	fmt.Println(c.Get())
	c.Add(5).Add(10).Inc()
	fmt.Println(c.N)
	p := &c
	p.IncCopy()
	fmt.Println(p.Get())
	cs := []Counter{{}, {}}
	cs[1].Inc()
	fmt.Println(cs)
	m := map[string]*Counter{"a": {}}
	m["a"].Inc()
	fmt.Println(m["a"].N)
	t := Celsius(100)
	t.Warm(-100)
	fmt.Println(t, t.F(), Celsius(37).F())
}
