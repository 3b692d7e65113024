package main

import (
	"bufio"
	"context"
	"fmt"
	"io"
	"net/http"
	"os"
	"path/filepath"
	"regexp"
	"strings"
	"testing"
	"time"

	"github.com/PuerkitoBio/goquery"

	"github.com/careeratlas/careeratlas/internal/career/careertest"
	"github.com/careeratlas/careeratlas/internal/content"
	"github.com/careeratlas/careeratlas/internal/view/format"
)

// testDir holds the database the real-content tests share; TestMain
// removes it.
var testDir string

func TestMain(m *testing.M) {
	dir, err := os.MkdirTemp("", "careeratlas-test-")
	if err != nil {
		panic(err)
	}
	testDir = dir
	code := m.Run()
	os.RemoveAll(dir)
	os.Exit(code)
}

// realContent skips a test of the real content/ tree under -short, and
// returns the tree and the database file the real-content tests share:
// the first one to serve builds it, and the others reuse it because the
// content has not changed.
func realContent(t *testing.T) (dir, db string) {
	t.Helper()
	if testing.Short() {
		t.Skip("real content: skipped in -short")
	}
	return "../../content", filepath.Join(testDir, "real.db")
}

// startServe runs the real serve command on a free port with the content
// in dir and the database file db, which it builds when the content has
// changed, and returns its base URL. The server stops, and its clean exit
// is checked, when the test ends.
func startServe(t *testing.T, dir, db string, flags ...string) string {
	t.Helper()
	env := map[string]string{"CAREERATLAS_DB": db}
	getenv := func(k string) string { return env[k] }

	ctx, cancel := context.WithCancel(context.Background())
	outR, outW := io.Pipe()
	done := make(chan error, 1)
	args := append([]string{"careeratlas", "serve", "-addr", "127.0.0.1:0", "-content", dir}, flags...)
	go func() {
		done <- run(ctx, args, getenv, outW, io.Discard)
		outW.Close()
	}()
	addr := make(chan string, 1)
	go func() {
		listening := regexp.MustCompile(`listening on (\S+)\)`)
		sc := bufio.NewScanner(outR)
		for sc.Scan() {
			if m := listening.FindStringSubmatch(sc.Text()); m != nil {
				addr <- m[1]
			}
		}
	}()
	t.Cleanup(func() {
		cancel()
		select {
		case err := <-done:
			if err != nil {
				t.Errorf("serve returned %v after shutdown, want nil", err)
			}
		case <-time.After(15 * time.Second):
			t.Error("serve did not shut down")
		}
	})
	select {
	case a := <-addr:
		return "http://" + a
	case err := <-done:
		t.Fatalf("serve stopped: %v", err)
	case <-time.After(90 * time.Second):
		t.Fatal("serve did not start")
	}
	return ""
}

// get requests url and parses the page.
func get(t *testing.T, url string) (int, *goquery.Document) {
	t.Helper()
	resp, err := http.Get(url)
	if err != nil {
		t.Fatal(err)
	}
	defer resp.Body.Close()
	doc, err := goquery.NewDocumentFromReader(resp.Body)
	if err != nil {
		t.Fatalf("GET %s: %v", url, err)
	}
	return resp.StatusCode, doc
}

// textOf is the trimmed text of the first match of sel, "" when none.
func textOf(doc *goquery.Document, sel string) string {
	return strings.TrimSpace(doc.Find(sel).First().Text())
}

// TestServeEndToEnd runs the real command on the fixture's content: it
// seeds a database, serves on a free port, answers pages, and shuts down
// cleanly when its context ends.
func TestServeEndToEnd(t *testing.T) {
	t.Parallel()
	base := startServe(t, careertest.Dir(t), filepath.Join(t.TempDir(), "e2e.db"))
	for _, tc := range []struct {
		name       string
		path       string
		wantStatus int
		wantH1     string
		check      func(t *testing.T, doc *goquery.Document)
	}{
		{
			name: "health", path: "/healthz", wantStatus: 200,
			check: func(t *testing.T, doc *goquery.Document) {
				if got := strings.TrimSpace(doc.Text()); got != "ok" {
					t.Errorf("body: got %q, want ok", got)
				}
			},
		},
		{
			name: "profile", path: "/occupations/" + careertest.SlugWritten, wantStatus: 200,
			wantH1: "Medical Records Specialists",
			check: func(t *testing.T, doc *goquery.Document) {
				if got := textOf(doc, "title"); !strings.HasPrefix(got, "Medical Records Specialists") {
					t.Errorf("title: got %q, want it to start with the occupation", got)
				}
			},
		},
		{
			name: "index", path: "/occupations", wantStatus: 200,
			check: func(t *testing.T, doc *goquery.Document) {
				want := "/occupations/" + careertest.SlugWritten
				if doc.Find(`main a[href="`+want+`"]`).Length() == 0 {
					t.Errorf("the index does not link to %s", want)
				}
				if got := doc.Find("main").Text(); !strings.Contains(got, "All 10 occupations") {
					t.Errorf("the index does not say it has all %d occupations", careertest.Occupations)
				}
			},
		},
		{
			name: "not found", path: "/occupations/not-a-job", wantStatus: 404,
			check: func(t *testing.T, doc *goquery.Document) {
				if doc.Find(`section.error-page[data-status="404"]`).Length() != 1 {
					t.Error("no 404 error page")
				}
			},
		},
	} {
		t.Run(tc.name, func(t *testing.T) {
			status, doc := get(t, base+tc.path)
			if status != tc.wantStatus {
				t.Errorf("GET %s: status %d, want %d", tc.path, status, tc.wantStatus)
			}
			if tc.wantH1 != "" {
				if got := textOf(doc, "h1"); got != tc.wantH1 {
					t.Errorf("h1: got %q, want %q", got, tc.wantH1)
				}
			}
			if tc.check != nil {
				tc.check(t, doc)
			}
		})
	}
}

// TestServeRealContent serves the committed content/ tree and checks
// figures of its release, as content/data has them.
func TestServeRealContent(t *testing.T) {
	dir, db := realContent(t)
	cat, err := content.Load(os.DirFS(dir))
	if err != nil {
		t.Fatal(err)
	}
	base := startServe(t, dir, db)
	for _, tc := range []struct {
		name, path, want string
		wantStatus       int
	}{
		{"profile pay", "/occupations/medical-records-specialists", format.Dollars(cat.Occupation("29-2072").Wages.Annual[2]) + " a year", 200},
		{"index count", "/occupations", fmt.Sprintf("All %d occupations", len(cat.Occupations)), 200},
	} {
		t.Run(tc.name, func(t *testing.T) {
			status, doc := get(t, base+tc.path)
			if status != tc.wantStatus {
				t.Errorf("GET %s: status %d, want %d", tc.path, status, tc.wantStatus)
			}
			if !strings.Contains(doc.Find("main").Text(), tc.want) {
				t.Errorf("GET %s: the page does not say %q", tc.path, tc.want)
			}
		})
	}
}

// badSummaryProblem is the problem careertest.SetSummary(t, dir, badSummary) causes,
// without its file name.
const (
	badSummary        = "They earn $90,000."
	badSummaryProblem = ":3: summary states a figure (“$90,000”); figures come from data, not prose"
)

// TestServeDevShowsProblems edits the content under serve -dev: a bad
// edit is listed on every page while the last good content is served, and
// mending it publishes the new content.
func TestServeDevShowsProblems(t *testing.T) {
	t.Parallel()
	dir := careertest.Dir(t)
	base := startServe(t, dir, filepath.Join(t.TempDir(), "dev.db"), "-dev")
	page := base + "/occupations/" + careertest.SlugWritten
	problems := func(doc *goquery.Document) []string {
		return doc.Find("aside.dev-problems li code").Map(func(_ int, s *goquery.Selection) string { return s.Text() })
	}
	mainText := func(doc *goquery.Document) string { return doc.Find("main").Text() }

	// saveUntil saves summary(0), summary(1)… until the profile page is
	// ok, and returns the page. It saves again after a while because the
	// watcher misses a save made before its first look at the tree. The
	// test's deadline bounds it.
	saveUntil := func(summary func(i int) string, ok func(doc *goquery.Document) bool) *goquery.Document {
		t.Helper()
		for i := 0; ; i++ {
			careertest.SetSummary(t, dir, summary(i))
			for range 150 {
				if _, doc := get(t, page); ok(doc) {
					return doc
				}
				time.Sleep(20 * time.Millisecond)
			}
		}
	}

	time.Sleep(100 * time.Millisecond) // let the watcher take its first look
	bad := func(i int) string { return fmt.Sprintf("They earn $%d.", 90_000+i) }
	doc := saveUntil(bad, func(doc *goquery.Document) bool { return len(problems(doc)) > 0 })
	// The problem names the figure of whichever save it caught: "$90000", "$90001"…
	got := problems(doc)
	prefix := "occupations/" + careertest.SlugWritten + ".md:3: summary states a figure (“$900"
	if len(got) != 1 || !strings.HasPrefix(got[0], prefix) || !strings.HasSuffix(got[0], "”); figures come from data, not prose") {
		t.Errorf("problems listed:\ngot  %q\nwant one like %q", got, prefix+"00”); figures come from data, not prose")
	}
	if strings.Contains(mainText(doc), "They earn") {
		t.Error("the refused summary is served")
	}
	if got := textOf(doc, "h1"); got != "Medical Records Specialists" {
		t.Errorf("h1 while the content has problems: got %q, want the last good profile's", got)
	}

	const mended = "Medical records specialists keep patients' charts right"
	good := func(i int) string { return fmt.Sprintf("%s, save %d.", mended, i) }
	doc = saveUntil(good, func(doc *goquery.Document) bool { return strings.Contains(mainText(doc), mended) })
	if got := problems(doc); len(got) != 0 {
		t.Errorf("problems listed after the mend: got %q, want none", got)
	}
}

// TestServeBadContentWithoutDatabase: with content that has problems and
// no database to fall back on, serve lists the problems as dir/file:line
// and stops.
func TestServeBadContentWithoutDatabase(t *testing.T) {
	t.Parallel()
	dir := careertest.Dir(t)
	careertest.SetSummary(t, dir, badSummary)
	rel := careertest.ProfileFile
	env := map[string]string{"CAREERATLAS_DB": filepath.Join(t.TempDir(), "none.db")}
	var stderr strings.Builder
	err := run(context.Background(), []string{"careeratlas", "serve", "-addr", "127.0.0.1:0", "-content", dir},
		func(k string) string { return env[k] }, io.Discard, &stderr)
	if err == nil || !strings.Contains(err.Error(), "no database to serve: 1 content problems") {
		t.Errorf("serve: got %v, want no database to serve and the number of problems", err)
	}
	if want := filepath.Join(dir, rel) + badSummaryProblem; !strings.Contains(stderr.String(), want) {
		t.Errorf("stderr: got %q, want it to list %q", stderr.String(), want)
	}
}

func TestCommandLine(t *testing.T) {
	t.Parallel()
	ctx := context.Background()
	none := func(string) string { return "" }
	dir := careertest.Dir(t) // three occupations with a summary only
	done := careertest.Dir(t)
	careertest.FillProfiles(t, done)
	for _, tc := range []struct {
		name       string
		args       []string
		wantErr    []string // substrings of the error; nil for success
		wantStdout string
		wantStderr string
	}{
		{name: "no command", args: nil, wantErr: []string{"no command given"}, wantStderr: "usage: careeratlas COMMAND"},
		{name: "unknown command", args: []string{"frobnicate"}, wantErr: []string{`unknown command "frobnicate"`}},
		{name: "help", args: []string{"help"}, wantStdout: "usage: careeratlas COMMAND"},
		{name: "version", args: []string{"version"}, wantStdout: version},
		{
			name:    "bad serve configuration",
			args:    []string{"serve", "-addr", "nonsense", "-log", "xml", "-content", "/nowhere"},
			wantErr: []string{`-addr "nonsense"`, `-log "xml"`, `-content "/nowhere"`},
		},
		{name: "check", args: []string{"check", "-content", done}, wantStdout: "content OK: 10 occupations (10 full, 0 summary-only, 0 residual)"},
		{name: "check lists profiles still to write", args: []string{"check", "-content", dir},
			wantErr:    []string{"7 full, 3 summary-only, 0 residual: 3 to finish"},
			wantStderr: "/occupations/actors.md: no full profile: write What they do, Work environment and How to become one"},
		{name: "check names occupations without wages", args: []string{"check", "-content", done},
			wantStdout: "note: 1 occupation has projections but no wages in BLS OEWS, May 2024: 45-3031 Fishing and hunting workers\n"},
		{
			name:       "seed",
			args:       []string{"seed", "-content", dir, "-db", filepath.Join(t.TempDir(), "seeded.db")},
			wantStdout: "10 occupations, 7 groups",
		},
		{name: "import of an unknown source", args: []string{"import", "weather", "x.csv"}, wantErr: []string{`unknown source "weather"`}},
	} {
		t.Run(tc.name, func(t *testing.T) {
			var stdout, stderr strings.Builder
			err := run(ctx, append([]string{"careeratlas"}, tc.args...), none, &stdout, &stderr)
			switch {
			case tc.wantErr == nil && err != nil:
				t.Errorf("got error %v, want none", err)
			case tc.wantErr != nil && err == nil:
				t.Errorf("got no error, want one saying %q", tc.wantErr)
			}
			for _, want := range tc.wantErr {
				if err != nil && !strings.Contains(err.Error(), want) {
					t.Errorf("error: got %v, want it to say %s", err, want)
				}
			}
			if !strings.Contains(stdout.String(), tc.wantStdout) {
				t.Errorf("stdout: got %q, want it to say %q", stdout.String(), tc.wantStdout)
			}
			if !strings.Contains(stderr.String(), tc.wantStderr) {
				t.Errorf("stderr: got %q, want it to say %q", stderr.String(), tc.wantStderr)
			}
		})
	}
}

// TestCheckRealContent checks the committed content/ tree as CI does.
func TestCheckRealContent(t *testing.T) {
	dir, _ := realContent(t)
	var stdout strings.Builder
	err := run(context.Background(), []string{"careeratlas", "check", "-content", dir}, func(string) string { return "" }, &stdout, io.Discard)
	if err != nil || !strings.Contains(stdout.String(), "content OK: ") || !strings.Contains(stdout.String(), " 0 summary-only") {
		t.Errorf("check: got %v, %q; want no error, content OK and every named occupation written", err, stdout.String())
	}
}
