package page

import (
	"github.com/careeratlas/careeratlas/internal/career"
	"github.com/careeratlas/careeratlas/internal/view/format"
	"github.com/careeratlas/careeratlas/internal/view/layout"
)

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
