package main

import (
	"errors"
	"fmt"
	"strings"
	"testing"
)

func TestShortProblems(t *testing.T) {
	many := []string{"import geo: nothing written:"}
	for i := 1; i <= 50; i++ {
		many = append(many, fmt.Sprintf("US.txt:%d: postal code %q is not a 5-digit ZIP code", i, "abc"))
	}
	tests := []struct {
		name  string
		err   error
		lines int
		last  string
	}{
		{"nil", nil, 0, ""},
		{"few problems are all printed", errors.New(strings.Join(many[:5], "\n")), 5, "US.txt:4: postal code \"abc\" is not a 5-digit ZIP code"},
		{"many are cut to twenty and counted", errors.New(strings.Join(many, "\n")), 22, "… and 30 more problems"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got := shortProblems(tt.err, 20)
			if tt.err == nil {
				if got != nil {
					t.Errorf("got %v, want nil", got)
				}
				return
			}
			lines := strings.Split(got.Error(), "\n")
			if len(lines) != tt.lines || lines[len(lines)-1] != tt.last {
				t.Errorf("got %d lines ending %q, want %d ending %q", len(lines), lines[len(lines)-1], tt.lines, tt.last)
			}
		})
	}
}
