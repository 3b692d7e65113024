package page_test

import (
	"slices"
	"testing"

	"github.com/careeratlas/careeratlas/internal/career"
	"github.com/careeratlas/careeratlas/internal/career/careertest"
	"github.com/careeratlas/careeratlas/internal/view/format"
	"github.com/careeratlas/careeratlas/internal/view/layout"
	"github.com/careeratlas/careeratlas/internal/view/page"
)

func TestNewHomePage(t *testing.T) {
	featured := []*career.Occupation{
		occupation(t, careertest.SOCWritten), occupation(t, careertest.SOCHourlyOnly),
		occupation(t, careertest.SOCNoWages), occupation(t, careertest.SOCTopCoded),
		{SOC: "99-1234", Slug: "new-occupation", Title: "New Occupation"}, // no figures yet
	}
	p := page.NewHomePage(page.HomeInput{Common: common(), Groups: fx.Groups, Featured: featured, Lists: fx.Lists})

	checkMeta(t, p.Meta, layout.SiteName, "/", false)
	if p.Meta.FullTitle() == layout.SiteName {
		t.Errorf("FullTitle() = %q, want the site name with its tagline", p.Meta.FullTitle())
	}
	if len(p.Groups) != careertest.Groups {
		t.Errorf("%d groups, want %d", len(p.Groups), careertest.Groups)
	}
	if p.Total != careertest.Occupations {
		t.Errorf("Total = %d, want %d", p.Total, careertest.Occupations)
	}
	for _, g := range p.Groups {
		if g.Title == "" || g.Path == "/groups/" || g.Count == 0 {
			t.Errorf("group %+v lacks a title, path or count", g)
		}
	}
	health := p.Groups[slices.IndexFunc(fx.Groups, func(g *career.Group) bool { return g.Code == "29-0000" })]
	if want := (page.GroupSummary{Title: "Healthcare Practitioners and Technical Occupations",
		Path: "/groups/healthcare-practitioners-and-technical", Count: 3, Median: "$83,090"}); health != want {
		t.Errorf("health group = %+v, want %+v", health, want)
	}

	tests := []struct {
		name string
		got  page.OccupationRow
		want page.OccupationRow
	}{
		{"full figures", p.Featured[0], page.OccupationRow{
			Title: "Medical Records Specialists", Path: "/occupations/" + careertest.SlugWritten, SOC: careertest.SOCWritten,
			Summary: featured[0].Summary, Median: "$50,250", Growth: career.Growth{Label: "Much faster than average", Key: "much-faster"},
			PctChange: "+7.1%", Education: "Postsecondary nondegree award",
		}},
		{"hourly only shows the hourly median", p.Featured[1], page.OccupationRow{
			Title: "Actors", Path: "/occupations/actors", SOC: careertest.SOCHourlyOnly, Summary: featured[1].Summary,
			Median: "$23.33/hr", Growth: career.Growth{Label: "Little or no change", Key: "little-change"}, PctChange: "+0.3%",
			Education: "Some college, no degree",
		}},
		{"no wages, declining", p.Featured[2], page.OccupationRow{
			Title: featured[2].Title, Path: "/occupations/fishing-and-hunting-workers", SOC: careertest.SOCNoWages,
			Summary: featured[2].Summary, Median: format.NotAvailable, Growth: career.Growth{Label: "Decline", Key: "decline"},
			PctChange: "\u22124.6%", Education: "No formal educational credential",
		}},
		{"no figures at all", p.Featured[4], page.OccupationRow{
			Title: "New Occupation", Path: "/occupations/new-occupation", SOC: "99-1234",
			Median: format.NotAvailable, PctChange: format.NotAvailable, Education: format.NotAvailable,
		}},
	}
	for _, tt := range tests {
		if tt.got != tt.want {
			t.Errorf("%s:\n got %+v\nwant %+v", tt.name, tt.got, tt.want)
		}
	}
	if got := p.Featured[3].Median; got != "$206,420" {
		t.Errorf("top-coded occupation's median = %q, want $206,420", got)
	}

	if want := []page.Link{{Label: "Good pay without a bachelor's degree", URL: "/lists/" + careertest.ListSlug}}; !slices.Equal(p.Lists, want) {
		t.Errorf("Lists = %+v, want %+v", p.Lists, want)
	}
	if want := []page.SourceLine{
		{What: "Pay and employment", Label: "BLS OEWS, May 2024", File: "national_M2024_dl.xlsx"},
		{What: "Outlook and entry requirements", Label: "BLS Employment Projections 2024–34", File: "occupation.xlsx"},
	}; !slices.Equal(p.Sources, want) {
		t.Errorf("Sources:\n got %+v\nwant %+v", p.Sources, want)
	}

	// Without loaded sources, nothing is credited.
	bare := page.NewHomePage(page.HomeInput{Common: page.Common{BaseURL: baseURL, Stylesheet: stylesheet}, Groups: fx.Groups})
	if len(bare.Sources) != 0 || len(bare.Featured) != 0 || len(bare.Lists) != 0 {
		t.Errorf("bare home page has sources %+v, featured %d, lists %d; want none", bare.Sources, len(bare.Featured), len(bare.Lists))
	}
}
