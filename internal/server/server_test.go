package server_test

import (
	"context"
	"encoding/csv"
	"fmt"
	"io"
	"io/fs"
	"log/slog"
	"net/http"
	"net/http/httptest"
	"os"
	"path/filepath"
	"strings"
	"sync"
	"testing"

	"github.com/PuerkitoBio/goquery"

	"github.com/careeratlas/careeratlas/internal/career/careertest"
	"github.com/careeratlas/careeratlas/internal/content"
	"github.com/careeratlas/careeratlas/internal/server"
	"github.com/careeratlas/careeratlas/internal/site"
	"github.com/careeratlas/careeratlas/internal/store"
)

// baseURL is the origin the test servers think they are.
const baseURL = "https://careeratlas.test"

var (
	// tmpDir holds the databases of this test binary.
	tmpDir string
	// fixture is the careertest content, built into a database once for
	// every test of the package.
	fixture *site.Site
	// dbs are closed when the tests end.
	dbs []*store.DB
)

// TestMain builds the fixture database once; the real content is built
// only when a test that needs it runs (see realSite).
func TestMain(m *testing.M) {
	code, err := runTests(m)
	if err != nil {
		fmt.Fprintln(os.Stderr, "server tests:", err)
		code = 1
	}
	os.Exit(code)
}

func runTests(m *testing.M) (int, error) {
	dir, err := os.MkdirTemp("", "careeratlas-server-test-")
	if err != nil {
		return 0, err
	}
	tmpDir = dir
	defer os.RemoveAll(dir)
	defer func() {
		for _, db := range dbs {
			db.Close()
		}
	}()
	fixture, err = buildSite(careertest.Content(), "fixture.db")
	if err != nil {
		return 0, err
	}
	return m.Run(), nil
}

// buildSite loads a content tree, builds it into a database in tmpDir and
// loads the site from it, as publish does before it serves a database.
func buildSite(fsys fs.FS, name string) (*site.Site, error) {
	ctx := context.Background()
	cat, err := content.Load(fsys)
	if err != nil {
		return nil, fmt.Errorf("load %s: %w", name, err)
	}
	path := filepath.Join(tmpDir, name)
	if err := store.Build(ctx, path, cat); err != nil {
		return nil, fmt.Errorf("build %s: %w", name, err)
	}
	db, err := store.Open(ctx, path)
	if err != nil {
		return nil, fmt.Errorf("open %s: %w", name, err)
	}
	dbs = append(dbs, db)
	st, err := site.Load(ctx, db)
	if err != nil {
		return nil, fmt.Errorf("load site %s: %w", name, err)
	}
	return st, nil
}

var (
	realOnce sync.Once
	realST   *site.Site
	realErr  error
)

// realSite returns the site of the real content/ tree, building it the
// first time. It skips the test in -short mode: the real tree takes
// seconds to build.
func realSite(tb testing.TB) *site.Site {
	tb.Helper()
	if testing.Short() {
		tb.Skip("real content: skipped in -short")
	}
	realOnce.Do(func() { realST, realErr = buildSite(os.DirFS("../../content"), "real.db") })
	if realErr != nil {
		tb.Fatalf("real content: %v", realErr)
	}
	return realST
}

func quietLogger() *slog.Logger { return slog.New(slog.NewTextHandler(io.Discard, nil)) }

// mustServer builds the handler over a site that never changes; st may
// be nil, for a server that has no site yet.
func mustServer(tb testing.TB, st *site.Site, opts server.Options) http.Handler {
	tb.Helper()
	if opts.BaseURL == "" {
		opts.BaseURL = baseURL
	}
	h, err := server.New(quietLogger(), func() *site.Site { return st }, opts)
	if err != nil {
		tb.Fatalf("server.New: %v", err)
	}
	return h
}

// do sends one request through the whole router. header is pairs of
// names and values.
func do(h http.Handler, method, path string, header ...string) *httptest.ResponseRecorder {
	req := httptest.NewRequest(method, path, nil)
	for i := 0; i+1 < len(header); i += 2 {
		req.Header.Set(header[i], header[i+1])
	}
	rec := httptest.NewRecorder()
	h.ServeHTTP(rec, req)
	return rec
}

// mustDoc parses an HTML response.
func mustDoc(t *testing.T, rec *httptest.ResponseRecorder) *goquery.Document {
	t.Helper()
	if ct := rec.Header().Get("Content-Type"); ct != "text/html; charset=utf-8" {
		t.Fatalf("Content-Type %q, want text/html; charset=utf-8", ct)
	}
	doc, err := goquery.NewDocumentFromReader(strings.NewReader(rec.Body.String()))
	if err != nil {
		t.Fatalf("parse HTML: %v", err)
	}
	return doc
}

// norm is an element's text with its white space collapsed.
func norm(s string) string { return strings.Join(strings.Fields(s), " ") }

// texts are the normalized texts of every element sel matches.
func texts(sel *goquery.Selection) []string {
	var out []string
	sel.Each(func(_ int, s *goquery.Selection) { out = append(out, norm(s.Text())) })
	return out
}

// hrefs are the href attributes of every element sel matches.
func hrefs(sel *goquery.Selection) []string {
	var out []string
	sel.Each(func(_ int, s *goquery.Selection) { out = append(out, s.AttrOr("href", "")) })
	return out
}

// A check looks at one rendered page.
type check func(t *testing.T, doc *goquery.Document)

// all runs several checks.
func all(cs ...check) check {
	return func(t *testing.T, doc *goquery.Document) {
		t.Helper()
		for _, c := range cs {
			c(t, doc)
		}
	}
}

// has wants at least one element matching sel.
func has(sel string) check {
	return func(t *testing.T, doc *goquery.Document) {
		t.Helper()
		if doc.Find(sel).Length() == 0 {
			t.Errorf("no element matches %s", sel)
		}
	}
}

// hasNone wants no element matching sel.
func hasNone(sel string) check {
	return func(t *testing.T, doc *goquery.Document) {
		t.Helper()
		if n := doc.Find(sel).Length(); n != 0 {
			t.Errorf("%d elements match %s, want none: %q", n, sel, texts(doc.Find(sel)))
		}
	}
}

// count wants exactly n elements matching sel.
func count(sel string, n int) check {
	return func(t *testing.T, doc *goquery.Document) {
		t.Helper()
		if got := doc.Find(sel).Length(); got != n {
			t.Errorf("%d elements match %s, want %d", got, sel, n)
		}
	}
}

// link wants a link to href.
func link(href string) check { return has(fmt.Sprintf("a[href=%q]", href)) }

// noLink wants no link to href.
func noLink(href string) check { return hasNone(fmt.Sprintf("a[href=%q]", href)) }

// textIs wants the first element matching sel to read want.
func textIs(sel, want string) check {
	return func(t *testing.T, doc *goquery.Document) {
		t.Helper()
		s := doc.Find(sel)
		if s.Length() == 0 {
			t.Errorf("no element matches %s", sel)
			return
		}
		if got := norm(s.First().Text()); got != want {
			t.Errorf("%s reads %q, want %q", sel, got, want)
		}
	}
}

// textHas wants some element matching sel to contain want.
func textHas(sel, want string) check {
	return func(t *testing.T, doc *goquery.Document) {
		t.Helper()
		got := texts(doc.Find(sel))
		for _, s := range got {
			if strings.Contains(s, want) {
				return
			}
		}
		t.Errorf("no %s contains %q; got %q", sel, want, got)
	}
}

// attrIs wants the first element matching sel to have attr = want.
func attrIs(sel, attr, want string) check {
	return func(t *testing.T, doc *goquery.Document) {
		t.Helper()
		s := doc.Find(sel)
		if s.Length() == 0 {
			t.Errorf("no element matches %s", sel)
			return
		}
		if got, ok := s.First().Attr(attr); !ok || got != want {
			t.Errorf("%s [%s] = %q (present %v), want %q", sel, attr, got, ok, want)
		}
	}
}

// linksAre wants the links matching sel to be exactly want, in order.
func linksAre(sel string, want []string) check {
	return func(t *testing.T, doc *goquery.Document) {
		t.Helper()
		if got := hrefs(doc.Find(sel)); strings.Join(got, " ") != strings.Join(want, " ") {
			t.Errorf("links %s:\ngot  %q\nwant %q", sel, got, want)
		}
	}
}

// problem wants a form's problem list to hold a problem containing want.
func problem(want string) check { return textHas(".form-problems li", want) }

// noProblems wants no problem list.
var noProblems = hasNone(".form-problems")

// errorPage wants the designed error page for status, kept out of search
// engines.
func errorPage(status int) check {
	return all(
		count(fmt.Sprintf(`section.error-page[data-status="%d"]`, status), 1),
		has(`meta[name="robots"][content="noindex"]`),
		link("/"),
	)
}

// notErrorPage wants a page of its own, such as a form with its problems.
var notErrorPage = hasNone("section.error-page")

// occupationPath is the profile path of a fixture occupation.
func occupationPath(tb testing.TB, soc string) string {
	tb.Helper()
	o := fixture.Occupation(soc)
	if o == nil {
		tb.Fatalf("fixture has no occupation %s", soc)
	}
	return "/occupations/" + o.Slug
}

// rawSchool is a row of the fixture's institutions.csv, read without the
// project's code, so tests can say what a search should find.
type rawSchool struct {
	UnitID, Name, City, State string
}

// fixtureSchools reads the fixture's institutions.
func fixtureSchools(tb testing.TB) []rawSchool {
	tb.Helper()
	var out []rawSchool
	for _, r := range readFixtureCSV(tb, "data/institutions.csv") {
		out = append(out, rawSchool{UnitID: r["unitid"], Name: r["name"], City: r["city"], State: r["state"]})
	}
	return out
}

// offering returns the unitids that award a program in the fixture's
// completions.csv.
func offering(tb testing.TB, cip string) map[string]bool {
	tb.Helper()
	out := map[string]bool{}
	for _, r := range readFixtureCSV(tb, "data/completions.csv") {
		if r["cip"] == cip {
			out[r["unitid"]] = true
		}
	}
	return out
}

// readFixtureCSV reads a CSV file of the fixture as rows keyed by column.
func readFixtureCSV(tb testing.TB, name string) []map[string]string {
	tb.Helper()
	f, err := careertest.Content().Open(name)
	if err != nil {
		tb.Fatal(err)
	}
	defer f.Close()
	rows, err := csv.NewReader(f).ReadAll()
	if err != nil {
		tb.Fatalf("%s: %v", name, err)
	}
	var out []map[string]string
	for _, r := range rows[1:] {
		m := map[string]string{}
		for i, k := range rows[0] {
			m[k] = r[i]
		}
		out = append(out, m)
	}
	return out
}
