package component_test

import (
	"context"
	"slices"
	"strings"
	"testing"

	"github.com/PuerkitoBio/goquery"

	"github.com/careeratlas/careeratlas/internal/career"
	"github.com/careeratlas/careeratlas/internal/view/component"
)

// figures makes state figures from code, value pairs.
func figures(kv ...any) []component.StateFigure {
	var out []component.StateFigure
	for i := 0; i < len(kv); i += 2 {
		out = append(out, component.StateFigure{Code: kv[i].(string), Amount: career.KnownAmount(kv[i+1].(float64))})
	}
	return out
}

func TestStateMapColoursHaveContrast(t *testing.T) {
	// Every step's code must read on its fill (WCAG AA for text, 4.5:1),
	// and so must the code of a state without a figure.
	m := component.NewStateMap(component.StateMapProps{ID: "m", Figures: figures(
		"AL", 10.0, "AK", 20.0, "AZ", 30.0, "AR", 40.0, "CA", 50.0, "CO", 60.0, "CT", 70.0, "DE", 80.0, "FL", 90.0, "GA", 100.0)})
	if len(m.Legend) != len(component.StateMapPalette)+1 {
		t.Fatalf("legend %+v, want every colour of the palette and no data", m.Legend)
	}
	for _, tile := range m.Tiles {
		if c := component.Contrast(tile.Fill, tile.Ink); c < 4.5 {
			t.Errorf("%s: %s on %s has contrast %.2f, want 4.5 or more", tile.Code, tile.Ink, tile.Fill, c)
		}
	}
	if c := component.Contrast(component.StateMapMuted, component.StateMapNoData); c < 4.5 {
		t.Errorf("no data: contrast %.2f", c)
	}
}

func TestNewStateMap(t *testing.T) {
	t.Run("every state has its own tile", func(t *testing.T) {
		m := component.NewStateMap(component.StateMapProps{ID: "m", Figures: figures("OH", 1.0)})
		seen, at := map[string]bool{}, map[[2]float64]string{}
		for _, tile := range m.Tiles {
			pos := [2]float64{tile.X, tile.Y}
			if seen[tile.Code] || at[pos] != "" {
				t.Errorf("%s: repeated, or on %s's square", tile.Code, at[pos])
			}
			seen[tile.Code], at[pos] = true, tile.Code
			if tile.X < 0 || tile.Y < 0 || tile.X+40 > m.Width || tile.Y+40 > m.Height {
				t.Errorf("%s at %v is outside the map", tile.Code, pos)
			}
		}
		if len(m.Tiles) != 54 { // 50 states, DC, Puerto Rico, the Virgin Islands and Guam
			t.Errorf("%d tiles, want 54", len(m.Tiles))
		}
	})

	t.Run("five steps of about as many states", func(t *testing.T) {
		m := component.NewStateMap(component.StateMapProps{ID: "m", Figures: figures(
			"AL", 41200.0, "AK", 52400.0, "AZ", 47300.0, "AR", 39900.0, "CA", 61800.0,
			"CO", 55100.0, "CT", 58700.0, "DE", 50200.0, "FL", 45600.0, "GA", 44100.0)})
		labels := legendLabels(m)
		want := []string{"Under $44,000", "$44,000 to $46,999", "$47,000 to $51,999", "$52,000 to $57,999", "$58,000 or more", "No data"}
		if !slices.Equal(labels, want) {
			t.Errorf("legend %q\nwant %q", labels, want)
		}
		fills := map[string]string{}
		for _, tile := range m.Tiles {
			fills[tile.Code] = tile.Fill
		}
		p := component.StateMapPalette
		for code, want := range map[string]string{"AR": p[0], "AL": p[0], "GA": p[1], "FL": p[1], "AZ": p[2], "DE": p[2], "AK": p[3], "CO": p[3], "CT": p[4], "CA": p[4], "TX": component.StateMapNoData} {
			if fills[code] != want {
				t.Errorf("%s filled %s, want %s", code, fills[code], want)
			}
		}
	})

	t.Run("two states, hourly, one selected", func(t *testing.T) {
		m := component.NewStateMap(component.StateMapProps{ID: "m", Hourly: true, Selected: "PA", Figures: []component.StateFigure{
			{Code: "OH", Amount: career.KnownAmount(13.03)}, {Code: "PA", Amount: career.KnownAmount(32.24)},
			{Code: "AS", Amount: career.KnownAmount(20)}, // not on the map
			{Code: "NY"}, // not published
		}})
		want := []string{"Under $30.00", "$30.00 or more", "No data", "Your state"}
		if got := append(legendLabels(m), selectedLabel(m)...); !slices.Equal(got, want) {
			t.Errorf("legend %q, want %q", got, want)
		}
		for _, tile := range m.Tiles {
			switch tile.Code {
			case "OH":
				check(t, tile, "Ohio: $13.03 an hour", false, false)
			case "PA":
				check(t, tile, "Pennsylvania: $32.24 an hour", false, true)
			case "NY":
				check(t, tile, "New York: no data", true, false)
			}
		}
	})

	t.Run("a chosen state off the map", func(t *testing.T) {
		m := component.NewStateMap(component.StateMapProps{ID: "m", Selected: "AS", Figures: figures("OH", 1.0, "AS", 2.0)})
		if m.Selected != "" || slices.ContainsFunc(m.Tiles, func(t component.StateTile) bool { return t.Selected }) {
			t.Errorf("selected %q on a map without American Samoa", m.Selected)
		}
	})

	t.Run("a top-coded figure", func(t *testing.T) {
		m := component.NewStateMap(component.StateMapProps{ID: "m", Figures: []component.StateFigure{
			{Code: "OH", Amount: career.KnownAmount(232120)}, {Code: "AK", Amount: career.Amount{Value: 239200, State: career.TopCoded}},
		}})
		for _, tile := range m.Tiles {
			if tile.Code == "AK" {
				check(t, tile, "Alaska: $239,200 or more a year", false, false)
			}
		}
	})

	t.Run("nothing to draw", func(t *testing.T) {
		if m := component.NewStateMap(component.StateMapProps{ID: "m", Figures: []component.StateFigure{{Code: "OH"}, {Code: "AS", Amount: career.KnownAmount(1)}}}); m != nil {
			t.Errorf("map %+v, want none without figures on it", m)
		}
	})
}

func legendLabels(m *component.StateMap) []string {
	var out []string
	for _, s := range m.Legend {
		out = append(out, s.Label)
	}
	return out
}

func selectedLabel(m *component.StateMap) []string {
	if m.Selected == "" {
		return nil
	}
	return []string{"Your state"}
}

func check(t *testing.T, tile component.StateTile, label string, noData, selected bool) {
	t.Helper()
	if tile.Label != label || tile.NoData != noData || tile.Selected != selected {
		t.Errorf("%s: %q, no data %v, selected %v; want %q, %v, %v", tile.Code, tile.Label, tile.NoData, tile.Selected, label, noData, selected)
	}
}

func TestStateMapSVG(t *testing.T) {
	m := component.NewStateMap(component.StateMapProps{ID: "pay-map", Title: "Average pay by state", Desc: "Darker is higher.",
		Selected: "OH", Figures: figures("OH", 51190.0, "PA", 49680.0)})
	var b strings.Builder
	if err := component.StateMapSVG(m).Render(context.Background(), &b); err != nil {
		t.Fatal(err)
	}
	doc, err := goquery.NewDocumentFromReader(strings.NewReader(b.String()))
	if err != nil {
		t.Fatal(err)
	}
	svg := doc.Find("svg.state-map__svg")
	if svg.AttrOr("role", "") != "img" || svg.AttrOr("aria-labelledby", "") != "pay-map-title" || svg.AttrOr("aria-describedby", "") != "pay-map-desc" {
		t.Errorf("svg attributes: %s", b.String()[:200])
	}
	if got := doc.Find("#pay-map-title").Text(); got != "Average pay by state" {
		t.Errorf("title %q", got)
	}
	if got := doc.Find("#pay-map-desc").Text(); got != "Darker is higher." {
		t.Errorf("desc %q", got)
	}
	if n := doc.Find("g.state-map__tile > title").Length(); n != 54 {
		t.Errorf("%d tiles with a title, want 54", n)
	}
	if got := doc.Find("g.state-map__tile--selected > title").Text(); got != "Ohio: $51,190 a year" {
		t.Errorf("selected tile %q", got)
	}
	if got := doc.Find("g.state-map__tile--selected text").Text(); got != "OH" {
		t.Errorf("selected tile's code %q", got)
	}
	if n := doc.Find("g.state-map__tile--none").Length(); n != 52 {
		t.Errorf("%d tiles without data, want 52", n)
	}
	if n := doc.Find("script").Length(); n != 0 {
		t.Errorf("%d scripts, want none", n)
	}
	if got := doc.Find(".state-map__legend li").Last().Text(); strings.TrimSpace(got) != "Your state" {
		t.Errorf("legend ends %q", got)
	}
}

// TestStateMapTopCoded: states whose figure is only "at least" the
// survey's ceiling are not placed among the steps, as exact figures may
// lie above it: they take a colour of their own with its own legend entry.
func TestStateMapTopCoded(t *testing.T) {
	fs := figures("AL", 369500.0, "AK", 170000.0, "AZ", 393830.0, "AR", 210000.0, "CA", 452930.0)
	top := career.Amount{Value: 239200, State: career.TopCoded}
	fs = append(fs, component.StateFigure{Code: "PA", Amount: top}, component.StateFigure{Code: "NJ", Amount: top})
	m := component.NewStateMap(component.StateMapProps{ID: "m", Figures: fs})
	byCode := map[string]component.StateTile{}
	for _, tile := range m.Tiles {
		byCode[tile.Code] = tile
	}
	for _, code := range []string{"PA", "NJ"} {
		tile := byCode[code]
		if tile.Fill != component.StateMapAtLeast || tile.NoData {
			t.Errorf("%s: fill %s, want %s", code, tile.Fill, component.StateMapAtLeast)
		}
		if c := component.Contrast(tile.Fill, tile.Ink); c < 4.5 {
			t.Errorf("%s's code has contrast %.2f", code, c)
		}
	}
	if slices.Contains(component.StateMapPalette, component.StateMapAtLeast) {
		t.Error("the 'at least' colour is one of the steps'")
	}
	if byCode["CA"].Fill != component.StateMapPalette[len(component.StateMapPalette)-1] {
		t.Errorf("CA, the highest exact figure, has %s", byCode["CA"].Fill)
	}
	var labels []string
	for _, l := range m.Legend {
		labels = append(labels, l.Label)
	}
	if n := len(labels); n < 2 || labels[n-2] != "At least $239,200; not published exactly" {
		t.Errorf("legend %q, want the steps, the 'at least' entry, then no data", labels)
	}
}
