package site_test

import (
	"cmp"
	"context"
	"errors"
	"math"
	"slices"
	"strings"
	"testing"

	"github.com/careeratlas/careeratlas/internal/career"
	"github.com/careeratlas/careeratlas/internal/career/careertest"
	"github.com/careeratlas/careeratlas/internal/finder"
	"github.com/careeratlas/careeratlas/internal/site"
)

// TestSite builds the fixture database once for both halves: loading it,
// and loading it while one read fails.
func TestSite(t *testing.T) {
	db := careertest.DB(t)
	t.Run("Load", func(t *testing.T) { testLoad(t, db) })
	t.Run("LoadFails", func(t *testing.T) { testLoadFails(t, db) })
}

// testLoad loads the site from the fixture database and checks every
// field and lookup against what the fixture holds.
func testLoad(t *testing.T, db site.Store) {
	ctx := context.Background()
	st, err := site.Load(ctx, db)
	if err != nil {
		t.Fatalf("Load: %v", err)
	}
	if st.DB != db {
		t.Errorf("DB is %v, want the store Load was given", st.DB)
	}

	t.Run("sources", func(t *testing.T) {
		if len(st.Sources) == 0 {
			t.Fatal("no sources")
		}
		for _, ds := range []string{"oews_national", "projections", "completions", "institutions"} {
			src, ok := st.Source(ds)
			if !ok || src.Dataset != ds || src.Release == "" {
				t.Errorf("Source(%q) = %+v, %v; want it, with a release", ds, src, ok)
			}
		}
		if src, ok := st.Source("nope"); ok {
			t.Errorf("Source(nope) = %+v, true; want not found", src)
		}
	})

	t.Run("total", func(t *testing.T) {
		if st.Total == nil {
			t.Fatal("Total is nil; the fixture has an all-occupations line")
		}
		if st.Total.SOC != "00-0000" || !st.Total.PctChange.Available() {
			t.Errorf("Total = %+v, want 00-0000 with a percent change", st.Total)
		}
	})

	t.Run("occupations", func(t *testing.T) {
		if len(st.All) != careertest.Occupations {
			t.Fatalf("%d occupations, want %d", len(st.All), careertest.Occupations)
		}
		if !slices.IsSortedFunc(st.All, func(a, b *career.Occupation) int { return strings.Compare(a.Title, b.Title) }) {
			t.Errorf("All is not by title: %q", titles(st.All))
		}
		for _, o := range st.All {
			if got := st.Occupation(o.SOC); got != o {
				t.Errorf("Occupation(%s) = %v, want the one in All", o.SOC, got)
			}
		}
		o := st.Occupation(careertest.SOCWritten)
		if o == nil || o.Slug != careertest.SlugWritten || o.Wages == nil || o.Projection == nil || o.Summary == "" {
			t.Errorf("Occupation(%s) = %+v; want %s with wages, projection and summary", careertest.SOCWritten, o, careertest.SlugWritten)
		}
		if o := st.Occupation(careertest.SOCNoWages); o == nil || o.Wages != nil {
			t.Errorf("Occupation(%s) = %+v; want it, without wages", careertest.SOCNoWages, o)
		}
		for _, soc := range []string{"99-9999", "", "00-0000", "29-0000"} {
			if o := st.Occupation(soc); o != nil {
				t.Errorf("Occupation(%q) = %+v, want nil", soc, o)
			}
		}
	})

	t.Run("groups", func(t *testing.T) {
		if len(st.Groups) != careertest.Groups {
			t.Fatalf("%d groups, want %d", len(st.Groups), careertest.Groups)
		}
		if !slices.IsSortedFunc(st.Groups, func(a, b *career.Group) int { return cmp.Compare(a.Code, b.Code) }) {
			t.Error("Groups are not in SOC order")
		}
		for _, o := range st.All {
			if g := st.Group(o.Group); g == nil || g.Code != o.Group {
				t.Errorf("Group(%q) of %s = %+v, want it", o.Group, o.SOC, g)
			}
		}
		if g := st.Group("99-0000"); g != nil {
			t.Errorf("Group(99-0000) = %+v, want nil", g)
		}
	})

	t.Run("states", func(t *testing.T) {
		var codes []string
		for _, s := range st.States {
			codes = append(codes, s.Code)
		}
		if want := []string{careertest.State, careertest.OtherState}; !slices.Equal(codes, want) {
			t.Errorf("States = %q, want %q (by name)", codes, want)
		}
		if s := st.State(careertest.State); s == nil || s.Name != "Ohio" {
			t.Errorf("State(OH) = %+v, want Ohio", s)
		}
		if s := st.State("ZZ"); s != nil {
			t.Errorf("State(ZZ) = %+v, want nil", s)
		}
		if got := st.StateName(careertest.OtherState); got != "Pennsylvania" {
			t.Errorf("StateName(PA) = %q, want Pennsylvania", got)
		}
		if got := st.StateName("ZZ"); got != "ZZ" {
			t.Errorf("StateName(ZZ) = %q, want the code", got)
		}
	})

	t.Run("families", func(t *testing.T) {
		if len(st.Families) == 0 {
			t.Fatal("no families")
		}
		if !slices.IsSortedFunc(st.Families, func(a, b career.Program) int { return strings.Compare(a.Title, b.Title) }) {
			t.Error("Families are not by title")
		}
		f := st.Family("51")
		if f == nil || f.Title != "Health Professions and Related Programs" {
			t.Fatalf("Family(51) = %+v, want health professions", f)
		}
		if got := st.FamilyTitle("51"); got != f.Title {
			t.Errorf("FamilyTitle(51) = %q, want %q", got, f.Title)
		}
		for _, code := range []string{"99", "51.07", ""} {
			if f := st.Family(code); f != nil {
				t.Errorf("Family(%q) = %+v, want nil", code, f)
			}
		}
		if got := st.FamilyTitle("99"); got != "Area 99" {
			t.Errorf("FamilyTitle(99) = %q, want Area 99", got)
		}
		titles := st.FamilyTitles()
		if len(titles) != len(st.Families) {
			t.Errorf("FamilyTitles has %d, want %d", len(titles), len(st.Families))
		}
		for _, f := range st.Families {
			if titles[f.Code] != f.Title {
				t.Errorf("FamilyTitles[%s] = %q, want %q", f.Code, titles[f.Code], f.Title)
			}
		}
	})

	t.Run("programs", func(t *testing.T) {
		p := st.Program(careertest.CIP)
		if p == nil || p.Code != careertest.CIP || p.Title != "Health Information/Medical Records Technology/Technician" {
			t.Errorf("Program(%s) = %+v, want medical records technology", careertest.CIP, p)
		}
		if p := st.Program("51"); p == nil || p.Title != "Health Professions and Related Programs" {
			t.Errorf("Program(51), a family, = %+v, want health professions", p)
		}
		if p := st.Program("51.07"); p == nil || p.Code != "51.07" {
			t.Errorf("Program(51.07), a series, = %+v, want it", p)
		}
		if p := st.Program("99.9999"); p != nil {
			t.Errorf("Program(99.9999) = %+v, want nil", p)
		}
	})

	t.Run("places", func(t *testing.T) {
		p := st.Place(careertest.ZIP)
		if p == nil || p.Name != "Columbus" || p.State != careertest.State || math.Abs(p.Lat-39.97) > 0.1 || math.Abs(p.Lon+83.0) > 0.1 {
			t.Errorf("Place(%s) = %+v, want Columbus, OH", careertest.ZIP, p)
		}
		if p := st.Place("00000"); p != nil {
			t.Errorf("Place(00000) = %+v, want nil", p)
		}
	})

	t.Run("O*NET", func(t *testing.T) {
		if len(st.Interests) != careertest.Occupations || len(st.JobZones) != careertest.Occupations {
			t.Errorf("%d interest profiles and %d job zones, want %d of each", len(st.Interests), len(st.JobZones), careertest.Occupations)
		}
		if top := finder.TopInterests(st.Interests[careertest.SOCWritten], 1); top[0] != "Conventional" {
			t.Errorf("%s's top interest is %s, want Conventional", careertest.SOCWritten, top[0])
		}
		if z := st.JobZones[careertest.SOCWritten]; z < 1 || z > 5 {
			t.Errorf("job zone of %s = %d, want 1 to 5", careertest.SOCWritten, z)
		}
	})

	t.Run("vocabulary", func(t *testing.T) {
		for _, w := range []string{"nurses", "actors"} {
			if st.Vocab[w] == 0 {
				t.Errorf("Vocab lacks %q", w)
			}
		}
	})

	t.Run("lists", func(t *testing.T) {
		if len(st.Lists) != 1 {
			t.Fatalf("%d lists, want 1", len(st.Lists))
		}
		l := st.List(careertest.ListSlug)
		if l == nil || l.Slug != careertest.ListSlug || l.Title == "" || l.Body == "" {
			t.Fatalf("List(%s) = %+v, want it with a title and body", careertest.ListSlug, l)
		}
		if got := st.List("nope"); got != nil {
			t.Errorf("List(nope) = %+v, want nil", got)
		}
		members := st.ListMembers(careertest.ListSlug)
		if len(members) == 0 || len(members) > l.Limit {
			t.Fatalf("ListMembers has %d, want 1 to %d", len(members), l.Limit)
		}
		for _, o := range members {
			if !l.Filter.Match(o, st.Interests) {
				t.Errorf("member %s does not pass the list's filter", o.SOC)
			}
		}
		// The fixture's list is by pay, highest first.
		if l.Sort != finder.ByPay {
			t.Fatalf("the fixture's list sorts by %q; this test expects pay", l.Sort)
		}
		if !slices.IsSortedFunc(members, func(a, b *career.Occupation) int { return cmp.Compare(finder.Median(b), finder.Median(a)) }) {
			t.Errorf("ListMembers not by pay: %q", titles(members))
		}
		if want := l.Members(st.All, st.Interests); !slices.Equal(members, want) {
			t.Errorf("ListMembers = %q, want %q", titles(members), titles(want))
		}
		if got := st.ListMembers("nope"); got != nil {
			t.Errorf("ListMembers(nope) = %q, want none", titles(got))
		}
	})

	t.Run("lists with an occupation", func(t *testing.T) {
		members := st.ListMembers(careertest.ListSlug)
		for _, o := range members {
			got := st.ListsWith(o.SOC)
			if len(got) != 1 || got[0].Slug != careertest.ListSlug {
				t.Errorf("ListsWith(%s) = %v, want the list", o.SOC, got)
			}
		}
		// Registered nurses usually need a bachelor's degree: not on the list.
		if got := st.ListsWith(careertest.SOCNurse); len(got) != 0 {
			t.Errorf("ListsWith(%s) = %v, want none", careertest.SOCNurse, got)
		}
		if got := st.ListsWith("99-9999"); len(got) != 0 {
			t.Errorf("ListsWith(99-9999) = %v, want none", got)
		}
	})

	t.Run("assessment", func(t *testing.T) {
		items, err := db.AssessmentItems(ctx)
		if err != nil {
			t.Fatal(err)
		}
		if len(st.Assessment) != 18 || len(items) != 18 {
			t.Fatalf("assessment has %d items, store %d; want 18", len(st.Assessment), len(items))
		}
		// Interleaved: each round of six asks about every area once, in
		// RIASEC order.
		for i, it := range st.Assessment {
			if want := career.RIASEC[i%6]; it.Area != want {
				t.Errorf("item %d (%s) is %s, want %s", i, it.ID, it.Area, want)
			}
		}
		for _, it := range items {
			if !slices.Contains(st.Assessment, it) {
				t.Errorf("item %s lost", it.ID)
			}
		}
	})
}

func titles(os []*career.Occupation) []string {
	var out []string
	for _, o := range os {
		out = append(out, o.Title)
	}
	return out
}

var errBroken = errors.New("broken")

// failingStore is the real store with one of Load's reads failing.
type failingStore struct {
	site.Store
	fail string // the read that fails
	err  error
}

func (f failingStore) check(what string) error {
	if f.fail == what {
		return f.err
	}
	return nil
}

func (f failingStore) Sources(ctx context.Context) ([]career.Source, error) {
	if err := f.check("Sources"); err != nil {
		return nil, err
	}
	return f.Store.Sources(ctx)
}

func (f failingStore) Groups(ctx context.Context) ([]*career.Group, error) {
	if err := f.check("Groups"); err != nil {
		return nil, err
	}
	return f.Store.Groups(ctx)
}

func (f failingStore) Projection(ctx context.Context, soc string) (*career.Projection, error) {
	if err := f.check("Projection"); err != nil {
		return nil, err
	}
	return f.Store.Projection(ctx, soc)
}

func (f failingStore) States(ctx context.Context) ([]career.State, error) {
	if err := f.check("States"); err != nil {
		return nil, err
	}
	return f.Store.States(ctx)
}

func (f failingStore) Families(ctx context.Context) ([]career.Program, error) {
	if err := f.check("Families"); err != nil {
		return nil, err
	}
	return f.Store.Families(ctx)
}

func (f failingStore) ListOccupations(ctx context.Context, flt career.OccupationFilter) ([]*career.Occupation, error) {
	if err := f.check("ListOccupations"); err != nil {
		return nil, err
	}
	return f.Store.ListOccupations(ctx, flt)
}

func (f failingStore) AllInterests(ctx context.Context) (map[string][6]float64, error) {
	if err := f.check("AllInterests"); err != nil {
		return nil, err
	}
	return f.Store.AllInterests(ctx)
}

func (f failingStore) JobZones(ctx context.Context) (map[string]int, error) {
	if err := f.check("JobZones"); err != nil {
		return nil, err
	}
	return f.Store.JobZones(ctx)
}

func (f failingStore) Lists(ctx context.Context) ([]finder.List, error) {
	if err := f.check("Lists"); err != nil {
		return nil, err
	}
	return f.Store.Lists(ctx)
}

func (f failingStore) AssessmentItems(ctx context.Context) ([]finder.AssessmentItem, error) {
	if err := f.check("AssessmentItems"); err != nil {
		return nil, err
	}
	return f.Store.AssessmentItems(ctx)
}

func (f failingStore) SearchWords(ctx context.Context) (map[string]int, error) {
	if err := f.check("SearchWords"); err != nil {
		return nil, err
	}
	return f.Store.SearchWords(ctx)
}

func (f failingStore) Programs(ctx context.Context) ([]career.Program, error) {
	if err := f.check("Programs"); err != nil {
		return nil, err
	}
	return f.Store.Programs(ctx)
}

func (f failingStore) Places(ctx context.Context) ([]career.Place, error) {
	if err := f.check("Places"); err != nil {
		return nil, err
	}
	return f.Store.Places(ctx)
}

// testLoadFails checks that a failing read stops Load with an error that
// names the step and wraps the store's error.
func testLoadFails(t *testing.T, db site.Store) {
	ctx := context.Background()
	tests := []struct {
		method string
		step   string
	}{
		{"Sources", "sources"},
		{"Groups", "groups"},
		{"Projection", "total"},
		{"States", "states"},
		{"Families", "families"},
		{"ListOccupations", "occupations"},
		{"AllInterests", "interests"},
		{"JobZones", "job zones"},
		{"Lists", "lists"},
		{"AssessmentItems", "assessment"},
		{"SearchWords", "vocabulary"},
		{"Programs", "programs"},
		{"Places", "places"},
	}
	for _, tt := range tests {
		t.Run(tt.method, func(t *testing.T) {
			st, err := site.Load(ctx, failingStore{Store: db, fail: tt.method, err: errBroken})
			if err == nil {
				t.Fatalf("Load succeeded with %s failing", tt.method)
			}
			if st != nil {
				t.Errorf("Load returned a site with an error")
			}
			if !errors.Is(err, errBroken) {
				t.Errorf("error %v does not wrap the store's error", err)
			}
			if want := "site: " + tt.step + ": "; !strings.HasPrefix(err.Error(), want) {
				t.Errorf("error %q, want it to start %q", err, want)
			}
		})
	}

	// A database without an all-occupations line loads, without a total.
	t.Run("no total", func(t *testing.T) {
		st, err := site.Load(ctx, failingStore{Store: db, fail: "Projection", err: career.ErrNotFound})
		if err != nil {
			t.Fatalf("Load: %v", err)
		}
		if st.Total != nil {
			t.Errorf("Total = %+v, want nil", st.Total)
		}
		if len(st.All) != careertest.Occupations {
			t.Errorf("%d occupations, want %d", len(st.All), careertest.Occupations)
		}
	})
}
