// Struct embedding: promoted fields and methods, access via the embedded type name, embedded pointers.
package main

import "fmt"

type Base struct {
	ID   int
	Name string
}

func (b Base) Describe() string { return fmt.Sprintf("Base(%d, %s)", b.ID, b.Name) }
func (b *Base) Rename(n string) { b.Name = n }

type Logger struct{ Prefix string }

func (l *Logger) Log(msg string) { fmt.Println(l.Prefix + msg) }

type Service struct {
	Base
	*Logger
	Port int
}

func main() {
	s := Service{Base{1, "svc"}, &Logger{"[svc] "}, 8080}
	fmt.Println(s.ID, s.Name, s.Base.ID, s.Port, s.Prefix)
	fmt.Println(s.Describe())
	s.Rename("renamed")
	fmt.Println(s.Name, s.Base.Describe())
	s.Log("started")
	ps := &s
	ps.Log("via pointer")
	ps.ID = 42
	fmt.Println(s.Describe())
	fmt.Printf("%+v\n", s.Base)
	t := s
	t.Prefix = "[copy] "
	s.Log("shared logger")
	t.Name = "t"
	fmt.Println(s.Name, t.Name)
}
