// A builder with pointer-receiver methods returning the receiver, and value-receiver "with"
// methods returning modified copies.
package main

import (
	"fmt"
	"strings"
)

type Query struct {
	table  string
	wheres []string
	limit  int
	order  string
}

func From(t string) *Query { return &Query{table: t} }

func (q *Query) Where(cond string) *Query { q.wheres = append(q.wheres, cond); return q }
func (q *Query) Limit(n int) *Query       { q.limit = n; return q }
func (q *Query) OrderBy(c string) *Query  { q.order = c; return q }

func (q *Query) String() string {
	var sb strings.Builder
	sb.WriteString("SELECT * FROM " + q.table)
	if len(q.wheres) > 0 {
		sb.WriteString(" WHERE " + strings.Join(q.wheres, " AND "))
	}
	if q.order != "" {
		sb.WriteString(" ORDER BY " + q.order)
	}
	if q.limit > 0 {
		fmt.Fprintf(&sb, " LIMIT %d", q.limit)
	}
	return sb.String()
}

type Style struct {
	Bold  bool
	Color string
	Size  int
}

func (s Style) WithBold() Style          { s.Bold = true; return s }
func (s Style) WithColor(c string) Style { s.Color = c; return s }
func (s Style) WithSize(n int) Style     { s.Size = n; return s }

func main() {
	q := From("users").Where("age > 18").Where("active").OrderBy("name").Limit(10)
	fmt.Println(q)
	fmt.Println(From("t"))
	base := Style{Size: 12}
	title := base.WithBold().WithSize(20).WithColor("red")
	note := base.WithColor("gray")
	fmt.Printf("%+v\n%+v\n%+v\n", base, title, note)
}
