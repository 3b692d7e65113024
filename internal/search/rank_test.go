package search

import (
	"slices"
	"testing"
)

func TestTitleFit(t *testing.T) {
	tests := []struct {
		title string
		terms []string
		want  Fit
	}{
		{"Nurse Aide", []string{"nurse", "aid"}, Fit{Share: 1, Exact: 1}},
		{"Psychiatric Nursing Aide", []string{"nurse", "aid"}, Fit{Share: 2.0 / 3, Exact: 0.5}},
		{"Certified Nurses Aide (CNA)", []string{"nurse", "aid"}, Fit{Share: 0.5, Exact: 1}},
		{"Nurse's Aides Teacher", []string{"nurse", "aid"}, Fit{Share: 2.0 / 3, Exact: 1}}, // the "s" of "Nurse's" is no word
		{"Registered Nurses", []string{"nurse"}, Fit{Share: 0.5, Exact: 1}},
		{"Nursing Assistants", []string{"nurse"}, Fit{Share: 0.5, Exact: 0}},
		{"Licensed Practical and Licensed Vocational Nurses", []string{"nurse"}, Fit{Share: 0.2, Exact: 1}}, // "and" is not counted
		{"Plumbers, Pipefitters, and Steamfitters", []string{"plumbers"}, Fit{Share: 1.0 / 3, Exact: 1}},
		{"Nurse", []string{"nurses"}, Fit{Share: 1, Exact: 1}},
		{"", []string{"nurse"}, Fit{}},
		{"Nurse", nil, Fit{}},
	}
	for _, tt := range tests {
		if got := TitleFit(tt.title, tt.terms); got != tt.want {
			t.Errorf("TitleFit(%q, %q) = %+v, want %+v", tt.title, tt.terms, got, tt.want)
		}
	}
}

func TestRank(t *testing.T) {
	nurse := []string{"nurse"}
	tests := []struct {
		name    string
		terms   []string
		matches []Match
		want    []string
	}{
		{
			name:  "how it matched comes before jobs and bm25",
			terms: nurse,
			matches: []Match{
				{SOC: "tools", Where: InTools, BM25: -20, Jobs: 9e6},
				{SOC: "nursery", Title: "Farmworkers, Nursery", Where: AsPrefix, BM25: -30, Jobs: 5e6},
				{SOC: "prose", Where: InText, BM25: -2, Jobs: 10},
				{SOC: "other", Where: InOtherTitle, Best: Fit{Share: 1, Exact: 1}, Jobs: 1e6},
				{SOC: "own", Where: InOwnTitle, Best: Fit{Share: 0.2, Exact: 0}, InTitle: 1, Jobs: 100},
			},
			want: []string{"own", "other", "prose", "nursery", "tools"},
		},
		{
			name:  "the word as typed above a stem, then jobs",
			terms: nurse,
			matches: []Match{
				{SOC: "nursing assistants", Where: InOwnTitle, Best: Fit{Share: 0.5}, InTitle: 1, Jobs: 1.3e6},
				{SOC: "nurse midwives", Where: InOwnTitle, Best: Fit{Share: 0.5, Exact: 1}, InTitle: 1, Jobs: 8e3},
				{SOC: "registered nurses", Where: InOwnTitle, Best: Fit{Share: 0.5, Exact: 1}, InTitle: 1, Jobs: 3.3e6},
			},
			want: []string{"registered nurses", "nurse midwives", "nursing assistants"},
		},
		{
			name:  "an other title that is the query above one that holds it among more words",
			terms: []string{"nurse", "aid"},
			matches: []Match{
				{SOC: "psychiatric aides", Where: InOtherTitle, Best: Fit{Share: 2.0 / 3, Exact: 0.5}, InTitle: 0.5, Jobs: 1e5},
				{SOC: "home health aides", Where: InOtherTitle, Best: Fit{Share: 0.5, Exact: 1}, InTitle: 0.5, Jobs: 3.7e6},
				{SOC: "nursing assistants", Where: InOtherTitle, Best: Fit{Share: 1, Exact: 1}, InTitle: 0.5, Jobs: 1.3e6},
			},
			want: []string{"nursing assistants", "home health aides", "psychiatric aides"},
		},
		{
			name:  "more titles that hold the words above some more jobs",
			terms: []string{"medical", "coder"},
			matches: []Match{
				{SOC: "medical secretaries", Where: InOtherTitle, Best: Fit{Share: 2.0 / 3, Exact: 1}, InTitle: 0.5, Titles: 2, Jobs: 8e5},
				{SOC: "medical records specialists", Where: InOtherTitle, Best: Fit{Share: 1, Exact: 1}, InTitle: 0.5, Titles: 7, Jobs: 1.9e5},
			},
			want: []string{"medical records specialists", "medical secretaries"},
		},
		{
			name:  "prose by bm25, a title begun by the terms counting",
			terms: []string{"electr"},
			matches: []Match{
				{SOC: "b", Title: "Sales Engineers", Where: AsPrefix, BM25: -5},
				{SOC: "a", Title: "Electricians", Where: AsPrefix, BM25: -4},
				{SOC: "c", Title: "Cooks", Where: AsPrefix, BM25: -1},
			},
			want: []string{"a", "b", "c"},
		},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			Rank(tt.matches, tt.terms)
			var got []string
			for _, m := range tt.matches {
				got = append(got, m.SOC)
			}
			if !slices.Equal(got, tt.want) {
				t.Errorf("Rank = %q, want %q", got, tt.want)
			}
		})
	}
}
