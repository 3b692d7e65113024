package salary

import (
	"math"
	"testing"

	"github.com/careeratlas/careeratlas/internal/career"
)

func known(vs ...float64) [5]career.Amount {
	var out [5]career.Amount
	for i, v := range vs {
		out[i] = career.KnownAmount(v)
	}
	return out
}

func TestPlace(t *testing.T) {
	mrs := known(35780, 41600, 50250, 64070, 80950) // medical records specialists
	tests := []struct {
		pay   float64
		want  float64
		below bool
		above bool
	}{
		{50250, 50, false, false},
		{41600, 25, false, false},
		{45925, 37.5, false, false}, // halfway between the 25th and the median
		{30000, math.NaN(), true, false},
		{90000, math.NaN(), false, true},
		{80950, math.NaN(), false, true},
	}
	for _, tt := range tests {
		got, ok := Place(tt.pay, mrs)
		if !ok || got.Below != tt.below || got.Above != tt.above ||
			(!math.IsNaN(tt.want) && math.Abs(got.Percentile-tt.want) > 0.01) {
			t.Errorf("Place(%v) = %+v, %v; want %v below %v above %v", tt.pay, got, ok, tt.want, tt.below, tt.above)
		}
	}
	// Top-coded percentiles are lower bounds ("$239,200 or more"), as in
	// OEWS May 2024: a pay at or above one is only known to be at or above
	// the highest percentile published as a number.
	ceo := known(73710, 126080, 206420) // chief executives: the 75th and 90th top-coded
	ceo[3] = career.Amount{Value: 239200, State: career.TopCoded}
	ceo[4] = ceo[3]
	managers := known(47420, 67160, 102950, 164130) // general and operations managers: the 90th top-coded
	managers[4] = career.Amount{Value: 239200, State: career.TopCoded}
	for _, tt := range []struct {
		name    string
		pay     float64
		pct     [5]career.Amount
		atLeast int
	}{
		{"at the ceiling of a top-coded 90th", 239200, managers, 75},
		{"above the ceiling of a top-coded 90th", 400000, managers, 75},
		{"between the 75th and a top-coded 90th", 200000, managers, 75},
		{"above the ceiling of a top-coded 75th", 250000, ceo, 50},
		{"at the ceiling of a top-coded 75th", 239200, ceo, 50},
	} {
		got, ok := Place(tt.pay, tt.pct)
		if !ok || !got.Above || got.AtLeast != tt.atLeast || got.Ceiling != 239200 {
			t.Errorf("%s: %+v, %v; want at or above the %dth percentile under a ceiling of 239200", tt.name, got, ok, tt.atLeast)
		}
	}
	if got, ok := Place(150000, ceo); !ok || got.Percentile < 25 || got.Percentile > 50 {
		t.Errorf("below the ceiling: %+v", got)
	}
	if got, _ := Place(90000, mrs); got.Ceiling != 0 {
		t.Errorf("a ceiling %v where nothing is top-coded", got.Ceiling)
	}
	if _, ok := Place(50000, [5]career.Amount{}); ok {
		t.Error("no percentiles, no standing")
	}
}

func TestPrices(t *testing.T) {
	if got := InNationalTerms(45000, 90); math.Abs(got-50000) > 0.01 {
		t.Errorf("InNationalTerms = %v", got)
	}
	if got := AtPrices(50000, 90); got != 45000 {
		t.Errorf("AtPrices = %v", got)
	}
}
