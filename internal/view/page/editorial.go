package page

import (
	"github.com/careeratlas/careeratlas/internal/career"
	"github.com/careeratlas/careeratlas/internal/content"
	"github.com/careeratlas/careeratlas/internal/view/format"
	"github.com/careeratlas/careeratlas/internal/view/layout"
)

// ListIndexPage is /lists.
type ListIndexPage struct {
	Meta  layout.Meta
	Lists []ListCard
}

// ListCard is one list on the index.
type ListCard struct {
	Title, Summary, URL string
}

// NewListIndexPage builds /lists.
func NewListIndexPage(c Common, lists []content.List) ListIndexPage {
	p := ListIndexPage{Meta: c.meta("Lists of occupations", "Our editors' lists of occupations: high pay with little schooling, fast growth, many openings and more.",
		"/lists", layout.Crumb{Label: "Home", Path: "/"}, layout.Crumb{Label: "Lists"})}
	p.Meta.Section = "lists"
	for _, l := range lists {
		p.Lists = append(p.Lists, ListCard{l.Title, l.Summary, "/lists/" + l.Slug})
	}
	return p
}

// ListPage is one editorial list.
type ListPage struct {
	Meta     layout.Meta
	Title    string
	Summary  string
	Body     string // trusted HTML
	Updated  string
	Rows     []ListRow
	Sources  []SourceLine
	UsesONET bool
}

// ListRow is one occupation on a list.
type ListRow struct {
	OccupationRow
	Rank     int
	Openings string
}

// NewListPage builds a list's page.
func NewListPage(c Common, l content.List, os []*career.Occupation) ListPage {
	p := ListPage{
		Meta: c.meta(l.Title, l.Summary, "/lists/"+l.Slug, layout.Crumb{Label: "Home", Path: "/"},
			layout.Crumb{Label: "Lists", Path: "/lists"}, layout.Crumb{Label: l.Title}),
		Title: l.Title, Summary: l.Summary, Body: l.Body, Updated: l.Updated,
	}
	p.Meta.Section = "lists"
	for i, o := range os {
		row := ListRow{OccupationRow: newOccupationRow(o), Rank: i + 1, Openings: format.NotAvailable}
		if o.Projection != nil {
			row.Openings = format.Thousands(o.Projection.Openings)
		}
		p.Rows = append(p.Rows, row)
	}
	p.Sources = sourceLines(c)
	if l.Filter.Interest != "" {
		p.Sources = append(p.Sources, SourceLine{"Interests", career.ONETCredit, ""})
	}
	return p
}
