// Package careertest provides a small content tree, cut from the real
// content/ folder, and helpers that load it and build it into a database
// through the project's own code. Tests that need a few real occupations,
// schools and places use it instead of the full tree, which takes seconds
// to build.
//
// The tree lives in testdata/content and is regenerated from content/ with
//
//	go test ./internal/career/careertest -run TestRegenerate -update
package careertest

import (
	"context"
	"embed"
	"io/fs"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/careeratlas/careeratlas/internal/content"
	"github.com/careeratlas/careeratlas/internal/site"
	"github.com/careeratlas/careeratlas/internal/store"
)

// Notable occupations of the fixture, by SOC code.
const (
	// SOCWritten is Medical Records Specialists, which has a full written
	// profile (all three sections) at SlugWritten.
	SOCWritten = "29-2072"
	// SlugWritten is the page slug of SOCWritten.
	SlugWritten = "medical-records-specialists"
	// SOCNurse is Registered Nurses, with a full profile and many schools.
	SOCNurse = "29-1141"
	// SOCTopCoded is Chief Executives, whose upper pay percentiles are
	// top-coded (">=" in the OEWS file).
	SOCTopCoded = "11-1011"
	// SOCAnnualOnly is Nursing Instructors and Teachers, Postsecondary,
	// whose pay is published as annual figures only.
	SOCAnnualOnly = "25-1072"
	// SOCHourlyOnly is Actors, whose pay is published as hourly figures
	// only.
	SOCHourlyOnly = "27-2011"
	// SOCNoWages is Fishing and Hunting Workers, which has a projection but
	// no OEWS wages.
	SOCNoWages = "45-3031"
	// SOCSummaryOnly has a summary but no written sections. It is also
	// SOCHourlyOnly.
	SOCSummaryOnly = "27-2011"
)

// Places and schools of the fixture.
const (
	// State is the fixture's main state: most schools and ZIP are in it.
	State = "OH"
	// OtherState is the fixture's second state.
	OtherState = "PA"
	// ZIP is downtown Columbus, Ohio, where UnitID is.
	ZIP = "43215"
	// UnitID is Columbus State Community College, a public college in ZIP
	// that awards CIP (leading to SOCWritten) and nursing (SOCNurse).
	UnitID = "202222"
	// CIP is Health Information/Medical Records Technology, a program that
	// leads to SOCWritten.
	CIP = "51.0707"
	// ListSlug is the fixture's one editorial list, which has several of
	// its occupations.
	ListSlug = "good-pay-without-a-bachelors-degree"
)

// Counts of the fixture.
const (
	// Occupations is the number of detailed occupations.
	Occupations = 10
	// Groups is the number of major groups the occupations fall in.
	Groups = 7
	// Schools is the number of institutions.
	Schools = 6
)

//go:embed testdata/content
var tree embed.FS

// Content returns the fixture tree, rooted at its content directory, in
// the layout content.Load reads.
func Content() fs.FS {
	sub, err := fs.Sub(tree, "testdata/content")
	if err != nil {
		panic(err) // the embedded directory always exists
	}
	return sub
}

// Catalog loads the fixture with content.Load, failing the test with every
// problem found if it does not load.
func Catalog(t testing.TB) *content.Catalog {
	t.Helper()
	cat, err := content.Load(Content())
	if err != nil {
		t.Fatalf("careertest: load fixture:\n%v", err)
	}
	return cat
}

// DBPath builds the fixture into a new database file in t.TempDir and
// returns its path, for tests that open or serve the file themselves.
func DBPath(t testing.TB) string {
	t.Helper()
	path := filepath.Join(t.TempDir(), "careeratlas.db")
	if err := store.Build(context.Background(), path, Catalog(t)); err != nil {
		t.Fatalf("careertest: build fixture: %v", err)
	}
	return path
}

// DB builds the fixture into a new database and opens it. The database is
// closed when the test ends.
func DB(t testing.TB) *store.DB {
	t.Helper()
	db, err := store.Open(context.Background(), DBPath(t))
	if err != nil {
		t.Fatalf("careertest: open fixture: %v", err)
	}
	t.Cleanup(func() { db.Close() })
	return db
}

// Site builds the fixture into a new database and loads the site from it,
// as publish does before it serves a database.
func Site(t testing.TB) *site.Site {
	t.Helper()
	st, err := site.Load(context.Background(), DB(t))
	if err != nil {
		t.Fatalf("careertest: load site: %v", err)
	}
	return st
}

// Dir writes the fixture tree to a new directory in t.TempDir and returns
// it, for tests that need content on disk: serving, reloading, editing.
func Dir(t testing.TB) string {
	t.Helper()
	dir := filepath.Join(t.TempDir(), "content")
	if err := os.CopyFS(dir, Content()); err != nil {
		t.Fatalf("careertest: write fixture: %v", err)
	}
	return dir
}

// ProfileFile is the written profile's file, relative to the content
// directory.
const ProfileFile = "occupations/" + SlugWritten + ".md"

// SetSummary rewrites the summary of the written profile in the content
// tree at dir (a copy from Dir), as an editor saving the file would, and
// returns the line the summary is on.
func SetSummary(t testing.TB, dir, text string) (line int) {
	t.Helper()
	path := filepath.Join(dir, ProfileFile)
	b, err := os.ReadFile(path)
	if err != nil {
		t.Fatal(err)
	}
	var out []string
	skip := false
	for _, l := range strings.Split(string(b), "\n") {
		switch {
		case strings.HasPrefix(l, "summary:"):
			out = append(out, "summary: "+text)
			line, skip = len(out), true
		case skip && strings.HasPrefix(l, "  "): // the old summary's folded lines
		default:
			skip = false
			out = append(out, l)
		}
	}
	if line == 0 {
		t.Fatalf("careertest: %s has no summary", path)
	}
	if err := os.WriteFile(path, []byte(strings.Join(out, "\n")), 0o644); err != nil {
		t.Fatal(err)
	}
	return line
}

// FillProfiles gives each occupation file of the content tree at dir
// the sections it lacks of a full profile, as a finished tree has them.
func FillProfiles(t testing.TB, dir string) {
	t.Helper()
	files, err := filepath.Glob(filepath.Join(dir, "occupations", "*.md"))
	if err != nil {
		t.Fatal(err)
	}
	for _, f := range files {
		b, err := os.ReadFile(f)
		if err != nil {
			t.Fatal(err)
		}
		text := strings.TrimRight(string(b), "\n") + "\n"
		for _, h := range []string{"What they do", "Work environment", "How to become one"} {
			if !strings.Contains(text, "\n## "+h+"\n") {
				text += "\n## " + h + "\n\nWritten for the test.\n"
			}
		}
		if err := os.WriteFile(f, []byte(text), 0o644); err != nil {
			t.Fatal(err)
		}
	}
}
