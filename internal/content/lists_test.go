package content

import (
	"slices"
	"strings"
	"testing"

	"github.com/careeratlas/careeratlas/internal/finder"
)

// TestListFilterFields reads the filter fields that keep a list to its
// title: growth_min (not declining) and interest_min (strongly so).
func TestListFilterFields(t *testing.T) {
	list := `---
title: Helping jobs that are not shrinking
summary: Occupations strong in helping people.
updated: 2026-12-06
filter:
  experience: None
  growth_min: little-change
  interest: Social
  interest_min: 5.5
sort: openings
---
`
	cat, err := Load(testFS(map[string]string{"lists/helping.md": list}))
	if err != nil {
		t.Fatalf("Load: %v", err)
	}
	f := cat.Lists[0].Filter
	if f.GrowthMin != "little-change" || f.Interest != "Social" || f.InterestMin != 5.5 || f.Experience != "None" {
		t.Errorf("filter %+v", f)
	}

	bad := `---
title: Broken
summary: x
updated: 2026-12-06
filter:
  growth_min: shrinking
  interest_min: 9
---
`
	_, err = Load(testFS(map[string]string{"lists/broken.md": bad}))
	for _, want := range []string{
		`lists/broken.md:6: filter growth_min "shrinking" is not one of`,
		`lists/broken.md:7: filter interest_min "9" must be a score from 1 to 7`,
		`lists/broken.md:7: filter interest_min needs interest`,
	} {
		if err == nil || !strings.Contains(err.Error(), want) {
			t.Errorf("problems lack %q\ngot:\n%v", want, err)
		}
	}
}

// TestHandPickedList reads a list whose occupations an editor chose, by
// slug or SOC code, each with its reason, in the order given.
func TestHandPickedList(t *testing.T) {
	list := `---
title: Jobs with records
summary: Work that keeps good records.
updated: 2026-12-06
occupations:
  - occupation: health-information-technologists-and-medical-registrars
    why: >-
      They run the systems that hold
      the records.
  - occupation: "29-2072"
    why: They code every visit.
---

Our words.
`
	cat, err := Load(testFS(map[string]string{"lists/records.md": list}))
	if err != nil {
		t.Fatalf("Load: %v", err)
	}
	l := cat.Lists[0]
	want := []finder.Pick{{SOC: "29-9021", Why: "They run the systems that hold the records."}, {SOC: "29-2072", Why: "They code every visit."}}
	if !slices.Equal(l.Picks, want) || !l.HandPicked() || !l.Filter.Empty() {
		t.Errorf("picks %+v, want %+v", l.Picks, want)
	}
}

// TestHandPickedListProblems reports every mistake in a hand-picked list
// at its line, with a suggestion where one helps.
func TestHandPickedListProblems(t *testing.T) {
	tests := []struct {
		name, front string
		want        []string
	}{
		{
			"unknown occupations, a duplicate, missing and bad reasons",
			`occupations:
  - occupation: medical-record-specialists
    why: A typo one letter away.
  - occupation: health-technologists
    why: Too few words.
  - occupation: "29-2073"
    why: A code one digit off.
  - occupation: "29-2072"
    why: The first time.
  - occupation: medical-records-specialists
    why: The second time.
  - occupation: health-information-technologists-and-medical-registrars
  - occupation: health-technologists-and-technicians-all-other
    why: They earn $80,000.
  - why: No occupation at all.
  - occupaton: "29-2072"
    why: A typo in the key.
`,
			[]string{
				`lists/x.md:6: occupation "medical-record-specialists" is not an occupation's slug or SOC code: did you mean medical-records-specialists?`,
				`lists/x.md:8: occupation "health-technologists" is not an occupation's slug or SOC code: did you mean health-technologists-and-technicians-all-other?`,
				`lists/x.md:10: occupation "29-2073" is not a SOC code in the BLS data: did you mean "29-2072" (Medical Records Specialists)?`,
				`lists/x.md:14: Medical Records Specialists (medical-records-specialists) is already on the list, on line 12`,
				`lists/x.md:16: occupations entry for health-information-technologists-and-medical-registrars has no why`,
				`lists/x.md:18: why states a figure`,
				`lists/x.md:19: occupations entry has no occupation`,
				`lists/x.md:20: unknown key "occupaton": did you mean "occupation"?`,
			},
		},
		{
			"both a filter and occupations",
			`filter:
  group: "29-0000"
occupations:
  - occupation: "29-2072"
    why: Chosen.
`,
			[]string{`lists/x.md:7: a list has a filter or hand-picked occupations, not both (filter is on line 5): remove filter to show the occupations picked, in their order, or remove occupations to let the filter choose`},
		},
		{
			"sort and limit mean nothing to a hand-picked list",
			`sort: pay
limit: 5
occupations:
  - occupation: "29-2072"
    why: Chosen.
`,
			[]string{
				`lists/x.md:5: sort does not apply to a hand-picked list`,
				`lists/x.md:6: limit does not apply to a hand-picked list`,
			},
		},
		{
			"neither a filter nor occupations",
			"sort: pay\n",
			[]string{`lists/x.md:2: filter is missing: give a filter (filter: {} takes every occupation), or pick occupations by hand under occupations:`},
		},
		{
			"an empty list of occupations",
			"occupations: []\n",
			[]string{`lists/x.md:5: occupations must be a list of entries`},
		},
		{
			"a long reason",
			"occupations:\n  - occupation: \"29-2072\"\n    why: " + strings.Repeat("word ", 40) + "\n",
			[]string{`lists/x.md:7: why is 199 characters; keep it to 160`},
		},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			doc := "---\ntitle: X\nsummary: x\nupdated: 2026-12-06\n" + tt.front + "---\n"
			_, err := Load(testFS(map[string]string{"lists/x.md": doc}))
			if err == nil {
				t.Fatal("Load accepted the list")
			}
			for _, want := range tt.want {
				if !strings.Contains(err.Error(), want) {
					t.Errorf("problems lack %q\ngot:\n%v", want, err)
				}
			}
		})
	}
}
