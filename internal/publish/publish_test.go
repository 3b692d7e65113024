package publish

import (
	"context"
	"errors"
	"io"
	"log/slog"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/careeratlas/careeratlas/internal/career"
)

// copyContent copies the real data files and one profile into a temp
// content tree that the test may edit.
func copyContent(t *testing.T) string {
	t.Helper()
	dir := t.TempDir()
	for _, sub := range []string{"data", "occupations"} {
		if err := os.MkdirAll(filepath.Join(dir, sub), 0o755); err != nil {
			t.Fatal(err)
		}
	}
	// The occupation datasets are enough to publish a site; the school
	// datasets are optional and slow to build, so they stay out.
	var files []string
	for _, name := range []string{"oews_national", "projections"} {
		files = append(files, "../../content/data/"+name+".csv", "../../content/data/"+name+".source.yaml")
	}
	files = append(files, "../../content/occupations/registered-nurses.md")
	for _, f := range files {
		b, err := os.ReadFile(f)
		if err != nil {
			t.Fatal(err)
		}
		rel := strings.TrimPrefix(f, "../../content/")
		if err := os.WriteFile(filepath.Join(dir, rel), b, 0o644); err != nil {
			t.Fatal(err)
		}
	}
	return dir
}

func summary(t *testing.T, l *Live) string {
	t.Helper()
	o, err := l.Current().OccupationBySlug(context.Background(), "registered-nurses")
	if err != nil {
		t.Fatal(err)
	}
	return o.Summary
}

func setSummary(t *testing.T, dir, text string) {
	t.Helper()
	path := filepath.Join(dir, "occupations", "registered-nurses.md")
	b, _ := os.ReadFile(path)
	lines := strings.Split(string(b), "\n")
	var out []string
	skip := false
	for _, l := range lines {
		switch {
		case strings.HasPrefix(l, "summary:"):
			out = append(out, "summary: "+text)
			skip = true
		case skip && strings.HasPrefix(l, "  "):
		default:
			skip = false
			out = append(out, l)
		}
	}
	if err := os.WriteFile(path, []byte(strings.Join(out, "\n")), 0o644); err != nil {
		t.Fatal(err)
	}
}

func TestReloadSwapsAndRefusesBadContent(t *testing.T) {
	ctx := context.Background()
	dir := copyContent(t)
	dbPath := filepath.Join(t.TempDir(), "site.db")
	log := slog.New(slog.NewTextHandler(io.Discard, nil))
	l := New(os.DirFS(dir), dbPath, log)
	stale, err := l.Start(ctx)
	if err != nil || stale != nil {
		t.Fatalf("Start: %v, %v", stale, err)
	}
	defer l.Close()
	first := l.Current()

	// Nothing changed: no rebuild, same database.
	if err := l.Reload(ctx); err != nil || l.Current() != first {
		t.Fatalf("Reload without changes: %v, swapped %v", err, l.Current() != first)
	}

	setSummary(t, dir, "Nurses care for patients, version two.")
	if err := l.Reload(ctx); err != nil {
		t.Fatalf("Reload: %v", err)
	}
	if got := summary(t, l); got != "Nurses care for patients, version two." {
		t.Errorf("after reload the summary is %q", got)
	}

	setSummary(t, dir, "They earn $90,000.")
	err = l.Reload(ctx)
	var inv *career.InvalidError
	if !errors.As(err, &inv) || !strings.Contains(err.Error(), "registered-nurses.md") {
		t.Fatalf("Reload of bad content: %v, want the problem list", err)
	}
	if got := summary(t, l); got != "Nurses care for patients, version two." {
		t.Errorf("bad content replaced the served database: summary %q", got)
	}

	// A restart with the bad content still serves the last good database.
	l2 := New(os.DirFS(dir), dbPath, log)
	stale, err = l2.Start(ctx)
	if err != nil || stale == nil {
		t.Fatalf("Start with bad content and a good database: stale %v, err %v", stale, err)
	}
	defer l2.Close()
	if got := summary(t, l2); got != "Nurses care for patients, version two." {
		t.Errorf("restart serves %q", got)
	}

	// With no database at all, bad content is fatal.
	l3 := New(os.DirFS(dir), filepath.Join(t.TempDir(), "none.db"), log)
	if _, err := l3.Start(ctx); err == nil {
		t.Error("Start with bad content and no database succeeded")
	}
}
