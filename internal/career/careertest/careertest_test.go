package careertest_test

import (
	"context"
	"testing"
	"time"

	"github.com/careeratlas/careeratlas/internal/career"
	"github.com/careeratlas/careeratlas/internal/career/careertest"
)

// TestFixture checks that the fixture has what its constants promise, as
// read back from a built database.
func TestFixture(t *testing.T) {
	ctx := context.Background()

	cat := careertest.Catalog(t)
	if got := len(cat.Occupations); got != careertest.Occupations {
		t.Errorf("catalog has %d occupations, want %d", got, careertest.Occupations)
	}
	if got := len(cat.Groups); got != careertest.Groups {
		t.Errorf("catalog has %d groups, want %d", got, careertest.Groups)
	}
	if got := len(cat.Institutions); got != careertest.Schools {
		t.Errorf("catalog has %d schools, want %d", got, careertest.Schools)
	}

	start := time.Now()
	db := careertest.DB(t)
	t.Logf("loaded and built the fixture database in %v", time.Since(start).Round(time.Millisecond))

	all, err := db.ListOccupations(ctx, career.OccupationFilter{})
	if err != nil {
		t.Fatal(err)
	}
	if len(all) != careertest.Occupations {
		t.Errorf("database has %d occupations, want %d", len(all), careertest.Occupations)
	}
	bySOC := map[string]*career.Occupation{}
	for _, o := range all {
		bySOC[o.SOC] = o
	}
	occ := func(soc string) *career.Occupation {
		t.Helper()
		o := bySOC[soc]
		if o == nil {
			t.Fatalf("no occupation %s", soc)
		}
		return o
	}

	if w := occ(careertest.SOCTopCoded).Wages; w == nil || w.Annual[4].State != career.TopCoded {
		t.Errorf("%s: annual 90th percentile is not top-coded: %+v", careertest.SOCTopCoded, w)
	}
	if w := occ(careertest.SOCAnnualOnly).Wages; w == nil || !w.AnnualOnly || !w.Median().Available() || w.Hourly[2].Available() {
		t.Errorf("%s: want an annual median and no hourly one: %+v", careertest.SOCAnnualOnly, w)
	}
	if w := occ(careertest.SOCHourlyOnly).Wages; w == nil || !w.HourlyOnly || !w.Hourly[2].Available() || w.Median().Available() {
		t.Errorf("%s: want an hourly median and no annual one: %+v", careertest.SOCHourlyOnly, w)
	}
	if o := occ(careertest.SOCNoWages); o.Wages != nil || o.Projection == nil {
		t.Errorf("%s: want a projection and no wages, got wages %+v, projection %+v", careertest.SOCNoWages, o.Wages, o.Projection)
	}
	if o := occ(careertest.SOCSummaryOnly); o.Summary == "" {
		t.Errorf("%s: no summary", careertest.SOCSummaryOnly)
	}

	written, err := db.OccupationBySlug(ctx, careertest.SlugWritten)
	if err != nil {
		t.Fatal(err)
	}
	if s := written.Sections; written.SOC != careertest.SOCWritten || s.WhatTheyDo == "" || s.WorkEnvironment == "" || s.HowToBecome == "" {
		t.Errorf("%s: want %s with all three sections, got %s %+v", careertest.SlugWritten, careertest.SOCWritten, written.SOC, s)
	}
	summaryOnly, err := db.OccupationBySlug(ctx, occ(careertest.SOCSummaryOnly).Slug)
	if err != nil {
		t.Fatal(err)
	}
	if !summaryOnly.Sections.Empty() {
		t.Errorf("%s: want no sections, got %+v", careertest.SOCSummaryOnly, summaryOnly.Sections)
	}

	if p, err := db.Place(ctx, careertest.ZIP); err != nil || p.State != careertest.State {
		t.Errorf("Place(%s) = %+v, %v; want a place in %s", careertest.ZIP, p, err, careertest.State)
	}
	school, err := db.SchoolByID(ctx, careertest.UnitID)
	if err != nil {
		t.Fatal(err)
	}
	if school.State != careertest.State || school.ZIP != careertest.ZIP {
		t.Errorf("school %s is in %s %s, want %s %s", careertest.UnitID, school.State, school.ZIP, careertest.State, careertest.ZIP)
	}
	awards := false
	for _, p := range school.Programs {
		awards = awards || p.CIP == careertest.CIP
	}
	if !awards {
		t.Errorf("school %s does not award %s: %+v", careertest.UnitID, careertest.CIP, school.Programs)
	}

	for _, st := range []string{careertest.State, careertest.OtherState} {
		if _, err := db.PriceParity(ctx, st); err != nil {
			t.Error(err)
		}
	}
	means, err := db.StateMeans(ctx, careertest.SOCWritten)
	if err != nil || len(means) != 2 {
		t.Errorf("StateMeans(%s) = %d rows, %v; want 2", careertest.SOCWritten, len(means), err)
	}

	lists, err := db.Lists(ctx)
	if err != nil {
		t.Fatal(err)
	}
	if len(lists) != 1 || lists[0].Slug != careertest.ListSlug {
		t.Fatalf("lists: got %+v, want only %s", lists, careertest.ListSlug)
	}
	if got := lists[0].Members(all, nil); len(got) < 2 {
		t.Errorf("list %s has %d members, want at least 2", careertest.ListSlug, len(got))
	}
}

// BenchmarkDB measures loading and building the fixture.
func BenchmarkDB(b *testing.B) {
	for b.Loop() {
		careertest.DBPath(b)
	}
}
