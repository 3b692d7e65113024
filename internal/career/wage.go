package career

import (
	"fmt"
	"math"
	"strconv"
	"strings"
)

// Amount is one published figure. BLS suppresses some figures and
// top-codes the highest wages, so a plain number cannot say everything.
type Amount struct {
	Value float64
	State AmountState
}

// AmountState says whether an Amount holds a figure.
type AmountState uint8

const (
	// Missing means the figure is not available (suppressed or never published).
	Missing AmountState = iota
	// Known means Value is the figure.
	Known
	// TopCoded means the figure is at or above Value, the survey's ceiling.
	TopCoded
)

// Known returns a known amount.
func KnownAmount(v float64) Amount { return Amount{Value: v, State: Known} }

// Available reports whether the amount holds a figure (exact or top-coded).
func (a Amount) Available() bool { return a.State != Missing }

// Percentiles are the order of the five published wage percentiles.
var Percentiles = [5]int{10, 25, 50, 75, 90}

// Wages are the OEWS employment and wage estimates for one occupation in
// one area.
type Wages struct {
	Area      string // "99" for the U.S., state FIPS code, or metro code
	AreaTitle string
	AreaType  string // national, state, metro, nonmetro
	SOC       string
	Title     string
	Level     string // total, major, minor, broad, detailed

	Employment Amount
	HourlyMean Amount
	AnnualMean Amount
	Hourly     [5]Amount // 10th, 25th, 50th, 75th, 90th percentile
	Annual     [5]Amount

	// AnnualOnly is set where BLS publishes only annual wages (teachers,
	// pilots); HourlyOnly where it publishes only hourly ones (actors).
	AnnualOnly bool
	HourlyOnly bool
}

// Median returns the annual median, the figure people compare jobs by.
func (w *Wages) Median() Amount { return w.Annual[2] }

// FormatAmount renders an amount in the CSV form the importers write:
// the number, "#" plus the ceiling for a top-coded figure, or "" if missing.
func FormatAmount(a Amount, decimals int) string {
	switch a.State {
	case Known:
		return strconv.FormatFloat(a.Value, 'f', decimals, 64)
	case TopCoded:
		return ">=" + strconv.FormatFloat(a.Value, 'f', decimals, 64)
	default:
		return ""
	}
}

// ParseAmount reads what FormatAmount wrote.
func ParseAmount(s string) (Amount, error) {
	s = strings.TrimSpace(s)
	if s == "" {
		return Amount{}, nil
	}
	state := Known
	if rest, ok := strings.CutPrefix(s, ">="); ok {
		state, s = TopCoded, rest
	}
	v, err := strconv.ParseFloat(s, 64)
	if err != nil || math.IsNaN(v) || math.IsInf(v, 0) {
		return Amount{}, fmt.Errorf("%q is not a number", s)
	}
	return Amount{Value: v, State: state}, nil
}
