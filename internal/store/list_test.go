package store_test

import (
	"context"
	"path/filepath"
	"slices"
	"testing"

	"github.com/careeratlas/careeratlas/internal/career/careertest"
	"github.com/careeratlas/careeratlas/internal/finder"
	"github.com/careeratlas/careeratlas/internal/store"
)

// TestListPicks keeps a hand-picked list's occupations, their order and
// their reasons through the database; a filtered list reads back none.
func TestListPicks(t *testing.T) {
	ctx := context.Background()
	cat := careertest.Catalog(t)
	picks := []finder.Pick{{SOC: "47-2111", Why: "Wiring, by hand."}, {SOC: careertest.SOCNurse, Why: "Care at the bedside."}}
	cat.Lists = append(cat.Lists, finder.List{Slug: "picked", Title: "Picked", Summary: "s", Updated: "2026-12-06", Picks: picks})
	path := filepath.Join(t.TempDir(), "careeratlas.db")
	if err := store.Build(ctx, path, cat); err != nil {
		t.Fatal(err)
	}
	db, err := store.Open(ctx, path)
	if err != nil {
		t.Fatal(err)
	}
	defer db.Close()
	lists, err := db.Lists(ctx)
	if err != nil {
		t.Fatal(err)
	}
	for _, l := range lists {
		switch l.Slug {
		case "picked":
			if !slices.Equal(l.Picks, picks) {
				t.Errorf("picks %+v, want %+v", l.Picks, picks)
			}
		case careertest.ListSlug:
			if len(l.Picks) != 0 || l.HandPicked() {
				t.Errorf("a filtered list reads back picks %+v", l.Picks)
			}
		}
	}
	if len(lists) != 2 {
		t.Errorf("%d lists, want 2", len(lists))
	}
}
