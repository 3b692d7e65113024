package component

import (
	"math"
	"slices"
	"strconv"

	"github.com/careeratlas/careeratlas/internal/career"
	"github.com/careeratlas/careeratlas/internal/view/format"
)

// StateMap is a tile map of the states: each a square in a grid that
// keeps roughly to the map, coloured by the level of one figure in a few
// steps. Pages show the same figures in a table.
type StateMap struct {
	ID     string // prefix of the SVG's title and description ids
	Title  string // accessible name
	Desc   string // accessible description
	Width  float64
	Height float64
	Tiles  []StateTile
	Legend []LegendStep
	// Selected names the outlined state: "" for none, and for a state
	// off the map (American Samoa).
	Selected string
}

// StateTile is one state's square.
type StateTile struct {
	Code     string  // USPS code, shown on the tile
	X, Y     float64 // top-left corner
	Fill     string
	Ink      string // the code's colour, chosen for contrast with Fill
	Label    string // the tile's <title>: "Ohio: $51,190 a year"
	NoData   bool
	Selected bool
}

// LegendStep is one colour of the legend.
type LegendStep struct {
	Fill   string
	Label  string // "$48,000 to $50,999", "No data"
	NoData bool
}

// StateFigure is one state's figure for a map.
type StateFigure struct {
	Code   string
	Amount career.Amount
}

// StateMapProps are what a map is drawn from.
type StateMapProps struct {
	ID, Title, Desc string
	Figures         []StateFigure
	// Hourly formats the figures as an hour's pay rather than a year's.
	Hourly bool
	// Selected is the state to outline, "" for none.
	Selected string
}

// Tile geometry in viewBox units.
const (
	tileSize = 40
	tileGap  = 4
	tilePad  = 2 // room for the selected tile's outline
)

// StateMapInk and StateMapPaper are the two colours a tile's code is
// written in: dark on the light steps, white on the dark ones.
const (
	StateMapInk   = "#1d2624"
	StateMapPaper = "#ffffff"
)

// StateMapNoData is the fill of a state without a figure; it is drawn
// with a dashed outline and its code in StateMapMuted.
const (
	StateMapNoData = "#ffffff"
	StateMapMuted  = "#4f5d59"
)

// StateMapPalette runs from the lowest step to the highest, light to
// dark, in the site's green. A map with fewer steps takes colours spread
// across it.
var StateMapPalette = []string{"#e3f1ec", "#b4dccd", "#6bb59c", "#217a62", "#0b4f40"}

// StateMapAtLeast is the fill of a state whose figure is only "at least"
// the survey's ceiling: outside the green scale, since it is no level.
const StateMapAtLeast = "#ecd9a8"

// stateTile places a state in the usual tile grid (12 columns, 8 rows):
// Alaska top left, Maine top right, Hawaii and Texas along the bottom.
// Puerto Rico and the Virgin Islands sit off Florida's coast, and Guam,
// which BLS also covers, above Hawaii.
type stateTile struct {
	code, name string
	row, col   int
}

var stateGrid = []stateTile{
	{"AK", "Alaska", 0, 0}, {"ME", "Maine", 0, 11},
	{"VT", "Vermont", 1, 10}, {"NH", "New Hampshire", 1, 11},
	{"WA", "Washington", 2, 1}, {"ID", "Idaho", 2, 2}, {"MT", "Montana", 2, 3}, {"ND", "North Dakota", 2, 4},
	{"MN", "Minnesota", 2, 5}, {"IL", "Illinois", 2, 6}, {"WI", "Wisconsin", 2, 7}, {"MI", "Michigan", 2, 8},
	{"NY", "New York", 2, 9}, {"RI", "Rhode Island", 2, 10}, {"MA", "Massachusetts", 2, 11},
	{"OR", "Oregon", 3, 1}, {"NV", "Nevada", 3, 2}, {"WY", "Wyoming", 3, 3}, {"SD", "South Dakota", 3, 4},
	{"IA", "Iowa", 3, 5}, {"IN", "Indiana", 3, 6}, {"OH", "Ohio", 3, 7}, {"PA", "Pennsylvania", 3, 8},
	{"NJ", "New Jersey", 3, 9}, {"CT", "Connecticut", 3, 10},
	{"CA", "California", 4, 1}, {"UT", "Utah", 4, 2}, {"CO", "Colorado", 4, 3}, {"NE", "Nebraska", 4, 4},
	{"MO", "Missouri", 4, 5}, {"KY", "Kentucky", 4, 6}, {"WV", "West Virginia", 4, 7}, {"VA", "Virginia", 4, 8},
	{"MD", "Maryland", 4, 9}, {"DE", "Delaware", 4, 10},
	{"AZ", "Arizona", 5, 2}, {"NM", "New Mexico", 5, 3}, {"KS", "Kansas", 5, 4}, {"AR", "Arkansas", 5, 5},
	{"TN", "Tennessee", 5, 6}, {"NC", "North Carolina", 5, 7}, {"SC", "South Carolina", 5, 8},
	{"DC", "District of Columbia", 5, 9},
	{"GU", "Guam", 6, 0}, {"OK", "Oklahoma", 6, 4}, {"LA", "Louisiana", 6, 5}, {"MS", "Mississippi", 6, 6}, {"AL", "Alabama", 6, 7},
	{"GA", "Georgia", 6, 8},
	{"HI", "Hawaii", 7, 0}, {"TX", "Texas", 7, 4}, {"FL", "Florida", 7, 9}, {"PR", "Puerto Rico", 7, 10},
	{"VI", "Virgin Islands", 7, 11},
}

// MapsState reports whether a state has a tile on the map.
func MapsState(code string) bool {
	return slices.ContainsFunc(stateGrid, func(t stateTile) bool { return t.code == code })
}

// NewStateMap lays out the map and its legend. It returns nil when no
// state on the map has a figure. A figure the survey gives only as "at
// least" its ceiling ($239,200) has no place among the levels, as other
// states' exact figures may lie above it: those states take a colour of
// their own, StateMapAtLeast, with its own legend entry, and the steps are
// drawn from the exact figures.
func NewStateMap(p StateMapProps) *StateMap {
	byCode := make(map[string]career.Amount, len(p.Figures))
	var values []float64
	ceiling := -1.0
	for _, f := range p.Figures {
		if !f.Amount.Available() || !MapsState(f.Code) {
			continue
		}
		byCode[f.Code] = f.Amount
		if f.Amount.State == career.TopCoded {
			ceiling = f.Amount.Value
			continue
		}
		values = append(values, f.Amount.Value)
	}
	if len(byCode) == 0 {
		return nil
	}
	slices.Sort(values)
	money, unit, per := format.Dollars, 1.0, " a year"
	if p.Hourly {
		money, unit, per = format.Hourly, 0.01, " an hour"
	}
	var bounds []float64
	var fills []string
	if len(values) > 0 {
		bounds = roundedBounds(values, len(StateMapPalette), p.Hourly)
		fills = stepFills(len(bounds)+1, StateMapPalette)
	}

	m := &StateMap{
		ID: p.ID, Title: p.Title, Desc: p.Desc,
		Width: 12*(tileSize+tileGap) - tileGap + 2*tilePad, Height: 8*(tileSize+tileGap) - tileGap + 2*tilePad,
	}
	if MapsState(p.Selected) {
		m.Selected = p.Selected
	}
	for _, g := range stateGrid {
		t := StateTile{
			Code: g.code, Selected: g.code == p.Selected,
			X: tilePad + float64(g.col*(tileSize+tileGap)), Y: tilePad + float64(g.row*(tileSize+tileGap)),
		}
		a, ok := byCode[g.code]
		switch {
		case ok && a.State == career.TopCoded:
			t.Fill = StateMapAtLeast
			t.Label = g.name + ": " + money(a) + per
		case ok:
			t.Fill = fills[level(a.Value, bounds)]
			t.Label = g.name + ": " + money(a) + per
		default:
			t.Fill, t.NoData = StateMapNoData, true
			t.Label = g.name + ": no data"
		}
		t.Ink = inkOn(t.Fill)
		if t.NoData {
			t.Ink = StateMapMuted
		}
		m.Tiles = append(m.Tiles, t)
	}
	for i, fill := range fills {
		var label string
		switch {
		case len(fills) == 1:
			label = money(career.KnownAmount(values[0]))
			if values[len(values)-1] != values[0] {
				label += " to " + money(career.KnownAmount(values[len(values)-1]))
			}
		case i == 0:
			label = "Under " + money(career.KnownAmount(bounds[0]))
		case i == len(fills)-1:
			label = money(career.KnownAmount(bounds[i-1])) + " or more"
		default:
			label = money(career.KnownAmount(bounds[i-1])) + " to " + money(career.KnownAmount(bounds[i]-unit))
		}
		m.Legend = append(m.Legend, LegendStep{Fill: fill, Label: label})
	}
	if ceiling >= 0 {
		m.Legend = append(m.Legend, LegendStep{Fill: StateMapAtLeast, Label: "At least " + money(career.KnownAmount(ceiling)) + "; not published exactly"})
	}
	if len(byCode) < len(stateGrid) {
		m.Legend = append(m.Legend, LegendStep{Fill: StateMapNoData, Label: "No data", NoData: true})
	}
	return m
}

// stepBounds splits sorted values into at most steps levels of about as
// many states each, and returns where each level after the first
// begins, rounded down to unit so that the legend reads easily. No level
// is left empty.
func stepBounds(values []float64, steps int, unit float64) []float64 {
	n := len(values)
	var bounds []float64
	for i := 1; i < steps; i++ {
		b := math.Floor(values[i*n/steps]/unit) * unit
		if b <= values[0] || (len(bounds) > 0 && b <= bounds[len(bounds)-1]) {
			continue
		}
		bounds = append(bounds, b)
	}
	// Rounding can leave a level without a state; merge it upward.
	for i := 0; i < len(bounds); {
		next := math.Inf(1)
		if i+1 < len(bounds) {
			next = bounds[i+1]
		}
		if !slices.ContainsFunc(values, func(v float64) bool { return v >= bounds[i] && v < next }) {
			bounds = slices.Delete(bounds, i, i+1)
			continue
		}
		i++
	}
	return bounds
}

// roundedBounds are the step bounds rounded to the coarsest power of ten
// that keeps as many steps as rounding to a dollar a year (a cent an
// hour) would, so that the legend reads "$44,000" where it can and one
// outlying state, Puerto Rico say, does not merge the steps.
func roundedBounds(values []float64, steps int, hourly bool) []float64 {
	least := 1.0
	if hourly {
		least = 0.01
	}
	finest := stepBounds(values, steps, least)
	spread := values[len(values)-1] - values[0]
	if spread <= 0 {
		return finest
	}
	for unit := math.Pow(10, math.Floor(math.Log10(spread))); unit > least*1.5; unit /= 10 {
		if b := stepBounds(values, steps, unit); len(b) == len(finest) {
			return b
		}
	}
	return finest
}

// level is the step a value falls in.
func level(v float64, bounds []float64) int {
	n := 0
	for _, b := range bounds {
		if v >= b {
			n++
		}
	}
	return n
}

// stepFills picks n colours spread across a palette, light to dark.
func stepFills(n int, palette []string) []string {
	last := len(palette) - 1
	if n == 1 {
		return []string{palette[last/2]}
	}
	out := make([]string, n)
	for i := range out {
		out[i] = palette[int(math.Round(float64(i*last)/float64(n-1)))]
	}
	return out
}

// inkOn is the colour, dark or white, that reads better on fill.
func inkOn(fill string) string {
	if Contrast(fill, StateMapInk) >= Contrast(fill, StateMapPaper) {
		return StateMapInk
	}
	return StateMapPaper
}

// Contrast is the WCAG contrast ratio of two "#rrggbb" colours, 1 to 21.
func Contrast(a, b string) float64 {
	la, lb := luminance(a), luminance(b)
	if la < lb {
		la, lb = lb, la
	}
	return (la + 0.05) / (lb + 0.05)
}

// luminance is the WCAG relative luminance of a "#rrggbb" colour.
func luminance(hex string) float64 {
	var c [3]float64
	for i := range c {
		v, _ := strconv.ParseUint(hex[1+2*i:3+2*i], 16, 8)
		s := float64(v) / 255
		if s <= 0.03928 {
			c[i] = s / 12.92
		} else {
			c[i] = math.Pow((s+0.055)/1.055, 2.4)
		}
	}
	return 0.2126*c[0] + 0.7152*c[1] + 0.0722*c[2]
}
