package page_test

import (
	"context"
	"slices"
	"strconv"
	"strings"
	"testing"

	"github.com/careeratlas/careeratlas/internal/career"
	"github.com/careeratlas/careeratlas/internal/career/careertest"
	"github.com/careeratlas/careeratlas/internal/search"
	"github.com/careeratlas/careeratlas/internal/view/page"
)

func TestNewSearchPage(t *testing.T) {
	t.Run("no query", func(t *testing.T) {
		p := page.NewSearchPage(page.SearchInput{Common: common(), Groups: fx.Groups})
		checkMeta(t, p.Meta, "Search", "/search", false, home, crumb("Search", ""))
		if p.Meta.Query != "" || p.Searched {
			t.Errorf("query %q, searched %v; want neither", p.Meta.Query, p.Searched)
		}
		// With nothing found, popular searches and the groups are offered.
		if len(p.Popular) != 8 || len(p.Groups) != careertest.Groups {
			t.Errorf("%d popular searches, %d groups; want 8 and %d", len(p.Popular), len(p.Groups), careertest.Groups)
		}
		if i := slices.IndexFunc(p.Popular, func(l page.Link) bool { return l.Label == "medical coder" }); i < 0 || p.Popular[i].URL != "/search?q=medical+coder" {
			t.Errorf("Popular = %+v, want medical coder escaped", p.Popular)
		}
	})

	t.Run("results", func(t *testing.T) {
		ctx := context.Background()
		res, err := fx.DB.SearchOccupationsPage(ctx, search.Query{Terms: []string{"nurse"}, Limit: 20})
		if err != nil {
			t.Fatal(err)
		}
		schools, err := fx.DB.SearchSchoolNames(ctx, []string{"columbus"}, 5)
		if err != nil {
			t.Fatal(err)
		}
		if len(res.Hits) < 2 || len(schools) == 0 {
			t.Fatalf("the fixture found %d occupations and %d schools, want some", len(res.Hits), len(schools))
		}
		in := page.SearchInput{Common: common(), Query: "nurse", Searched: true, Results: res, Page: 1, Schools: schools,
			SchoolsURL: "/schools?name=nurse", Groups: fx.Groups}
		p := page.NewSearchPage(in)
		checkMeta(t, p.Meta, "Search: nurse", "/search", true, home, crumb("Search", ""))
		if p.Meta.Query != "nurse" || p.Query != "nurse" || !p.Searched || p.SchoolsURL != in.SchoolsURL {
			t.Errorf("query %q/%q, searched %v, schools URL %q", p.Meta.Query, p.Query, p.Searched, p.SchoolsURL)
		}
		if len(p.Results) != len(res.Hits) || p.Results[0].SOC != res.Hits[0].Occupation.SOC {
			t.Errorf("%d occupation rows, want %d in order", len(p.Results), len(res.Hits))
		}
		if want := strconv.Itoa(res.Total) + " occupations match “nurse”"; p.Summary != want {
			t.Errorf("Summary = %q, want %q", p.Summary, want)
		}
		if p.Range != "" || len(p.Pages.Pages) != 0 || p.Start != 1 {
			t.Errorf("one page has range %q, pages %+v, start %d", p.Range, p.Pages, p.Start)
		}
		if got := sourceWhats(p.Sources); !slices.Equal(got, []string{"Pay and employment", "Outlook and entry requirements"}) {
			t.Errorf("sources %q, want pay and outlook with their releases", got)
		}
		if p.Popular != nil || p.Groups != nil {
			t.Errorf("popular %v, groups %v offered beside results", p.Popular, p.Groups)
		}
		i := slices.IndexFunc(p.Schools, func(s page.SchoolLink) bool { return s.Name == "Columbus State Community College" })
		if i < 0 {
			t.Fatalf("schools %+v lack Columbus State", p.Schools)
		}
		if want := (page.SchoolLink{Name: "Columbus State Community College", URL: "/schools/202222/columbus-state-community-college",
			Place: "Columbus, OH", Control: "Public"}); p.Schools[i] != want {
			t.Errorf("school link %+v, want %+v", p.Schools[i], want)
		}
	})

	t.Run("nothing found, corrected", func(t *testing.T) {
		sc := career.School{Institution: career.Institution{UnitID: "1", Name: "Nursing School", City: "Erie", State: "PA", Control: career.PrivateForProfit}, Slug: "nursing-school"}
		p := page.NewSearchPage(page.SearchInput{Common: common(), Query: "nurze", Searched: true, Corrected: "nurse",
			Results: &search.Results{}, Schools: []career.School{sc}, Groups: fx.Groups})
		if p.Corrected != "nurse" || !p.Meta.NoIndex || p.Meta.Title != "Search: nurze" {
			t.Errorf("corrected %q, noindex %v, title %q", p.Corrected, p.Meta.NoIndex, p.Meta.Title)
		}
		if len(p.Popular) == 0 || len(p.Groups) != careertest.Groups {
			t.Errorf("%d popular, %d groups; want both offered when no occupation is found", len(p.Popular), len(p.Groups))
		}
		if want := []page.SchoolLink{{Name: "Nursing School", URL: "/schools/1/nursing-school", Place: "Erie, PA", Control: "Private for-profit"}}; !slices.Equal(p.Schools, want) {
			t.Errorf("Schools = %+v, want %+v", p.Schools, want)
		}
		if p.Sources != nil {
			t.Errorf("sources %v credited for no figures", p.Sources)
		}
		// The count is of the corrected words.
		p = page.NewSearchPage(page.SearchInput{Common: common(), Query: "nurze", Searched: true, Corrected: "nurse",
			Results: hits(t, 2, careertest.SOCNurse, "29-2061"), Page: 1})
		if want := "2 occupations match “nurse”"; p.Summary != want {
			t.Errorf("Summary = %q, want %q", p.Summary, want)
		}
	})

	t.Run("no such page", func(t *testing.T) {
		p := page.NewSearchPage(page.SearchInput{Common: common(), Query: "nurse", Searched: true, Page: 9,
			Problems: []string{"There is no page 9: this search has 1 page."}, Groups: fx.Groups})
		if p.FirstPage != "/search?q=nurse" || p.Popular != nil || p.Groups != nil || p.Results != nil {
			t.Errorf("first page %q, popular %v, groups %v, results %v; want only a link to the first page", p.FirstPage, p.Popular, p.Groups, p.Results)
		}
		doc := render(t, page.Search(p))
		if doc.Find(`.form-problems li`).Length() != 1 || doc.Find(`a[href="/search?q=nurse"]`).Length() != 1 {
			t.Error("want the problem and a link to the first page")
		}
	})

	t.Run("page not found", func(t *testing.T) {
		p := page.NewSearchPage(page.SearchInput{Common: common(), Query: "medical coder", Searched: true, Missing: "/occupations/medical-coder",
			Results: hits(t, 1, careertest.SOCWritten), Page: 1})
		if p.Meta.Title != "Page not found" || !p.Meta.NoIndex || p.Meta.Path != "" || len(p.Meta.Breadcrumbs) != 0 {
			t.Errorf("meta %+v, want the title Page not found, no index, no path and no breadcrumbs", p.Meta)
		}
		doc := render(t, page.Search(p))
		if got := doc.Find(`section.error-page[data-status="404"] h1`).Text(); got != "Page not found" {
			t.Errorf("error marker's h1 %q, want Page not found", got)
		}
		if got := text(doc.Find(".error-page .lede")); !strings.Contains(got, "/occupations/medical-coder") {
			t.Errorf("lede %q does not name the address", got)
		}
		if doc.Find("h1").Length() != 1 || doc.Find(`.result__title a[href="/occupations/medical-records-specialists"]`).Length() != 1 {
			t.Error("want one h1 and the result for medical records specialists")
		}
	})
}

// TestSearchPagination checks the count, range and page links of a
// search with many results: the URL (?q=…&page=N) is the state.
func TestSearchPagination(t *testing.T) {
	tests := []struct {
		name             string
		total, page      int
		wantSummary      string
		wantRange        string
		wantStart        int
		wantPrev         string
		wantNext         string
		wantLabels       string // page links, "_" a gap and "[n]" the current one
		wantResultsShown int
	}{
		{name: "one page", total: 20, page: 1, wantSummary: "20 occupations match “nurse”", wantStart: 1, wantResultsShown: 20},
		{name: "one result", total: 1, page: 1, wantSummary: "1 occupation matches “nurse”", wantStart: 1, wantResultsShown: 1},
		{name: "first of many", total: 105, page: 1, wantSummary: "105 occupations match “nurse”", wantRange: "Showing 1–20",
			wantStart: 1, wantNext: "/search?page=2&q=nurse", wantLabels: "[1] 2 3 _ 6", wantResultsShown: 20},
		{name: "middle", total: 105, page: 3, wantSummary: "105 occupations match “nurse”", wantRange: "Showing 41–60",
			wantStart: 41, wantPrev: "/search?page=2&q=nurse", wantNext: "/search?page=4&q=nurse", wantLabels: "1 2 [3] 4 5 6", wantResultsShown: 20},
		{name: "last", total: 105, page: 6, wantSummary: "105 occupations match “nurse”", wantRange: "Showing 101–105",
			wantStart: 101, wantPrev: "/search?page=5&q=nurse", wantLabels: "1 _ 4 5 [6]", wantResultsShown: 5},
		{name: "thousands", total: 1250, page: 1, wantSummary: "1,250 occupations match “nurse”", wantRange: "Showing 1–20",
			wantStart: 1, wantNext: "/search?page=2&q=nurse", wantLabels: "[1] 2 3 _ 63", wantResultsShown: 20},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			shown := min(page.SearchPerPage, tt.total-(tt.page-1)*page.SearchPerPage)
			res := hits(t, tt.total, slices.Repeat([]string{careertest.SOCNurse}, shown)...)
			p := page.NewSearchPage(page.SearchInput{Common: common(), Query: "nurse", Searched: true, Results: res, Page: tt.page})
			wantTitle := "Search: nurse"
			if tt.page > 1 {
				wantTitle += ", page " + strconv.Itoa(tt.page)
			}
			if p.Meta.Title != wantTitle {
				t.Errorf("title %q, want %q", p.Meta.Title, wantTitle)
			}
			if p.Summary != tt.wantSummary || p.Range != tt.wantRange || p.Start != tt.wantStart {
				t.Errorf("summary %q, range %q, start %d; want %q, %q, %d", p.Summary, p.Range, p.Start, tt.wantSummary, tt.wantRange, tt.wantStart)
			}
			if p.Pages.Prev != tt.wantPrev || p.Pages.Next != tt.wantNext {
				t.Errorf("prev %q, next %q; want %q, %q", p.Pages.Prev, p.Pages.Next, tt.wantPrev, tt.wantNext)
			}
			var labels []string
			for _, l := range p.Pages.Pages {
				switch {
				case l.Gap:
					labels = append(labels, "_")
				case l.Current:
					labels = append(labels, "["+l.Label+"]")
				default:
					labels = append(labels, l.Label)
				}
			}
			if got := strings.Join(labels, " "); got != tt.wantLabels {
				t.Errorf("page links %q, want %q", got, tt.wantLabels)
			}
			doc := render(t, page.Search(p))
			if got := doc.Find(".result").Length(); got != tt.wantResultsShown {
				t.Errorf("%d results shown, want %d", got, tt.wantResultsShown)
			}
			if got := doc.Find("ol.result-list").AttrOr("start", ""); got != strconv.Itoa(tt.wantStart) {
				t.Errorf("list starts at %q, want %d", got, tt.wantStart)
			}
			if got := text(doc.Find(".results__count")); got != tt.wantSummary {
				t.Errorf("count shown %q, want %q", got, tt.wantSummary)
			}
			if tt.wantNext != "" && doc.Find(`nav.pagination a[rel="next"][href="`+tt.wantNext+`"]`).Length() != 1 {
				t.Errorf("no link to the next page %s", tt.wantNext)
			}
			if tt.wantLabels == "" && doc.Find("nav.pagination").Length() != 0 {
				t.Error("one page of results has page links")
			}
		})
	}
}

// TestSearchResultCompact checks that each result is a title, one line of
// text (the other title that matched, then our summary) and one of
// figures, and that schools found by name come before the occupations.
func TestSearchResultCompact(t *testing.T) {
	res := hits(t, 1, careertest.SOCWritten)
	res.Hits[0].AlsoCalled = "Medical Coder"
	sc := career.School{Institution: career.Institution{UnitID: "1", Name: "Coder School", City: "Erie", State: "PA", Control: career.PrivateForProfit}, Slug: "coder-school"}
	p := page.NewSearchPage(page.SearchInput{Common: common(), Query: "coder", Searched: true, Results: res, Page: 1,
		Schools: []career.School{sc}, SchoolsURL: "/schools?name=coder"})
	doc := render(t, page.Search(p))
	r := doc.Find(".result")
	if got := r.Children().Length(); got != 3 {
		t.Errorf("a result has %d parts, want title, text and figures", got)
	}
	if got := text(r.Find(".result__text .result__also")); got != "Also called Medical Coder." {
		t.Errorf("also called %q, want Also called Medical Coder.", got)
	}
	if got := text(r.Find(".result__text")); !strings.HasSuffix(got, fx.Occupation(careertest.SOCWritten).Summary) {
		t.Errorf("result text %q does not end with the summary", got)
	}
	schools, occs := doc.Find("#school-results-h"), doc.Find("#occ-results-h")
	if schools.Length() != 1 || occs.Length() != 1 {
		t.Fatalf("%d school and %d occupation headings, want one each", schools.Length(), occs.Length())
	}
	html, _ := doc.Html()
	if strings.Index(html, `id="school-results-h"`) > strings.Index(html, `id="occ-results-h"`) {
		t.Error("schools found by name come after the occupations")
	}
	if doc.Find(`.search-schools a[href="/schools?name=coder"]`).Length() != 1 {
		t.Error("no link to every school with the words in its name")
	}
}

// hits is a page of search results of the fixture's occupations, out of
// total.
func hits(t *testing.T, total int, socs ...string) *search.Results {
	t.Helper()
	res := &search.Results{Total: total}
	for _, soc := range socs {
		res.Hits = append(res.Hits, search.Hit{Occupation: occupation(t, soc)})
	}
	return res
}
