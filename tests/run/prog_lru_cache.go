// An LRU cache built from a map and a doubly linked list with sentinel node; eviction order.
package main

import (
	"fmt"
	"strings"
)

type entry struct {
	key        string
	val        int
	prev, next *entry
}

type LRU struct {
	cap   int
	items map[string]*entry
	root  entry
	evict func(k string, v int)
}

func NewLRU(capacity int, onEvict func(string, int)) *LRU {
	c := &LRU{cap: capacity, items: make(map[string]*entry), evict: onEvict}
	c.root.next, c.root.prev = &c.root, &c.root
	return c
}

func (c *LRU) unlink(e *entry) { e.prev.next, e.next.prev = e.next, e.prev }

func (c *LRU) pushFront(e *entry) {
	e.prev, e.next = &c.root, c.root.next
	c.root.next.prev = e
	c.root.next = e
}

func (c *LRU) Get(k string) (int, bool) {
	e, ok := c.items[k]
	if !ok {
		return 0, false
	}
	c.unlink(e)
	c.pushFront(e)
	return e.val, true
}

func (c *LRU) Put(k string, v int) {
	if e, ok := c.items[k]; ok {
		e.val = v
		c.unlink(e)
		c.pushFront(e)
		return
	}
	if len(c.items) == c.cap {
		old := c.root.prev
		c.unlink(old)
		delete(c.items, old.key)
		if c.evict != nil {
			c.evict(old.key, old.val)
		}
	}
	e := &entry{key: k, val: v}
	c.items[k] = e
	c.pushFront(e)
}

func (c *LRU) String() string {
	var parts []string
	for e := c.root.next; e != &c.root; e = e.next {
		parts = append(parts, fmt.Sprintf("%s=%d", e.key, e.val))
	}
	return "[" + strings.Join(parts, " ") + "]"
}

func main() {
	var evicted []string
	c := NewLRU(3, func(k string, v int) { evicted = append(evicted, fmt.Sprint(k, ":", v)) })
	c.Put("a", 1)
	c.Put("b", 2)
	c.Put("c", 3)
	fmt.Println(c)
	v, ok := c.Get("a")
	fmt.Println(v, ok, c)
	c.Put("d", 4)
	fmt.Println(c, evicted)
	_, ok = c.Get("b")
	fmt.Println(ok)
	c.Put("c", 30)
	c.Put("e", 5)
	c.Put("f", 6)
	fmt.Println(c, evicted, len(c.items))
	hits, misses := 0, 0
	for i := 0; i < 100; i++ {
		k := string(rune('a' + i%5))
		if _, ok := c.Get(k); ok {
			hits++
		} else {
			misses++
			c.Put(k, i)
		}
	}
	fmt.Println(hits, misses, c, len(evicted))
}
