package publish

import (
	"context"
	"log/slog"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"sync"
	"testing"

	"github.com/careeratlas/careeratlas/internal/career"
	"github.com/careeratlas/careeratlas/internal/career/careertest"
	"github.com/careeratlas/careeratlas/internal/content"
	"github.com/careeratlas/careeratlas/internal/store"
)

// rebuildRecorder keeps how each database was built: "whole" or "prose only".
type rebuildRecorder struct {
	mu  sync.Mutex
	how []string
}

func (r *rebuildRecorder) Enabled(context.Context, slog.Level) bool { return true }
func (r *rebuildRecorder) WithAttrs([]slog.Attr) slog.Handler       { return r }
func (r *rebuildRecorder) WithGroup(string) slog.Handler            { return r }
func (r *rebuildRecorder) Handle(_ context.Context, rec slog.Record) error {
	rec.Attrs(func(a slog.Attr) bool {
		if a.Key == "rebuilt" {
			r.mu.Lock()
			r.how = append(r.how, a.Value.String())
			r.mu.Unlock()
		}
		return true
	})
	return nil
}

func (r *rebuildRecorder) last() string {
	r.mu.Lock()
	defer r.mu.Unlock()
	if len(r.how) == 0 {
		return ""
	}
	return r.how[len(r.how)-1]
}

// TestReloadProseOnly: an edit of prose alone is published by rewriting
// the prose of a copy of the served database, everything that reads prose
// included (the search index); an edit of data builds it anew.
func TestReloadProseOnly(t *testing.T) {
	t.Parallel()
	ctx := context.Background()
	dir := careertest.Dir(t)
	rec := &rebuildRecorder{}
	path := mustFixtureDB(t)
	l := mustStart(t, dir, path, slog.New(rec))

	const edited = "Medical records specialists keep every chart xylophonic and right."
	careertest.SetSummary(t, dir, edited)
	if err := l.Reload(ctx); err != nil {
		t.Fatal(err)
	}
	if got := rec.last(); got != "prose only" {
		t.Errorf("an edited summary rebuilt %q, want prose only", got)
	}
	wantSummary(t, l.Current(), edited)
	wantComplete(t, l.Current())
	found, err := l.Current().DB.SearchOccupations(ctx, []string{"xylophonic"}, 5)
	if err != nil || len(found) != 1 || found[0].SOC != careertest.SOCWritten {
		t.Errorf("search for a word of the new summary: %v, %v", found, err)
	}
	if got := store.ContentHashOf(ctx, path); got != mustHash(t, dir) {
		t.Errorf("refreshed database's content hash %q, want the tree's", got)
	}

	// An edit of the data is not prose: the database is built anew.
	wages := filepath.Join(dir, "data", "oews_national.csv")
	b, err := os.ReadFile(wages)
	if err != nil {
		t.Fatal(err)
	}
	if err := os.WriteFile(wages, []byte(strings.Replace(string(b), "Medical Records Specialists", "Medical Records Specialists ", 1)), 0o644); err != nil {
		t.Fatal(err)
	}
	if err := l.Reload(ctx); err != nil {
		t.Fatal(err)
	}
	if got := rec.last(); got != "whole" {
		t.Errorf("an edited data file rebuilt %q, want whole", got)
	}
	wantComplete(t, l.Current())
}

// TestRefreshProseRefusesNewData: RefreshProse never writes prose over a
// database of other figures.
func TestRefreshProseRefusesNewData(t *testing.T) {
	t.Parallel()
	path := mustFixtureDB(t)
	cat := careertest.Catalog(t)
	other := *cat
	other.DataHash = "not the fixture's"
	before, _ := os.ReadFile(path)
	if err := store.RefreshProse(context.Background(), path, &other); err != store.ErrDataChanged {
		t.Errorf("RefreshProse with other data: %v, want ErrDataChanged", err)
	}
	if after, _ := os.ReadFile(path); string(after) != string(before) {
		t.Error("a refused refresh changed the database")
	}
}

func mustHash(t *testing.T, dir string) string {
	t.Helper()
	h, err := content.Hash(os.DirFS(dir))
	if err != nil {
		t.Fatal(err)
	}
	return h
}

// TestRefreshProseRewritesOnlyWhatChanged: a refresh rewrites the prose,
// links out and search row of the occupations whose prose changed, and
// leaves every other row as it was, still found by search.
func TestRefreshProseRewritesOnlyWhatChanged(t *testing.T) {
	t.Parallel()
	ctx := context.Background()
	path := mustFixtureDB(t)
	cat := careertest.Catalog(t)
	o := cat.Occupation(careertest.SOCWritten)
	o.Summary = "Quinquagenarian coders of charts."
	o.Resources = []career.Resource{{Name: "AAPC", URL: "https://www.aapc.com/", About: "coding credentials"}}
	nurses := cat.Occupation(careertest.SOCNurse) // only its study: changes
	nurses.Study = []career.CredentialGroup{career.Bachelor}
	if err := store.RefreshProse(ctx, path, cat); err != nil {
		t.Fatal(err)
	}
	db, err := store.Open(ctx, path)
	if err != nil {
		t.Fatal(err)
	}
	defer db.Close()
	got, err := db.OccupationBySlug(ctx, careertest.SlugWritten)
	if err != nil || got.Summary != o.Summary || !slices.Equal(got.Resources, o.Resources) {
		t.Errorf("refreshed occupation: %+v, %v", got, err)
	}
	if got, err := db.OccupationBySlug(ctx, "registered-nurses"); err != nil || !slices.Equal(got.Study, nurses.Study) {
		t.Errorf("refreshed nurses' study: %+v, %v; want %v", got, err, nurses.Study)
	}
	for word, soc := range map[string]string{"quinquagenarian": careertest.SOCWritten, "nurses": careertest.SOCNurse} {
		found, err := db.SearchOccupations(ctx, []string{word}, 3)
		if err != nil || len(found) == 0 || found[0].SOC != soc {
			t.Errorf("search %q after a refresh: %v, %v; want %s first", word, found, err, soc)
		}
	}
	// Once more with nothing changed: the same bytes of prose.
	if err := store.RefreshProse(ctx, path, cat); err != nil {
		t.Fatal(err)
	}
	db2, _ := store.Open(ctx, path)
	defer db2.Close()
	if again, _ := db2.OccupationBySlug(ctx, careertest.SlugWritten); again == nil || len(again.Resources) != 1 {
		t.Errorf("a second refresh left resources %+v, want the one", again)
	}
}
