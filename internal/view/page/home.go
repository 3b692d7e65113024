package page

import (
	"github.com/careeratlas/careeratlas/internal/career"
	"github.com/careeratlas/careeratlas/internal/finder"
	"github.com/careeratlas/careeratlas/internal/view/layout"
)

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
