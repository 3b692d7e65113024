// Package salary places a person's pay among an occupation's published
// wage percentiles, and adjusts pay for the price level of a state.
package salary

import (
	"math"

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
	// Above is set when the pay is at or over the highest percentile that
	// is published as a number; AtLeast is that percentile.
	Above   bool
	AtLeast int
	// Ceiling, when the next percentile up is top-coded, is the survey's
	// ceiling: it reports that percentile only as this amount or more, so
	// a pay above AtLeast cannot be placed any higher, however large.
	Ceiling float64
}

// Place estimates where pay stands among percentiles in the same unit
// (annual or hourly). It returns false when too few percentiles are
// published to say.
//
// A top-coded percentile is only a lower bound: "$239,200 or more" for
// a 90th percentile says nothing about whether a pay of $250,000 is
// above it. So only the percentiles that are known numbers place a pay,
// and a pay at or above the highest of them is said to be at or above
// that one, whatever the ceiling.
func Place(pay float64, pct [5]career.Amount) (Standing, bool) {
	type point struct{ p, v float64 }
	var pts []point
	var ceiling float64
	for i, a := range pct {
		if a.State != career.Known {
			if a.State == career.TopCoded {
				ceiling = a.Value
			}
			break // nothing above an unpublished or top-coded point is known
		}
		pts = append(pts, point{float64(career.Percentiles[i]), a.Value})
	}
	if len(pts) < 2 {
		return Standing{}, false
	}
	switch last := pts[len(pts)-1]; {
	case pay < pts[0].v:
		return Standing{Percentile: math.NaN(), Below: true}, true
	case pay >= last.v:
		return Standing{Percentile: math.NaN(), Above: true, AtLeast: int(last.p), Ceiling: ceiling}, true
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
