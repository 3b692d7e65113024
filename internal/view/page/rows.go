package page

import (
	"github.com/careeratlas/careeratlas/internal/career"
	"github.com/careeratlas/careeratlas/internal/view/format"
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
			r.Growth = p.Growth
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
