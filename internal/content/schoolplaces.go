package content

import (
	"cmp"
	"slices"
	"strings"

	"github.com/careeratlas/careeratlas/internal/career"
)

// FromSchools ends the name of a place whose location is taken from the
// schools in its ZIP code rather than from GeoNames, so that the finder
// shows it is approximate: "San Juan (from the schools there)".
const FromSchools = " (from the schools there)"

// addSchoolPlaces adds a place for every ZIP code that schools in the
// directory use but data/zips.csv lacks. GeoNames's U.S. list leaves out
// Puerto Rico, Guam, the Virgin Islands and the other territories, and
// some ZIP codes that belong to one university; a distance search from
// such a ZIP starts at the mean location of the schools there. The town
// is the one most of those schools give (the first by name on a tie).
func (c *Catalog) addSchoolPlaces() {
	known := make(map[string]bool, len(c.Places))
	for _, p := range c.Places {
		known[p.ZIP] = true
	}
	type spot struct {
		lat, lon float64
		n        int
		towns    map[[2]string]int // {city, state} -> schools
	}
	spots := map[string]*spot{}
	for _, in := range c.Institutions {
		if !in.HasGeo || len(in.ZIP) < 5 {
			continue
		}
		zip := in.ZIP[:5] // ZIP+4 in the directory
		if known[zip] || strings.Trim(zip, "0123456789") != "" || in.City == "" || in.State == "" {
			continue
		}
		s := spots[zip]
		if s == nil {
			s = &spot{towns: map[[2]string]int{}}
			spots[zip] = s
		}
		s.lat += in.Lat
		s.lon += in.Lon
		s.n++
		s.towns[[2]string{in.City, in.State}]++
	}
	if len(spots) == 0 {
		return
	}
	for zip, s := range spots {
		var town [2]string
		best := 0
		for t, n := range s.towns {
			if n > best || (n == best && (t[0] < town[0] || t[0] == town[0] && t[1] < town[1])) {
				town, best = t, n
			}
		}
		c.Places = append(c.Places, career.Place{ZIP: zip, Name: town[0] + FromSchools, State: town[1],
			Lat: s.lat / float64(s.n), Lon: s.lon / float64(s.n)})
	}
	slices.SortFunc(c.Places, func(a, b career.Place) int { return cmp.Compare(a.ZIP, b.ZIP) })
}
