package page

import (
	"math"
	"strconv"

	"github.com/careeratlas/careeratlas/internal/career"
	"github.com/careeratlas/careeratlas/internal/salary"
	"github.com/careeratlas/careeratlas/internal/view/component"
	"github.com/careeratlas/careeratlas/internal/view/form"
	"github.com/careeratlas/careeratlas/internal/view/format"
	"github.com/careeratlas/careeratlas/internal/view/layout"
)

// SalaryInput is what the salary handler found.
type SalaryInput struct {
	Common
	All        []*career.Occupation
	Groups     []*career.Group
	States     []career.State
	Form       form.Salary
	StateName  string
	StateWages *career.Wages       // mean pay in the state, when published
	Parity     *career.PriceParity // the state's price level, when known
}

// SalaryPage is "What are you worth?".
type SalaryPage struct {
	Meta         layout.Meta
	Problems     []string
	Picker       []OptionGroup
	StateOptions []Option
	Pay          string
	PerYear      bool

	Result *SalaryResult
}

// SalaryResult is the answer for one occupation.
type SalaryResult struct {
	Title, Path string
	Release     string
	Chart       *component.PayChart
	Standing    string // "You earn more than about 62% of …"
	Median      string
	Hourly      bool     // the figures are hourly, as BLS publishes them
	State       []string // sentences about the state
	Sources     []SourceLine
}

// NewSalaryPage builds the salary tool's page.
func NewSalaryPage(in SalaryInput) SalaryPage {
	p := SalaryPage{
		Meta: in.Common.meta("What are you worth?", "See where your pay stands among everyone in your occupation, and what it is worth where you live.",
			"/salary", layout.Crumb{Label: "Home", Path: "/"}, layout.Crumb{Label: "Salary"}),
		Problems: in.Form.Problems, Pay: in.Form.Pay, PerYear: in.Form.Per != "hour",
	}
	p.Meta.Section = "salary"
	if in.Form.SOC != "" {
		p.Meta.NoIndex = true
	}
	p.Picker = occupationPicker(in.All, in.Groups, func(o *career.Occupation) (bool, bool) { return true, o.SOC == in.Form.SOC })
	for _, s := range in.States {
		p.StateOptions = append(p.StateOptions, Option{Value: s.Code, Label: s.Name, Selected: s.Code == in.Form.State})
	}
	if in.Form.Occupation == nil || len(in.Form.Problems) > 0 {
		return p
	}
	o := in.Form.Occupation
	r := &SalaryResult{Title: o.Title, Path: "/occupations/" + o.Slug, Median: format.NotAvailable}
	if s, ok := in.Common.Source("oews_national"); ok {
		r.Release = s.Release
	}
	if w := o.Wages; w != nil {
		// Where BLS publishes only hourly pay (actors, musicians), compare
		// hourly figures instead.
		pct, pay, money, hourly := w.Annual, in.Form.Annual, format.Dollars, false
		if !w.Annual[2].Available() && w.Hourly[2].Available() {
			pct, pay, money, hourly = w.Hourly, in.Form.Annual/salary.HoursPerYear, format.Hourly, true
			r.Hourly = true
		}
		r.Median = money(pct[2])
		r.Chart = component.NewPayChart("Pay of "+o.Title+" by percentile", pct, hourly)
		if in.Form.Annual > 0 {
			if r.Chart != nil {
				r.Chart.WithYou(pay, money(career.KnownAmount(math.Round(pay*100)/100)))
			}
			if st, ok := salary.Place(pay, pct); ok {
				r.Standing = standingSentence(st, o.Title)
			}
		}
	}
	if in.Form.Annual > 0 && r.Standing == "" {
		r.Standing = "BLS does not publish enough pay figures for " + o.Title + " to say where your pay stands."
	}
	if in.Form.State != "" {
		r.State = stateSentences(in, o)
	}
	r.Sources = sourceLines(in.Common)
	if s, ok := in.Common.Source("oews_state_means"); ok && in.StateWages != nil {
		r.Sources = append(r.Sources, SourceLine{"Pay by state", "BLS OEWS state mean wages, " + s.Release, s.File})
	}
	if s, ok := in.Common.Source("price_parities"); ok && in.Parity != nil {
		r.Sources = append(r.Sources, SourceLine{"Price levels", "BEA Regional Price Parities, " + s.Release, s.File})
	}
	p.Result = r
	return p
}

func standingSentence(st salary.Standing, title string) string {
	switch {
	case st.Below:
		return "Your pay is below the 10th percentile: fewer than one in ten " + title + " earn as little."
	case st.Above && st.AtLeast >= 90:
		return "Your pay is at or above the 90th percentile: more than nine in ten " + title + " earn less."
	case st.Above:
		return "Your pay is at or above the " + ordinal(st.AtLeast) + " percentile, at the top of the range the survey reports."
	}
	return "You earn more than about " + strconv.Itoa(int(math.Round(st.Percentile))) + "% of " + title + " nationwide."
}

func ordinal(n int) string { return strconv.Itoa(n) + "th" }

func stateSentences(in SalaryInput, o *career.Occupation) []string {
	var out []string
	if w := in.StateWages; w != nil && w.AnnualMean.Available() {
		rel := "the latest state survey"
		if s, ok := in.Common.Source("oews_state_means"); ok {
			rel = s.Release
		}
		out = append(out, "In "+in.StateName+", "+o.Title+" earned "+format.Dollars(w.AnnualMean)+" a year on average ("+rel+").")
	} else {
		out = append(out, "BLS publishes no average pay for "+o.Title+" in "+in.StateName+".")
	}
	if p := in.Parity; p != nil {
		diff := p.Index - 100
		level := "about the national average"
		switch {
		case diff >= 0.5:
			level = format.Number(diff, 1) + "% above the national average"
		case diff <= -0.5:
			level = format.Number(-diff, 1) + "% below the national average"
		}
		out = append(out, "Prices in "+in.StateName+" are "+level+" ("+strconv.Itoa(p.Year)+").")
		if in.Form.Annual > 0 {
			out = append(out, "Your "+format.Dollars(career.KnownAmount(math.Round(in.Form.Annual)))+" there buys about what "+
				format.Dollars(career.KnownAmount(math.Round(salary.InNationalTerms(in.Form.Annual, p.Index)/10)*10))+" buys in a place with average prices.")
		} else if o.Wages != nil && o.Wages.Annual[2].State == career.Known {
			out = append(out, "The national median, "+format.Dollars(o.Wages.Annual[2])+", goes as far there as "+
				format.Dollars(career.KnownAmount(math.Round(salary.InNationalTerms(o.Wages.Annual[2].Value, p.Index)/10)*10))+" would where prices are average.")
		}
	}
	return out
}
