package store_test

// The tests in this file check known official figures of the real content/
// tree, and the plans SQLite makes over all of its schools. They build the
// whole tree once per test binary, which takes seconds, and are skipped
// with -short.

import (
	"context"
	"errors"
	"os"
	"slices"
	"strings"
	"testing"

	"github.com/careeratlas/careeratlas/internal/career"
	"github.com/careeratlas/careeratlas/internal/content"
	"github.com/careeratlas/careeratlas/internal/search"
	"github.com/careeratlas/careeratlas/internal/store"
)

// mustReal returns the real content tree built into a database once per
// test binary, with its catalog, or skips the test in -short mode.
func mustReal(t testing.TB) (*store.DB, *content.Catalog) {
	t.Helper()
	if testing.Short() {
		t.Skip("real content: skipped in -short")
	}
	return realContent.get(t, "real.db", func() (*content.Catalog, error) { return content.Load(os.DirFS("../../content")) })
}

func TestRealOccupations(t *testing.T) {
	db, cat := mustReal(t)
	ctx := t.Context()
	o, err := db.OccupationBySlug(ctx, "medical-records-specialists")
	if err != nil {
		t.Fatal(err)
	}
	if o.SOC != "29-2072" || o.Group != "29-0000" || o.Summary == "" || o.Sections.HowToBecome == "" || o.Updated == "" {
		t.Errorf("occupation: %+v", o)
	}
	// The figures are content/data's (held to the official files by the
	// importer's TestContentMatchesOfficialFiles), read back from SQLite.
	w, p := o.Wages, o.Projection
	kw, kp := cat.Occupation("29-2072").Wages, cat.Occupation("29-2072").Projection
	if w == nil || w.Employment != kw.Employment || w.Annual != kw.Annual || w.Hourly != kw.Hourly ||
		w.AnnualMean != kw.AnnualMean || w.HourlyMean != kw.HourlyMean {
		t.Errorf("wages:\n got %+v\nwant %+v", w, kw)
	}
	if p == nil || *p != *kp {
		t.Errorf("projection:\n got %+v\nwant %+v", p, kp)
	}

	ceo, err := db.OccupationBySlug(ctx, "chief-executives")
	if err != nil {
		t.Fatal(err)
	}
	if ceo.Wages.Annual[4] != career.KnownAmount(507730) || ceo.Wages.Annual[2] != career.KnownAmount(213990) {
		t.Errorf("chief executives' wages above the old ceiling, as published: %+v", ceo.Wages.Annual)
	}
	actors, err := db.OccupationBySlug(ctx, "actors")
	if err != nil {
		t.Fatal(err)
	}
	if actors.Wages.Annual[2].Available() || !actors.Wages.HourlyOnly {
		t.Errorf("actors: annual median %+v hourly only %v; want not available, hourly only", actors.Wages.Annual[2], actors.Wages.HourlyOnly)
	}

	if _, err := db.OccupationBySlug(ctx, "no-such-job"); !errors.Is(err, career.ErrNotFound) {
		t.Errorf("unknown slug: %v, want ErrNotFound", err)
	}
	states, err := db.StateMeans(ctx, "29-2072")
	if err != nil || len(states) < 50 {
		t.Fatalf("state means: %d rows, %v; want at least 50", len(states), err)
	}
	if al := states[0]; al.AreaTitle != "Alabama" || al.Area != "AL" || al.AnnualMean != career.KnownAmount(42970) {
		t.Errorf("state means start with %+v, want Alabama (AL) at $42,970", al)
	}
	if slug, err := db.OccupationSlug(ctx, "29-2072"); err != nil || slug != "medical-records-specialists" {
		t.Errorf("OccupationSlug = %q, %v; want medical-records-specialists", slug, err)
	}
	all, err := db.ListOccupations(ctx, career.OccupationFilter{})
	if err != nil || len(all) != len(cat.Occupations) {
		t.Fatalf("ListOccupations: %d, %v; want %d", len(all), err, len(cat.Occupations))
	}
	if all[0].Sections.WhatTheyDo != "" {
		t.Error("lists should not carry the prose")
	}
	code := "29-0000"
	health, err := db.ListOccupations(ctx, career.OccupationFilter{Group: &code})
	if err != nil || len(health) == 0 {
		t.Fatalf("ListOccupations(29-0000): %d, %v", len(health), err)
	}
	for _, o := range health {
		if o.Group != code {
			t.Errorf("group filter let %s through", o.SOC)
		}
	}
	written, err := db.ListOccupations(ctx, career.OccupationFilter{Written: true})
	if err != nil {
		t.Fatal(err)
	}
	if len(written) < 25 {
		t.Errorf("%d written occupations, want at least 25", len(written))
	}
	for _, o := range written {
		if o.Summary == "" {
			t.Errorf("written filter let %s through without a summary", o.SOC)
		}
	}
}

func TestRealGroupsAndSources(t *testing.T) {
	db, cat := mustReal(t)
	ctx := t.Context()
	gs, err := db.Groups(ctx)
	if err != nil || len(gs) != 22 {
		t.Fatalf("Groups: %d, %v; want 22", len(gs), err)
	}
	g, err := db.GroupBySlug(ctx, "healthcare-practitioners-and-technical")
	if err != nil || g.Code != "29-0000" || g.Wages == nil || g.Projection == nil {
		t.Errorf("GroupBySlug: %+v, %v", g, err)
	}
	srcs, err := db.Sources(ctx)
	if err != nil {
		t.Fatal(err)
	}
	labels := map[string]string{}
	for _, s := range srcs {
		labels[s.Dataset] = s.Label()
	}
	for _, src := range cat.Sources {
		if labels[src.Dataset] != src.Label() {
			t.Errorf("source %s labelled %q, want %q", src.Dataset, labels[src.Dataset], src.Label())
		}
	}
	if len(labels) != len(cat.Sources) {
		t.Errorf("%d sources, want the catalog's %d", len(labels), len(cat.Sources))
	}
	total, err := db.Projection(ctx, "00-0000")
	if err != nil || total.PctChange != cat.Total.PctChange {
		t.Errorf("total: %+v, %v; want %v", total, err, cat.Total.PctChange)
	}
}

func names(ss []career.School) []string {
	var out []string
	for _, s := range ss {
		out = append(out, s.Name)
	}
	return out
}

func TestRealSearchSchools(t *testing.T) {
	db, cat := mustReal(t)
	ctx := t.Context()
	// Counts come from content/data, as the official files have them.
	ohio, nursingOhio := map[string]bool{}, map[string]bool{}
	for _, in := range cat.Institutions {
		if in.State == "OH" {
			ohio[in.UnitID] = true
		}
	}
	for _, c := range cat.Completions {
		if c.CIP == "51.0707" && c.Total > 0 && ohio[c.UnitID] {
			nursingOhio[c.UnitID] = true
		}
	}
	columbus := &career.Point{Lat: 39.9671, Lon: -83.0044, Miles: 25} // ZIP 43215

	tests := []struct {
		name      string
		filter    career.SchoolFilter
		wantTotal int // -1: not checked
		wantFirst []string
		check     func(t *testing.T, r *career.SchoolResults)
	}{
		{name: "state", filter: career.SchoolFilter{State: "OH"}, wantTotal: len(ohio)},
		// 18 Ohio schools list 51.0707; 2 of them awarded none in the year.
		{name: "state and program", filter: career.SchoolFilter{State: "OH", CIPs: []string{"51.0707"}}, wantTotal: len(nursingOhio)},
		{
			name:   "ZIP radius and program, nearest first",
			filter: career.SchoolFilter{Near: columbus, CIPs: []string{"51.0707"}, Sort: career.SortDistance},
			// DeVry University-Ohio lists 51.0707 with no awards in the year.
			wantTotal: 2, wantFirst: []string{"Columbus State Community College", "Franklin University"},
			check: func(t *testing.T, r *career.SchoolResults) {
				for _, s := range r.Schools {
					if s.Distance > 25 || len(s.Programs) == 0 || s.Programs[0].CIP != "51.0707" {
						t.Errorf("%s: %.1f miles, programs %+v", s.Name, s.Distance, s.Programs)
					}
				}
			},
		},
		{
			name:      "area and credential",
			filter:    career.SchoolFilter{State: "OH", Family: "51", Groups: []career.CredentialGroup{career.CertificateShort}, Sort: career.SortCompletions, ProgramsPerSchool: 3},
			wantTotal: -1,
			check: func(t *testing.T, r *career.SchoolResults) {
				if r.Total < 50 {
					t.Errorf("only %d Ohio schools with short health certificates, want at least 50", r.Total)
				}
				for i, s := range r.Schools {
					if i > 0 && s.Matched > r.Schools[i-1].Matched {
						t.Errorf("not sorted by completions: %d after %d", s.Matched, r.Schools[i-1].Matched)
					}
					if len(s.Programs) > 3 {
						t.Errorf("%s: %d programs listed, cap is 3", s.Name, len(s.Programs))
					}
					for _, p := range s.Programs {
						if career.CIPFamily(p.CIP) != "51" || p.Award.Group() != career.CertificateShort {
							t.Errorf("%s lists %s at %v", s.Name, p.CIP, p.Award)
						}
					}
				}
			},
		},
		{name: "name", filter: career.SchoolFilter{Name: "ohio state university-main"}, wantTotal: 1, wantFirst: []string{"Ohio State University-Main Campus"}},
		{name: "name with wildcards is literal", filter: career.SchoolFilter{Name: "%_"}, wantTotal: 0},
		{
			name: "control", filter: career.SchoolFilter{State: "OH", Control: career.PrivateForProfit}, wantTotal: -1,
			check: func(t *testing.T, r *career.SchoolResults) {
				if len(r.Schools) == 0 {
					t.Error("no for-profit schools in Ohio")
				}
				for _, s := range r.Schools {
					if s.Control != career.PrivateForProfit {
						t.Errorf("%s is %v", s.Name, s.Control)
					}
				}
			},
		},
		{
			name: "pagination", filter: career.SchoolFilter{State: "OH", Sort: career.SortName, Limit: 20, Offset: 260}, wantTotal: len(ohio),
			check: func(t *testing.T, r *career.SchoolResults) {
				if want := len(ohio) - 260; len(r.Schools) != want {
					t.Errorf("page of %d, want the last %d", len(r.Schools), want)
				}
				if !slices.IsSortedFunc(r.Schools, func(a, b career.School) int { return compareFold(a.Name, b.Name) }) {
					t.Error("not sorted by name")
				}
			},
		},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			r, err := db.SearchSchools(ctx, tt.filter)
			if err != nil {
				t.Fatal(err)
			}
			if tt.wantTotal >= 0 && r.Total != tt.wantTotal {
				t.Errorf("total %d, want %d: %v", r.Total, tt.wantTotal, names(r.Schools))
			}
			if tt.wantFirst != nil && !slices.Equal(names(r.Schools)[:min(len(r.Schools), len(tt.wantFirst))], tt.wantFirst) {
				t.Errorf("schools %v, want %v first", names(r.Schools), tt.wantFirst)
			}
			if tt.check != nil {
				tt.check(t, r)
			}
		})
	}
}

func TestRealSchoolPages(t *testing.T) {
	db, _ := mustReal(t)
	ctx := t.Context()
	osu, err := db.SchoolByID(ctx, "204796")
	if err != nil {
		t.Fatal(err)
	}
	if osu.Name != "Ohio State University-Main Campus" || osu.City != "Columbus" || osu.Slug != "ohio-state-university-main-campus" || len(osu.Programs) < 100 {
		t.Errorf("OSU: %q %q %q with %d programs", osu.Name, osu.City, osu.Slug, len(osu.Programs))
	}
	if _, err := db.SchoolByID(ctx, "1"); !errors.Is(err, career.ErrNotFound) {
		t.Errorf("unknown school: %v, want ErrNotFound", err)
	}
	p, err := db.Place(ctx, "43215")
	if err != nil || p.Name != "Columbus" || p.State != "OH" {
		t.Errorf("Place: %+v, %v; want Columbus, OH", p, err)
	}
	if _, err := db.Place(ctx, "00000"); !errors.Is(err, career.ErrNotFound) {
		t.Errorf("unknown ZIP: %v, want ErrNotFound", err)
	}
	offers, err := db.ProgramsForOccupation(ctx, "29-2072")
	if err != nil || !slices.ContainsFunc(offers, func(o career.ProgramOffer) bool { return o.Code == "51.0707" && o.Schools > 100 }) {
		t.Errorf("programs for 29-2072: %+v, %v; want 51.0707 at over 100 schools", offers, err)
	}
	occs, err := db.OccupationsForProgram(ctx, "51.0707")
	if err != nil || !slices.ContainsFunc(occs, func(o *career.Occupation) bool { return o.SOC == "29-2072" }) {
		t.Errorf("occupations for 51.0707: %v, %v; want 29-2072 among them", socs(occs), err)
	}
	fams, err := db.Families(ctx)
	if err != nil || !slices.ContainsFunc(fams, func(p career.Program) bool {
		return p.Code == "51" && p.Title == "Health Professions and Related Programs"
	}) {
		t.Errorf("families: %+v, %v", fams, err)
	}
	states, err := db.States(ctx)
	if err != nil || !slices.ContainsFunc(states, func(s career.State) bool { return s.Code == "OH" && s.Name == "Ohio" }) {
		t.Errorf("states: %+v, %v; want Ohio among them", states, err)
	}
}

// TestRealSchoolQueriesUseIndexes shows the plans of the finder's queries
// over all schools: none scans the completions table, and the programs of
// a page searched by area come from the covering index alone.
func TestRealSchoolQueriesUseIndexes(t *testing.T) {
	db, _ := mustReal(t)
	tests := []struct {
		name   string
		filter career.SchoolFilter
	}{
		{"state and area", career.SchoolFilter{State: "OH", Family: "51"}},
		{"state and program", career.SchoolFilter{State: "OH", CIPs: []string{"51.0707"}}},
		{"near and area", career.SchoolFilter{Near: &career.Point{Lat: 39.9671, Lon: -83.0044, Miles: 25}, Family: "51"}},
		{"credential", career.SchoolFilter{Groups: []career.CredentialGroup{career.Associate}}},
		{"name", career.SchoolFilter{Name: "community", Family: "51"}},
		{"state, area, online, open admission", career.SchoolFilter{State: "OH", Family: "51", Online: true, OpenAdmission: true}},
		{"state and area by admission rate", career.SchoolFilter{State: "OH", Family: "51", Sort: career.SortAdmission}},
		{"near and area by average grant", career.SchoolFilter{Near: &career.Point{Lat: 39.9671, Lon: -83.0044, Miles: 25}, Family: "51", Sort: career.SortGrant, Online: true}},
		{"state and occupation", career.SchoolFilter{State: "OH", SOC: "29-2072", Groups: []career.CredentialGroup{career.Associate}}},
		{"near and occupation", career.SchoolFilter{Near: &career.Point{Lat: 39.9671, Lon: -83.0044, Miles: 25}, SOC: "29-1141"}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			plans, err := db.ExplainSchoolSearch(t.Context(), tt.filter)
			if err != nil {
				t.Fatal(err)
			}
			if len(plans) == 0 {
				t.Fatal("empty plan")
			}
			for _, p := range plans {
				t.Log(p)
				if containsScanOf(p, "completions") || containsScanOf(p, "family_awards") || containsScanOf(p, "pathways") ||
					containsScanOf(p, "school_characteristics") || containsScanOf(p, "school_admissions") || containsScanOf(p, "school_aid") {
					t.Errorf("plan scans a large table: %s", p)
				}
			}
			byArea := tt.filter.Family != "" && len(tt.filter.CIPs) == 0 && tt.filter.SOC == ""
			if covered := slices.ContainsFunc(plans, func(p string) bool {
				return strings.Contains(p, "SEARCH c USING COVERING INDEX completions_family")
			}); byArea && !covered {
				t.Errorf("the page's programs are not read from the covering index: %q", plans)
			}
		})
	}
}

func containsScanOf(plan, table string) bool {
	return plan == "SCAN "+table || strings.HasPrefix(plan, "SCAN "+table+" ")
}

// BenchmarkSearchSchools measures the store's part of the finder's three
// kinds of search over all schools: the queries, distances, sorting and a
// page of programs.
func BenchmarkSearchSchools(b *testing.B) {
	db, _ := mustReal(b)
	ctx := context.Background()
	for _, bc := range []struct {
		name string
		f    career.SchoolFilter
	}{
		{"state+area", career.SchoolFilter{State: "CA", Family: "51", Sort: career.SortCompletions, Limit: 20, ProgramsPerSchool: 4}},
		{"zip+radius", career.SchoolFilter{Near: &career.Point{Lat: 40.7484, Lon: -73.9967, Miles: 50}, Family: "51", Sort: career.SortDistance, Limit: 20, ProgramsPerSchool: 4}},
		{"name", career.SchoolFilter{Name: "community", Sort: career.SortName, Limit: 20, ProgramsPerSchool: 4}},
		{"state+area+online by admission", career.SchoolFilter{State: "CA", Family: "51", Online: true, Sort: career.SortAdmission, Limit: 20, ProgramsPerSchool: 4}},
		{"state+occupation", career.SchoolFilter{State: "CA", SOC: "29-1141", Sort: career.SortCompletions, Limit: 20, ProgramsPerSchool: 4}},
	} {
		b.Run(bc.name, func(b *testing.B) {
			for b.Loop() {
				if _, err := db.SearchSchools(ctx, bc.f); err != nil {
					b.Fatal(err)
				}
			}
		})
	}
}

// BenchmarkSearchOccupations measures the store's part of a search over
// every occupation: the full-text queries, the ranking of every match and
// the first page of occupations, for a title, two words, a common word
// and a one-letter fragment that begins a word of every occupation.
func BenchmarkSearchOccupations(b *testing.B) {
	db, _ := mustReal(b)
	ctx := context.Background()
	for _, q := range []string{"nurse", "medical coder", "manager", "a"} {
		b.Run(q, func(b *testing.B) {
			for b.Loop() {
				if _, err := db.SearchOccupationsPage(ctx, search.Query{Terms: strings.Fields(q), Limit: 20}); err != nil {
					b.Fatal(err)
				}
			}
		})
	}
}
