// Package salary places a person's pay among an occupation's published
// wage percentiles, and adjusts pay for the price level of a state.
package salary

import (
	"fmt"
	"math"
	"strconv"
	"strings"

	"github.com/careeratlas/careeratlas/internal/career"
)

// HoursPerYear turns an hourly wage into an annual one, as BLS does.
const HoursPerYear = 2080

// Standing is where a pay falls among the 10th to 90th percentiles.
type Standing struct {
	// Percentile is the estimated share of workers earning less, 10 to 90,
	// interpolated between the published percentiles; NaN outside them.
	Percentile float64
	Below      bool // under the 10th percentile
	Above      bool // at or over the 90th (or the highest published point)
	// AtLeast, when Above comes from a top-coded figure, is the percentile
	// the pay is at least at.
	AtLeast int
}

// Place estimates where annual pay stands among annual percentiles. It
// returns false when too few percentiles are published to say.
func Place(pay float64, pct [5]career.Amount) (Standing, bool) {
	type point struct{ p, v float64 }
	var pts []point
	for i, a := range pct {
		if a.State == career.Known {
			pts = append(pts, point{float64(career.Percentiles[i]), a.Value})
			continue
		}
		if a.State == career.TopCoded && pay >= a.Value {
			return Standing{Percentile: math.NaN(), Above: true, AtLeast: career.Percentiles[i]}, true
		}
		break // nothing above an unpublished or top-coded point is known
	}
	if len(pts) < 2 {
		return Standing{}, false
	}
	switch {
	case pay < pts[0].v:
		return Standing{Percentile: math.NaN(), Below: true}, true
	case pay >= pts[len(pts)-1].v:
		return Standing{Percentile: math.NaN(), Above: true, AtLeast: int(pts[len(pts)-1].p)}, true
	}
	for i := 1; i < len(pts); i++ {
		lo, hi := pts[i-1], pts[i]
		if pay < hi.v {
			f := (pay - lo.v) / (hi.v - lo.v)
			return Standing{Percentile: lo.p + f*(hi.p-lo.p)}, true
		}
	}
	return Standing{}, false
}

// AtPrices converts an amount from national prices to a state's, given
// the state's price parity (the nation is 100).
func AtPrices(amount, parity float64) float64 { return amount * parity / 100 }

// InNationalTerms converts an amount earned at a state's prices into what
// it would buy at national prices.
func InNationalTerms(amount, parity float64) float64 { return amount * 100 / parity }

// MaxPay is the most we accept as a year's pay.
const MaxPay = 10_000_000

// ParsePay reads pay as a person types it ("45,000", "$21.50") for a year
// or an hour (per is "year" or "hour") and returns it as a year's pay. The
// problem, when there is one, is worded for that person.
func ParsePay(text, per string) (annual float64, problem string) {
	n, err := strconv.ParseFloat(strings.NewReplacer(",", "", "$", "").Replace(strings.TrimSpace(text)), 64)
	switch {
	case err != nil || math.IsNaN(n) || math.IsInf(n, 0):
		return 0, fmt.Sprintf("%q is not an amount of money; write it like 45000 or 21.50.", text)
	case n <= 0:
		return 0, "Your pay must be more than zero."
	}
	annual = n
	if per == "hour" {
		annual = n * HoursPerYear
	}
	if annual > MaxPay {
		return 0, "That pay is more than we can compare; check the amount and whether it is a year's or an hour's."
	}
	return annual, ""
}
