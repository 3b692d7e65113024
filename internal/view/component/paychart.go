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
	Markers []*Marker
	Ticks   []Tick
	AxisY   float64
	BarY    float64
	// You marks a person's own pay, when the salary tool draws the chart;
	// YouBeyond is true when that pay is past the axis and the mark sits
	// at its end.
	You       *Marker
	YouBeyond bool
	top       float64 // the axis's highest value
}

// WithYou adds a mark for a person's own pay, clamped to the axis.
func (c *PayChart) WithYou(value float64, label string) *PayChart {
	c.YouBeyond = value > c.top
	x := chartLeft + math.Min(value, c.top)/c.top*(chartWidth-chartLeft-chartRight)
	c.You = &Marker{X: x, Label: "You", Value: label, TickFrom: chartBarY - 10, TickTo: chartBarY + 30, LabelY: chartBarY + 92, ValueY: chartBarY + 108}
	placeLabels([]*Marker{c.You}, chartWidth)
	c.Height = chartHeight + 40
	return c
}

// Span is a horizontal extent.
type Span struct{ X, W float64 }

// Marker labels one percentile on the chart.
type Marker struct {
	X        float64 // where the percentile is
	TextX    float64 // where its label starts
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
	X      float64
	Label  string
	Anchor string // SVG text-anchor, so the end labels stay inside the chart
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
		top:    top,
	}
	labels := []string{"10th", "25th", "Median", "75th", "90th"}
	for i, a := range pct {
		m := &Marker{X: scale(a.Value), Label: labels[i], Value: money(a)}
		if a.State == career.TopCoded {
			m.Value = money(career.KnownAmount(a.Value)) + "+" // "or more" is too long for a label
		}
		// Alternate labels above and below the bar so neighbours rarely meet.
		if i%2 == 0 {
			m.LabelY, m.ValueY, m.TickFrom, m.TickTo = chartBarY-38, chartBarY-22, chartBarY-16, chartBarY-2
		} else {
			m.LabelY, m.ValueY, m.TickFrom, m.TickTo = chartBarY+34, chartBarY+50, chartBarY+22, chartBarY+26
		}
		c.Markers = append(c.Markers, m)
	}
	ms := c.Markers
	placeLabels([]*Marker{ms[0], ms[2], ms[4]}, chartWidth) // above the bar
	placeLabels([]*Marker{ms[1], ms[3]}, chartWidth)        // below it
	step := top / 4
	for i := 0; i <= 4; i++ {
		v := step * float64(i)
		label := "$" + shortMoney(v, hourly)
		anchor := "middle"
		switch i {
		case 0:
			anchor = "start"
		case 4:
			anchor = "end"
		}
		c.Ticks = append(c.Ticks, Tick{X: scale(v), Label: label, Anchor: anchor})
	}
	return c
}

// labelWidth estimates the width of a label's longer line in viewBox units.
func labelWidth(m Marker) float64 {
	n := max(len(m.Label), len(m.Value))
	return float64(n)*9.6 + 4
}

// placeLabels positions one row of labels, left to right, so that none
// overlaps its neighbour or the chart's edges. Each label is centred on its
// tick where it can be and pushed aside where it cannot; the text is then
// anchored at its left edge.
func placeLabels(row []*Marker, width float64) {
	const gap = 12
	left := make([]float64, len(row))
	for i, m := range row {
		w := labelWidth(*m)
		left[i] = math.Max(0, m.X-w/2)
		if i > 0 {
			left[i] = math.Max(left[i], left[i-1]+labelWidth(*row[i-1])+gap)
		}
	}
	// Pull back from the right edge, pushing earlier labels left as needed.
	limit := width
	for i := len(row) - 1; i >= 0; i-- {
		w := labelWidth(*row[i])
		left[i] = math.Max(0, math.Min(left[i], limit-w))
		limit = left[i] - gap
	}
	for i, m := range row {
		m.Anchor, m.TextX = "start", left[i]
	}
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
