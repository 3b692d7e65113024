package page_test

import (
	"slices"
	"strings"
	"testing"

	"github.com/careeratlas/careeratlas/internal/career"
	"github.com/careeratlas/careeratlas/internal/finder"
	"github.com/careeratlas/careeratlas/internal/view/page"
)

func TestNewAboutDataPage(t *testing.T) {
	c := common()
	c.Sources = append(c.Sources, career.Source{Dataset: "big", Name: "A big file", Release: "2025", File: "big.csv", Rows: 1234567})
	p := page.NewAboutDataPage(page.AboutDataInput{Common: c})
	checkMeta(t, p.Meta, "About the data", "/about/data", false, home, crumb("About the data", ""))
	if p.Meta.Section != "about" {
		t.Errorf("Section = %q, want about", p.Meta.Section)
	}
	if len(p.Sources) != len(c.Sources) {
		t.Fatalf("%d source rows, want %d", len(p.Sources), len(c.Sources))
	}
	oews := slices.IndexFunc(c.Sources, func(s career.Source) bool { return s.Dataset == "oews_national" })
	if want := (page.SourceRow{Name: "BLS Occupational Employment and Wage Statistics", Release: "May 2024", File: "national_M2024_dl.xlsx", Rows: "17"}); p.Sources[oews] != want {
		t.Errorf("OEWS row = %+v, want %+v", p.Sources[oews], want)
	}
	if got := p.Sources[len(p.Sources)-1].Rows; got != "1,234,567" {
		t.Errorf("rows = %q, want 1,234,567", got)
	}
	if len(p.Bands) != 6 || p.Bands[0].Key != "much-faster" || p.Bands[0].Range != "7 percent or more" ||
		p.Bands[2].Range != "3 to 4 percent" || p.Bands[5].Key != "decline" || p.Bands[5].Range != "-1 percent or less" {
		t.Errorf("Bands = %+v, want the six categories with the fixture scale's ranges", p.Bands)
	}
	if p.Total != "+3.1%" {
		t.Errorf("Total = %q, want +3.1%%", p.Total)
	}
	if got := page.NewAboutDataPage(page.AboutDataInput{Common: page.Common{BaseURL: baseURL, Stylesheet: stylesheet}}); got.Total != "" || len(got.Sources) != 0 {
		t.Errorf("without sources: total %q, %d rows; want none", got.Total, len(got.Sources))
	}
}

// TestCreditsNameTheONETRelease names the O*NET release loaded, not one
// written into the code.
func TestCreditsNameTheONETRelease(t *testing.T) {
	c := page.Common{Sources: []career.Source{{Dataset: "onet_interests", Release: "O*NET 30.1"}}}
	if got := page.NewAboutDataPage(page.AboutDataInput{Common: c}).ONETRelease; got != "O*NET 30.1" {
		t.Errorf("about page names %q, want O*NET 30.1", got)
	}
	in := page.ListInput{Common: c, List: finder.List{Slug: "helping", Title: "Helping", Filter: finder.Filter{Interest: "Social"}}}
	if s := source(t, page.NewListPage(in).Sources, "Interests"); !strings.HasPrefix(s.Label, "O*NET 30.1 Database") {
		t.Errorf("a list by interest credits %q, want the O*NET 30.1 Database", s.Label)
	}
}
