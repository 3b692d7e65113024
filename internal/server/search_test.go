package server_test

import (
	"fmt"
	"net/http"
	"slices"
	"strconv"
	"strings"
	"testing"

	"github.com/PuerkitoBio/goquery"

	"github.com/careeratlas/careeratlas/internal/career/careertest"
	"github.com/careeratlas/careeratlas/internal/server"
)

// TestSearchPages checks the count of a search, its page parameter and
// the search that answers an occupation address that does not exist.
func TestSearchPages(t *testing.T) {
	h := mustServer(t, fixture, server.Options{})
	writtenPath := occupationPath(t, careertest.SOCWritten)
	// The count says how many match, and all of them fit on one page.
	counted := func(t *testing.T, doc *goquery.Document) {
		t.Helper()
		n := doc.Find(".result").Length()
		if want := strconv.Itoa(n) + " occupations match “nurse”"; n < 3 || norm(doc.Find(".results__count").Text()) != want {
			t.Errorf("count %q with %d results, want %q", norm(doc.Find(".results__count").Text()), n, want)
		}
	}
	tests := []struct {
		name       string
		path       string
		wantStatus int
		wantTitle  string
		wantH1     string
		check      check
	}{
		{name: "count", path: "/search?q=nurse", wantStatus: 200, wantH1: "Results for “nurse”",
			check: all(counted, hasNone("nav.pagination"), notErrorPage, noProblems)},
		{name: "first page asked for", path: "/search?q=nurse&page=1", wantStatus: 200, check: counted},
		{name: "no such page", path: "/search?q=nurse&page=2", wantStatus: 400, wantH1: "Results for “nurse”",
			check: all(problem("There is no page 2: this search has 1 page."), hasNone(".result"), attrIs("#q", "value", "nurse"),
				link("/search?q=nurse"), hasNone("#popular-h"), notErrorPage)},
		{name: "page is not a number", path: "/search?q=nurse&page=two", wantStatus: 400,
			check: all(problem(`"two" is not a page number.`), hasNone(".result"))},
		{name: "page zero", path: "/search?q=nurse&page=0", wantStatus: 400, check: problem(`"0" is not a page number.`)},
		{name: "page of nothing found", path: "/search?q=zqxjkvw&page=3", wantStatus: 400, check: problem("There is no page 3")},
		{
			name: "unknown occupation searches its words", path: "/occupations/medical-coder", wantStatus: 404,
			wantTitle: "Page not found · Career Atlas", wantH1: "Page not found",
			check: all(
				errorPage(404),
				textHas(".error-page .lede", "/occupations/medical-coder"),
				attrIs(".result__title a", "href", writtenPath),
				textHas(".result__also", "Medical Coder"),
				attrIs("#q", "value", "medical coder"),
				hasNone(`link[rel="canonical"]`),
			),
		},
		{name: "malformed occupation address searches its words", path: "/occupations/Medical_Coder!", wantStatus: 404,
			wantH1: "Page not found", check: all(errorPage(404), attrIs(".result__title a", "href", writtenPath))},
		{name: "unknown occupation with nothing like it", path: "/occupations/zqxjkvw", wantStatus: 404,
			check: all(errorPage(404), hasNone(".result"), has("#popular-h"))},
		{name: "unknown SOC code is not searched", path: "/occupations/99-9999", wantStatus: 404,
			check: all(errorPage(404), hasNone("#occ-results-h"))},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			rec := do(h, http.MethodGet, tt.path)
			if rec.Code != tt.wantStatus {
				t.Fatalf("GET %s: status %d, want %d", tt.path, rec.Code, tt.wantStatus)
			}
			if tt.wantStatus != http.StatusOK && rec.Header().Get("Cache-Control") == pageCacheControl {
				t.Errorf("a %d is cacheable: Cache-Control %q", rec.Code, rec.Header().Get("Cache-Control"))
			}
			doc := mustDoc(t, rec)
			if tt.wantTitle != "" {
				if got := doc.Find("head > title").Text(); got != tt.wantTitle {
					t.Errorf("<title> %q, want %q", got, tt.wantTitle)
				}
			}
			if tt.wantH1 != "" {
				if got := texts(doc.Find("h1")); len(got) != 1 || got[0] != tt.wantH1 {
					t.Errorf("<h1> %q, want one reading %q", got, tt.wantH1)
				}
			}
			pageInvariants(t, doc)
			if tt.check != nil {
				tt.check(t, doc)
			}
		})
	}
	t.Run("not found is not kept", func(t *testing.T) {
		for range 2 {
			rec := do(h, http.MethodGet, "/occupations/medical-coder")
			if rec.Code != http.StatusNotFound || rec.Header().Get("Cache-Control") != "no-store" {
				t.Errorf("status %d, Cache-Control %q; want 404, no-store", rec.Code, rec.Header().Get("Cache-Control"))
			}
		}
	})
}

// pageCacheControl is what a page that may be kept says.
const pageCacheControl = "public, max-age=300, s-maxage=1"

// TestRealSearchPages checks the count and pages of a search over the
// real content: the pages, read in turn, hold every match once.
func TestRealSearchPages(t *testing.T) {
	h := mustServer(t, realSite(t), server.Options{})
	first := mustDoc(t, do(h, http.MethodGet, "/search?q=nurse"))
	count := norm(first.Find(".results__count").Text())
	var total int
	if _, err := fmt.Sscanf(strings.ReplaceAll(count, ",", ""), "%d occupations match", &total); err != nil || total <= 40 {
		t.Fatalf("count %q, want more than two pages", count)
	}
	pages := (total + 19) / 20
	if got := texts(first.Find("nav.pagination li")); got[len(got)-2] != strconv.Itoa(pages) || got[len(got)-1] != "Next" {
		t.Errorf("page links %q, want the last, %d, then Next", got, pages)
	}
	var seen []string
	for n := 1; n <= pages; n++ {
		rec := do(h, http.MethodGet, fmt.Sprintf("/search?q=nurse&page=%d", n))
		if rec.Code != http.StatusOK {
			t.Fatalf("page %d: status %d", n, rec.Code)
		}
		doc := mustDoc(t, rec)
		got := hrefs(doc.Find(".result__title a"))
		if want := min(20, total-(n-1)*20); len(got) != want {
			t.Errorf("page %d has %d results, want %d", n, len(got), want)
		}
		if want := fmt.Sprintf("Showing %d–%d", (n-1)*20+1, (n-1)*20+len(got)); !strings.Contains(norm(doc.Find(".results__meta").Text()), want) {
			t.Errorf("page %d says %q, want %q", n, norm(doc.Find(".results__meta").Text()), want)
		}
		if n > 1 && doc.Find("#school-results-h").Length() != 0 {
			t.Errorf("page %d lists schools again", n)
		}
		seen = append(seen, got...)
	}
	slices.Sort(seen)
	if len(seen) != total || len(slices.Compact(seen)) != total {
		t.Errorf("the pages hold %d results, %d different; want each of %d once", len(seen), len(slices.Compact(seen)), total)
	}
	if rec := do(h, http.MethodGet, fmt.Sprintf("/search?q=nurse&page=%d", pages+1)); rec.Code != http.StatusBadRequest {
		t.Errorf("page %d of %d: status %d, want 400", pages+1, pages, rec.Code)
	}

	t.Run("unknown occupation", func(t *testing.T) {
		rec := do(h, http.MethodGet, "/occupations/medical-coder")
		if rec.Code != http.StatusNotFound {
			t.Fatalf("status %d, want 404", rec.Code)
		}
		doc := mustDoc(t, rec)
		errorPage(404)(t, doc)
		if got := hrefs(doc.Find(".result__title a")); len(got) == 0 || got[0] != "/occupations/medical-records-specialists" {
			t.Errorf("results %q, want medical records specialists first", got[:min(5, len(got))])
		}
	})
}
