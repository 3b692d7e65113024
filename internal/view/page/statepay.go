package page

import (
	"math"
	"strconv"

	"github.com/careeratlas/careeratlas/internal/career"
	"github.com/careeratlas/careeratlas/internal/salary"
	"github.com/careeratlas/careeratlas/internal/view/component"
	"github.com/careeratlas/careeratlas/internal/view/format"
)

// StatePayView is an occupation's average pay by state: a tile map and
// the same figures in a table, with what each buys at national prices.
// The profile and the salary tool both show it.
type StatePayView struct {
	Title string // the occupation's
	// Release is the state survey's reference period ("May 2023"), and
	// PriceRelease the price parities' year ("2023"; "" without them).
	Release      string
	PriceRelease string
	Map          *component.StateMap
	Rows         []StatePayRow
	// Hourly is set where the survey gives only hourly averages, so the
	// map and the adjusted column are an hour's pay.
	Hourly bool
}

// StatePayRow is one state's average pay for an occupation.
type StatePayRow struct {
	State, Annual, Hourly string
	// PriceLevel is the state's price parity (the nation is 100) and
	// Adjusted what its average pay buys at national prices; "not
	// available" where BEA has no price level (the territories).
	PriceLevel, Adjusted string
	Selected             bool
}

// statePayMapID names the map's title and description.
const statePayMapID = "state-pay-map"

// newStatePayView builds the view of mean pay by state, which comes from
// an older, smaller release than the national figures and says so.
// selected is the USPS code of the state to pick out, "" for none. It
// returns nil when there are no state figures.
func newStatePayView(c Common, title string, ws []career.Wages, prices map[string]career.PriceParity, selected string) *StatePayView {
	if len(ws) == 0 {
		return nil
	}
	v := &StatePayView{Title: title, Release: "the latest state figures we have", Hourly: true}
	if s, ok := c.Source("oews_state_means"); ok {
		v.Release = s.Release
	}
	for _, w := range ws {
		if w.AnnualMean.Available() {
			v.Hourly = false
		}
	}
	var figures []component.StateFigure
	for _, w := range ws {
		mean, money, step := w.AnnualMean, format.Dollars, 10.0
		if v.Hourly {
			mean, money, step = w.HourlyMean, format.Hourly, 0.01
		}
		r := StatePayRow{State: w.AreaTitle, Annual: format.Dollars(w.AnnualMean), Hourly: format.Hourly(w.HourlyMean),
			PriceLevel: format.NotAvailable, Adjusted: format.NotAvailable, Selected: w.Area == selected}
		if p, ok := prices[w.Area]; ok {
			r.PriceLevel = format.Number(p.Index, 1)
			if mean.Available() {
				// A top-coded average stays a lower bound at any prices.
				adj := mean
				adj.Value = math.Round(salary.InNationalTerms(mean.Value, p.Index)/step) * step
				r.Adjusted = money(adj)
			}
			if v.PriceRelease == "" {
				v.PriceRelease = strconv.Itoa(p.Year)
			}
		}
		v.Rows = append(v.Rows, r)
		figures = append(figures, component.StateFigure{Code: w.Area, Amount: mean})
	}
	if s, ok := c.Source("price_parities"); ok && v.PriceRelease != "" {
		v.PriceRelease = s.Release
	}
	what := "Average pay"
	if v.Hourly {
		what = "Average hourly pay"
	}
	v.Map = component.NewStateMap(component.StateMapProps{
		ID: statePayMapID, Title: what + " of " + title + " by state, " + v.Release, Hourly: v.Hourly, Selected: selected,
		Desc: "A map of the states as squares, each roughly where the state lies, shaded by the average pay there: " +
			"the darker, the higher. States without a published figure are white with a dashed edge, and those " +
			"given only as at least the survey's top figure are sand-coloured. " +
			"The table that follows gives the same figures.",
		Figures: figures,
	})
	return v
}

// caption names the table and the releases of its figures.
func (v *StatePayView) caption() string {
	c := "Average pay of " + v.Title + " by state, " + v.Release
	if v.PriceRelease != "" {
		c += ", with BEA price levels for " + v.PriceRelease
	}
	return c
}

// Sources are the lines crediting the figures the view shows.
func (v *StatePayView) sources(c Common) []SourceLine {
	var out []SourceLine
	if s, ok := c.Source("oews_state_means"); ok {
		out = append(out, SourceLine{"Pay by state", "BLS OEWS state mean wages, " + s.Release, s.File})
	}
	if s, ok := c.Source("price_parities"); ok && v.PriceRelease != "" {
		out = append(out, SourceLine{"Price levels", "BEA Regional Price Parities, " + s.Release, s.File})
	}
	return out
}

// withStatePay adds mean pay by state to a profile.
func (p OccupationPage) withStatePay(ws []career.Wages, prices map[string]career.PriceParity) OccupationPage {
	if p.StatePay = newStatePayView(p.common, p.Occupation.Title, ws, prices, ""); p.StatePay != nil {
		p.Sources = append(p.Sources, p.StatePay.sources(p.common)...)
	}
	return p
}
