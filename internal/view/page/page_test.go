package page_test

import (
	"context"
	"fmt"
	"os"
	"path/filepath"
	"reflect"
	"strings"
	"testing"

	"github.com/PuerkitoBio/goquery"
	"github.com/a-h/templ"

	"github.com/careeratlas/careeratlas/internal/career"
	"github.com/careeratlas/careeratlas/internal/career/careertest"
	"github.com/careeratlas/careeratlas/internal/content"
	"github.com/careeratlas/careeratlas/internal/site"
	"github.com/careeratlas/careeratlas/internal/store"
	"github.com/careeratlas/careeratlas/internal/view/layout"
	"github.com/careeratlas/careeratlas/internal/view/page"
)

// fx is the fixture site, built once for the whole test binary: the
// careertest tree in a database that stays open until every test is done.
var fx *site.Site

func TestMain(m *testing.M) {
	dir, err := os.MkdirTemp("", "page-test-")
	if err != nil {
		fmt.Fprintln(os.Stderr, err)
		os.Exit(1)
	}
	code, err := run(m, dir)
	os.RemoveAll(dir)
	if err != nil {
		fmt.Fprintln(os.Stderr, "page tests:", err)
		os.Exit(1)
	}
	os.Exit(code)
}

// run builds the fixture site in dir, as careertest.Site does for one
// test, and runs the tests.
func run(m *testing.M, dir string) (int, error) {
	ctx := context.Background()
	cat, err := content.Load(careertest.Content())
	if err != nil {
		return 0, fmt.Errorf("load fixture: %w", err)
	}
	path := filepath.Join(dir, "careeratlas.db")
	if err := store.Build(ctx, path, cat); err != nil {
		return 0, fmt.Errorf("build fixture: %w", err)
	}
	db, err := store.Open(ctx, path)
	if err != nil {
		return 0, fmt.Errorf("open fixture: %w", err)
	}
	defer db.Close()
	if fx, err = site.Load(ctx, db); err != nil {
		return 0, fmt.Errorf("load site: %w", err)
	}
	return m.Run(), nil
}

const (
	baseURL    = "https://careeratlas.test"
	stylesheet = "/static/css/site.0123abcd.css"
)

// common is what the server gives every page builder for the fixture.
func common() page.Common {
	return page.Common{BaseURL: baseURL, Stylesheet: stylesheet, Sources: fx.Sources, Total: fx.Total, Growth: fx.Growth}
}

// occupation returns a fixture occupation with its figures, as the
// snapshot holds it.
func occupation(t *testing.T, soc string) *career.Occupation {
	t.Helper()
	o := fx.Occupation(soc)
	if o == nil {
		t.Fatalf("fixture has no occupation %s", soc)
	}
	return o
}

// profile returns a fixture occupation with its prose, as a profile reads
// it.
func profile(t *testing.T, soc string) *career.Occupation {
	t.Helper()
	o, err := fx.DB.OccupationBySlug(context.Background(), occupation(t, soc).Slug)
	if err != nil {
		t.Fatal(err)
	}
	return o
}

// home and crumb build breadcrumb trails for comparisons.
var home = layout.Crumb{Label: "Home", Path: "/"}

func crumb(label, path string) layout.Crumb { return layout.Crumb{Label: label, Path: path} }

// checkMeta checks what every page tells the frame: its title, canonical
// path and breadcrumbs, the common parts and whether search engines may
// index it.
func checkMeta(t *testing.T, m layout.Meta, title, path string, noIndex bool, crumbs ...layout.Crumb) {
	t.Helper()
	if m.Title != title {
		t.Errorf("Meta.Title = %q, want %q", m.Title, title)
	}
	if m.Path != path {
		t.Errorf("Meta.Path = %q, want %q", m.Path, path)
	}
	if m.Path != "" && m.Canonical() != baseURL+path {
		t.Errorf("Canonical() = %q, want %q", m.Canonical(), baseURL+path)
	}
	if m.NoIndex != noIndex {
		t.Errorf("Meta.NoIndex = %v, want %v", m.NoIndex, noIndex)
	}
	if m.Stylesheet != stylesheet || m.BaseURL != baseURL {
		t.Errorf("Meta stylesheet %q, base %q; want the common ones", m.Stylesheet, m.BaseURL)
	}
	if m.Description == "" {
		t.Error("Meta.Description is empty")
	}
	if len(crumbs) == 0 {
		crumbs = nil
	}
	if !reflect.DeepEqual(m.Breadcrumbs, crumbs) {
		t.Errorf("Breadcrumbs:\n got %+v\nwant %+v", m.Breadcrumbs, crumbs)
	}
}

// render renders a component and parses the result.
func render(t *testing.T, c templ.Component) *goquery.Document {
	t.Helper()
	var b strings.Builder
	if err := c.Render(context.Background(), &b); err != nil {
		t.Fatalf("render: %v", err)
	}
	doc, err := goquery.NewDocumentFromReader(strings.NewReader(b.String()))
	if err != nil {
		t.Fatalf("parse: %v", err)
	}
	return doc
}

// text is the whitespace-normalised text of a selection.
func text(s *goquery.Selection) string { return strings.Join(strings.Fields(s.Text()), " ") }

// sourceWhats lists what each source line credits.
func sourceWhats(lines []page.SourceLine) []string {
	var out []string
	for _, l := range lines {
		out = append(out, l.What)
	}
	return out
}

// source returns the line crediting what, failing when there is none.
func source(t *testing.T, lines []page.SourceLine, what string) page.SourceLine {
	t.Helper()
	for _, l := range lines {
		if l.What == what {
			return l
		}
	}
	t.Fatalf("no source line %q in %q", what, sourceWhats(lines))
	return page.SourceLine{}
}

// selected lists the values of the selected options.
func selected(opts []page.Option) []string {
	var out []string
	for _, o := range opts {
		if o.Selected {
			out = append(out, o.Value)
		}
	}
	return out
}

// values lists the values of options.
func values(opts []page.Option) []string {
	var out []string
	for _, o := range opts {
		out = append(out, o.Value)
	}
	return out
}

// row returns the occupation row with a title, failing when there is none.
func row(t *testing.T, rows []page.OccupationRow, title string) page.OccupationRow {
	t.Helper()
	for _, r := range rows {
		if r.Title == title {
			return r
		}
	}
	t.Fatalf("no row %q", title)
	return page.OccupationRow{}
}
