// Graph algorithms with maps and slices: BFS shortest paths, DFS order, connected components,
// topological sort.
package main

import (
	"fmt"
	"sort"
)

type Graph map[string][]string

func (g Graph) addEdge(a, b string, directed bool) {
	g[a] = append(g[a], b)
	if !directed {
		g[b] = append(g[b], a)
	} else if _, ok := g[b]; !ok {
		g[b] = nil
	}
}

func (g Graph) nodes() []string {
	var ns []string
	for n := range g {
		ns = append(ns, n)
	}
	sort.Strings(ns)
	return ns
}

func (g Graph) bfs(start string) (map[string]int, map[string]string) {
	dist := map[string]int{start: 0}
	prev := map[string]string{}
	queue := []string{start}
	for len(queue) > 0 {
		cur := queue[0]
		queue = queue[1:]
		for _, nb := range g[cur] {
			if _, seen := dist[nb]; !seen {
				dist[nb] = dist[cur] + 1
				prev[nb] = cur
				queue = append(queue, nb)
			}
		}
	}
	return dist, prev
}

func path(prev map[string]string, to string) []string {
	var p []string
	for n, ok := to, true; ok; n, ok = prev[n] {
		p = append([]string{n}, p...)
	}
	return p
}

func (g Graph) dfs(n string, seen map[string]bool, out *[]string) {
	seen[n] = true
	*out = append(*out, n)
	for _, nb := range g[n] {
		if !seen[nb] {
			g.dfs(nb, seen, out)
		}
	}
}

func (g Graph) topo() []string {
	indeg := map[string]int{}
	for _, n := range g.nodes() {
		for _, m := range g[n] {
			indeg[m]++
		}
	}
	var ready, order []string
	for _, n := range g.nodes() {
		if indeg[n] == 0 {
			ready = append(ready, n)
		}
	}
	for len(ready) > 0 {
		sort.Strings(ready)
		n := ready[0]
		ready = ready[1:]
		order = append(order, n)
		for _, m := range g[n] {
			if indeg[m]--; indeg[m] == 0 {
				ready = append(ready, m)
			}
		}
	}
	return order
}

func main() {
	g := Graph{}
	for _, e := range [][2]string{{"a", "b"}, {"a", "c"}, {"b", "d"}, {"c", "d"}, {"d", "e"}, {"x", "y"}} {
		g.addEdge(e[0], e[1], false)
	}
	dist, prev := g.bfs("a")
	for _, n := range g.nodes() {
		if d, ok := dist[n]; ok {
			fmt.Println(n, d, path(prev, n))
		} else {
			fmt.Println(n, "unreachable")
		}
	}
	seen := map[string]bool{}
	comps := 0
	for _, n := range g.nodes() {
		if !seen[n] {
			var order []string
			g.dfs(n, seen, &order)
			comps++
			fmt.Println("component", comps, order)
		}
	}
	dag := Graph{}
	for _, e := range [][2]string{{"shirt", "tie"}, {"tie", "jacket"}, {"pants", "shoes"}, {"pants", "belt"}, {"belt", "jacket"}, {"socks", "shoes"}} {
		dag.addEdge(e[0], e[1], true)
	}
	fmt.Println(dag.topo())
}
