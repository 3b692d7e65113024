package store_test

import (
	"cmp"
	"context"
	"errors"
	"os"
	"path/filepath"
	"reflect"
	"slices"
	"strings"
	"sync"
	"testing"

	"github.com/careeratlas/careeratlas/internal/career"
	"github.com/careeratlas/careeratlas/internal/career/careertest"
	"github.com/careeratlas/careeratlas/internal/content"
	"github.com/careeratlas/careeratlas/internal/store"
)

// sharedDir holds the databases shared by the tests of this binary; TestMain
// removes it.
var sharedDir string

// TestMain owns the directory of the shared databases and closes them.
func TestMain(m *testing.M) {
	dir, err := os.MkdirTemp("", "careeratlas-store-test")
	if err != nil {
		panic(err)
	}
	sharedDir = dir
	code := m.Run()
	for _, s := range []*shared{&fixture, &realContent} {
		if s.db != nil {
			s.db.Close()
		}
	}
	os.RemoveAll(dir)
	os.Exit(code)
}

// shared is a catalog built into a database once per test binary.
type shared struct {
	once sync.Once
	db   *store.DB
	cat  *content.Catalog
	err  error
}

var fixture, realContent shared

// get loads a catalog, builds it into name in sharedDir and opens it, once.
func (s *shared) get(t testing.TB, name string, load func() (*content.Catalog, error)) (*store.DB, *content.Catalog) {
	t.Helper()
	s.once.Do(func() {
		ctx := context.Background()
		if s.cat, s.err = load(); s.err != nil {
			return
		}
		path := filepath.Join(sharedDir, name)
		if s.err = store.Build(ctx, path, s.cat); s.err != nil {
			return
		}
		s.db, s.err = store.Open(ctx, path)
	})
	if s.err != nil {
		t.Fatalf("build %s: %v", name, s.err)
	}
	return s.db, s.cat
}

// mustFixture returns the careertest fixture built into a database once per
// test binary, with the catalog it was built from. Tests must not change
// either.
func mustFixture(t testing.TB) (*store.DB, *content.Catalog) {
	t.Helper()
	return fixture.get(t, "fixture.db", func() (*content.Catalog, error) { return content.Load(careertest.Content()) })
}

// tinyCatalog returns a new catalog cut from the fixture: two occupations
// (careertest.SOCWritten and careertest.SOCNoWages) with their groups, and
// careertest.UnitID with its careertest.CIP awards. It builds in a fraction
// of the fixture's time, which counts under the race detector. The
// occupations are copies, safe to change.
func tinyCatalog(t testing.TB) *content.Catalog {
	t.Helper()
	_, full := mustFixture(t)
	keepSOC := map[string]bool{careertest.SOCWritten: true, careertest.SOCNoWages: true}
	keepCIP := map[string]bool{"99": true, "51": true, "51.07": true, careertest.CIP: true}
	cat := &content.Catalog{
		Sources: slices.Clone(full.Sources), Total: full.Total,
		Places: slices.Clone(full.Places), States: slices.Clone(full.States), Prices: slices.Clone(full.Prices),
		Lists: slices.Clone(full.Lists), Assessment: slices.Clone(full.Assessment),
		Hash: "tiny",
	}
	for _, o := range full.Occupations {
		if keepSOC[o.SOC] {
			c := *o
			cat.Occupations = append(cat.Occupations, &c)
		}
	}
	for _, g := range full.Groups {
		if g.Code == "29-0000" || g.Code == "45-0000" {
			cat.Groups = append(cat.Groups, g)
		}
	}
	for _, in := range full.Institutions {
		if in.UnitID == careertest.UnitID {
			cat.Institutions = append(cat.Institutions, in)
		}
	}
	for _, c := range full.Completions {
		if c.UnitID == careertest.UnitID && keepCIP[c.CIP] {
			cat.Completions = append(cat.Completions, c)
		}
	}
	for _, p := range full.Programs {
		if keepCIP[p.Code] {
			cat.Programs = append(cat.Programs, p)
		}
	}
	for _, p := range full.Pathways {
		if keepSOC[p.SOC] && keepCIP[p.CIP] {
			cat.Pathways = append(cat.Pathways, p)
		}
	}
	for _, in := range full.Interests {
		if keepSOC[in.SOC] {
			cat.Interests = append(cat.Interests, in)
		}
	}
	for _, z := range full.JobZones {
		if keepSOC[z.SOC] {
			cat.JobZones = append(cat.JobZones, z)
		}
	}
	return cat
}

// mustBuild builds cat into a new database in t.TempDir and opens it, for
// tests that change the fixture's catalog first.
func mustBuild(t testing.TB, cat *content.Catalog) *store.DB {
	t.Helper()
	path := filepath.Join(t.TempDir(), "site.db")
	if err := store.Build(t.Context(), path, cat); err != nil {
		t.Fatalf("Build: %v", err)
	}
	db, err := store.Open(t.Context(), path)
	if err != nil {
		t.Fatalf("Open: %v", err)
	}
	t.Cleanup(func() { db.Close() })
	return db
}

// wantNotFound fails the test unless err is career.ErrNotFound.
func wantNotFound(t *testing.T, what string, err error) {
	t.Helper()
	if !errors.Is(err, career.ErrNotFound) {
		t.Errorf("%s: err = %v, want career.ErrNotFound", what, err)
	}
}

// socs returns the SOC codes of occupations, in order.
func socs(os []*career.Occupation) []string {
	out := []string{}
	for _, o := range os {
		out = append(out, o.SOC)
	}
	return out
}

// catalogOccupation returns the fixture catalog's occupation with a SOC code.
func catalogOccupation(t *testing.T, cat *content.Catalog, soc string) *career.Occupation {
	t.Helper()
	for _, o := range cat.Occupations {
		if o.SOC == soc {
			return o
		}
	}
	t.Fatalf("fixture has no occupation %s", soc)
	return nil
}

func TestOccupationBySlug(t *testing.T) {
	db, cat := mustFixture(t)
	ctx := t.Context()
	slugOf := func(soc string) string { return catalogOccupation(t, cat, soc).Slug }

	tests := []struct {
		name  string
		slug  string
		check func(t *testing.T, o *career.Occupation)
	}{
		{
			name: "written profile",
			slug: careertest.SlugWritten,
			check: func(t *testing.T, o *career.Occupation) {
				if o.SOC != careertest.SOCWritten || o.Group != "29-0000" || o.Title != "Medical Records Specialists" {
					t.Errorf("got %s %q in %s, want %s Medical Records Specialists in 29-0000", o.SOC, o.Title, o.Group, careertest.SOCWritten)
				}
				s := o.Sections
				if o.Summary == "" || s.WhatTheyDo == "" || s.WorkEnvironment == "" || s.HowToBecome == "" || o.Updated == "" {
					t.Errorf("got summary %t, sections %+v, updated %q; want a summary, all three sections and a date", o.Summary != "", s, o.Updated)
				}
				if !strings.HasPrefix(s.WhatTheyDo, "<p>") {
					t.Errorf("what they do starts %.20q, want the rendered HTML", s.WhatTheyDo)
				}
				if w := o.Wages; w == nil || w.Employment != career.KnownAmount(187910) || w.Annual[2] != career.KnownAmount(50250) || w.Hourly[2] != career.KnownAmount(24.16) {
					t.Errorf("wages %+v, want employment 187910, median $50,250 a year and $24.16 an hour", w)
				}
				if p := o.Projection; p == nil || p.PctChange != career.KnownAmount(7.1) || p.Education != "Postsecondary nondegree award" {
					t.Errorf("projection %+v, want 7.1%% growth and a postsecondary nondegree award", p)
				}
			},
		},
		{
			name: "top-coded wages keep their state",
			slug: slugOf(careertest.SOCTopCoded),
			check: func(t *testing.T, o *career.Occupation) {
				top := career.Amount{Value: 239200, State: career.TopCoded}
				if got := o.Wages.Annual; got[3] != top || got[4] != top || got[2] != career.KnownAmount(206420) {
					t.Errorf("annual percentiles %+v, want the 75th and 90th top-coded at 239200 and a known median of 206420", got)
				}
				if got := o.Wages.Hourly[4]; got != (career.Amount{Value: 115, State: career.TopCoded}) {
					t.Errorf("hourly 90th percentile %+v, want top-coded at 115", got)
				}
			},
		},
		{
			name: "annual figures only",
			slug: slugOf(careertest.SOCAnnualOnly),
			check: func(t *testing.T, o *career.Occupation) {
				if w := o.Wages; !w.AnnualOnly || w.HourlyOnly || w.Hourly[2].Available() || w.HourlyMean.Available() || w.Annual[2] != career.KnownAmount(79940) {
					t.Errorf("wages %+v, want annual only with a median of 79940 and no hourly figures", w)
				}
			},
		},
		{
			name: "hourly figures only, summary without sections",
			slug: slugOf(careertest.SOCHourlyOnly),
			check: func(t *testing.T, o *career.Occupation) {
				if w := o.Wages; !w.HourlyOnly || w.AnnualOnly || w.Annual[2].Available() || w.Hourly[2] != career.KnownAmount(23.33) {
					t.Errorf("wages %+v, want hourly only with a median of 23.33 and no annual figures", w)
				}
				if o.Summary == "" || !o.Sections.Empty() {
					t.Errorf("summary %t, sections %+v; want a summary and no sections", o.Summary != "", o.Sections)
				}
			},
		},
		{
			name: "projection without wages",
			slug: slugOf(careertest.SOCNoWages),
			check: func(t *testing.T, o *career.Occupation) {
				if o.Wages != nil {
					t.Errorf("wages %+v, want nil", o.Wages)
				}
				if p := o.Projection; p == nil || p.PctChange != career.KnownAmount(-4.6) || p.MedianWage.Available() {
					t.Errorf("projection %+v, want -4.6%% and no median wage", p)
				}
			},
		},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			o, err := db.OccupationBySlug(ctx, tt.slug)
			if err != nil {
				t.Fatal(err)
			}
			if o.Slug != tt.slug {
				t.Errorf("slug %q, want %q", o.Slug, tt.slug)
			}
			tt.check(t, o)
		})
	}

	t.Run("unknown slug", func(t *testing.T) {
		_, err := db.OccupationBySlug(ctx, "no-such-job")
		wantNotFound(t, "OccupationBySlug(no-such-job)", err)
	})
}

// TestOccupationRoundTrip reads every occupation back and compares it with
// the catalog it was built from: profile, wages and projection.
func TestOccupationRoundTrip(t *testing.T) {
	db, cat := mustFixture(t)
	for _, want := range cat.Occupations {
		got, err := db.OccupationBySlug(t.Context(), want.Slug)
		if err != nil {
			t.Errorf("%s: %v", want.Slug, err)
			continue
		}
		if !reflect.DeepEqual(got, want) {
			t.Errorf("%s:\ngot  %+v\nwant %+v", want.Slug, got, want)
		}
	}
}

func TestOccupationSlug(t *testing.T) {
	db, _ := mustFixture(t)
	tests := []struct {
		name, soc, want string
		wantErr         error
	}{
		{name: "written", soc: careertest.SOCWritten, want: careertest.SlugWritten},
		{name: "nurse", soc: careertest.SOCNurse, want: "registered-nurses"},
		{name: "group code is not an occupation", soc: "29-0000", wantErr: career.ErrNotFound},
		{name: "unknown", soc: "99-9999", wantErr: career.ErrNotFound},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got, err := db.OccupationSlug(t.Context(), tt.soc)
			if !errors.Is(err, tt.wantErr) {
				t.Fatalf("OccupationSlug(%s) err = %v, want %v", tt.soc, err, tt.wantErr)
			}
			if got != tt.want {
				t.Errorf("OccupationSlug(%s) = %q, want %q", tt.soc, got, tt.want)
			}
		})
	}
}

func TestListOccupations(t *testing.T) {
	db, cat := mustFixture(t)
	group := func(code string) *string { return &code }
	var allSOCs []string
	for _, o := range cat.Occupations {
		allSOCs = append(allSOCs, o.SOC)
	}
	tests := []struct {
		name   string
		filter career.OccupationFilter
		want   []string // SOC codes, in any order
	}{
		{name: "all", filter: career.OccupationFilter{}, want: allSOCs},
		{name: "group", filter: career.OccupationFilter{Group: group("29-0000")}, want: []string{"29-1141", "29-2061", "29-2072"}},
		{name: "group of one", filter: career.OccupationFilter{Group: group("45-0000")}, want: []string{careertest.SOCNoWages}},
		{name: "empty group", filter: career.OccupationFilter{Group: group("53-0000")}, want: []string{}},
		{name: "written (every fixture occupation has a summary)", filter: career.OccupationFilter{Written: true}, want: allSOCs},
		{name: "group and written", filter: career.OccupationFilter{Group: group("11-0000"), Written: true}, want: []string{"11-1011", "11-1021"}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got, err := db.ListOccupations(t.Context(), tt.filter)
			if err != nil {
				t.Fatal(err)
			}
			if gotSOCs := slices.Sorted(slices.Values(socs(got))); !slices.Equal(gotSOCs, slices.Sorted(slices.Values(tt.want))) {
				t.Errorf("got %v, want %v", gotSOCs, slices.Sorted(slices.Values(tt.want)))
			}
			if !slices.IsSortedFunc(got, func(a, b *career.Occupation) int { return compareFold(a.Title, b.Title) }) {
				t.Errorf("not ordered by title without case: %v", titles(got))
			}
			for _, o := range got {
				if !o.Sections.Empty() {
					t.Errorf("%s carries its sections; lists should not", o.SOC)
				}
				want := catalogOccupation(t, cat, o.SOC)
				if o.Slug != want.Slug || o.Summary != want.Summary || !reflect.DeepEqual(o.Wages, want.Wages) || !reflect.DeepEqual(o.Projection, want.Projection) {
					t.Errorf("%s: got %+v, want the catalog's slug, summary, wages and projection", o.SOC, o)
				}
			}
		})
	}
}

func titles(os []*career.Occupation) []string {
	var out []string
	for _, o := range os {
		out = append(out, o.Title)
	}
	return out
}

func compareFold(a, b string) int { return strings.Compare(strings.ToLower(a), strings.ToLower(b)) }

func TestGroups(t *testing.T) {
	db, cat := mustFixture(t)
	gs, err := db.Groups(t.Context())
	if err != nil {
		t.Fatal(err)
	}
	if len(gs) != careertest.Groups {
		t.Fatalf("got %d groups, want %d", len(gs), careertest.Groups)
	}
	if !reflect.DeepEqual(gs, cat.Groups) {
		t.Errorf("groups differ from the catalog's:\ngot  %+v\nwant %+v", gs, cat.Groups)
	}
	if !slices.IsSortedFunc(gs, func(a, b *career.Group) int { return strings.Compare(a.Code, b.Code) }) {
		t.Error("groups not in SOC order")
	}
	counts := 0
	for _, g := range gs {
		counts += g.Count
	}
	if counts != careertest.Occupations {
		t.Errorf("group counts add up to %d, want %d", counts, careertest.Occupations)
	}

	tests := []struct {
		name, slug, wantCode string
		wantCount            int
		wantErr              error
	}{
		{name: "healthcare", slug: "healthcare-practitioners-and-technical", wantCode: "29-0000", wantCount: 3},
		{name: "management", slug: "management", wantCode: "11-0000", wantCount: 2},
		{name: "with the Occupations suffix", slug: "management-occupations", wantErr: career.ErrNotFound},
		{name: "unknown", slug: "no-such-group", wantErr: career.ErrNotFound},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			g, err := db.GroupBySlug(t.Context(), tt.slug)
			if !errors.Is(err, tt.wantErr) {
				t.Fatalf("GroupBySlug(%s) err = %v, want %v", tt.slug, err, tt.wantErr)
			}
			if err != nil {
				return
			}
			if g.Code != tt.wantCode || g.Count != tt.wantCount || g.Wages == nil || g.Projection == nil {
				t.Errorf("got %s with %d occupations, wages %v, projection %v; want %s with %d, wages and a projection",
					g.Code, g.Count, g.Wages != nil, g.Projection != nil, tt.wantCode, tt.wantCount)
			}
		})
	}
	t.Run("group figures", func(t *testing.T) {
		g, err := db.GroupBySlug(t.Context(), "healthcare-practitioners-and-technical")
		if err != nil {
			t.Fatal(err)
		}
		if g.Wages.Annual[2] != career.KnownAmount(83090) || g.Wages.Level != "major" || g.Projection.PctChange != career.KnownAmount(7.2) {
			t.Errorf("median %+v, level %q, growth %+v; want 83090, major, 7.2", g.Wages.Annual[2], g.Wages.Level, g.Projection.PctChange)
		}
	})
}

func TestSources(t *testing.T) {
	db, cat := mustFixture(t)
	srcs, err := db.Sources(t.Context())
	if err != nil {
		t.Fatal(err)
	}
	want := slices.Clone(cat.Sources)
	slices.SortFunc(want, func(a, b career.Source) int { return strings.Compare(a.Dataset, b.Dataset) })
	if !reflect.DeepEqual(srcs, want) {
		t.Errorf("sources differ from the catalog's (by dataset):\ngot  %+v\nwant %+v", srcs, want)
	}
	if len(srcs) != 20 { // with data/system_offices.csv
		t.Errorf("got %d sources, want 20", len(srcs))
	}
	byDataset := map[string]career.Source{}
	for _, s := range srcs {
		byDataset[s.Dataset] = s
	}
	tests := []struct {
		name    string
		dataset string
		check   func(s career.Source) bool
		want    string
	}{
		{"OEWS label", "oews_national", func(s career.Source) bool { return s.Label() == "BLS OEWS, May 2024" }, "label BLS OEWS, May 2024"},
		{"OEWS ceilings", "oews_national", func(s career.Source) bool { return s.TopHourly == 115 && s.TopAnnual == 239200 }, "ceilings 115 and 239200"},
		{"projection years", "projections", func(s career.Source) bool { return s.BaseYear == 2024 && s.ProjectedYear == 2034 }, "2024 to 2034"},
		{"projections label", "projections", func(s career.Source) bool { return s.Label() == "BLS Employment Projections 2024–34" }, "label BLS Employment Projections 2024–34"},
		{"no ceilings where none apply", "institutions", func(s career.Source) bool { return s.TopHourly == 0 && s.TopAnnual == 0 && s.BaseYear == 0 }, "zero ceilings and years"},
		{"rows kept", "institutions", func(s career.Source) bool { return s.Rows == careertest.Schools }, "6 rows"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			s, ok := byDataset[tt.dataset]
			if !ok {
				t.Fatalf("no source %s", tt.dataset)
			}
			if !tt.check(s) {
				t.Errorf("%s: got %+v, want %s", tt.dataset, s, tt.want)
			}
		})
	}
}

func TestProjection(t *testing.T) {
	db, cat := mustFixture(t)
	tests := []struct {
		name      string
		soc       string
		want      *career.Projection
		wantPct   float64
		wantTitle string
	}{
		{name: "all occupations", soc: "00-0000", want: cat.Total, wantPct: 3.1, wantTitle: "Total, all occupations"},
		{name: "group", soc: "29-0000", wantPct: 7.2, wantTitle: "Healthcare practitioners and technical occupations"},
		{name: "occupation", soc: careertest.SOCWritten, want: catalogOccupation(t, cat, careertest.SOCWritten).Projection, wantPct: 7.1, wantTitle: "Medical records specialists"},
		{name: "shrinking", soc: careertest.SOCNoWages, wantPct: -4.6, wantTitle: "Fishing and hunting workers"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			p, err := db.Projection(t.Context(), tt.soc)
			if err != nil {
				t.Fatal(err)
			}
			if p.SOC != tt.soc || p.Title != tt.wantTitle || p.PctChange != career.KnownAmount(tt.wantPct) {
				t.Errorf("got %s %q %+v, want %s %q %v%%", p.SOC, p.Title, p.PctChange, tt.soc, tt.wantTitle, tt.wantPct)
			}
			if tt.want != nil && !reflect.DeepEqual(p, tt.want) {
				t.Errorf("got %+v, want the catalog's %+v", p, tt.want)
			}
		})
	}
	t.Run("summary lines are marked", func(t *testing.T) {
		total, err := db.Projection(t.Context(), "00-0000")
		if err != nil {
			t.Fatal(err)
		}
		occ, err := db.Projection(t.Context(), careertest.SOCWritten)
		if err != nil {
			t.Fatal(err)
		}
		if !total.Summary || occ.Summary {
			t.Errorf("summary: total %t, occupation %t; want true, false", total.Summary, occ.Summary)
		}
	})
	t.Run("unknown", func(t *testing.T) {
		_, err := db.Projection(t.Context(), "99-9999")
		wantNotFound(t, "Projection(99-9999)", err)
	})
}

func TestStateMeans(t *testing.T) {
	db, _ := mustFixture(t)
	tests := []struct {
		name       string
		soc        string
		wantAreas  []string
		wantAnnual []career.Amount
	}{
		{name: "two states by name", soc: careertest.SOCWritten, wantAreas: []string{"OH", "PA"},
			wantAnnual: []career.Amount{career.KnownAmount(51190), career.KnownAmount(49680)}},
		{name: "hourly only", soc: careertest.SOCHourlyOnly, wantAreas: []string{"OH", "PA"},
			wantAnnual: []career.Amount{{}, {}}},
		{name: "no state figures", soc: careertest.SOCNoWages},
		{name: "unknown", soc: "99-9999"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			ws, err := db.StateMeans(t.Context(), tt.soc)
			if err != nil {
				t.Fatal(err)
			}
			var areas []string
			var annual []career.Amount
			for _, w := range ws {
				areas = append(areas, w.Area)
				annual = append(annual, w.AnnualMean)
				if w.SOC != tt.soc || w.AreaType != "state-mean" {
					t.Errorf("row %s %s %s, want %s state-mean", w.Area, w.SOC, w.AreaType, tt.soc)
				}
			}
			if !slices.Equal(areas, tt.wantAreas) || !slices.Equal(annual, tt.wantAnnual) {
				t.Errorf("got %v %v, want %v %v", areas, annual, tt.wantAreas, tt.wantAnnual)
			}
		})
	}
}

func TestPriceParity(t *testing.T) {
	db, _ := mustFixture(t)
	tests := []struct {
		name, state string
		want        *career.PriceParity
	}{
		{name: "Ohio", state: "OH", want: &career.PriceParity{FIPS: "39", Name: "Ohio", Year: 2023, Index: 91.812}},
		{name: "Pennsylvania", state: "PA", want: &career.PriceParity{FIPS: "42", Name: "Pennsylvania", Year: 2023, Index: 97.5}},
		{name: "state not in the fixture", state: "CA"},
		{name: "the nation is not a state", state: "US"},
		{name: "FIPS code instead of USPS", state: "39"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got, err := db.PriceParity(t.Context(), tt.state)
			if tt.want == nil {
				wantNotFound(t, "PriceParity("+tt.state+")", err)
				return
			}
			if err != nil {
				t.Fatal(err)
			}
			if *got != *tt.want {
				t.Errorf("got %+v, want %+v", *got, *tt.want)
			}
		})
	}
}

func TestONET(t *testing.T) {
	db, cat := mustFixture(t)
	ctx := t.Context()

	t.Run("interests", func(t *testing.T) {
		got, err := db.AllInterests(ctx)
		if err != nil {
			t.Fatal(err)
		}
		want := map[string][6]float64{}
		for _, in := range cat.Interests {
			want[in.SOC] = in.Scores
		}
		if len(got) != careertest.Occupations || !reflect.DeepEqual(got, want) {
			t.Errorf("got %v, want %v", got, want)
		}
		if s := got[careertest.SOCWritten]; slices.Max(s[:]) != s[5] {
			t.Errorf("%s scores %v, want Conventional highest", careertest.SOCWritten, s)
		}
	})

	t.Run("job zones", func(t *testing.T) {
		got, err := db.JobZones(ctx)
		if err != nil {
			t.Fatal(err)
		}
		want := map[string]int{}
		for _, z := range cat.JobZones {
			want[z.SOC] = z.Zone
		}
		if !reflect.DeepEqual(got, want) || got[careertest.SOCNoWages] != 1 || got[careertest.SOCTopCoded] != 5 {
			t.Errorf("got %v, want %v", got, want)
		}
	})

	related := []struct {
		name  string
		soc   string
		limit int
		want  []string
	}{
		{name: "closest first", soc: careertest.SOCAnnualOnly, limit: 5, want: []string{"29-1141", "29-2061"}},
		{name: "limit", soc: careertest.SOCAnnualOnly, limit: 1, want: []string{"29-1141"}},
		{name: "one", soc: careertest.SOCWritten, limit: 5, want: []string{"29-1141"}},
		{name: "none", soc: careertest.SOCNoWages, limit: 5},
	}
	for _, tt := range related {
		t.Run("related/"+tt.name, func(t *testing.T) {
			got, err := db.RelatedSOCs(ctx, tt.soc, tt.limit)
			if err != nil {
				t.Fatal(err)
			}
			if !slices.Equal(got, tt.want) {
				t.Errorf("RelatedSOCs(%s, %d) = %v, want %v", tt.soc, tt.limit, got, tt.want)
			}
		})
	}

	t.Run("other titles", func(t *testing.T) {
		var all []string
		for _, a := range cat.AltTitles {
			if a.SOC == careertest.SOCWritten {
				all = append(all, a.Title)
			}
		}
		slices.SortFunc(all, compareFold)
		if len(all) < 6 {
			t.Fatalf("fixture has %d other titles for %s, want at least 6", len(all), careertest.SOCWritten)
		}
		got, err := db.AltTitles(ctx, careertest.SOCWritten, 5)
		if err != nil {
			t.Fatal(err)
		}
		if !slices.Equal(got, all[:5]) {
			t.Errorf("AltTitles(%s, 5) = %v, want %v", careertest.SOCWritten, got, all[:5])
		}
		got, err = db.AltTitles(ctx, careertest.SOCWritten, 10000)
		if err != nil {
			t.Fatal(err)
		}
		if !slices.Equal(got, all) {
			t.Errorf("AltTitles(%s, 10000) = %d titles, want all %d", careertest.SOCWritten, len(got), len(all))
		}
		if got, err := db.AltTitles(ctx, "99-9999", 5); err != nil || len(got) != 0 {
			t.Errorf("AltTitles(99-9999) = %v, %v; want none", got, err)
		}
	})

	t.Run("titles shown to users", func(t *testing.T) {
		var want []string
		for _, r := range cat.ReportedTitles {
			if r.SOC == careertest.SOCWritten {
				want = append(want, r.Title)
			}
		}
		if len(want) < 2 {
			t.Fatalf("fixture has %d reported titles for %s, want several", len(want), careertest.SOCWritten)
		}
		got, err := db.ReportedTitles(ctx, careertest.SOCWritten)
		if err != nil || !slices.Equal(got, want) {
			t.Errorf("ReportedTitles(%s) = %v, %v; want %v in O*NET's order", careertest.SOCWritten, got, err, want)
		}
		if got, err := db.ReportedTitles(ctx, "99-9999"); err != nil || len(got) != 0 {
			t.Errorf("ReportedTitles(99-9999) = %v, %v; want none", got, err)
		}
		// The software of an occupation, by kind and name, and searchable.
		var tech []career.Technology
		for _, x := range cat.Technology {
			if x.SOC == careertest.SOCWritten {
				tech = append(tech, x)
			}
		}
		gotTech, err := db.Technology(ctx, careertest.SOCWritten)
		slices.SortFunc(tech, func(a, b career.Technology) int {
			return cmp.Or(strings.Compare(a.Kind, b.Kind), compareFold(a.Name, b.Name))
		})
		if err != nil || len(tech) == 0 || !reflect.DeepEqual(gotTech, tech) {
			t.Errorf("Technology(%s) = %d rows, %v; want the catalog's %d by kind and name", careertest.SOCWritten, len(gotTech), err, len(tech))
		}
		epic, err := db.SearchOccupations(ctx, []string{"epic"}, 10)
		if err != nil || !slices.ContainsFunc(epic, func(o *career.Occupation) bool { return o.SOC == careertest.SOCWritten }) {
			t.Errorf("search for epic found %v, %v; want %s among them", epic, err, careertest.SOCWritten)
		}
		// A reported title is searchable even when it is no alternate title.
		found, err := db.SearchOccupations(ctx, []string{"rhit"}, 5)
		if err != nil || len(found) == 0 || found[0].SOC != careertest.SOCWritten {
			t.Errorf("search for rhit found %v, %v; want %s first", found, err, careertest.SOCWritten)
		}
	})
}

func TestLists(t *testing.T) {
	db, cat := mustFixture(t)
	got, err := db.Lists(t.Context())
	if err != nil {
		t.Fatal(err)
	}
	if !reflect.DeepEqual(got, cat.Lists) {
		t.Errorf("lists differ from the catalog's:\ngot  %+v\nwant %+v", got, cat.Lists)
	}
	if len(got) != 1 {
		t.Fatalf("got %d lists, want 1", len(got))
	}
	l := got[0]
	if l.Slug != careertest.ListSlug || l.Filter.EducationMax != "Associate's degree" || l.Filter.OpeningsMin != 1000 || l.Sort != "pay" || l.Limit != 30 || !strings.HasPrefix(l.Body, "<p>") {
		t.Errorf("got %+v, want %s: at most an associate's degree, 1000 openings, by pay, 30, an HTML body", l, careertest.ListSlug)
	}
}

func TestAssessmentItems(t *testing.T) {
	db, cat := mustFixture(t)
	got, err := db.AssessmentItems(t.Context())
	if err != nil {
		t.Fatal(err)
	}
	if len(got) != 18 || !reflect.DeepEqual(got, cat.Assessment) {
		t.Errorf("got %d items %v, want the catalog's 18 in order", len(got), got)
	}
	if got[0].ID != "r1" || got[0].Area != "Realistic" {
		t.Errorf("first item %+v, want r1 Realistic", got[0])
	}
}

func TestSearchOccupations(t *testing.T) {
	db, _ := mustFixture(t)
	tests := []struct {
		name      string
		terms     []string
		limit     int
		wantFirst string   // SOC of the best match; "" for no results
		wantAlso  []string // more SOCs that must be found
		wantLen   int      // when not 0, the exact number of results
	}{
		{name: "title word", terms: []string{"nurses"}, limit: 10, wantFirst: careertest.SOCNurse, wantAlso: []string{"29-2061", careertest.SOCAnnualOnly}},
		{name: "prefix", terms: []string{"electric"}, limit: 10, wantFirst: "47-2111"},
		{name: "every term must match", terms: []string{"medical", "records"}, limit: 10, wantFirst: careertest.SOCWritten},
		{name: "other title only", terms: []string{"coder"}, limit: 10, wantFirst: careertest.SOCWritten},
		{name: "limit", terms: []string{"nurse"}, limit: 1, wantFirst: careertest.SOCNurse, wantLen: 1},
		{name: "quote is not syntax", terms: []string{`nurses"`}, limit: 10, wantFirst: careertest.SOCNurse},
		{name: "no match", terms: []string{"zyzzyva"}, limit: 10},
		{name: "no terms", terms: nil, limit: 10},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got, err := db.SearchOccupations(t.Context(), tt.terms, tt.limit)
			if err != nil {
				t.Fatal(err)
			}
			found := socs(got)
			if tt.wantFirst == "" {
				if len(got) != 0 {
					t.Errorf("got %v, want nothing", found)
				}
				return
			}
			if len(got) == 0 || got[0].SOC != tt.wantFirst {
				t.Errorf("got %v, want %s first", found, tt.wantFirst)
			}
			for _, soc := range tt.wantAlso {
				if !slices.Contains(found, soc) {
					t.Errorf("got %v, want %s among them", found, soc)
				}
			}
			if tt.wantLen != 0 && len(got) != tt.wantLen {
				t.Errorf("got %d results, want %d", len(got), tt.wantLen)
			}
			if len(got) > tt.limit {
				t.Errorf("got %d results, limit %d", len(got), tt.limit)
			}
			if got[0].Wages == nil || !got[0].Sections.Empty() {
				t.Errorf("first result carries wages %v and sections %t; want wages and no sections", got[0].Wages != nil, !got[0].Sections.Empty())
			}
		})
	}
}

func TestSearchSchoolNames(t *testing.T) {
	db, _ := mustFixture(t)
	tests := []struct {
		name      string
		terms     []string
		limit     int
		wantFirst string   // unit ID of the best match, if it matters
		want      []string // unit IDs found, in any order
	}{
		{name: "name ranks above city", terms: []string{"columbus"}, limit: 10, wantFirst: careertest.UnitID,
			want: []string{careertest.UnitID, franklin, hondros, mountCarmel}},
		{name: "name word", terms: []string{"nursing"}, limit: 10, want: []string{hondros, mountCarmel}},
		{name: "city", terms: []string{"pittsburgh"}, limit: 10, want: []string{imc}},
		{name: "prefix and every term", terms: []string{"medic", "careers"}, limit: 10, want: []string{imc}},
		{name: "limit", terms: []string{"columbus"}, limit: 1, want: []string{careertest.UnitID}},
		{name: "no match", terms: []string{"zyzzyva"}, limit: 10},
		{name: "no terms", terms: nil, limit: 10},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got, err := db.SearchSchoolNames(t.Context(), tt.terms, tt.limit)
			if err != nil {
				t.Fatal(err)
			}
			ids := unitIDs(got)
			if !slices.Equal(slices.Sorted(slices.Values(ids)), slices.Sorted(slices.Values(tt.want))) {
				t.Errorf("got %v, want %v", ids, tt.want)
			}
			if tt.wantFirst != "" && (len(ids) == 0 || ids[0] != tt.wantFirst) {
				t.Errorf("got %v, want %s first", ids, tt.wantFirst)
			}
			for _, sc := range got {
				if sc.Name == "" || sc.Slug == "" || sc.City == "" || sc.State == "" || sc.Control == 0 {
					t.Errorf("school %+v lacks a name, slug, city, state or control", sc)
				}
			}
		})
	}
}

func TestSearchWords(t *testing.T) {
	db, _ := mustFixture(t)
	words, err := db.SearchWords(t.Context())
	if err != nil {
		t.Fatal(err)
	}
	for w, n := range words {
		if len(w) < 2 || w != strings.ToLower(w) || n < 1 {
			t.Errorf("word %q counted %d; want lower-case words of two letters or more, counted at least once", w, n)
		}
	}
	tests := []struct {
		word string
		want int
	}{
		{"records", 13},     // a title and other titles
		{"electricians", 1}, // only the title
		{"zyzzyva", 0},
		{"a", 0}, // too short
	}
	for _, tt := range tests {
		if got := words[tt.word]; got != tt.want {
			t.Errorf("words[%q] = %d, want %d", tt.word, got, tt.want)
		}
	}
}

// TestContentHash checks that the database records the hash of the tree it
// was built from, and that ContentHashOf reads it or returns "".
func TestContentHash(t *testing.T) {
	db, cat := mustFixture(t)
	ctx := t.Context()
	if cat.Hash == "" {
		t.Fatal("fixture catalog has no hash")
	}
	if got, err := db.ContentHash(ctx); err != nil || got != cat.Hash {
		t.Errorf("ContentHash = %q, %v; want %q", got, err, cat.Hash)
	}
	dir := t.TempDir()
	notDB := filepath.Join(dir, "notes.txt")
	if err := os.WriteFile(notDB, []byte("not a database"), 0o644); err != nil {
		t.Fatal(err)
	}
	tests := []struct {
		name, path, want string
	}{
		{name: "database", path: db.Path(), want: cat.Hash},
		{name: "missing file", path: filepath.Join(dir, "missing.db")},
		{name: "not a database", path: notDB},
		{name: "directory", path: dir},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if got := store.ContentHashOf(ctx, tt.path); got != tt.want {
				t.Errorf("ContentHashOf(%s) = %q, want %q", tt.path, got, tt.want)
			}
		})
	}
}

func TestOpen(t *testing.T) {
	ctx := t.Context()
	dir := t.TempDir()
	write := func(name string, data []byte) string {
		path := filepath.Join(dir, name)
		if err := os.WriteFile(path, data, 0o644); err != nil {
			t.Fatal(err)
		}
		return path
	}
	t.Run("built database", func(t *testing.T) {
		path := filepath.Join(dir, "site.db")
		if err := store.Build(ctx, path, tinyCatalog(t)); err != nil {
			t.Fatal(err)
		}
		db, err := store.Open(ctx, path)
		if err != nil {
			t.Fatal(err)
		}
		defer db.Close()
		if db.Path() != path {
			t.Errorf("Path() = %q, want %q", db.Path(), path)
		}
		if err := db.Ping(ctx); err != nil {
			t.Errorf("Ping: %v", err)
		}
		if err := db.Close(); err != nil {
			t.Errorf("Close: %v", err)
		}
		if _, err := db.ContentHash(ctx); err == nil {
			t.Error("ContentHash after Close succeeded")
		}
	})
	failures := []struct {
		name, path string
	}{
		{name: "missing file", path: filepath.Join(dir, "missing.db")},
		{name: "empty file", path: write("empty.db", nil)},
		{name: "text file", path: write("text.db", []byte("SQLite format 3, or so it says\n"))},
	}
	for _, tt := range failures {
		t.Run(tt.name, func(t *testing.T) {
			db, err := store.Open(ctx, tt.path)
			if err == nil {
				db.Close()
				t.Fatalf("Open(%s) succeeded, want an error", tt.name)
			}
		})
	}
	t.Run("missing file wraps the os error", func(t *testing.T) {
		_, err := store.Open(ctx, filepath.Join(dir, "missing.db"))
		if !errors.Is(err, os.ErrNotExist) {
			t.Errorf("err = %v, want os.ErrNotExist", err)
		}
	})
}

// TestBuildReplacesAtomically builds twice into one path: a reader of the
// first build keeps working, a new reader sees the second, and nothing is
// left behind.
func TestBuildReplacesAtomically(t *testing.T) {
	ctx := t.Context()
	cat := tinyCatalog(t)
	path := filepath.Join(t.TempDir(), "site.db")
	if err := store.Build(ctx, path, cat); err != nil {
		t.Fatal(err)
	}
	old, err := store.Open(ctx, path)
	if err != nil {
		t.Fatal(err)
	}
	defer old.Close()
	firstHash := cat.Hash
	cat.Hash = "second"
	if err := store.Build(ctx, path, cat); err != nil {
		t.Fatal(err)
	}
	if _, err := old.OccupationBySlug(ctx, careertest.SlugWritten); err != nil {
		t.Errorf("reader of the first build broke: %v", err)
	}
	if h, err := old.ContentHash(ctx); err != nil || h != firstHash {
		t.Errorf("reader of the first build sees hash %q, %v; want %q", h, err, firstHash)
	}
	if h := store.ContentHashOf(ctx, path); h != "second" {
		t.Errorf("new reader sees hash %q, want second", h)
	}
	fi, err := os.Stat(path)
	if err != nil {
		t.Fatal(err)
	}
	if fi.Mode().Perm() != 0o644 {
		t.Errorf("mode %v, want 0644", fi.Mode().Perm())
	}
	wantNoLeftovers(t, filepath.Dir(path))
}

// wantNoLeftovers fails if a build left temporary files in dir.
func wantNoLeftovers(t *testing.T, dir string) {
	t.Helper()
	leftovers, _ := filepath.Glob(filepath.Join(dir, ".*build*"))
	if len(leftovers) != 0 {
		t.Errorf("build left files behind: %v", leftovers)
	}
}

func TestBuild(t *testing.T) {
	ctx := t.Context()
	good := tinyCatalog(t)
	dir := filepath.Join(t.TempDir(), "a", "b")
	path := filepath.Join(dir, "site.db")

	t.Run("creates missing directories", func(t *testing.T) {
		if err := store.Build(ctx, path, good); err != nil {
			t.Fatal(err)
		}
		if h := store.ContentHashOf(ctx, path); h != good.Hash {
			t.Fatalf("after Build the database has hash %q, want %q", h, good.Hash)
		}
	})

	// A failed build returns an error and leaves the database it would
	// have replaced as it was.
	failures := []struct {
		name  string
		ctx   func() context.Context
		spoil func(cat *content.Catalog)
	}{
		{
			name:  "unit ID that is not a number",
			spoil: func(cat *content.Catalog) { cat.Institutions[0].UnitID = "abc" },
		},
		{
			name:  "two occupations with one SOC code",
			spoil: func(cat *content.Catalog) { cat.Occupations = append(cat.Occupations, cat.Occupations[0]) },
		},
		{
			name: "completions of a school that is not there",
			spoil: func(cat *content.Catalog) {
				cat.Completions = append(cat.Completions, career.Completion{UnitID: "999999", CIP: careertest.CIP, Award: 3, Total: 1})
			},
		},
		{
			name: "cancelled context",
			ctx: func() context.Context {
				c, cancel := context.WithCancel(ctx)
				cancel()
				return c
			},
		},
	}
	for _, tt := range failures {
		t.Run("fails: "+tt.name, func(t *testing.T) {
			bad := tinyCatalog(t)
			bad.Hash = "broken"
			if tt.spoil != nil {
				tt.spoil(bad)
			}
			bctx := ctx
			if tt.ctx != nil {
				bctx = tt.ctx()
			}
			if err := store.Build(bctx, path, bad); err == nil {
				t.Fatal("Build succeeded, want an error")
			}
			if h := store.ContentHashOf(ctx, path); h != good.Hash {
				t.Errorf("after a failed build the database has hash %q, want the old %q", h, good.Hash)
			}
			wantNoLeftovers(t, dir)
		})
	}

	t.Run("fails: directory cannot be made", func(t *testing.T) {
		file := filepath.Join(t.TempDir(), "file")
		if err := os.WriteFile(file, nil, 0o644); err != nil {
			t.Fatal(err)
		}
		if err := store.Build(ctx, filepath.Join(file, "site.db"), good); err == nil {
			t.Error("Build under a regular file succeeded, want an error")
		}
	})

	t.Run("removes leftovers of a build that died", func(t *testing.T) {
		dir := t.TempDir()
		stale := filepath.Join(dir, ".site.db.build-12345")
		other := filepath.Join(dir, ".other.db.build-12345")
		for _, f := range []string{stale, other} {
			if err := os.WriteFile(f, []byte("half a database"), 0o644); err != nil {
				t.Fatal(err)
			}
		}
		if err := store.Build(ctx, filepath.Join(dir, "site.db"), good); err != nil {
			t.Fatal(err)
		}
		if _, err := os.Stat(stale); !errors.Is(err, os.ErrNotExist) {
			t.Errorf("stale build file still there: %v", err)
		}
		if _, err := os.Stat(other); err != nil {
			t.Errorf("another database's build file was removed: %v", err)
		}
	})
}
