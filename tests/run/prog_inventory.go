// An inventory report: structs with methods, interfaces for pricing rules, grouping with maps,
// sorting with several keys and a formatted table.
package main

import (
	"fmt"
	"sort"
	"strings"
)

type Item struct {
	SKU      string
	Name     string
	Category string
	Price    float64
	Qty      int
}

func (i Item) Value() float64 { return i.Price * float64(i.Qty) }

type Rule interface {
	Apply(Item) float64
	Name() string
}

type Discount struct{ Pct float64 }

func (d Discount) Apply(i Item) float64 { return i.Price * (1 - d.Pct/100) }
func (d Discount) Name() string         { return fmt.Sprintf("%.0f%% off", d.Pct) }

type BulkRule struct {
	MinQty int
	Off    float64
}

func (b *BulkRule) Apply(i Item) float64 {
	if i.Qty >= b.MinQty {
		return i.Price - b.Off
	}
	return i.Price
}
func (b *BulkRule) Name() string { return fmt.Sprintf("bulk>=%d", b.MinQty) }

func main() {
	items := []Item{
		{"A1", "Widget", "tools", 2.50, 100},
		{"B2", "Gadget", "tools", 10.00, 5},
		{"C3", "Apple", "food", 0.40, 300},
		{"D4", "Bread", "food", 2.25, 20},
		{"E5", "Lamp", "home", 15.99, 0},
		{"F6", "Chair", "home", 45.00, 4},
	}
	byCat := map[string][]Item{}
	for _, it := range items {
		byCat[it.Category] = append(byCat[it.Category], it)
	}
	cats := make([]string, 0, len(byCat))
	for c := range byCat {
		cats = append(cats, c)
	}
	sort.Strings(cats)
	fmt.Println(strings.Repeat("=", 40))
	grand := 0.0
	for _, c := range cats {
		list := byCat[c]
		sort.Slice(list, func(i, j int) bool { return list[i].Value() > list[j].Value() })
		sub := 0.0
		fmt.Printf("%s:\n", strings.ToUpper(c))
		for _, it := range list {
			fmt.Printf("  %-3s %-8s %6.2f x %3d = %8.2f\n", it.SKU, it.Name, it.Price, it.Qty, it.Value())
			sub += it.Value()
		}
		fmt.Printf("  %-31s %8.2f\n", "subtotal", sub)
		grand += sub
	}
	fmt.Println(strings.Repeat("=", 40))
	fmt.Printf("%-33s %8.2f\n", "TOTAL", grand)
	rules := []Rule{Discount{10}, &BulkRule{50, 0.25}, Discount{0}}
	for _, r := range rules {
		fmt.Printf("%-10s", r.Name())
		for _, it := range items[:3] {
			fmt.Printf(" %6.3f", r.Apply(it))
		}
		fmt.Println()
	}
	var out []string
	for _, it := range items {
		if it.Qty == 0 {
			out = append(out, it.Name)
		}
	}
	fmt.Println("out of stock:", out)
}
