package publish

import (
	"context"
	"errors"
	"io"
	"log/slog"
	"os"
	"path/filepath"
	"slices"
	"sync"
	"testing"

	"github.com/careeratlas/careeratlas/internal/career"
	"github.com/careeratlas/careeratlas/internal/career/careertest"
	"github.com/careeratlas/careeratlas/internal/content"
	"github.com/careeratlas/careeratlas/internal/site"
	"github.com/careeratlas/careeratlas/internal/store"
)

// The fixture is built once per test binary into fixtureDB; tests that
// need a Live that is already serving copy the file, which Start then
// reuses because its content hash matches the fixture's.
var (
	fixtureDir  string // removed by TestMain
	fixtureOnce sync.Once
	fixtureDB   string
	fixtureErr  error
)

func TestMain(m *testing.M) {
	dir, err := os.MkdirTemp("", "publish-test-")
	if err != nil {
		panic(err)
	}
	fixtureDir = dir
	code := m.Run()
	os.RemoveAll(dir)
	os.Exit(code)
}

// mustFixtureDB copies the fixture's database, built once, to a new file
// in t.TempDir and returns its path.
func mustFixtureDB(t *testing.T) string {
	t.Helper()
	fixtureOnce.Do(func() {
		fixtureDB = filepath.Join(fixtureDir, "fixture.db")
		_, fixtureErr = Seed(context.Background(), careertest.Content(), fixtureDB)
	})
	if fixtureErr != nil {
		t.Fatalf("build the fixture: %v", fixtureErr)
	}
	b, err := os.ReadFile(fixtureDB)
	if err != nil {
		t.Fatal(err)
	}
	path := filepath.Join(t.TempDir(), "site.db")
	if err := os.WriteFile(path, b, 0o644); err != nil {
		t.Fatal(err)
	}
	return path
}

// logRecorder is a slog.Handler that keeps the messages logged, so a test
// can tell whether a database was built.
type logRecorder struct {
	mu   sync.Mutex
	msgs []string
}

func (r *logRecorder) Enabled(context.Context, slog.Level) bool { return true }
func (r *logRecorder) WithAttrs([]slog.Attr) slog.Handler       { return r }
func (r *logRecorder) WithGroup(string) slog.Handler            { return r }
func (r *logRecorder) Handle(_ context.Context, rec slog.Record) error {
	r.mu.Lock()
	defer r.mu.Unlock()
	r.msgs = append(r.msgs, rec.Message)
	return nil
}

// builds is how many databases have been built since the last call.
func (r *logRecorder) builds() int {
	r.mu.Lock()
	defer r.mu.Unlock()
	n := 0
	for _, m := range r.msgs {
		if m == "database built" {
			n++
		}
	}
	r.msgs = nil
	return n
}

func discardLog() *slog.Logger { return slog.New(slog.NewTextHandler(io.Discard, nil)) }

// mustStart starts a Live on the content in dir and the database at path,
// failing the test unless it serves fresh content. It is closed when the
// test ends.
func mustStart(t *testing.T, dir, path string, log *slog.Logger) *Live {
	t.Helper()
	l := New(os.DirFS(dir), path, log)
	stale, err := l.Start(context.Background())
	if err != nil || stale != nil {
		t.Fatalf("Start: stale %v, err %v; want neither", stale, err)
	}
	t.Cleanup(func() { l.Close() })
	return l
}

// servedSummary is the written profile's summary as requests see it: from
// the database, and from the site's occupation index.
func servedSummary(t *testing.T, st *site.Site) (fromDB, fromIndex string) {
	t.Helper()
	o, err := st.DB.OccupationBySlug(context.Background(), careertest.SlugWritten)
	if err != nil {
		t.Fatalf("OccupationBySlug(%q): %v", careertest.SlugWritten, err)
	}
	for _, x := range st.All {
		if x.SOC == careertest.SOCWritten {
			fromIndex = x.Summary
		}
	}
	return o.Summary, fromIndex
}

func wantSummary(t *testing.T, st *site.Site, want string) {
	t.Helper()
	db, index := servedSummary(t, st)
	if db != want {
		t.Errorf("summary from Current().DB: got %q, want %q", db, want)
	}
	if index != want {
		t.Errorf("summary from Current().All: got %q, want %q", index, want)
	}
}

// wantComplete fails unless st has everything requests share loaded, as
// a site must before it is swapped in.
func wantComplete(t *testing.T, st *site.Site) {
	t.Helper()
	if st == nil {
		t.Fatal("no current site")
	}
	if got := len(st.All); got != careertest.Occupations {
		t.Errorf("All has %d occupations, want %d", got, careertest.Occupations)
	}
	if got := len(st.Groups); got != careertest.Groups {
		t.Errorf("Groups has %d groups, want %d", got, careertest.Groups)
	}
	if st.Occupation(careertest.SOCWritten) == nil {
		t.Errorf("Occupation(%q) is nil", careertest.SOCWritten)
	}
	if st.List(careertest.ListSlug) == nil || len(st.ListMembers(careertest.ListSlug)) == 0 {
		t.Errorf("list %q is not loaded, or has no members", careertest.ListSlug)
	}
	if st.Place(careertest.ZIP) == nil {
		t.Errorf("Place(%q) is nil", careertest.ZIP)
	}
	if st.Program(careertest.CIP) == nil {
		t.Errorf("Program(%q) is nil", careertest.CIP)
	}
	if st.StateName(careertest.State) == "" {
		t.Errorf("StateName(%q) is empty", careertest.State)
	}
	if len(st.Assessment) == 0 || len(st.Sources) == 0 || len(st.Vocab) == 0 {
		t.Errorf("assessment, sources or vocabulary missing: %d, %d, %d items", len(st.Assessment), len(st.Sources), len(st.Vocab))
	}
}

// TestStart runs Start as serve does on each launch, against one content
// tree and database file: it builds only when the content's hash differs
// from the database's, and it falls back to the last good database when
// the content has problems.
func TestStart(t *testing.T) {
	t.Parallel()
	dir := careertest.Dir(t)
	path := mustFixtureDB(t)
	rec := &logRecorder{}
	log := slog.New(rec)
	original := careertest.Catalog(t).Occupation(careertest.SOCWritten).Summary

	// Unchanged content: Start reuses the database.
	l := mustStart(t, dir, path, log)
	if got := rec.builds(); got != 0 {
		t.Errorf("start on unchanged content built %d databases, want 0", got)
	}
	wantComplete(t, l.Current())
	wantSummary(t, l.Current(), original)

	// Edited content: Start rebuilds.
	const edited = "Medical records specialists keep charts right, second edition."
	careertest.SetSummary(t, dir, edited)
	l = mustStart(t, dir, path, log)
	if got := rec.builds(); got != 1 {
		t.Errorf("start on edited content built %d databases, want 1", got)
	}
	wantSummary(t, l.Current(), edited)

	// Content with a problem: Start serves the last good database and
	// reports the problem as stale.
	careertest.SetSummary(t, dir, "They earn $90,000.")
	bad := New(os.DirFS(dir), path, log)
	stale, err := bad.Start(context.Background())
	if err != nil {
		t.Fatalf("Start with bad content and a good database: %v", err)
	}
	defer bad.Close()
	var inv *career.InvalidError
	if !errors.As(stale, &inv) {
		t.Errorf("Start with bad content: stale %v, want the content's problems", stale)
	}
	if got := rec.builds(); got != 0 {
		t.Errorf("start on bad content built %d databases, want 0", got)
	}
	wantSummary(t, bad.Current(), edited)

	// With no database at all, bad content is fatal.
	none := New(os.DirFS(dir), filepath.Join(t.TempDir(), "none.db"), log)
	if _, err := none.Start(context.Background()); !errors.As(err, &inv) {
		t.Errorf("Start with bad content and no database: err %v, want the content's problems", err)
	}
	if none.Current() != nil {
		t.Error("Start with bad content and no database serves a site")
	}
}

// TestReload edits the content under a serving Live: an unchanged tree
// keeps the site, a bad edit is refused with its problems listed while
// the old site keeps serving, and a good edit swaps in a new, complete
// site.
func TestReload(t *testing.T) {
	t.Parallel()
	ctx := context.Background()
	dir := careertest.Dir(t)
	rec := &logRecorder{}
	l := mustStart(t, dir, mustFixtureDB(t), slog.New(rec))
	if got := rec.builds(); got != 0 {
		t.Errorf("Start on the fixture's own database built %d databases, want 0", got)
	}
	first := l.Current()
	wantComplete(t, first)
	original, _ := servedSummary(t, first)

	// Nothing changed: no rebuild, the same site.
	if err := l.Reload(ctx); err != nil {
		t.Fatalf("Reload without changes: %v", err)
	}
	if l.Current() != first {
		t.Error("Reload without changes swapped in a new site")
	}
	if got := rec.builds(); got != 0 {
		t.Errorf("Reload without changes built %d databases, want 0", got)
	}
	if p := l.Problems(); p != nil {
		t.Errorf("Problems after a good start: got %q, want none", p)
	}

	// A bad edit is refused, listed by file and line, and changes nothing.
	line := careertest.SetSummary(t, dir, "They earn $90,000.")
	err := l.Reload(ctx)
	var inv *career.InvalidError
	if !errors.As(err, &inv) {
		t.Fatalf("Reload of bad content: got %v, want the content's problems", err)
	}
	want := []string{career.Problem{File: careertest.ProfileFile, Line: line,
		Message: "summary states a figure (“$90,000”); figures come from data, not prose"}.String()}
	if got := l.Problems(); !slices.Equal(got, want) {
		t.Errorf("Problems after a refused reload:\ngot  %q\nwant %q", got, want)
	}
	if l.Current() != first {
		t.Error("a refused reload swapped in a new site")
	}
	wantSummary(t, l.Current(), original)

	// A good edit swaps in a new site, already complete.
	const edited = "Medical records specialists keep charts right, second edition."
	careertest.SetSummary(t, dir, edited)
	if err := l.Reload(ctx); err != nil {
		t.Fatalf("Reload of good content: %v", err)
	}
	if got := rec.builds(); got != 1 {
		t.Errorf("Reload of good content built %d databases, want 1", got)
	}
	if p := l.Problems(); p != nil {
		t.Errorf("Problems after a good reload: got %q, want none", p)
	}
	next := l.Current()
	if next == first {
		t.Fatal("Reload of good content kept the old site")
	}
	wantComplete(t, next)
	wantSummary(t, next, edited)
	if got := next.Occupation(careertest.SOCWritten).Summary; got != edited {
		t.Errorf("Current().Occupation(%q).Summary: got %q, want %q", careertest.SOCWritten, got, edited)
	}
	// A site never changes: requests still holding the old one see the
	// old content.
	if got := first.Occupation(careertest.SOCWritten).Summary; got != original {
		t.Errorf("the replaced site's summary changed: got %q, want %q", got, original)
	}
	// Nor does its database, though a new file now has its path: many
	// requests at once on the old site all read the old file.
	var wg sync.WaitGroup
	errs := make(chan string, 32)
	for range 32 {
		wg.Go(func() {
			o, err := first.DB.OccupationBySlug(ctx, careertest.SlugWritten)
			if err != nil {
				errs <- err.Error()
			} else if o.Summary != original {
				errs <- o.Summary
			}
		})
	}
	wg.Wait()
	close(errs)
	for e := range errs {
		t.Errorf("the replaced database read %q, want the old summary %q", e, original)
	}
}

// TestSeed builds a database whatever is on disk, and leaves the old file
// alone when the content has problems.
func TestSeed(t *testing.T) {
	t.Parallel()
	ctx := context.Background()
	dir := careertest.Dir(t)
	path := filepath.Join(t.TempDir(), "site.db")

	cat, err := Seed(ctx, os.DirFS(dir), path)
	if err != nil {
		t.Fatalf("Seed: %v", err)
	}
	if got := len(cat.Occupations); got != careertest.Occupations {
		t.Errorf("Seed's catalog has %d occupations, want %d", got, careertest.Occupations)
	}
	hash, err := content.Hash(os.DirFS(dir))
	if err != nil {
		t.Fatal(err)
	}
	if got := store.ContentHashOf(ctx, path); got != hash {
		t.Errorf("seeded database's content hash: got %q, want %q", got, hash)
	}

	careertest.SetSummary(t, dir, "They earn $90,000.")
	var inv *career.InvalidError
	if _, err := Seed(ctx, os.DirFS(dir), path); !errors.As(err, &inv) {
		t.Errorf("Seed of bad content: got %v, want the content's problems", err)
	}
	if got := store.ContentHashOf(ctx, path); got != hash {
		t.Errorf("after a refused seed the database's content hash is %q, want the old %q", got, hash)
	}
}
