package component

// BarChart is a small horizontal bar chart, used for employment now and
// projected.
type BarChart struct {
	Title  string
	Width  float64
	Height float64
	Bars   []Bar
}

// Bar is one labelled bar.
type Bar struct {
	Label  string // "2024"
	Value  string // "194,800"
	Y, W   float64
	Accent bool
}

const (
	barLabelWidth = 52
	barHeight     = 26
	barGap        = 14
	barValueRoom  = 88
)

// NewBarChart lays out bars for values with labels and formatted values.
func NewBarChart(title string, labels, values []string, amounts []float64) *BarChart {
	largest := 0.0
	for _, a := range amounts {
		largest = maxf(largest, a)
	}
	if largest <= 0 {
		return nil
	}
	c := &BarChart{Title: title, Width: chartWidth}
	room := float64(chartWidth - barLabelWidth - barValueRoom)
	for i := range amounts {
		c.Bars = append(c.Bars, Bar{
			Label: labels[i], Value: values[i],
			Y: float64(i*(barHeight+barGap)) + 4, W: maxf(2, amounts[i]/largest*room),
			Accent: i == len(amounts)-1,
		})
	}
	c.Height = float64(len(amounts)*(barHeight+barGap)) + 4
	return c
}

func maxf(a, b float64) float64 {
	if a > b {
		return a
	}
	return b
}

// LabelWidth is where bars start.
func (c *BarChart) LabelWidth() float64 { return barLabelWidth }

// BarHeight is the thickness of a bar.
func (c *BarChart) BarHeight() float64 { return barHeight }
