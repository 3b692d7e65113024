package store_test

import (
	"context"
	"errors"
	"os"
	"path/filepath"
	"sync"
	"testing"

	"github.com/careeratlas/careeratlas/internal/career"
	"github.com/careeratlas/careeratlas/internal/content"
	"github.com/careeratlas/careeratlas/internal/store"
)

var shared struct {
	once sync.Once
	db   *store.DB
	cat  *content.Catalog
	err  error
}

// TestMain removes the shared database after the tests.
func TestMain(m *testing.M) {
	dir, err := os.MkdirTemp("", "careeratlas-store-test")
	if err != nil {
		panic(err)
	}
	sharedDir = dir
	code := m.Run()
	if shared.db != nil {
		shared.db.Close()
	}
	os.RemoveAll(dir)
	os.Exit(code)
}

var sharedDir string

// mustBuild returns a database built once from the real content tree.
func mustBuild(t testing.TB) (*store.DB, *content.Catalog) {
	t.Helper()
	shared.once.Do(func() {
		shared.cat, shared.err = content.Load(os.DirFS("../../content"))
		if shared.err != nil {
			return
		}
		path := filepath.Join(sharedDir, "test.db")
		if shared.err = store.Build(context.Background(), path, shared.cat); shared.err != nil {
			return
		}
		shared.db, shared.err = store.Open(context.Background(), path)
	})
	if shared.err != nil {
		t.Fatal(shared.err)
	}
	return shared.db, shared.cat
}

func TestOccupationBySlug(t *testing.T) {
	db, cat := mustBuild(t)
	ctx := context.Background()
	o, err := db.OccupationBySlug(ctx, "medical-records-specialists")
	if err != nil {
		t.Fatal(err)
	}
	if o.SOC != "29-2072" || o.Group != "29-0000" || o.Summary == "" || o.Sections.HowToBecome == "" || o.Updated == "" {
		t.Errorf("occupation: %+v", o)
	}
	w, p := o.Wages, o.Projection
	if w == nil || w.Employment != career.KnownAmount(187910) || w.Annual[0] != career.KnownAmount(35780) ||
		w.Annual[2] != career.KnownAmount(50250) || w.Annual[4] != career.KnownAmount(80950) || w.Hourly[2] != career.KnownAmount(24.16) {
		t.Errorf("wages: %+v", w)
	}
	if p == nil || p.EmpBase != career.KnownAmount(194.8) || p.EmpProjected != career.KnownAmount(208.6) ||
		p.PctChange != career.KnownAmount(7.1) || p.Openings != career.KnownAmount(14.2) || p.Education != "Postsecondary nondegree award" {
		t.Errorf("projection: %+v", p)
	}

	ceo, err := db.OccupationBySlug(ctx, "chief-executives")
	if err != nil {
		t.Fatal(err)
	}
	if ceo.Wages.Annual[4] != (career.Amount{Value: 239200, State: career.TopCoded}) || ceo.Wages.Annual[2] != career.KnownAmount(206420) {
		t.Errorf("top-coded wages lost in the round trip: %+v", ceo.Wages.Annual)
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
		t.Fatalf("state means: %d rows, %v", len(states), err)
	}
	if al := states[0]; al.AreaTitle != "Alabama" || al.Area != "AL" || al.AnnualMean != career.KnownAmount(42970) {
		t.Errorf("state means start with %+v, want Alabama (AL) at $42,970", al)
	}
	if slug, err := db.OccupationSlug(ctx, "29-2072"); err != nil || slug != "medical-records-specialists" {
		t.Errorf("OccupationSlug = %q, %v", slug, err)
	}
	all, err := db.ListOccupations(ctx, store.OccupationFilter{})
	if err != nil || len(all) != len(cat.Occupations) {
		t.Errorf("ListOccupations: %d, %v; want %d", len(all), err, len(cat.Occupations))
	}
	if all[0].Sections.WhatTheyDo != "" {
		t.Error("lists should not carry the prose")
	}
	code := "29-0000"
	health, _ := db.ListOccupations(ctx, store.OccupationFilter{Group: &code})
	for _, o := range health {
		if o.Group != code {
			t.Errorf("group filter let %s through", o.SOC)
		}
	}
	written, _ := db.ListOccupations(ctx, store.OccupationFilter{Written: true})
	if len(written) < 25 {
		t.Errorf("%d written occupations, want at least 25", len(written))
	}
}

func TestGroupsAndSources(t *testing.T) {
	db, _ := mustBuild(t)
	ctx := context.Background()
	gs, err := db.Groups(ctx)
	if err != nil || len(gs) != 22 {
		t.Fatalf("Groups: %d, %v", len(gs), err)
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
	if labels["oews_national"] != "BLS OEWS, May 2024" || labels["projections"] != "BLS Employment Projections 2024–34" || len(labels) != 14 {
		t.Errorf("sources %v; want the two BLS datasets labelled and fourteen in all", labels)
	}
	total, err := db.Projection(ctx, "00-0000")
	if err != nil || total.PctChange != career.KnownAmount(3.1) {
		t.Errorf("total: %+v, %v", total, err)
	}
}

func TestBuildReplacesAtomically(t *testing.T) {
	cat, err := content.Load(os.DirFS("../../content"))
	if err != nil {
		t.Fatal(err)
	}
	ctx := context.Background()
	path := filepath.Join(t.TempDir(), "site.db")
	if err := store.Build(ctx, path, cat); err != nil {
		t.Fatal(err)
	}
	old, err := store.Open(ctx, path)
	if err != nil {
		t.Fatal(err)
	}
	defer old.Close()
	cat.Hash = "second"
	if err := store.Build(ctx, path, cat); err != nil {
		t.Fatal(err)
	}
	// A reader opened before the swap keeps working; a new reader sees the new build.
	if _, err := old.OccupationBySlug(ctx, "registered-nurses"); err != nil {
		t.Errorf("old reader broke: %v", err)
	}
	if h := store.ContentHashOf(ctx, path); h != "second" {
		t.Errorf("new hash %q, want second", h)
	}
	leftovers, _ := filepath.Glob(filepath.Join(filepath.Dir(path), ".*build*"))
	if len(leftovers) != 0 {
		t.Errorf("build left files behind: %v", leftovers)
	}
	if _, err := store.Open(ctx, filepath.Join(t.TempDir(), "missing.db")); err == nil {
		t.Error("Open of a missing file succeeded")
	}
}
