package store_test

import (
	"context"
	"errors"
	"slices"
	"strings"
	"testing"

	"github.com/careeratlas/careeratlas/internal/career"
	"github.com/careeratlas/careeratlas/internal/store"
)

func names(ss []store.School) []string {
	var out []string
	for _, s := range ss {
		out = append(out, s.Name)
	}
	return out
}

func TestSearchSchools(t *testing.T) {
	db, _ := mustBuild(t)
	ctx := context.Background()
	columbus := &store.Point{Lat: 39.9671, Lon: -83.0044, Miles: 25} // ZIP 43215

	tests := []struct {
		name      string
		filter    store.SchoolFilter
		wantTotal int
		wantFirst []string
		check     func(t *testing.T, r *store.SchoolResults)
	}{
		{name: "state", filter: store.SchoolFilter{State: "OH"}, wantTotal: 271},
		{name: "state and program", filter: store.SchoolFilter{State: "OH", CIPs: []string{"51.0707"}}, wantTotal: 18},
		{
			name:      "ZIP radius and program, nearest first",
			filter:    store.SchoolFilter{Near: columbus, CIPs: []string{"51.0707"}, Sort: store.SortDistance},
			wantTotal: 3, wantFirst: []string{"Columbus State Community College", "Franklin University", "DeVry University-Ohio"},
			check: func(t *testing.T, r *store.SchoolResults) {
				for _, s := range r.Schools {
					if s.Distance > 25 || len(s.Programs) == 0 || s.Programs[0].CIP != "51.0707" {
						t.Errorf("%s: %.1f miles, programs %+v", s.Name, s.Distance, s.Programs)
					}
				}
			},
		},
		{
			name:   "area and credential",
			filter: store.SchoolFilter{State: "OH", Family: "51", Groups: []career.CredentialGroup{career.CertificateShort}, Sort: store.SortCompletions, ProgramsPerSchool: 3},
			check: func(t *testing.T, r *store.SchoolResults) {
				if r.Total < 50 {
					t.Errorf("only %d Ohio schools with short health certificates", r.Total)
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
		{name: "name", filter: store.SchoolFilter{Name: "ohio state university-main"}, wantTotal: 1, wantFirst: []string{"Ohio State University-Main Campus"}},
		{name: "name with wildcards is literal", filter: store.SchoolFilter{Name: "%_"}, wantTotal: 0},
		{
			name: "control", filter: store.SchoolFilter{State: "OH", Control: career.PrivateForProfit},
			check: func(t *testing.T, r *store.SchoolResults) {
				for _, s := range r.Schools {
					if s.Control != career.PrivateForProfit {
						t.Errorf("%s is %v", s.Name, s.Control)
					}
				}
			},
		},
		{
			name: "pagination", filter: store.SchoolFilter{State: "OH", Sort: store.SortName, Limit: 20, Offset: 260},
			check: func(t *testing.T, r *store.SchoolResults) {
				if r.Total != 271 || len(r.Schools) != 11 {
					t.Errorf("total %d, page %d; want 271 and the last 11", r.Total, len(r.Schools))
				}
				if !slices.IsSortedFunc(r.Schools, func(a, b store.School) int { return compareFold(a.Name, b.Name) }) {
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
			if tt.wantTotal != 0 || tt.name == "name with wildcards is literal" {
				if r.Total != tt.wantTotal {
					t.Errorf("total %d, want %d: %v", r.Total, tt.wantTotal, names(r.Schools))
				}
			}
			if tt.wantFirst != nil && !slices.Equal(names(r.Schools)[:min(len(r.Schools), len(tt.wantFirst))], tt.wantFirst) {
				t.Errorf("schools %v, want %v", names(r.Schools), tt.wantFirst)
			}
			if tt.check != nil {
				tt.check(t, r)
			}
		})
	}
}

func compareFold(a, b string) int { return strings.Compare(strings.ToLower(a), strings.ToLower(b)) }

func TestSchoolPagesQueries(t *testing.T) {
	db, _ := mustBuild(t)
	ctx := context.Background()
	osu, err := db.SchoolByID(ctx, "204796")
	if err != nil {
		t.Fatal(err)
	}
	if osu.Name != "Ohio State University-Main Campus" || osu.City != "Columbus" || osu.Slug != "ohio-state-university-main-campus" || len(osu.Programs) < 100 {
		t.Errorf("OSU: %q %q %q with %d programs", osu.Name, osu.City, osu.Slug, len(osu.Programs))
	}
	if _, err := db.SchoolByID(ctx, "1"); !errors.Is(err, career.ErrNotFound) {
		t.Errorf("unknown school: %v", err)
	}
	p, err := db.Place(ctx, "43215")
	if err != nil || p.Name != "Columbus" || p.State != "OH" {
		t.Errorf("Place: %+v, %v", p, err)
	}
	if _, err := db.Place(ctx, "00000"); !errors.Is(err, career.ErrNotFound) {
		t.Errorf("unknown ZIP: %v", err)
	}
	offers, err := db.ProgramsForOccupation(ctx, "29-2072")
	if err != nil || !slices.ContainsFunc(offers, func(o store.ProgramOffer) bool { return o.Code == "51.0707" && o.Schools > 100 }) {
		t.Errorf("programs for 29-2072: %+v, %v", offers, err)
	}
	occs, err := db.OccupationsForProgram(ctx, "51.0707")
	if err != nil || !slices.ContainsFunc(occs, func(o *career.Occupation) bool { return o.SOC == "29-2072" }) {
		t.Errorf("occupations for 51.0707: %v", err)
	}
	fams, err := db.Families(ctx)
	if err != nil || !slices.ContainsFunc(fams, func(p career.Program) bool {
		return p.Code == "51" && p.Title == "Health Professions and Related Programs"
	}) {
		t.Errorf("families: %+v, %v", fams, err)
	}
	states, err := db.States(ctx)
	if err != nil || !slices.ContainsFunc(states, func(s career.State) bool { return s.Code == "OH" && s.Name == "Ohio" }) {
		t.Errorf("states: %v", err)
	}
}

// TestSchoolQueriesUseIndexes shows the plans of the finder's queries: each
// starts from an index, never a scan of the completions table.
func TestSchoolQueriesUseIndexes(t *testing.T) {
	db, _ := mustBuild(t)
	plans, err := db.ExplainSchoolSearch(context.Background(), store.SchoolFilter{State: "OH", Family: "51"})
	if err != nil {
		t.Fatal(err)
	}
	for _, p := range plans {
		t.Log(p)
		if containsScanOf(p, "completions") {
			t.Errorf("plan scans completions: %s", p)
		}
	}
}

func containsScanOf(plan, table string) bool {
	return plan == "SCAN "+table || strings.HasPrefix(plan, "SCAN "+table+" ")
}

// BenchmarkSearchSchools measures the store's part of the finder's three
// kinds of search: the queries, distances, sorting and a page of programs.
func BenchmarkSearchSchools(b *testing.B) {
	db, _ := mustBuild(b)
	ctx := context.Background()
	for _, bc := range []struct {
		name string
		f    store.SchoolFilter
	}{
		{"state+area", store.SchoolFilter{State: "CA", Family: "51", Sort: store.SortCompletions, Limit: 20, ProgramsPerSchool: 4}},
		{"zip+radius", store.SchoolFilter{Near: &store.Point{Lat: 40.7484, Lon: -73.9967, Miles: 50}, Family: "51", Sort: store.SortDistance, Limit: 20, ProgramsPerSchool: 4}},
		{"name", store.SchoolFilter{Name: "community", Sort: store.SortName, Limit: 20, ProgramsPerSchool: 4}},
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
