package page_test

import (
	"slices"
	"strings"
	"testing"

	"github.com/PuerkitoBio/goquery"

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

// TestListPageEntryRequirements shows each occupation's work experience and
// training beside its education, and says in words what puts a job on the
// list, so a reader can hold the list to its title.
func TestListPageEntryRequirements(t *testing.T) {
	l := finder.List{Slug: "little-schooling", Title: "High-paying jobs with little schooling", Summary: "s", Updated: "2026-12-06",
		Filter: finder.Filter{EducationMax: "Postsecondary nondegree award", Experience: "None", GrowthMin: "little-change", OpeningsMin: 500},
		Sort:   finder.ByPay, Limit: 25}
	members := l.Members(fx.All, fx.Interests)
	p := page.NewListPage(page.ListInput{Common: common(), List: l, Occupations: members})
	wantCriteria := []string{
		"Usually entered with a postsecondary nondegree award or less",
		"No work experience in a related job needed",
		"Not projected to decline",
		"At least 500 openings a year",
		"The first 25, by median pay, highest first",
	}
	if !slices.Equal(p.Criteria, wantCriteria) {
		t.Errorf("Criteria:\n got %q\nwant %q", p.Criteria, wantCriteria)
	}
	doc := render(t, page.ListShow(p))
	if got := texts(doc.Find("#criteria-h + ul li")); !slices.Equal(got, wantCriteria) {
		t.Errorf("criteria on the page %q", got)
	}
	electricians := doc.Find("tbody tr").FilterFunction(func(_ int, s *goquery.Selection) bool { return text(s.Find("th")) == "Electricians" })
	if got := text(electricians.Find(`td[data-label="Work experience"]`)); got != "None" {
		t.Errorf("electricians' work experience %q, want None", got)
	}
	if got := text(electricians.Find(`td[data-label="On-the-job training"]`)); got != "Apprenticeship" {
		t.Errorf("electricians' training %q, want Apprenticeship", got)
	}
	for _, o := range members {
		if o.Projection.Experience != "None" || o.Projection.Growth.Key == "decline" {
			t.Errorf("%s needs %q experience, growth %q", o.Title, o.Projection.Experience, o.Projection.Growth.Key)
		}
	}
	if got := text(doc.Find("thead")); !strings.Contains(got, "Work experience") || !strings.Contains(got, "On-the-job training") {
		t.Errorf("table head %q lacks the experience and training columns", got)
	}
}

// TestListPageSchools links each occupation some school teaches to the
// school finder by occupation, in the table of a list by rule and on the
// cards of a hand-picked one, and says so plainly for one no school does.
func TestListPageSchools(t *testing.T) {
	byRule := finder.List{Slug: "all", Title: "All", Summary: "s", Updated: "2026-12-06", Sort: finder.ByPay, Limit: 50}
	picked := finder.List{Slug: "picked", Title: "Picked", Summary: "s", Updated: "2026-12-06", Picks: []finder.Pick{
		{SOC: "29-2072", Why: "Records."}, {SOC: "47-2111", Why: "Wiring."}, {SOC: "29-2061", Why: "Care."},
	}}
	var taught, untaught int
	for _, l := range []finder.List{byRule, picked} {
		members := l.Members(fx.All, fx.Interests)
		p := page.NewListPage(page.ListInput{Common: common(), List: l, Occupations: members, Taught: fx.Taught})
		doc := render(t, page.ListShow(p))
		rows := doc.Find("tbody tr")
		if l.HandPicked() {
			rows = doc.Find("li.result")
		}
		for _, o := range members {
			row := rows.FilterFunction(func(_ int, s *goquery.Selection) bool {
				return text(s.Find("th, .result__title").First()) == o.Title
			})
			link := row.Find(`a[href^="/schools"]`)
			href, linked := link.Attr("href")
			switch {
			case fx.Taught(o.SOC):
				taught++
				if want := "/schools?soc=" + o.SOC; href != want || text(link) != "Schools for "+o.Title {
					t.Errorf("%s, %s: link %q %q, want %q named for the occupation", l.Slug, o.Title, href, text(link), want)
				}
			case linked:
				t.Errorf("%s, %s: no school teaches it, but it links to %q", l.Slug, o.Title, href)
			default:
				untaught++
				if !strings.Contains(text(row), "No school programs listed") {
					t.Errorf("%s, %s: no word that no school teaches it in %q", l.Slug, o.Title, text(row))
				}
			}
		}
		// Without the lookup, no row links.
		p = page.NewListPage(page.ListInput{Common: common(), List: l, Occupations: members})
		for _, r := range p.Rows {
			if r.SchoolsURL != "" {
				t.Errorf("%s links to %q without knowing what schools teach", r.Title, r.SchoolsURL)
			}
		}
	}
	if taught == 0 || untaught == 0 {
		t.Errorf("%d occupations taught, %d not: the fixture should have both", taught, untaught)
	}
}

// TestListPageHandPicked shows a hand-picked list in the editor's order,
// each occupation with the reason it is there, and no filter's criteria.
func TestListPageHandPicked(t *testing.T) {
	l := finder.List{Slug: "hands", Title: "Work with your hands", Summary: "s", Updated: "2026-12-06", Picks: []finder.Pick{
		{SOC: "47-2111", Why: "Wiring whole buildings, on your feet all day."},
		{SOC: "45-3031", Why: "Out on the water in every season."},
	}}
	members := l.Members(fx.All, fx.Interests)
	p := page.NewListPage(page.ListInput{Common: common(), List: l, Occupations: members})
	if !p.HandPicked || p.Criteria != nil {
		t.Errorf("hand-picked %v, criteria %q; want a hand-picked list without criteria", p.HandPicked, p.Criteria)
	}
	doc := render(t, page.ListShow(p))
	if got := texts(doc.Find(".picked-list .result__title")); !slices.Equal(got, []string{"Electricians", "Fishing and hunting workers"}) {
		t.Errorf("titles %q, want the editor's order", got)
	}
	if got := texts(doc.Find(".picked-list .result__text")); !slices.Equal(got, []string{l.Picks[0].Why, l.Picks[1].Why}) {
		t.Errorf("reasons %q", got)
	}
	if doc.Find("table, #criteria-h").Length() != 0 {
		t.Error("a hand-picked list shows a filter's table or criteria")
	}
	if got := text(doc.Find(".picked-list .result__meta").Last()); !strings.Contains(got, "not available") {
		t.Errorf("fishers' meta %q: their pay is unpublished", got)
	}
}
