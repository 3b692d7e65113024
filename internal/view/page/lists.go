package page

import (
	"github.com/careeratlas/careeratlas/internal/career"
	"github.com/careeratlas/careeratlas/internal/finder"
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

// ListIndexInput is every editorial list, by title.
type ListIndexInput struct {
	Common
	Lists []finder.List
}

// NewListIndexPage builds /lists.
func NewListIndexPage(in ListIndexInput) ListIndexPage {
	p := ListIndexPage{Meta: in.Common.meta("Lists of occupations", "Our editors' lists of occupations: high pay with little schooling, fast growth, many openings and more.",
		"/lists", layout.Crumb{Label: "Home", Path: "/"}, layout.Crumb{Label: "Lists"})}
	p.Meta.Section = "lists"
	for _, l := range in.Lists {
		p.Lists = append(p.Lists, ListCard{l.Title, l.Summary, l.Path()})
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

// ListInput is one editorial list with its occupations, in order.
type ListInput struct {
	Common
	List        finder.List
	Occupations []*career.Occupation
}

// NewListPage builds a list's page.
func NewListPage(in ListInput) ListPage {
	c, l := in.Common, in.List
	p := ListPage{
		Meta: c.meta(l.Title, l.Summary, l.Path(), layout.Crumb{Label: "Home", Path: "/"},
			layout.Crumb{Label: "Lists", Path: "/lists"}, layout.Crumb{Label: l.Title}),
		Title: l.Title, Summary: l.Summary, Body: l.Body, Updated: l.Updated,
	}
	p.Meta.Section = "lists"
	for i, o := range in.Occupations {
		row := ListRow{OccupationRow: newOccupationRow(o), Rank: i + 1, Openings: format.NotAvailable}
		if o.Projection != nil {
			row.Openings = format.Thousands(o.Projection.Openings)
		}
		p.Rows = append(p.Rows, row)
	}
	p.Sources = sourceLines(c)
	if l.Filter.Interest != "" {
		p.Sources = append(p.Sources, SourceLine{"Interests", c.onetCredit(), ""})
	}
	return p
}
