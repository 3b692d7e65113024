package page

import (
	"slices"
	"strconv"
	"strings"

	"github.com/careeratlas/careeratlas/internal/career"
	"github.com/careeratlas/careeratlas/internal/finder"
	"github.com/careeratlas/careeratlas/internal/view/form"
	"github.com/careeratlas/careeratlas/internal/view/format"
	"github.com/careeratlas/careeratlas/internal/view/layout"
)

// FinderInput is what the index handler hands the page.
type FinderInput struct {
	Common
	Form     form.Finder
	Groups   []*career.Group
	Searched bool
	Results  []*career.Occupation // when Searched
	All      []*career.Occupation // for the A–Z index
	CSVURL   string
}

// IndexGroup is one group's block on the A–Z index.
type IndexGroup struct {
	GroupSummary
	ID          string
	Occupations []OccupationRow
}

// OccupationIndexPage is /occupations: the finder's form, and either the
// A–Z index by group or the finder's results.
type OccupationIndexPage struct {
	Meta     layout.Meta
	Problems []string
	Searched bool
	Total    int
	Groups   []IndexGroup
	Results  []FinderRow
	Summary  string
	CSVURL   string

	GroupOptions, EducationOptions, ExperienceOptions, TrainingOptions []Option
	GrowthOptions, OpeningsOptions, InterestOptions, SortOptions       []Option
	PayMin, PayMax                                                     string
}

// FinderRow is one occupation in the finder's results.
type FinderRow struct {
	OccupationRow
	Openings string
	Jobs     string
}

// openingsChoices are the minimums the finder offers, in openings a year.
var openingsChoices = []string{"1000", "5000", "10000", "50000", "100000"}

// NewOccupationIndexPage builds /occupations.
func NewOccupationIndexPage(in FinderInput) OccupationIndexPage {
	p := OccupationIndexPage{
		Meta: in.Common.meta("All occupations",
			"Every occupation the U.S. Bureau of Labor Statistics covers: filter by field, education, training, growth, openings and pay.",
			"/occupations", layout.Crumb{Label: "Home", Path: "/"}, layout.Crumb{Label: "Occupations"}),
		Problems: in.Form.Problems, Searched: in.Searched, CSVURL: in.CSVURL,
		PayMin: in.Form.PayMin, PayMax: in.Form.PayMax,
	}
	p.Meta.Section = "occupations"
	if in.Searched {
		p.Meta.NoIndex = true
	}
	f := in.Form
	for _, g := range in.Groups {
		p.GroupOptions = append(p.GroupOptions, Option{Value: g.Code, Label: strings.TrimSuffix(g.Title, " Occupations"), Selected: g.Code == f.Group})
	}
	for _, e := range career.Educations {
		p.EducationOptions = append(p.EducationOptions, Option{Value: e, Label: e, Selected: slices.Contains(f.Education, e)})
	}
	for _, e := range career.Experiences {
		p.ExperienceOptions = append(p.ExperienceOptions, Option{Value: e, Label: e, Selected: e == f.Experience})
	}
	for _, t := range career.Trainings {
		p.TrainingOptions = append(p.TrainingOptions, Option{Value: t, Label: t, Selected: t == f.Training})
	}
	for _, b := range career.GrowthBands() {
		p.GrowthOptions = append(p.GrowthOptions, Option{Value: b.Key, Label: b.Label, Selected: slices.Contains(f.Growth, b.Key)})
	}
	for _, o := range openingsChoices {
		p.OpeningsOptions = append(p.OpeningsOptions, Option{Value: o, Label: "At least " + format.Number(mustFloat(o), 0) + " a year", Selected: o == f.Openings})
	}
	if f.Openings != "" && !slices.Contains(openingsChoices, f.Openings) {
		p.OpeningsOptions = append(p.OpeningsOptions, Option{Value: f.Openings, Label: "At least " + f.Openings + " a year", Selected: true})
	}
	for i, r := range career.RIASEC {
		p.InterestOptions = append(p.InterestOptions, Option{Value: r, Label: r + ": " + career.RIASECPlain[i], Selected: r == f.Interest})
	}
	for _, s := range finder.Sorts {
		p.SortOptions = append(p.SortOptions, Option{Value: string(s.Sort), Label: s.Label, Selected: string(s.Sort) == f.Sort})
	}
	if in.Searched {
		for _, o := range in.Results {
			row := FinderRow{OccupationRow: newOccupationRow(o), Openings: format.NotAvailable, Jobs: format.NotAvailable}
			if pr := o.Projection; pr != nil {
				row.Openings = format.Thousands(pr.Openings)
				row.Jobs = format.Thousands(pr.EmpBase)
			}
			p.Results = append(p.Results, row)
		}
		p.Total = len(p.Results)
		p.Summary = format.Number(float64(p.Total), 0) + " occupation" + plural(p.Total)
		return p
	}
	byGroup := map[string][]OccupationRow{}
	for _, o := range in.All {
		byGroup[o.Group] = append(byGroup[o.Group], newOccupationRow(o))
		p.Total++
	}
	for _, g := range in.Groups {
		p.Groups = append(p.Groups, IndexGroup{GroupSummary: newGroupSummary(g), ID: "g" + g.Code[:2], Occupations: byGroup[g.Code]})
	}
	return p
}

// mustFloat reads one of our own numeric constants.
func mustFloat(s string) float64 {
	v, _ := strconv.ParseFloat(s, 64)
	return v
}
