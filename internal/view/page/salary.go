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
	All    []*career.Occupation
	States []career.State
	// PayStates are the states the state wage survey covers: only they
	// are offered (nil offers every state).
	PayStates map[string]bool
	Form      form.Salary
	// Suggestions are occupations like what the box sent when it named
	// none.
	Suggestions []*career.Occupation
	StateName   string
	// StatePay is the occupation's mean pay in each state, and Prices
	// each state's price parity by USPS code.
	StatePay []career.Wages
	Prices   map[string]career.PriceParity
}

// SalaryPage is "What are you worth?".
type SalaryPage struct {
	Meta     layout.Meta
	Problems []string
	// Job is the occupation box's value: the chosen title, or what was
	// typed when it named none (Invalid). Titles are what the box offers
	// as you type, and Suggestions occupations like what was typed.
	Job          string
	Invalid      bool
	Titles       []string
	Suggestions  []Link
	StateOptions []Option
	Pay          string
	PerYear      bool
	// Correction, when the pay could only be in the other unit (21.50
	// "a year"), is the same query in that unit: "$21.50 an hour".
	Correction *Link

	Result *SalaryResult
}

// SalaryResult is the answer for one occupation.
type SalaryResult struct {
	Title, Path string
	Release     string
	Chart       *component.PayChart
	// ChartNote explains the chart: what its marks are, and how hours
	// make a year.
	ChartNote string
	Standing  string // "You earn more than about 62% of …"
	Median    string
	Hourly    bool     // the figures are hourly, as BLS publishes them
	State     []string // sentences about the state
	// States is average pay in every state, as a map and a table.
	States  *StatePayView
	Sources []SourceLine
}

// maxSalarySuggestions is the most occupations offered when the box names
// none.
const maxSalarySuggestions = 6

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
	for _, o := range in.All {
		p.Titles = append(p.Titles, o.Title)
	}
	switch {
	case in.Form.Unknown != "":
		p.Job, p.Invalid = in.Form.Unknown, true
	case in.Form.Occupation != nil:
		p.Job = in.Form.Occupation.Title
	}
	for _, o := range in.Suggestions[:min(len(in.Suggestions), maxSalarySuggestions)] {
		f := in.Form
		f.SOC = o.SOC
		p.Suggestions = append(p.Suggestions, Link{Label: o.Title, URL: "/salary?" + f.Query().Encode()})
	}
	for _, s := range in.States {
		if in.PayStates == nil || in.PayStates[s.Code] || s.Code == in.Form.State {
			p.StateOptions = append(p.StateOptions, Option{Value: s.Code, Label: s.Name, Selected: s.Code == in.Form.State})
		}
	}
	p.Correction = correction(in.Form)
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
				label := money(career.KnownAmount(math.Round(pay*100) / 100))
				if in.Form.Per == "hour" && !hourly {
					// A year's chart; the pay as the person gave it too.
					label += " (" + format.Hourly(career.KnownAmount(math.Round(in.Form.Annual/salary.HoursPerYear*100)/100)) + " an hour)"
				}
				r.Chart.WithYou(pay, label)
			}
			if st, ok := salary.Place(pay, pct); ok {
				r.Standing = standingSentence(st, o.Title, money)
			}
		}
		r.ChartNote = "Pay by percentile, nationwide; a year counts as 2,080 hours of work."
		switch c := r.Chart; {
		case c != nil && c.You != nil && c.YouBeyond:
			r.ChartNote = "Pay by percentile, nationwide. Your pay is past the end of the scale: the red mark sits at its end. A year counts as 2,080 hours of work."
		case c != nil && c.You != nil:
			r.ChartNote = "Pay by percentile, nationwide. The red mark is your pay; a year counts as 2,080 hours of work."
		}
	}
	if in.Form.Annual > 0 && r.Standing == "" {
		r.Standing = "BLS does not publish enough pay figures for " + o.Title + " to say where your pay stands."
	}
	var stateWages *career.Wages
	for i, w := range in.StatePay {
		if w.Area == in.Form.State {
			stateWages = &in.StatePay[i]
		}
	}
	var parity *career.PriceParity
	if p, ok := in.Prices[in.Form.State]; ok {
		parity = &p
	}
	if in.Form.State != "" {
		r.State = stateSentences(in, o, stateWages, parity)
	}
	r.Sources = sourceLines(in.Common)
	if r.States = newStatePayView(in.Common, o.Title, in.StatePay, in.Prices, in.Form.State); r.States != nil {
		r.Sources = append(r.Sources, r.States.sources(in.Common)...)
	} else if s, ok := in.Common.Source("price_parities"); ok && parity != nil {
		r.Sources = append(r.Sources, SourceLine{"Price levels", "BEA Regional Price Parities, " + s.Release, s.File})
	}
	p.Result = r
	return p
}

// standingSentence says where a pay stands, and no more than the
// published figures support: above a top-coded percentile only the
// highest one published as a number is known.
func standingSentence(st salary.Standing, title string, money func(career.Amount) string) string {
	switch {
	case st.Below:
		return "Your pay is below the 10th percentile: fewer than one in ten " + title + " earn as little."
	case st.Above && st.AtLeast >= 90:
		return "Your pay is at or above the 90th percentile: more than nine in ten " + title + " earn less."
	case st.Above && st.Ceiling > 0:
		return "Your pay is at or above the " + percentileName(st.AtLeast) + " of " + title + ". The survey does not report pay above " +
			money(career.KnownAmount(st.Ceiling)) + ", so it cannot say how much higher yours stands."
	case st.Above:
		return "Your pay is at or above the " + percentileName(st.AtLeast) + ", the highest percentile the survey reports for " + title + "."
	}
	return "You earn more than about " + strconv.Itoa(int(math.Round(st.Percentile))) + "% of " + title + " nationwide."
}

// percentileName is "the 75th percentile" without its article, and the
// median by its name.
func percentileName(n int) string {
	if n == 50 {
		return "median (50th percentile)"
	}
	return strconv.Itoa(n) + "th percentile"
}

// correction is the salary query again with the pay in the unit it must
// have been meant in, or nil when there is none to offer.
func correction(f form.Salary) *Link {
	if f.Meant == "" {
		return nil
	}
	label := format.Dollars(career.KnownAmount(f.Amount)) + " a year"
	if f.Meant == "hour" {
		label = format.Hourly(career.KnownAmount(f.Amount)) + " an hour"
	}
	f.Per = f.Meant
	return &Link{Label: label, URL: "/salary?" + f.Query().Encode()}
}

func stateSentences(in SalaryInput, o *career.Occupation, w *career.Wages, p *career.PriceParity) []string {
	var out []string
	rel := "the latest state survey"
	if s, ok := in.Common.Source("oews_state_means"); ok {
		rel = s.Release
	}
	where := career.InSentence(in.StateName)
	switch {
	case w != nil && w.AnnualMean.Available():
		out = append(out, "In "+where+", "+o.Title+" earned "+format.Dollars(w.AnnualMean)+" a year on average ("+rel+").")
	case w != nil && w.HourlyMean.Available():
		out = append(out, "In "+where+", "+o.Title+" earned "+format.Hourly(w.HourlyMean)+" an hour on average ("+rel+").")
	default:
		out = append(out, "BLS publishes no average pay for "+o.Title+" in "+where+".")
	}
	if p != nil {
		diff := p.Index - 100
		level := "about the national average"
		switch {
		case diff >= 0.5:
			level = format.Number(diff, 1) + "% above the national average"
		case diff <= -0.5:
			level = format.Number(-diff, 1) + "% below the national average"
		}
		out = append(out, "Prices in "+where+" are "+level+" ("+strconv.Itoa(p.Year)+").")
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
