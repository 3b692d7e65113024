package page_test

import (
	"slices"
	"testing"

	"github.com/careeratlas/careeratlas/internal/career"
	"github.com/careeratlas/careeratlas/internal/career/careertest"
	"github.com/careeratlas/careeratlas/internal/finder"
	"github.com/careeratlas/careeratlas/internal/view/format"
	"github.com/careeratlas/careeratlas/internal/view/page"
)

func TestNewListIndexPage(t *testing.T) {
	lists := append(slices.Clone(fx.Lists), finder.List{Slug: "fast-growth", Title: "Fast growth", Summary: "Growing fast."})
	p := page.NewListIndexPage(page.ListIndexInput{Common: common(), Lists: lists})
	checkMeta(t, p.Meta, "Lists of occupations", "/lists", false, home, crumb("Lists", ""))
	if p.Meta.Section != "lists" {
		t.Errorf("Section = %q, want lists", p.Meta.Section)
	}
	l := fx.List(careertest.ListSlug)
	want := []page.ListCard{
		{Title: l.Title, Summary: l.Summary, URL: "/lists/" + careertest.ListSlug},
		{Title: "Fast growth", Summary: "Growing fast.", URL: "/lists/fast-growth"},
	}
	if !slices.Equal(p.Lists, want) {
		t.Errorf("Lists:\n got %+v\nwant %+v", p.Lists, want)
	}
	if l.Summary == "" {
		t.Error("the fixture's list has no summary")
	}
}

func TestNewListPage(t *testing.T) {
	l := *fx.List(careertest.ListSlug)
	members := fx.ListMembers(careertest.ListSlug)
	p := page.NewListPage(page.ListInput{Common: common(), List: l, Occupations: members})
	checkMeta(t, p.Meta, l.Title, "/lists/"+careertest.ListSlug, false, home, crumb("Lists", "/lists"), crumb(l.Title, ""))
	if p.Meta.Section != "lists" || p.Meta.Description != l.Summary {
		t.Errorf("Section %q, Description %q; want lists and the summary", p.Meta.Section, p.Meta.Description)
	}
	if p.Title != l.Title || p.Summary != l.Summary || p.Body != l.Body || p.Updated != "2026-11-27" {
		t.Errorf("title %q, summary %q, updated %q; want the list's", p.Title, p.Summary, p.Updated)
	}
	if len(p.Rows) != len(members) || len(p.Rows) == 0 {
		t.Fatalf("%d rows, want %d", len(p.Rows), len(members))
	}
	for i, r := range p.Rows {
		if r.Rank != i+1 || r.SOC != members[i].SOC {
			t.Errorf("row %d is %s ranked %d, want %s ranked %d", i, r.SOC, r.Rank, members[i].SOC, i+1)
		}
	}
	i := slices.IndexFunc(p.Rows, func(r page.ListRow) bool { return r.SOC == careertest.SOCWritten })
	if i < 0 {
		t.Fatalf("%s is not on the list", careertest.SOCWritten)
	}
	if r := p.Rows[i]; r.Openings != "14,200" || r.Median != "$50,250" || r.PctChange != "+7.1%" {
		t.Errorf("medical records row: openings %q, median %q, change %q; want 14,200, $50,250, +7.1%%", r.Openings, r.Median, r.PctChange)
	}
	if got := sourceWhats(p.Sources); !slices.Equal(got, []string{"Pay and employment", "Outlook and entry requirements"}) {
		t.Errorf("Sources = %q, want pay and outlook only", got)
	}

	// A list by interest credits O*NET; an occupation without projections
	// has no openings.
	l.Filter.Interest = "Social"
	noProjection := &career.Occupation{SOC: "99-0001", Slug: "x", Title: "X"}
	p = page.NewListPage(page.ListInput{Common: common(), List: l, Occupations: []*career.Occupation{noProjection}})
	if s := source(t, p.Sources, "Interests"); s.Label != career.ONETCredit("O*NET 29.3") {
		t.Errorf("interests credited to %q, want %q", s.Label, career.ONETCredit("O*NET 29.3"))
	}
	if got := p.Rows[0].Openings; got != format.NotAvailable {
		t.Errorf("openings without projections = %q, want %q", got, format.NotAvailable)
	}
}
