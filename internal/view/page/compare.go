package page

import (
	"net/url"
	"strconv"

	"github.com/careeratlas/careeratlas/internal/career"
	"github.com/careeratlas/careeratlas/internal/finder"
	"github.com/careeratlas/careeratlas/internal/view/form"
	"github.com/careeratlas/careeratlas/internal/view/format"
	"github.com/careeratlas/careeratlas/internal/view/layout"
)

// CompareInput is what the compare handler found.
type CompareInput struct {
	Common
	Form      form.Compare
	All       []*career.Occupation
	Interests map[string][6]float64
	JobZones  map[string]int
	// Suggestions are occupations like what the add box sent when it
	// named none (Form.Unknown), best first.
	Suggestions []*career.Occupation
}

// ComparePage shows occupations side by side.
type ComparePage struct {
	Meta     layout.Meta
	Problems []string
	Columns  []CompareColumn
	Rows     []CompareRow
	CanAdd   bool
	Most     int      // the most occupations a comparison holds
	Chosen   []string // SOC codes, for the add form
	// Titles are what the add box offers as you type: every occupation
	// not chosen, by title.
	Titles []string
	// Typed is what the add box sent when it named no occupation, to show
	// it again; Suggestions are occupations like it, each with the
	// address of the comparison that adds it.
	Typed       string
	Suggestions []Link
	Sources     []SourceLine
}

// CompareColumn is one occupation's header.
type CompareColumn struct {
	Title, Path, RemoveURL string
}

// CompareRow is one measure across the occupations.
type CompareRow struct {
	Label  string
	Values []string
}

// maxCompareSuggestions is the most occupations suggested when the add
// box named none.
const maxCompareSuggestions = 6

// NewComparePage builds the comparison.
func NewComparePage(in CompareInput) ComparePage {
	title := "Compare occupations"
	if len(in.Form.Chosen) > 0 {
		title = "Compare: "
		for i, o := range in.Form.Chosen {
			if i > 0 {
				title += " · "
			}
			title += o.Title
		}
	}
	p := ComparePage{
		Meta: in.Common.meta(title, "Pay, education, training and outlook of occupations side by side.", "/compare",
			layout.Crumb{Label: "Home", Path: "/"}, layout.Crumb{Label: "Occupations", Path: "/occupations"}, layout.Crumb{Label: "Compare"}),
		Problems: in.Form.Problems, CanAdd: len(in.Form.Chosen) < form.MaxCompare, Most: form.MaxCompare,
	}
	p.Meta.Section = "occupations"
	p.Meta.NoIndex = true
	for i, o := range in.Form.Chosen {
		rest := url.Values{}
		for j, x := range in.Form.Chosen {
			if j != i {
				rest.Add("soc", x.SOC)
			}
		}
		p.Columns = append(p.Columns, CompareColumn{o.Title, "/occupations/" + o.Slug, "/compare?" + rest.Encode()})
		p.Chosen = append(p.Chosen, o.SOC)
	}
	row := func(label string, f func(o *career.Occupation) string) {
		r := CompareRow{Label: label}
		for _, o := range in.Form.Chosen {
			r.Values = append(r.Values, f(o))
		}
		p.Rows = append(p.Rows, r)
	}
	wage := func(i int) func(o *career.Occupation) string {
		return func(o *career.Occupation) string {
			if o.Wages == nil {
				return format.NotAvailable
			}
			return format.Dollars(o.Wages.Annual[i])
		}
	}
	proj := func(f func(p *career.Projection) string) func(o *career.Occupation) string {
		return func(o *career.Occupation) string {
			if o.Projection == nil {
				return format.NotAvailable
			}
			return f(o.Projection)
		}
	}
	if len(in.Form.Chosen) > 0 {
		row("Median pay, a year", wage(2))
		row("10th percentile", wage(0))
		row("25th percentile", wage(1))
		row("75th percentile", wage(3))
		row("90th percentile", wage(4))
		row("Typical entry-level education", proj(func(p *career.Projection) string { return format.Or(p.Education) }))
		row("Work experience needed", proj(func(p *career.Projection) string { return format.Or(p.Experience) }))
		row("On-the-job training", proj(func(p *career.Projection) string { return format.Or(p.Training) }))
		row("Jobs now", proj(func(p *career.Projection) string { return format.Thousands(p.EmpBase) }))
		row("Projected change", proj(func(p *career.Projection) string {
			if !p.PctChange.Available() {
				return format.NotAvailable
			}
			return format.Percent(p.PctChange) + " (" + p.Growth.Label + ")"
		}))
		row("Openings a year", proj(func(p *career.Projection) string { return format.Thousands(p.Openings) }))
		row("Strongest interests", func(o *career.Occupation) string {
			s, ok := in.Interests[o.SOC]
			if !ok {
				return format.NotAvailable
			}
			top := finder.TopInterests(s, 2)
			return top[0] + ", " + top[1]
		})
		row("Preparation (job zone)", func(o *career.Occupation) string {
			z := in.JobZones[o.SOC]
			if z == 0 {
				return format.NotAvailable
			}
			return strconv.Itoa(z) + " of 5"
		})
	}
	if p.CanAdd {
		chosen := map[string]bool{}
		for _, o := range in.Form.Chosen {
			chosen[o.SOC] = true
		}
		for _, o := range in.All {
			if !chosen[o.SOC] {
				p.Titles = append(p.Titles, o.Title)
			}
		}
		p.Typed = in.Form.Unknown
		for _, o := range in.Suggestions {
			if chosen[o.SOC] || len(p.Suggestions) == maxCompareSuggestions {
				continue
			}
			add := in.Form.Query()
			add.Add("soc", o.SOC)
			p.Suggestions = append(p.Suggestions, Link{Label: o.Title, URL: "/compare?" + add.Encode()})
		}
	}
	p.Sources = sourceLines(in.Common)
	p.Sources = append(p.Sources, SourceLine{"Interests and job zones", in.Common.onetCredit(), ""})
	return p
}
