package search

import (
	"slices"
	"strings"
	"testing"
)

func TestTerms(t *testing.T) {
	tests := map[string][]string{
		"Medical  Records!":       {"medical", "records"},
		`"RN" OR * NEAR(`:         {"rn", "or", "near"},
		"":                        nil,
		"café—owner":              {"café", "owner"},
		strings.Repeat("a ", 500): {"a", "a", "a", "a", "a", "a", "a", "a"},
	}
	for q, want := range tests {
		if got := Terms(q); !slices.Equal(got, want) {
			t.Errorf("Terms(%.20q) = %q, want %q", q, got, want)
		}
	}
	long := strings.Repeat("é", MaxQuery) // cut inside a rune must stay valid
	for _, w := range Terms(long) {
		if strings.ContainsRune(w, '\uFFFD') {
			t.Error("cut in the middle of a character")
		}
	}
}

func TestCorrect(t *testing.T) {
	v := Vocabulary{"nurse": 40, "nurses": 10, "accountant": 30, "electrician": 20, "electricians": 5, "medical": 50, "records": 20, "rn": 9, "plumber": 4}
	tests := []struct {
		in      []string
		want    []string
		changed bool
	}{
		{[]string{"nurce"}, []string{"nurse"}, true},
		{[]string{"acountant"}, []string{"accountant"}, true},
		{[]string{"electrision"}, []string{"electrician"}, true},
		{[]string{"medical", "recrods"}, []string{"medical", "records"}, true},
		{[]string{"electr"}, []string{"electr"}, false}, // a prefix, not a typo
		{[]string{"rn"}, []string{"rn"}, false},         // short words are left alone
		{[]string{"zzzzzz"}, []string{"zzzzzz"}, false}, // nothing close
	}
	for _, tt := range tests {
		got, changed := v.Correct(tt.in)
		if !slices.Equal(got, tt.want) || changed != tt.changed {
			t.Errorf("Correct(%q) = %q, %v; want %q, %v", tt.in, got, changed, tt.want, tt.changed)
		}
	}
}
