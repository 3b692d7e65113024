package page

import (
	"github.com/careeratlas/careeratlas/internal/career"
	"github.com/careeratlas/careeratlas/internal/finder"
	"github.com/careeratlas/careeratlas/internal/view/format"
	"github.com/careeratlas/careeratlas/internal/view/layout"
)

// OccupationRow is an occupation in a list or table.
type OccupationRow struct {
	Title, Path, SOC string
	Summary          string
	Median           string
	Growth           career.Growth
	PctChange        string
	Education        string
}

func newOccupationRow(o *career.Occupation) OccupationRow {
	r := OccupationRow{Title: o.Title, Path: "/occupations/" + o.Slug, SOC: o.SOC, Summary: o.Summary,
		Median: format.NotAvailable, PctChange: format.NotAvailable, Education: format.NotAvailable}
	if w := o.Wages; w != nil {
		r.Median = format.Dollars(w.Annual[2])
		if !w.Annual[2].Available() && w.Hourly[2].Available() {
			r.Median = format.Hourly(w.Hourly[2]) + "/hr"
		}
	}
	if p := o.Projection; p != nil {
		r.Education = format.Or(p.Education)
		if p.PctChange.Available() {
			r.Growth = career.GrowthFor(p.PctChange.Value)
			r.PctChange = format.Percent(p.PctChange)
		}
	}
	return r
}

// GroupSummary is a major group with a link and its size.
type GroupSummary struct {
	Title, Path string
	Count       int
	Median      string
}

func newGroupSummary(g *career.Group) GroupSummary {
	s := GroupSummary{Title: g.Title, Path: "/groups/" + g.Slug, Count: g.Count, Median: format.NotAvailable}
	if g.Wages != nil {
		s.Median = format.Dollars(g.Wages.Annual[2])
	}
	return s
}

// HomePage is the front page.
type HomePage struct {
	Meta     layout.Meta
	Groups   []GroupSummary
	Featured []OccupationRow
	Total    int
	Sources  []SourceLine
	Lists    []Link
}

// HomeInput is what the front page shows: the groups, a few written-up
// occupations and the editorial lists.
type HomeInput struct {
	Common
	Groups   []*career.Group
	Featured []*career.Occupation
	Lists    []finder.List
}

// NewHomePage builds the front page.
func NewHomePage(in HomeInput) HomePage {
	c := in.Common
	p := HomePage{Meta: c.meta(layout.SiteName,
		"Career Atlas explains what jobs are like, what they pay and whether they are growing, for every occupation the U.S. Bureau of Labor Statistics covers.",
		"/")}
	for _, g := range in.Groups {
		p.Groups = append(p.Groups, newGroupSummary(g))
		p.Total += g.Count
	}
	for _, o := range in.Featured {
		p.Featured = append(p.Featured, newOccupationRow(o))
	}
	p.Sources = sourceLines(c)
	for _, l := range in.Lists {
		p.Lists = append(p.Lists, Link{Label: l.Title, URL: l.Path()})
	}
	return p
}

// GroupPage is one major group.
type GroupPage struct {
	Meta        layout.Meta
	Group       GroupSummary
	Code        string
	Occupations []OccupationRow
	Growth      string
	Sources     []SourceLine
}

// GroupInput is one major group with its occupations, by title.
type GroupInput struct {
	Common
	Group       *career.Group
	Occupations []*career.Occupation
}

// NewGroupPage builds a group's page.
func NewGroupPage(in GroupInput) GroupPage {
	c, g := in.Common, in.Group
	p := GroupPage{
		Meta: c.meta(g.Title, "Pay, outlook and entry education for the "+itoa(g.Count)+" "+g.Title+" BLS covers.",
			"/groups/"+g.Slug,
			layout.Crumb{Label: "Home", Path: "/"}, layout.Crumb{Label: "Occupations", Path: "/occupations"},
			layout.Crumb{Label: g.Title}),
		Group: newGroupSummary(g), Code: g.Code,
	}
	p.Meta.Section = "occupations"
	if g.Projection != nil && g.Projection.PctChange.Available() {
		p.Growth = format.Percent(g.Projection.PctChange)
	}
	for _, o := range in.Occupations {
		p.Occupations = append(p.Occupations, newOccupationRow(o))
	}
	p.Sources = sourceLines(c)
	return p
}

func sourceLines(c Common) []SourceLine {
	var out []SourceLine
	if s, ok := c.Source("oews_national"); ok {
		out = append(out, SourceLine{"Pay and employment", s.Label(), s.File})
	}
	if s, ok := c.Source("projections"); ok {
		out = append(out, SourceLine{"Outlook and entry requirements", s.Label(), s.File})
	}
	return out
}

// AboutDataPage explains the sources and method.
type AboutDataPage struct {
	Meta    layout.Meta
	Sources []SourceRow
	Bands   []career.Growth
	Total   string
}

// SourceRow is one dataset in the table of sources.
type SourceRow struct {
	Name, Release, File, Rows string
}

// AboutDataInput is what the sources page shows: the sources themselves,
// which every page's Common holds.
type AboutDataInput struct {
	Common
}

// NewAboutDataPage builds the sources page.
func NewAboutDataPage(in AboutDataInput) AboutDataPage {
	c := in.Common
	p := AboutDataPage{
		Meta: c.meta("About the data", "Where Career Atlas figures come from, which releases they are, and how we present them.",
			"/about/data", layout.Crumb{Label: "Home", Path: "/"}, layout.Crumb{Label: "About the data"}),
		Bands: career.GrowthBands(),
	}
	for _, s := range c.Sources {
		p.Sources = append(p.Sources, SourceRow{s.Name, s.Release, s.File, format.Number(float64(s.Rows), 0)})
	}
	p.Meta.Section = "about"
	if c.Total != nil {
		p.Total = format.Percent(c.Total.PctChange)
	}
	return p
}

// ErrorPage is shown for 404s, bad requests and failures.
type ErrorPage struct {
	Meta    layout.Meta
	Status  int
	Heading string
	Message string
}

// ErrorInput is an error's status and the words a visitor reads.
type ErrorInput struct {
	Common
	Status           int
	Heading, Message string
}

// NewErrorPage builds an error page.
func NewErrorPage(in ErrorInput) ErrorPage {
	m := in.Common.meta(in.Heading, in.Message, "")
	m.NoIndex = true
	return ErrorPage{Meta: m, Status: in.Status, Heading: in.Heading, Message: in.Message}
}
