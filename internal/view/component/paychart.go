// Package component holds the parts pages share: charts, fact lists,
// occupation lists.
package component

import (
	"math"

	"github.com/careeratlas/careeratlas/internal/career"
	"github.com/careeratlas/careeratlas/internal/view/format"
)

// PayChart is the geometry of the wage-percentile chart: a line from the
// 10th to the 90th percentile, a box from the 25th to the 75th, a mark at
// the median. Coordinates are in the SVG's viewBox units.
type PayChart struct {
	Title   string // accessible name
	Width   float64
	Height  float64
	Range   Span // 10th to 90th
	Box     Span // 25th to 75th
	Median  float64
	Markers []Marker
	Ticks   []Tick
	AxisY   float64
	BarY    float64
}

// Span is a horizontal extent.
type Span struct{ X, W float64 }

// Marker labels one percentile on the chart.
type Marker struct {
	X        float64
	LabelY   float64
	ValueY   float64
	Label    string // "Median"
	Value    string // "$50,250"
	Anchor   string // SVG text-anchor
	TickFrom float64
	TickTo   float64
}

// Tick is one labelled point on the axis.
type Tick struct {
	X     float64
	Label string
}

const (
	chartWidth  = 400
	chartLeft   = 16
	chartRight  = 16
	chartHeight = 178
	chartBarY   = 74
)

// NewPayChart lays out the chart for a set of five percentiles. hourly
// selects the dollar format. It returns nil when too few figures are
// published to draw it.
func NewPayChart(title string, pct [5]career.Amount, hourly bool) *PayChart {
	for _, a := range pct {
		if !a.Available() {
			return nil
		}
	}
	top := niceCeiling(pct[4].Value * 1.05)
	scale := func(v float64) float64 {
		return chartLeft + v/top*(chartWidth-chartLeft-chartRight)
	}
	money := format.Dollars
	if hourly {
		money = format.Hourly
	}
	c := &PayChart{
		Title: title, Width: chartWidth, Height: chartHeight,
		Range:  Span{scale(pct[0].Value), scale(pct[4].Value) - scale(pct[0].Value)},
		Box:    Span{scale(pct[1].Value), scale(pct[3].Value) - scale(pct[1].Value)},
		Median: scale(pct[2].Value),
		BarY:   chartBarY,
		AxisY:  chartBarY + 62,
	}
	labels := []string{"10th", "25th", "Median", "75th", "90th"}
	for i, a := range pct {
		m := Marker{X: scale(a.Value), Label: labels[i], Value: money(a), Anchor: "middle"}
		// Alternate labels above and below the bar so neighbours never collide.
		if i%2 == 0 {
			m.LabelY, m.ValueY, m.TickFrom, m.TickTo = chartBarY-38, chartBarY-22, chartBarY-16, chartBarY-2
		} else {
			m.LabelY, m.ValueY, m.TickFrom, m.TickTo = chartBarY+34, chartBarY+50, chartBarY+22, chartBarY+26
		}
		switch {
		case m.X < 60:
			m.Anchor = "start"
		case m.X > chartWidth-60:
			m.Anchor = "end"
		}
		if a.State == career.TopCoded {
			m.Value = money(career.KnownAmount(a.Value)) + "+" // "or more" is too long for a label
		}
		c.Markers = append(c.Markers, m)
	}
	step := top / 4
	for i := 0; i <= 4; i++ {
		v := step * float64(i)
		label := "$" + shortMoney(v, hourly)
		c.Ticks = append(c.Ticks, Tick{X: scale(v), Label: label})
	}
	return c
}

// niceCeiling rounds v up to 1, 2, 2.5 or 5 times a power of ten, so the
// axis has round labels.
func niceCeiling(v float64) float64 {
	if v <= 0 {
		return 1
	}
	exp := math.Pow(10, math.Floor(math.Log10(v)))
	for _, m := range []float64{1, 1.2, 1.6, 2, 2.4, 3, 4, 5, 6, 8, 10} {
		if m*exp >= v {
			return m * exp
		}
	}
	return 10 * exp
}

// shortMoney writes axis labels compactly: 60000 → "60k", 12.5 → "12.50".
func shortMoney(v float64, hourly bool) string {
	if hourly {
		return format.Number(v, 0)
	}
	if v >= 1000 {
		return format.Number(v/1000, 0) + "k"
	}
	return format.Number(v, 0)
}
