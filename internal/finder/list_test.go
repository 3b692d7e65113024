package finder

import (
	"slices"
	"testing"
)

func TestListMembers(t *testing.T) {
	interests := map[string][6]float64{"43-6013": {1, 2, 1, 5, 3, 6.5}, "29-2072": {1, 3, 1, 2, 2, 6.8}}
	tests := []struct {
		name string
		list List
		want []string
	}{
		{
			"filter and order, fewer than the limit",
			List{Filter: Filter{EducationMax: "Associate's degree"}, Sort: ByPay, Limit: 30},
			[]string{"Health Information Technologists and Medical Registrars", "Medical Records Specialists",
				"Medical Secretaries and Administrative Assistants", "Cashiers"},
		},
		{
			"the limit cuts the ordered list",
			List{Filter: Filter{EducationMax: "Associate's degree"}, Sort: ByPay, Limit: 2},
			[]string{"Health Information Technologists and Medical Registrars", "Medical Records Specialists"},
		},
		{
			"another order",
			List{Filter: Filter{OpeningsMin: 10000}, Sort: ByOpenings, Limit: 3},
			[]string{"Cashiers", "Medical Secretaries and Administrative Assistants", "Medical and Health Services Managers"},
		},
		{
			"interests come from the map",
			List{Filter: Filter{Interest: "Conventional"}, Sort: ByTitle, Limit: 10},
			[]string{"Medical Records Specialists", "Medical Secretaries and Administrative Assistants"},
		},
		{"nothing passes", List{Filter: Filter{PayMin: 1_000_000}, Sort: ByPay, Limit: 10}, nil},
		{
			"hand-picked: the editor's order, whatever the sort and limit",
			List{Picks: []Pick{{"41-2011", "a"}, {"29-2072", "b"}, {"11-9111", "c"}}, Sort: ByTitle, Limit: 1},
			[]string{"Cashiers", "Medical Records Specialists", "Medical and Health Services Managers"},
		},
		{
			"hand-picked: an occupation gone from the data is left out",
			List{Picks: []Pick{{"29-2072", "b"}, {"99-9999", "gone"}}},
			[]string{"Medical Records Specialists"},
		},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			all := slices.Clone(sample)
			got := titles(tt.list.Members(all, interests))
			if !slices.Equal(got, tt.want) {
				t.Errorf("Members:\n got %q\nwant %q", got, tt.want)
			}
			if !slices.Equal(all, sample) {
				t.Error("Members reordered the occupations it was given")
			}
		})
	}
}

func TestListPath(t *testing.T) {
	l := List{Slug: "good-pay-without-a-bachelors-degree", Title: "Good pay without a bachelor's degree"}
	if got, want := l.Path(), "/lists/good-pay-without-a-bachelors-degree"; got != want {
		t.Errorf("Path() = %q, want %q", got, want)
	}
}

// TestListMembersResidual keeps the "All Other" categories off filtered
// lists: they are not jobs anyone applies for. An editor may still pick one.
func TestListMembersResidual(t *testing.T) {
	other := occ("29-9099", "Healthcare Practitioners and Technical Workers, All Other", "Associate's degree", 80000, 5, 20)
	all := append(slices.Clone(sample), other)
	l := List{Filter: Filter{EducationMax: "Associate's degree"}, Sort: ByPay, Limit: 10}
	if got := titles(l.Members(all, nil)); slices.Contains(got, other.Title) {
		t.Errorf("a filtered list has %q: %q", other.Title, got)
	}
	picked := List{Picks: []Pick{{other.SOC, "the rest of the field"}}}
	if got := titles(picked.Members(all, nil)); !slices.Equal(got, []string{other.Title}) {
		t.Errorf("hand-picked %q, want the one picked", got)
	}
	if got := picked.Why(other.SOC); got != "the rest of the field" {
		t.Errorf("Why = %q", got)
	}
}
