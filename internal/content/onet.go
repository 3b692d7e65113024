package content

import (
	"io/fs"

	"github.com/careeratlas/careeratlas/internal/career"
	"github.com/careeratlas/careeratlas/internal/dataset"
)

// loadONET reads the O*NET datasets, when imported. Rows for SOC codes the
// BLS data does not have (O*NET covers some occupations BLS folds into
// others) are dropped when the catalog is joined.
func (c *Catalog) loadONET(fsys fs.FS) career.Problems {
	var probs career.Problems
	take := func(src career.Source, err error) { c.takeDataset(&probs, src, err) }
	var err error
	var src career.Source
	c.Interests, src, err = dataset.ReadInterests(fsys, "data")
	take(src, err)
	c.Related, src, err = dataset.ReadRelated(fsys, "data")
	take(src, err)
	c.JobZones, src, err = dataset.ReadJobZones(fsys, "data")
	take(src, err)
	c.AltTitles, src, err = dataset.ReadAltTitles(fsys, "data")
	take(src, err)
	c.ReportedTitles, src, err = dataset.ReadReportedTitles(fsys, "data")
	take(src, err)
	c.Technology, src, err = dataset.ReadTechnology(fsys, "data")
	take(src, err)
	for i, in := range c.Interests {
		for _, v := range in.Scores {
			if v < 1 || v > 7 {
				probs.Add("data/onet_interests.csv", i+2, "score %v is not between 1 and 7", v)
			}
		}
	}
	for i, z := range c.JobZones {
		if z.Zone < 1 || z.Zone > 5 {
			probs.Add("data/onet_job_zones.csv", i+2, "job zone %d is not 1 to 5", z.Zone)
		}
	}
	return probs
}

// dropUnknownONET keeps only O*NET rows about occupations the site has.
func (c *Catalog) dropUnknownONET() {
	known := func(soc string) bool { return c.Occupation(soc) != nil }
	c.Interests = filter(c.Interests, func(x career.Interests) bool { return known(x.SOC) })
	c.Related = filter(c.Related, func(x career.Related) bool { return known(x.SOC) && known(x.Related) })
	c.JobZones = filter(c.JobZones, func(x career.JobZone) bool { return known(x.SOC) })
	c.AltTitles = filter(c.AltTitles, func(x career.AltTitle) bool { return known(x.SOC) })
	c.ReportedTitles = filter(c.ReportedTitles, func(x career.ReportedTitle) bool { return known(x.SOC) })
	c.Technology = filter(c.Technology, func(x career.Technology) bool { return known(x.SOC) })
}

func filter[T any](xs []T, keep func(T) bool) []T {
	out := xs[:0]
	for _, x := range xs {
		if keep(x) {
			out = append(out, x)
		}
	}
	return out
}
