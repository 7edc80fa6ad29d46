// A bank-account simulation: accounts in a map, transfers with typed errors, a sorted statement.
package main

import (
	"errors"
	"fmt"
	"sort"
)

var ErrNoAccount = errors.New("no such account")

type InsufficientFunds struct {
	Need, Have int
}

func (e *InsufficientFunds) Error() string {
	return fmt.Sprintf("insufficient funds: need %d, have %d", e.Need, e.Have)
}

type Account struct {
	Owner   string
	Balance int
	History []string
}

type Bank struct {
	accounts map[string]*Account
	log      []string
}

func NewBank() *Bank { return &Bank{accounts: map[string]*Account{}} }

func (b *Bank) Open(owner string, initial int) *Account {
	a := &Account{Owner: owner, Balance: initial}
	a.History = append(a.History, fmt.Sprintf("open %d", initial))
	b.accounts[owner] = a
	return a
}

func (b *Bank) get(owner string) (*Account, error) {
	a, ok := b.accounts[owner]
	if !ok {
		return nil, fmt.Errorf("%w: %s", ErrNoAccount, owner)
	}
	return a, nil
}

func (b *Bank) Withdraw(owner string, amount int) error {
	a, err := b.get(owner)
	if err != nil {
		return err
	}
	if amount > a.Balance {
		return &InsufficientFunds{amount, a.Balance}
	}
	a.Balance -= amount
	a.History = append(a.History, fmt.Sprintf("withdraw %d", amount))
	return nil
}

func (b *Bank) Transfer(from, to string, amount int) (err error) {
	defer func() {
		status := "ok"
		if err != nil {
			status = "failed"
		}
		b.log = append(b.log, fmt.Sprintf("%s->%s %d %s", from, to, amount, status))
	}()
	dst, err := b.get(to)
	if err != nil {
		return err
	}
	if err := b.Withdraw(from, amount); err != nil {
		return fmt.Errorf("transfer %s->%s: %w", from, to, err)
	}
	dst.Balance += amount
	dst.History = append(dst.History, fmt.Sprintf("deposit %d from %s", amount, from))
	return nil
}

func main() {
	bank := NewBank()
	bank.Open("alice", 100)
	bank.Open("bob", 50)
	bank.Open("carol", 0)
	steps := []struct {
		from, to string
		amt      int
	}{
		{"alice", "bob", 30}, {"bob", "carol", 100}, {"bob", "carol", 80},
		{"dave", "alice", 1}, {"carol", "erin", 5}, {"carol", "alice", 80},
	}
	for _, s := range steps {
		err := bank.Transfer(s.from, s.to, s.amt)
		var inf *InsufficientFunds
		switch {
		case err == nil:
			fmt.Println("ok")
		case errors.As(err, &inf):
			fmt.Println("short by", inf.Need-inf.Have, "-", err)
		case errors.Is(err, ErrNoAccount):
			fmt.Println("unknown account -", err)
		}
	}
	names := make([]string, 0, len(bank.accounts))
	for n := range bank.accounts {
		names = append(names, n)
	}
	sort.Strings(names)
	total := 0
	for _, n := range names {
		a := bank.accounts[n]
		total += a.Balance
		fmt.Printf("%-6s %4d %v\n", n, a.Balance, a.History)
	}
	fmt.Println("total", total)
	for i, l := range bank.log {
		fmt.Println(i, l)
	}
}
