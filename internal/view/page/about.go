package page

import (
	"github.com/careeratlas/careeratlas/internal/career"
	"github.com/careeratlas/careeratlas/internal/view/format"
	"github.com/careeratlas/careeratlas/internal/view/layout"
)

// AboutDataPage explains the sources and method.
type AboutDataPage struct {
	Meta    layout.Meta
	Sources []SourceRow
	Bands   []GrowthBand
	Total   string
	// ONETRelease names the O*NET release in its credit: "O*NET 29.3".
	ONETRelease string
}

// GrowthBand is a growth category with the changes it covers in this
// projections release: "3 to 4 percent".
type GrowthBand struct {
	career.Growth
	Range string
}

// SourceRow is one dataset in the table of sources.
type SourceRow struct {
	Name, Release, File, Rows string
}

// AboutDataInput is what the sources page shows: the sources themselves,
// which every page's Common holds.
type AboutDataInput struct {
	Common
}

// NewAboutDataPage builds the sources page.
func NewAboutDataPage(in AboutDataInput) AboutDataPage {
	c := in.Common
	p := AboutDataPage{
		Meta: c.meta("About the data", "Where Career Atlas figures come from, which releases they are, and how we present them.",
			"/about/data", layout.Crumb{Label: "Home", Path: "/"}, layout.Crumb{Label: "About the data"}),
	}
	for i, g := range career.GrowthBands() {
		p.Bands = append(p.Bands, GrowthBand{Growth: g, Range: c.Growth.Range(i)})
	}
	for _, s := range c.Sources {
		p.Sources = append(p.Sources, SourceRow{s.Name, s.Release, s.File, format.Number(float64(s.Rows), 0)})
	}
	p.Meta.Section = "about"
	p.ONETRelease = c.onetRelease()
	if p.ONETRelease == "" {
		p.ONETRelease = "O*NET"
	}
	if c.Total != nil {
		p.Total = format.Percent(c.Total.PctChange)
	}
	return p
}
