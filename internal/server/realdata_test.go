package server_test

import (
	"os"
	"sync"
	"testing"

	"github.com/careeratlas/careeratlas/internal/career"
	"github.com/careeratlas/careeratlas/internal/content"
	"github.com/careeratlas/careeratlas/internal/view/format"
)

// The real tier's expectations are read from content/data itself, never
// typed into the tests: internal/importer's TestContentMatchesOfficialFiles
// holds content/data to the official files it names, and these tests hold
// the pages to content/data. Loading a new release is then `make
// import-all`, `make test` and a commit, with no test to edit.

var (
	knownOnce sync.Once
	knownCat  *content.Catalog
	knownErr  error
)

// known is the real content as loaded from content/, independent of the
// database and the pages.
func known(t *testing.T) *content.Catalog {
	t.Helper()
	knownOnce.Do(func() { knownCat, knownErr = content.Load(os.DirFS("../../content")) })
	if knownErr != nil {
		t.Fatalf("real content: %v", knownErr)
	}
	return knownCat
}

// knownOcc is an occupation of the real content, with its figures.
func knownOcc(t *testing.T, soc string) *career.Occupation {
	t.Helper()
	o := known(t).Occupation(soc)
	if o == nil {
		t.Fatalf("no occupation %s in content/data", soc)
	}
	return o
}

// release is the release a dataset's sidecar names: "May 2025".
func release(t *testing.T, dataset string) string {
	t.Helper()
	s, ok := known(t).Source(dataset)
	if !ok {
		t.Fatalf("no %s in content/data", dataset)
	}
	return s.Release
}

// yearly and hourly format a wage as the pages show it.
func yearly(a career.Amount) string { return format.Dollars(a) }
func hourly(a career.Amount) string { return format.Hourly(a) }

// inGroup counts the occupations of a major group.
func inGroup(t *testing.T, code string) int {
	n := 0
	for _, o := range known(t).Occupations {
		if o.Group == code {
			n++
		}
	}
	return n
}

// bestPaid is the occupation of a group with the highest median pay.
func bestPaid(t *testing.T, group string) *career.Occupation {
	var best *career.Occupation
	for _, o := range known(t).Occupations {
		if o.Group != group || o.Wages == nil || !o.Wages.Annual[2].Available() {
			continue
		}
		if best == nil || o.Wages.Annual[2].Value > best.Wages.Annual[2].Value {
			best = o
		}
	}
	return best
}

// schoolsIn counts the schools of a state, or those of a state that
// report awards in a program when cip is set.
func schoolsIn(t *testing.T, state, cip string) int {
	inState := map[string]bool{}
	for _, s := range known(t).Institutions {
		if s.State == state {
			inState[s.UnitID] = true
		}
	}
	if cip == "" {
		return len(inState)
	}
	offering := map[string]bool{}
	for _, c := range known(t).Completions {
		if c.CIP == cip && inState[c.UnitID] && c.Total > 0 { // listed only with an award in the year
			offering[c.UnitID] = true
		}
	}
	return len(offering)
}

// stateMean is an occupation's mean pay in a state, by the state's name.
func stateMean(t *testing.T, soc, state string) career.Wages {
	for _, a := range known(t).Areas {
		if a.SOC == soc && a.AreaTitle == state {
			return a
		}
	}
	t.Fatalf("no mean pay of %s in %s in content/data", soc, state)
	return career.Wages{}
}

// priceIndex is a state's regional price parity, by its FIPS code.
func priceIndex(t *testing.T, fips string) float64 {
	for _, p := range known(t).Prices {
		if p.FIPS == fips {
			return p.Index
		}
	}
	t.Fatalf("no price parity for FIPS %s in content/data", fips)
	return 0
}
