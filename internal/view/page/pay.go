package page

import (
	"github.com/careeratlas/careeratlas/internal/career"
	"github.com/careeratlas/careeratlas/internal/view/component"
	"github.com/careeratlas/careeratlas/internal/view/format"
)

// PayView is the pay section of a profile.
type PayView struct {
	Chart      *component.PayChart
	Rows       []PayRow
	MeanAnnual string
	MeanHourly string
	// Basis explains how the chart is expressed ("a year" or "an hour").
	Basis    string
	Note     string
	TopCoded bool
	// Employment is the number of wage and salary jobs the survey covers,
	// and Release the survey's reference period ("May 2024").
	Employment string
	Release    string
}

// PayRow is one percentile in the table beside the chart.
type PayRow struct {
	Label, Annual, Hourly string
}

func newPayView(c Common, w *career.Wages) *PayView {
	v := &PayView{
		MeanAnnual: format.Dollars(w.AnnualMean), MeanHourly: format.Hourly(w.HourlyMean), Basis: "a year",
		Employment: format.Count(w.Employment), Release: "the latest survey",
	}
	if s, ok := c.Source("oews_national"); ok {
		v.Release = s.Release
	}
	labels := []string{"10th percentile", "25th percentile", "Median (50th)", "75th percentile", "90th percentile"}
	for i := range w.Annual {
		v.Rows = append(v.Rows, PayRow{labels[i], format.Dollars(w.Annual[i]), format.Hourly(w.Hourly[i])})
		if w.Annual[i].State == career.TopCoded || w.Hourly[i].State == career.TopCoded {
			v.TopCoded = true
		}
	}
	v.Chart = component.NewPayChart("Annual pay percentiles", w.Annual, false)
	if v.Chart == nil || w.HourlyOnly {
		v.Basis = "an hour"
		v.Chart = component.NewPayChart("Hourly pay percentiles", w.Hourly, true)
	}
	switch {
	case w.AnnualOnly:
		v.Note = "BLS publishes only annual pay for this occupation, because many of its workers are paid by the year rather than by the hour worked."
	case w.HourlyOnly:
		v.Note = "BLS publishes only hourly pay for this occupation, because many of its workers are paid by the hour and work irregular schedules."
	}
	return v
}

// OutlookView is the outlook section of a profile.
type OutlookView struct {
	Chart                 *component.BarChart
	Base, Projected       string // years
	EmpBase, EmpProjected string
	Change, PctChange     string
	Growth                career.Growth
	Openings              string
	AllOccupations        string
}

func newOutlookView(c Common, p *career.Projection) *OutlookView {
	base, proj := yearLabels(c)
	v := &OutlookView{
		Base: base, Projected: proj,
		EmpBase: format.Thousands(p.EmpBase), EmpProjected: format.Thousands(p.EmpProjected),
		Change: signedThousands(p.Change), PctChange: format.Percent(p.PctChange),
		Openings: format.Thousands(p.Openings),
	}
	if p.PctChange.Available() {
		v.Growth = p.Growth
	}
	if c.Total != nil {
		v.AllOccupations = format.Percent(c.Total.PctChange)
	}
	if p.EmpBase.Available() && p.EmpProjected.Available() {
		v.Chart = component.NewBarChart("Jobs in "+base+" and projected for "+proj,
			[]string{base, proj}, []string{v.EmpBase, v.EmpProjected},
			[]float64{p.EmpBase.Value, p.EmpProjected.Value})
	}
	return v
}

// signedThousands formats a change published in thousands: "+13,800".
func signedThousands(a career.Amount) string {
	s := format.Thousands(a)
	if a.State == career.Known && a.Value > 0 {
		return "+" + s
	}
	if a.State == career.Known && a.Value < 0 {
		return "\u2212" + format.Thousands(career.KnownAmount(-a.Value))
	}
	return s
}
