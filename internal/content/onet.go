package content

import (
	"cmp"
	"io/fs"
	"math"
	"slices"
	"strings"

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

// dropUnknownONET keeps only O*NET rows about occupations the site has,
// after folding O*NET's finer occupations into the BLS occupation that
// counts them together.
func (c *Catalog) dropUnknownONET() {
	c.foldONET()
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

// foldONET gives the BLS occupations that count several O*NET occupations
// together (31-1120 Home Health and Personal Care Aides is O*NET's
// 31-1121 and 31-1122; 25-9045 Teaching Assistants is three of O*NET's;
// see career.PublishedAs) what O*NET says of those parts: all their titles and technologies, their related
// occupations, the mean of their interest scores, and their job zone when
// they agree (the lower one when they do not: the way in, not the top).
// Without it these occupations had no other titles, interests or related
// jobs at all.
func (c *Catalog) foldONET() {
	into := func(soc string) (string, bool) { return career.PublishedAs(soc, c.hasOccupation) }
	seen := map[string]bool{}
	once := func(parts ...string) bool {
		k := strings.Join(parts, "\x00")
		if seen[k] {
			return false
		}
		seen[k] = true
		return true
	}
	for i := range c.AltTitles {
		c.AltTitles[i].SOC, _ = into(c.AltTitles[i].SOC)
	}
	c.AltTitles = filter(c.AltTitles, func(x career.AltTitle) bool { return once("alt", x.SOC, strings.ToLower(x.Title)) })
	for i := range c.ReportedTitles {
		c.ReportedTitles[i].SOC, _ = into(c.ReportedTitles[i].SOC)
	}
	c.ReportedTitles = filter(c.ReportedTitles, func(x career.ReportedTitle) bool { return once("rep", x.SOC, strings.ToLower(x.Title)) })
	for i := range c.Technology {
		c.Technology[i].SOC, _ = into(c.Technology[i].SOC)
	}
	c.Technology = filter(c.Technology, func(x career.Technology) bool { return once("tech", x.SOC, x.Name) })
	for i := range c.Related {
		c.Related[i].SOC, _ = into(c.Related[i].SOC)
		c.Related[i].Related, _ = into(c.Related[i].Related)
	}
	c.Related = filter(c.Related, func(x career.Related) bool { return x.SOC != x.Related && once("rel", x.SOC, x.Related) })
	// The parts' rankings interleave: rank them again, in order, 1, 2, …
	slices.SortStableFunc(c.Related, func(a, b career.Related) int {
		return cmp.Or(strings.Compare(a.SOC, b.SOC), cmp.Compare(a.Rank, b.Rank))
	})
	for i := range c.Related {
		if i > 0 && c.Related[i].SOC == c.Related[i-1].SOC && c.Related[i].Rank <= c.Related[i-1].Rank {
			c.Related[i].Rank = c.Related[i-1].Rank + 1
		}
	}

	// Interests: the mean of the parts, for occupations O*NET has no
	// profile of their own.
	sums, counts := map[string][6]float64{}, map[string]int{}
	for _, x := range c.Interests {
		if to, folded := into(x.SOC); folded {
			s := sums[to]
			for k, v := range x.Scores {
				s[k] += v
			}
			sums[to], counts[to] = s, counts[to]+1
		}
	}
	has := map[string]bool{}
	for _, x := range c.Interests {
		has[x.SOC] = true
	}
	for soc, s := range sums {
		if has[soc] {
			continue
		}
		for k := range s {
			s[k] = math.Round(s[k]/float64(counts[soc])*100) / 100
		}
		c.Interests = append(c.Interests, career.Interests{SOC: soc, Scores: s})
	}
	zones, hasZone := map[string]int{}, map[string]bool{}
	for _, z := range c.JobZones {
		hasZone[z.SOC] = true
	}
	for _, z := range c.JobZones {
		if to, folded := into(z.SOC); folded && !hasZone[to] {
			if cur, ok := zones[to]; !ok || z.Zone < cur {
				zones[to] = z.Zone
			}
		}
	}
	for soc, z := range zones {
		c.JobZones = append(c.JobZones, career.JobZone{SOC: soc, Zone: z})
	}
	slices.SortFunc(c.Interests, func(a, b career.Interests) int { return strings.Compare(a.SOC, b.SOC) })
	slices.SortFunc(c.JobZones, func(a, b career.JobZone) int { return strings.Compare(a.SOC, b.SOC) })
}
