package page_test

import (
	"context"
	"slices"
	"testing"

	"github.com/careeratlas/careeratlas/internal/career"
	"github.com/careeratlas/careeratlas/internal/career/careertest"
	"github.com/careeratlas/careeratlas/internal/view/page"
)

func TestNewSearchPage(t *testing.T) {
	t.Run("no query", func(t *testing.T) {
		p := page.NewSearchPage(page.SearchInput{Common: common(), Groups: fx.Groups})
		checkMeta(t, p.Meta, "Search", "/search", false, home, crumb("Search", ""))
		if p.Meta.Query != "" || p.Searched {
			t.Errorf("query %q, searched %v; want neither", p.Meta.Query, p.Searched)
		}
		// With nothing found, popular searches and the groups are offered.
		if len(p.Popular) != 8 || len(p.Groups) != careertest.Groups {
			t.Errorf("%d popular searches, %d groups; want 8 and %d", len(p.Popular), len(p.Groups), careertest.Groups)
		}
		if i := slices.IndexFunc(p.Popular, func(l page.Link) bool { return l.Label == "medical coder" }); i < 0 || p.Popular[i].URL != "/search?q=medical+coder" {
			t.Errorf("Popular = %+v, want medical coder escaped", p.Popular)
		}
	})

	t.Run("results", func(t *testing.T) {
		ctx := context.Background()
		occs, err := fx.DB.SearchOccupations(ctx, []string{"nurse"}, 20)
		if err != nil {
			t.Fatal(err)
		}
		schools, err := fx.DB.SearchSchoolNames(ctx, []string{"columbus"}, 5)
		if err != nil {
			t.Fatal(err)
		}
		if len(occs) == 0 || len(schools) == 0 {
			t.Fatalf("the fixture found %d occupations and %d schools, want some", len(occs), len(schools))
		}
		in := page.SearchInput{Common: common(), Query: "nurse", Searched: true, Occupations: occs, Schools: schools,
			SchoolsURL: "/schools?name=nurse", Groups: fx.Groups}
		p := page.NewSearchPage(in)
		checkMeta(t, p.Meta, "Search: nurse", "/search", true, home, crumb("Search", ""))
		if p.Meta.Query != "nurse" || p.Query != "nurse" || !p.Searched || p.SchoolsURL != in.SchoolsURL {
			t.Errorf("query %q/%q, searched %v, schools URL %q", p.Meta.Query, p.Query, p.Searched, p.SchoolsURL)
		}
		if len(p.Occupations) != len(occs) || p.Occupations[0].SOC != occs[0].SOC {
			t.Errorf("%d occupation rows, want %d in order", len(p.Occupations), len(occs))
		}
		if p.Popular != nil || p.Groups != nil {
			t.Errorf("popular %v, groups %v offered beside results", p.Popular, p.Groups)
		}
		i := slices.IndexFunc(p.Schools, func(s page.SchoolLink) bool { return s.Name == "Columbus State Community College" })
		if i < 0 {
			t.Fatalf("schools %+v lack Columbus State", p.Schools)
		}
		if want := (page.SchoolLink{Name: "Columbus State Community College", URL: "/schools/202222/columbus-state-community-college",
			Place: "Columbus, OH", Control: "Public"}); p.Schools[i] != want {
			t.Errorf("school link %+v, want %+v", p.Schools[i], want)
		}
	})

	t.Run("nothing found, corrected", func(t *testing.T) {
		sc := career.School{Institution: career.Institution{UnitID: "1", Name: "Nursing School", City: "Erie", State: "PA", Control: career.PrivateForProfit}, Slug: "nursing-school"}
		p := page.NewSearchPage(page.SearchInput{Common: common(), Query: "nurze", Searched: true, Corrected: "nurse",
			Schools: []career.School{sc}, Groups: fx.Groups})
		if p.Corrected != "nurse" || !p.Meta.NoIndex || p.Meta.Title != "Search: nurze" {
			t.Errorf("corrected %q, noindex %v, title %q", p.Corrected, p.Meta.NoIndex, p.Meta.Title)
		}
		if len(p.Popular) == 0 || len(p.Groups) != careertest.Groups {
			t.Errorf("%d popular, %d groups; want both offered when no occupation is found", len(p.Popular), len(p.Groups))
		}
		if want := []page.SchoolLink{{Name: "Nursing School", URL: "/schools/1/nursing-school", Place: "Erie, PA", Control: "Private for-profit"}}; !slices.Equal(p.Schools, want) {
			t.Errorf("Schools = %+v, want %+v", p.Schools, want)
		}
	})
}
