package content

import (
	"slices"
	"testing"

	"github.com/careeratlas/careeratlas/internal/career"
)

// TestFoldONET: an occupation BLS counts as one and O*NET splits in two
// gets what O*NET says of both parts; O*NET rows of occupations BLS has
// nothing for are still dropped.
func TestFoldONET(t *testing.T) {
	aides := &career.Occupation{SOC: "31-1120", Title: "Home Health and Personal Care Aides"}
	nurses := &career.Occupation{SOC: "29-1141", Title: "Registered Nurses"}
	c := &Catalog{Occupations: []*career.Occupation{aides, nurses},
		index: map[string]*career.Occupation{"31-1120": aides, "29-1141": nurses}}
	c.AltTitles = []career.AltTitle{{SOC: "31-1121", Title: "Home Health Aide"}, {SOC: "31-1122", Title: "Caregiver"},
		{SOC: "31-1121", Title: "Caregiver"}, {SOC: "99-9999", Title: "Nobody"}}
	c.Technology = []career.Technology{{SOC: "31-1121", Name: "Email software"}, {SOC: "31-1122", Name: "Email software"}}
	c.Related = []career.Related{{SOC: "31-1121", Related: "31-1122", Rank: 1}, {SOC: "31-1121", Related: "29-1141", Rank: 2},
		{SOC: "31-1122", Related: "29-1061", Rank: 1}, {SOC: "31-1122", Related: "29-1141", Rank: 2}}
	c.Interests = []career.Interests{{SOC: "31-1121", Scores: [6]float64{1, 2, 3, 6, 2, 2}}, {SOC: "31-1122", Scores: [6]float64{2, 2, 3, 7, 2, 2}}}
	c.JobZones = []career.JobZone{{SOC: "31-1121", Zone: 2}, {SOC: "31-1122", Zone: 1}}
	c.dropUnknownONET()

	var titles []string
	for _, a := range c.AltTitles {
		if a.SOC != "31-1120" {
			t.Errorf("title %+v not folded", a)
		}
		titles = append(titles, a.Title)
	}
	if !slices.Equal(titles, []string{"Home Health Aide", "Caregiver"}) {
		t.Errorf("titles %q, want both parts' titles once each", titles)
	}
	if len(c.Technology) != 1 {
		t.Errorf("technology %+v, want one Email software", c.Technology)
	}
	// Not itself, the nurses once, and ranks that do not collide (the
	// database keys related jobs by occupation and rank).
	if len(c.Related) != 1 || c.Related[0].SOC != "31-1120" || c.Related[0].Related != "29-1141" {
		t.Errorf("related %+v, want the nurses alone (not itself; 29-1061 is not on the site)", c.Related)
	}
	c2 := &Catalog{index: c.index, Related: []career.Related{{SOC: "31-1121", Related: "29-1141", Rank: 1}, {SOC: "31-1122", Related: "29-1061", Rank: 1}}}
	c2.index["29-1061"] = &career.Occupation{SOC: "29-1061"}
	c2.foldONET()
	if len(c2.Related) != 2 || c2.Related[0].Rank == c2.Related[1].Rank {
		t.Errorf("related %+v, want two with their own ranks", c2.Related)
	}
	if len(c.Interests) != 1 || c.Interests[0].Scores != [6]float64{1.5, 2, 3, 6.5, 2, 2} {
		t.Errorf("interests %+v, want the mean of the parts", c.Interests)
	}
	if len(c.JobZones) != 1 || c.JobZones[0].Zone != 1 {
		t.Errorf("job zones %+v, want the lower of 2 and 1", c.JobZones)
	}
}

// TestFoldPathways: the crosswalk's links to parts of an occupation BLS
// publishes combined, by broad group or by the combined code, go to that
// occupation once; links to codes with no occupation are dropped.
func TestFoldPathways(t *testing.T) {
	lab := &career.Occupation{SOC: "29-2010", Title: "Clinical Laboratory Technologists and Technicians"}
	counselors := &career.Occupation{SOC: "21-1018", Title: "Substance Abuse, Behavioral Disorder, and Mental Health Counselors"}
	c := &Catalog{index: map[string]*career.Occupation{lab.SOC: lab, counselors.SOC: counselors}}
	c.Pathways = []career.Pathway{
		{CIP: "51.1004", SOC: "29-2012"}, // a part, by broad group
		{CIP: "51.1005", SOC: "29-2011"},
		{CIP: "51.1005", SOC: "29-2012"}, // the same program and occupation again
		{CIP: "51.1501", SOC: "21-1011"}, // SOC 2010 codes merged in 21-1018
		{CIP: "51.1501", SOC: "21-1014"},
		{CIP: "51.1501", SOC: "21-1018"},
		{CIP: "29.0201", SOC: "55-1017"}, // military: no occupation
	}
	c.foldPathways()
	want := []career.Pathway{{CIP: "51.1004", SOC: "29-2010"}, {CIP: "51.1005", SOC: "29-2010"}, {CIP: "51.1501", SOC: "21-1018"}}
	if !slices.Equal(c.Pathways, want) {
		t.Errorf("pathways %+v, want %+v", c.Pathways, want)
	}
}
