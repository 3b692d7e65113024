package store_test

import (
	"slices"
	"testing"

	"github.com/careeratlas/careeratlas/internal/career"
	"github.com/careeratlas/careeratlas/internal/career/careertest"
	"github.com/careeratlas/careeratlas/internal/search"
	"github.com/careeratlas/careeratlas/internal/store"
)

// Occupations of the fixture renamed by nurseryFixture, after the real
// ones whose ranking they stand for.
const (
	socNursery     = "11-1021" // "Farmworkers and Laborers, Crop, Nursery, and Greenhouse", the most jobs
	socPsychAides  = "15-1252" // "Psychiatric Aides", also called "Psychiatric Nursing Aide", many jobs
	socNursingAsst = "29-2072" // "Nursing Assistants", also called "Nurse Aide", fewer jobs
)

// nurseryFixture is the fixture with three occupations renamed so that
// words match as they do in the real content: a title with "Nursery",
// one with "Aides" whose other title holds "nursing aide", and one whose
// other title is "Nurse Aide" exactly.
func nurseryFixture(t *testing.T) *store.DB {
	t.Helper()
	cat := careertest.Catalog(t)
	rename := map[string]string{
		socNursery:     "Farmworkers and Laborers, Crop, Nursery, and Greenhouse",
		socPsychAides:  "Psychiatric Aides",
		socNursingAsst: "Nursing Assistants",
	}
	for i, o := range cat.Occupations {
		if title, ok := rename[o.SOC]; ok {
			c := *o
			c.Title = title
			cat.Occupations[i] = &c
		}
	}
	cat.AltTitles = append(slices.Clone(cat.AltTitles),
		career.AltTitle{SOC: socPsychAides, Title: "Psychiatric Nursing Aide"},
		career.AltTitle{SOC: socNursingAsst, Title: "Nurse Aide"})
	return mustBuild(t, cat)
}

// TestSearchRankingTiers checks that words in a title, whole and stemmed,
// rank above words spread out or only begun: "nurse" is in "Registered
// Nurses" and "Nursing Assistants" but only begins "Nursery", and "nurse
// aid" is one other title of Nursing Assistants, "Nurse Aide".
func TestSearchRankingTiers(t *testing.T) {
	db := nurseryFixture(t)
	find := func(t *testing.T, terms ...string) []search.Hit {
		t.Helper()
		res, err := db.SearchOccupationsPage(t.Context(), search.Query{Terms: terms, Limit: 50})
		if err != nil {
			t.Fatal(err)
		}
		if res.Total != len(res.Hits) {
			t.Fatalf("total %d, %d hits on the one page", res.Total, len(res.Hits))
		}
		return res.Hits
	}
	pos := func(hits []search.Hit, soc string) int {
		return slices.IndexFunc(hits, func(h search.Hit) bool { return h.Occupation.SOC == soc })
	}

	t.Run("nurse", func(t *testing.T) {
		hits := find(t, "nurse")
		nursery := pos(hits, socNursery)
		if nursery < 0 || nursery != len(hits)-1 {
			t.Fatalf("%s at %d of %v, want last: it only begins a word with nurse", socNursery, nursery, hitSOCs(hits))
		}
		// Titles with the word as typed, then stemmed, then other titles.
		want := [][]string{{careertest.SOCNurse}, {"29-2061"}, {socNursingAsst, careertest.SOCAnnualOnly}}
		for i, group := range want {
			for _, soc := range group {
				if p := pos(hits, soc); p < i || p >= i+len(group) {
					t.Errorf("%s at %d in %v; want %v first, in that order", soc, p, hitSOCs(hits), want)
				}
			}
		}
		if p := pos(hits, careertest.SOCTopCoded); p < 4 || hits[p].AlsoCalled != "Chief Nursing Officer (CNO)" {
			t.Errorf("chief executives at %d, also called %q; want after the titles, for Chief Nursing Officer", p, hits[max(p, 0)].AlsoCalled)
		}
	})

	t.Run("nurse aid", func(t *testing.T) {
		hits := find(t, "nurse", "aid")
		if len(hits) == 0 || hits[0].Occupation.SOC != socNursingAsst || hits[0].AlsoCalled != "Nurse Aide" {
			t.Fatalf("got %v, want %s first, also called Nurse Aide", hitSOCs(hits), socNursingAsst)
		}
		if p := pos(hits, socPsychAides); p < 1 || hits[p].AlsoCalled != "Psychiatric Nursing Aide" {
			t.Errorf("psychiatric aides at %d of %v, want after nursing assistants, also called Psychiatric Nursing Aide", p, hitSOCs(hits))
		}
	})

	t.Run("a fragment begins words", func(t *testing.T) {
		hits := find(t, "electr")
		if len(hits) == 0 || hits[0].Occupation.SOC != "47-2111" || hits[0].AlsoCalled != "" {
			t.Errorf("got %v, want electricians first, by their own title", hitSOCs(hits))
		}
	})
}

// TestSearchOccupationsPage checks the total and that the pages of a
// search, read in turn, are its whole ranking once.
func TestSearchOccupationsPage(t *testing.T) {
	db, _ := mustFixture(t)
	ctx := t.Context()
	terms := []string{"a"} // begins a word of every occupation
	all, err := db.SearchOccupationsPage(ctx, search.Query{Terms: terms, Limit: 100})
	if err != nil {
		t.Fatal(err)
	}
	if all.Total != careertest.Occupations || len(all.Hits) != all.Total {
		t.Fatalf("total %d with %d hits, want all %d occupations", all.Total, len(all.Hits), careertest.Occupations)
	}
	var paged []string
	for offset := 0; offset < all.Total; offset += 3 {
		res, err := db.SearchOccupationsPage(ctx, search.Query{Terms: terms, Offset: offset, Limit: 3})
		if err != nil {
			t.Fatal(err)
		}
		if res.Total != all.Total || len(res.Hits) != min(3, all.Total-offset) {
			t.Fatalf("offset %d: total %d, %d hits", offset, res.Total, len(res.Hits))
		}
		paged = append(paged, hitSOCs(res.Hits)...)
	}
	if want := hitSOCs(all.Hits); !slices.Equal(paged, want) {
		t.Errorf("pages of 3 give %v, want %v", paged, want)
	}
	past, err := db.SearchOccupationsPage(ctx, search.Query{Terms: terms, Offset: 100, Limit: 3})
	if err != nil || past.Total != all.Total || len(past.Hits) != 0 {
		t.Errorf("past the end: %+v, %v; want the total and no hits", past, err)
	}
	none, err := db.SearchOccupationsPage(ctx, search.Query{Limit: 3})
	if err != nil || none.Total != 0 || len(none.Hits) != 0 {
		t.Errorf("no terms: %+v, %v; want nothing", none, err)
	}
}

func hitSOCs(hits []search.Hit) []string {
	out := []string{}
	for _, h := range hits {
		out = append(out, h.Occupation.SOC)
	}
	return out
}
