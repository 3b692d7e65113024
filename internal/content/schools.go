package content

import (
	"errors"
	"io/fs"

	"github.com/careeratlas/careeratlas/internal/career"
	"github.com/careeratlas/careeratlas/internal/dataset"
)

// loadSchools reads the school datasets, when they have been imported, and
// checks that they refer to each other correctly.
func (c *Catalog) loadSchools(fsys fs.FS) career.Problems {
	var probs career.Problems
	take := func(src career.Source, err error) bool { return c.takeDataset(&probs, src, err) }
	var err error
	var src career.Source
	c.Institutions, src, err = dataset.ReadInstitutions(fsys, "data")
	haveInst := take(src, err)
	c.Offices, src, err = dataset.ReadOffices(fsys, "data")
	haveOffices := take(src, err)
	c.Completions, src, err = dataset.ReadCompletions(fsys, "data")
	haveComp := take(src, err)
	c.Programs, src, err = dataset.ReadPrograms(fsys, "data")
	havePrograms := take(src, err)
	c.Pathways, src, err = dataset.ReadPathways(fsys, "data")
	take(src, err)
	c.Places, src, err = dataset.ReadPlaces(fsys, "data")
	take(src, err)
	c.States, src, err = dataset.ReadStates(fsys, "data")
	take(src, err)
	c.Characteristics, src, err = dataset.ReadCharacteristics(fsys, "data")
	haveFacts := take(src, err)
	c.Admissions, src, err = dataset.ReadAdmissions(fsys, "data")
	haveFacts = take(src, err) || haveFacts
	c.Aid, src, err = dataset.ReadAid(fsys, "data")
	haveFacts = take(src, err) || haveFacts
	if len(probs) > 0 {
		return probs
	}
	if haveFacts && !haveInst {
		probs.Add("data/characteristics.csv", 0, "schools' characteristics, admissions and aid need data/institutions.csv: import them with careeratlas import ipeds")
	}
	if haveOffices && !haveInst {
		probs.Add("data/"+dataset.OfficesName+".csv", 0, "system offices need data/institutions.csv: import both with careeratlas import ipeds")
	}
	if haveComp && !haveInst {
		probs.Add("data/completions.csv", 0, "completions need data/institutions.csv: import both with careeratlas import ipeds")
	}
	if haveComp && !havePrograms {
		probs.Add("data/completions.csv", 0, "completions need data/cip.csv: run careeratlas import cip")
	}
	if len(probs) > 0 {
		return probs
	}
	units := make(map[string]bool, len(c.Institutions))
	for _, in := range c.Institutions {
		if units[in.UnitID] {
			probs.Add("data/institutions.csv", 0, "unitid %s appears twice", in.UnitID)
		}
		units[in.UnitID] = true
	}
	probs = append(probs, c.checkFacts(units)...)
	for i, o := range c.Offices {
		if units[o.UnitID] {
			probs.Add("data/"+dataset.OfficesName+".csv", i+2, "unitid %s is a school in data/institutions.csv, not a system office", o.UnitID)
		}
	}
	codes := make(map[string]bool, len(c.Programs))
	for _, p := range c.Programs {
		codes[p.Code] = true
	}
	for i, cm := range c.Completions {
		line := i + 2 // header, then one row per line
		if !units[cm.UnitID] {
			probs.Add("data/completions.csv", line, "unitid %s is not in data/institutions.csv", cm.UnitID)
		}
		if cm.CIP != "99" && !codes[cm.CIP] {
			// IPEDS already reports a few programs added to CIP after the
			// 2020 list (49.0109, remote aircraft pilots): keep them under
			// their code rather than drop real completions.
			codes[cm.CIP] = true
			c.Programs = append(c.Programs, career.Program{Code: cm.CIP, Title: "Program " + cm.CIP + " (not in the CIP 2020 list)"})
		}
		if len(probs) > 20 {
			probs.Add("data/completions.csv", 0, "too many problems; stopping here")
			break
		}
	}
	for i, p := range c.Pathways {
		if len(codes) > 0 && !codes[p.CIP] {
			probs.Add("data/cip_soc.csv", i+2, "CIP %s is not in data/cip.csv", p.CIP)
		}
	}
	c.addSchoolPlaces()
	return probs
}

// takeDataset records an optional dataset's source and problems. It
// reports false, and records nothing, when the dataset was never imported.
func (c *Catalog) takeDataset(probs *career.Problems, src career.Source, err error) bool {
	if errors.Is(err, fs.ErrNotExist) {
		return false
	}
	var inv *career.InvalidError
	if errors.As(err, &inv) {
		*probs = append(*probs, inv.Problems...)
	} else if err != nil {
		probs.Add("", 0, "%v", err)
	}
	c.Sources = append(c.Sources, src)
	return true
}

// foldPathways points the crosswalk's links at the occupations the site
// has: a part of an occupation BLS publishes combined (29-2012 Clinical
// Laboratory Technicians, 21-1014 Mental Health Counselors) links to that
// occupation, once; links to military occupations and other codes BLS
// publishes no figures for are dropped.
func (c *Catalog) foldPathways() {
	seen := map[career.Pathway]bool{}
	kept := c.Pathways[:0]
	for _, p := range c.Pathways {
		p.SOC, _ = career.PublishedAs(p.SOC, c.hasOccupation)
		if c.hasOccupation(p.SOC) && !seen[p] {
			seen[p] = true
			kept = append(kept, p)
		}
	}
	c.Pathways = kept
}

// hasOccupation reports whether the catalog has an occupation.
func (c *Catalog) hasOccupation(soc string) bool { return c.Occupation(soc) != nil }

// checkFacts checks that the schools' IC, ADM and SFA rows are of schools
// in the directory, once each. The importer keeps only those; a directory
// imported alone, without the files of the same schools, is caught here.
func (c *Catalog) checkFacts(units map[string]bool) career.Problems {
	var probs career.Problems
	check := func(file string, n int, id func(int) string) {
		seen := make(map[string]bool, n)
		bad := 0
		for i := range n {
			u := id(i)
			switch {
			case !units[u]:
				if bad++; bad <= 5 {
					probs.Add(file, i+2, "unitid %s is not in data/institutions.csv: import the IPEDS directory with the IC, ADM and SFA files (careeratlas import ipeds)", u)
				}
			case seen[u]:
				probs.Add(file, i+2, "unitid %s appears twice", u)
			}
			seen[u] = true
		}
		if bad > 5 {
			probs.Add(file, 0, "%d more schools not in data/institutions.csv", bad-5)
		}
	}
	check("data/"+dataset.CharacteristicsName+".csv", len(c.Characteristics), func(i int) string { return c.Characteristics[i].UnitID })
	check("data/"+dataset.AdmissionsName+".csv", len(c.Admissions), func(i int) string { return c.Admissions[i].UnitID })
	check("data/"+dataset.AidName+".csv", len(c.Aid), func(i int) string { return c.Aid[i].UnitID })
	return probs
}
