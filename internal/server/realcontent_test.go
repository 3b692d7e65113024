package server_test

// The real-content tier: pages of the real content/ tree against known
// official figures (BLS OEWS May 2025, Employment Projections 2024–34,
// IPEDS 2024), and the server's benchmarks. The real tree takes seconds
// to build, so realSite builds it once, only when one of these runs, and
// skips them in -short mode. When a release changes, these figures change
// with it.

import (
	"fmt"
	"net/http"
	"net/http/httptest"
	"slices"
	"strings"
	"testing"

	"github.com/PuerkitoBio/goquery"

	"github.com/careeratlas/careeratlas/internal/server"
)

// realRouteTest is a page of the real content and what it must show.
type realRouteTest struct {
	name       string
	path       string
	wantStatus int
	check      check
	body       func(t *testing.T, rec *httptest.ResponseRecorder)
}

func runRealRoutes(t *testing.T, tests []realRouteTest) {
	t.Helper()
	h := mustServer(t, realSite(t), server.Options{})
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			rec := do(h, http.MethodGet, tt.path)
			if rec.Code != tt.wantStatus {
				t.Fatalf("status %d, want %d; body starts %.300q", rec.Code, tt.wantStatus, rec.Body.String())
			}
			if tt.body != nil {
				tt.body(t, rec)
			}
			if tt.check != nil {
				tt.check(t, mustDoc(t, rec))
			}
		})
	}
}

func TestRealProfiles(t *testing.T) {
	runRealRoutes(t, []realRouteTest{
		{
			name: "medical records specialists", path: "/occupations/medical-records-specialists", wantStatus: 200,
			check: all(
				fact("Median pay, May 2025", "$51,140 a year", "$24.59 an hour"),
				fact("Typical entry-level education", "Postsecondary nondegree award", ""),
				fact("Jobs, 2024", "194,800", ""),
				fact("Projected jobs, 2034", "208,600", ""),
				fact("Openings each year, 2024–34", "14,200", ""),
				textHas(".facts__item", "+7.1% Much faster than average"),
				payRow("10th percentile", "$37,000", "$17.79"),
				payRow("25th percentile", "$43,490", "$20.91"),
				payRow("Median (50th)", "$51,140", "$24.59"),
				payRow("75th percentile", "$64,820", "$31.17"),
				payRow("90th percentile", "$81,150", "$39.01"),
				payRow("Mean (average)", "$56,790", "$27.30"),
				textHas("#pay .note", "covering 194,720 Medical Records Specialists in wage and salary jobs in May 2025"),
				textHas("details.state-pay summary", "Average pay by state (May 2023)"),
				tableRow("details.state-pay tbody tr", "Alabama", "$42,970", "$20.66"),
				textHas("#sources li", "BLS OEWS, May 2025"),
				textHas("#sources li", "BLS Employment Projections 2024–34"),
				jsonLD("29-2072", 51140),
				has(`#similar a[href="/occupations/health-information-technologists-and-medical-registrars"]`),
				textHas("#moving td", "Usually needs: associate's degree"),
				textHas("#interests .interest--top dt", "Conventional"),
				textHas(".alt-titles", "Medical Coder"),
			),
		},
		{
			name: "pay above the old top-code, published", path: "/occupations/chief-executives", wantStatus: 200,
			check: all(
				fact("Median pay, May 2025", "$213,990 a year", "$102.88 an hour"),
				payRow("90th percentile", "$507,730", "$244.10"),
			),
		},
		{
			name: "hourly only", path: "/occupations/actors", wantStatus: 200,
			check: all(
				fact("Median pay, May 2025", "$29.05 an hour", "published as an hourly wage only"),
				payRow("Median (50th)", "not available", "$29.05"),
			),
		},
		{
			name: "group", path: "/groups/healthcare-practitioners-and-technical", wantStatus: 200,
			check: all(
				link("/occupations/registered-nurses"),
				noLink("/occupations/cashiers"),
				textHas(".lede", "71 occupations"),
			),
		},
		{
			name: "a well-paid apprenticeship is on the list of little schooling", path: "/occupations/elevator-and-escalator-installers-and-repairers", wantStatus: 200,
			check: link("/lists/high-paying-jobs-with-little-schooling"),
		},
		{
			name: "home", path: "/", wantStatus: 200,
			check: all(textHas(".hero .lede", "all 832 occupations"), count("ul.group-grid a", 22)),
		},
		{
			name: "index", path: "/occupations", wantStatus: 200,
			check: all(textHas(".lede", "All 832 occupations"), count(".index-list a", 832)),
		},
		{
			name: "finder", path: "/occupations?group=29-0000&sort=pay", wantStatus: 200,
			check: all(textIs("#results-h", "71 occupations"), attrIs(".results tbody th a", "href", "/occupations/pediatric-surgeons")),
		},
	})
}

func TestRealLists(t *testing.T) {
	var tests []realRouteTest
	for _, slug := range []string{"high-paying-jobs-with-little-schooling", "fastest-growing-occupations", "most-job-openings",
		"good-pay-without-a-bachelors-degree", "jobs-for-people-who-like-helping-others"} {
		tests = append(tests, realRouteTest{name: slug, path: "/lists/" + slug, wantStatus: 200,
			check: func(t *testing.T, doc *goquery.Document) {
				if n := doc.Find("td.data-table__rank").Length(); n < 10 {
					t.Errorf("%d occupations, want at least 10", n)
				}
			}})
	}
	tests = append(tests, realRouteTest{name: "little schooling has no degrees", path: "/lists/high-paying-jobs-with-little-schooling", wantStatus: 200,
		check: func(t *testing.T, doc *goquery.Document) {
			for _, e := range texts(doc.Find(`td[data-label="Entry education"]`)) {
				if e == "Bachelor's degree" || e == "Master's degree" || e == "Doctoral or professional degree" {
					t.Errorf("the list of little schooling has %q", e)
				}
			}
		}})
	runRealRoutes(t, tests)
}

func TestRealSchools(t *testing.T) {
	const columbus = "/schools/202222/columbus-state-community-college"
	runRealRoutes(t, []realRouteTest{
		{
			name: "a state", path: "/schools?state=OH", wantStatus: 200,
			check: all(
				textIs("#results-h", "271 schools"),
				textIs(".results__meta span", "Showing 1–20 of 271"),
				count(".school-card", 20),
				textIs(`nav.pagination [aria-current="page"]`, "1"),
				link("/schools?page=14&state=OH"),
				attrIs(`nav.pagination a[rel="next"]`, "href", "/schools?page=2&state=OH"),
				hasNone(`nav.pagination a[rel="prev"]`),
			),
		},
		{
			name: "the last page", path: "/schools?state=OH&page=14", wantStatus: 200,
			check: all(
				textIs(".results__meta span", "Showing 261–271 of 271"),
				count(".school-card", 11),
				attrIs(`nav.pagination a[rel="prev"]`, "href", "/schools?page=13&state=OH"),
				hasNone(`nav.pagination a[rel="next"]`),
			),
		},
		{name: "past the last page", path: "/schools?state=OH&page=99999", wantStatus: 400,
			check: problem("There is no page 99999: this search has 14 pages.")},
		{name: "a state and a program", path: "/schools?state=OH&cip=51.0707", wantStatus: 200,
			check: all(textIs("#results-h", "18 schools"), link(columbus))},
		{
			name: "near a ZIP code", path: "/schools?zip=43215&miles=25&cip=51.0707", wantStatus: 200,
			check: all(
				textIs("#results-h", "3 schools"),
				attrIs(".school-card__name a", "href", columbus),
				textHas(".school-card__meta span", "0.9 miles"),
				textHas(".school-card__name", "Franklin University"),
				textHas(".school-card__name", "DeVry University-Ohio"),
				distancesAscending,
			),
		},
		{name: "by name", path: "/schools?name=Ohio+State+University-Main", wantStatus: 200,
			check: all(textIs("#results-h", "1 school"), textIs(".school-card__name", "Ohio State University-Main Campus"))},
		{
			name: "CSV of a state", path: "/schools.csv?state=OH", wantStatus: 200,
			body: func(t *testing.T, rec *httptest.ResponseRecorder) {
				if rows := mustCSV(t, rec); len(rows) != 272 {
					t.Errorf("%d rows, want a header and 271 schools", len(rows))
				}
			},
		},
		{
			name: "school", path: "/schools/204796/ohio-state-university-main-campus", wantStatus: 200,
			check: all(has(`a[href^="https://www.openstreetmap.org/?mlat=39.9998"]`), textHas(".school-area h3", "Health Professions and Related Programs")),
		},
		{name: "program in a state", path: "/programs/51.0707?state=OH", wantStatus: 200,
			check: all(textIs("#where-h", "Where to study it in Ohio"), textHas("#where-h ~ p", "18 schools"))},
	})
}

func TestRealTools(t *testing.T) {
	runRealRoutes(t, []realRouteTest{
		{name: "salary", path: "/salary?soc=29-2072&pay=45000&per=year", wantStatus: 200,
			check: textIs(".salary-standing", "You earn more than about 30% of Medical Records Specialists nationwide.")},
		{name: "salary below the 10th percentile", path: "/salary?soc=29-2072&pay=30000", wantStatus: 200,
			check: textHas(".salary-standing", "below the 10th percentile")},
		{
			name: "salary in a state", path: "/salary?soc=29-2072&state=OH&pay=45000", wantStatus: 200,
			check: all(
				textHas(".results p", "In Ohio, Medical Records Specialists earned $51,190 a year on average (May 2023)."),
				textHas(".results p", "Prices in Ohio are 8.2% below the national average (2023)."),
				textHas(".results p", "Your $45,000 there buys about what $49,010 buys in a place with average prices."),
			),
		},
		{name: "salary in Puerto Rico", path: "/salary?soc=29-2072&state=PR", wantStatus: 200,
			check: textHas(".results p", "Puerto Rico")},
		{
			name: "compare", path: "/compare?soc=29-2072&soc=29-9021", wantStatus: 200,
			check: compareRow("Median pay, a year", "$51,140", "$68,020"),
		},
		{
			name: "assessment", path: "/assessment?" + socialAnswers, wantStatus: 200,
			check: all(textIs(".lede strong", "Social and Investigative"), count(".result", 20), count("fieldset.assessment__item", 30)),
		},
	})
}

// socialAnswers likes helping and science and dislikes the rest, over the
// real assessment's 30 activities.
const socialAnswers = "s1=2&s2=2&s3=2&s4=2&s5=2&i1=2&i2=2&i3=1&i4=2&i5=0&r1=0&r2=0&r3=0&r4=0&r5=0&a1=1&a2=1&a3=0&a4=0&a5=0&e1=0&e2=0&e3=1&e4=1&e5=0&c1=1&c2=0&c3=1&c4=0&c5=0"

// TestRealSearchTechnology finds occupations by the software they use,
// after every match of a title or our prose.
func TestRealSearchTechnology(t *testing.T) {
	h := mustServer(t, realSite(t), server.Options{})
	doc := mustDoc(t, do(h, http.MethodGet, "/search?q=epic"))
	got := hrefs(doc.Find(".result__title a"))
	if !slices.Contains(got, "/occupations/medical-records-specialists") {
		t.Errorf("search for epic: %q, want Medical Records Specialists among them", got)
	}
	if slices.Contains(got, "/occupations/accountants-and-auditors") {
		t.Error("search for epic found accountants, who use Epicor: tools match whole words")
	}
}

// TestRealSearchRanking checks that searches over every occupation, its
// other titles and our prose put the right one first.
func TestRealSearchRanking(t *testing.T) {
	h := mustServer(t, realSite(t), server.Options{})
	tests := []struct {
		q       string
		first   string   // must be first
		near    []string // must be among the first len(near)+1
		correct string   // the correction shown, when the query is misspelt
	}{
		{q: "medical records", first: "medical-records-specialists"},
		{q: "coder", first: "medical-records-specialists"},
		{q: "medical billing", near: []string{"billing-and-posting-clerks", "medical-records-specialists"}},
		{q: "RN", first: "registered-nurses"},
		{q: "CPA", first: "accountants-and-auditors"},
		{q: "plumber", first: "plumbers-pipefitters-and-steamfitters"},
		{q: "software developer", first: "software-developers"},
		{q: "nurce", first: "registered-nurses", correct: "nurse"},
		{q: "acountant", first: "accountants-and-auditors", correct: "accountant"},
		{q: "electrision", first: "electricians", correct: "electrician"},
	}
	for _, tt := range tests {
		t.Run(tt.q, func(t *testing.T) {
			rec := do(h, http.MethodGet, "/search?q="+strings.ReplaceAll(tt.q, " ", "+"))
			if rec.Code != http.StatusOK {
				t.Fatalf("status %d", rec.Code)
			}
			doc := mustDoc(t, rec)
			got := hrefs(doc.Find(".result__title a"))
			if tt.first != "" && (len(got) == 0 || got[0] != "/occupations/"+tt.first) {
				t.Errorf("results %q, want %s first", got[:min(5, len(got))], tt.first)
			}
			top := strings.Join(got[:min(len(got), len(tt.near)+1)], " ")
			for _, w := range tt.near {
				if !strings.Contains(top, "/occupations/"+w) {
					t.Errorf("%s is not among the first results %q", w, got[:min(5, len(got))])
				}
			}
			if tt.correct != "" {
				if c := norm(doc.Find(".notice strong").Text()); c != "“"+tt.correct+"”" {
					t.Errorf("correction %q, want “%s”", c, tt.correct)
				}
			}
		})
	}
	t.Run("schools by name", func(t *testing.T) {
		doc := mustDoc(t, do(h, http.MethodGet, "/search?q=ohio+state"))
		textHas(`section[aria-labelledby="school-results-h"] a`, "Ohio State University-Main Campus")(t, doc)
	})
}

func TestRealAPI(t *testing.T) {
	h := mustServer(t, realSite(t), server.Options{})
	var occ apiOccupation
	mustJSON(t, do(h, http.MethodGet, "/api/v1/occupations/29-2072"), &occ)
	w, p := occ.Wages, occ.Projection
	if w == nil || p == nil {
		t.Fatalf("wages %v, projection %v", w, p)
	}
	got := fmt.Sprint(w.Release, " ", value(t, "employment", w.Employment), " ", value(t, "p10", w.Annual[0]), " ",
		value(t, "median", w.Annual[2]), " ", value(t, "p90", w.Annual[4]))
	if want := "May 2025 194720 37000 51140 81150"; got != want {
		t.Errorf("wages %s, want %s", got, want)
	}
	got = fmt.Sprint(value(t, "jobs_base", p.JobsBase), " ", value(t, "openings", p.Openings), " ", p.Growth, " ", p.Education)
	if want := "194800 14200 Much faster than average Postsecondary nondegree award"; got != want {
		t.Errorf("projection %s, want %s", got, want)
	}
	var ceo apiOccupation
	mustJSON(t, do(h, http.MethodGet, "/api/v1/occupations/11-1011"), &ceo)
	if top := ceo.Wages.Annual[4]; top.TopCoded || value(t, "p90", top) != 507730 {
		t.Errorf("90th percentile %+v, want 507730 as published", top)
	}
	var list struct {
		Count int `json:"count"`
	}
	mustJSON(t, do(h, http.MethodGet, "/api/v1/occupations?group=29-0000&sort=pay"), &list)
	if list.Count != 71 {
		t.Errorf("healthcare practitioners: %d, want 71", list.Count)
	}
	var schools struct {
		Total   int `json:"total"`
		Schools []struct {
			Name     string   `json:"name"`
			Distance *float64 `json:"distance_miles"`
		} `json:"schools"`
	}
	mustJSON(t, do(h, http.MethodGet, "/api/v1/schools?zip=43215&miles=25&cip=51.0707"), &schools)
	if schools.Total != 3 || schools.Schools[0].Name != "Columbus State Community College" || schools.Schools[0].Distance == nil || *schools.Schools[0].Distance != 0.9 {
		t.Errorf("schools near 43215: %+v, want 3 with Columbus State first at 0.9 miles", schools)
	}
}

// benchmarkPath measures GET path through the whole router over the real
// content, from the page cache after the first request.
func benchmarkPath(b *testing.B, path string) {
	benchmarkPathWith(b, server.Options{}, path)
}

func benchmarkPathWith(b *testing.B, opts server.Options, path string) {
	h := mustServer(b, realSite(b), opts)
	req := httptest.NewRequest(http.MethodGet, path, nil)
	b.ReportAllocs()
	for b.Loop() {
		rec := httptest.NewRecorder()
		h.ServeHTTP(rec, req)
		if rec.Code != http.StatusOK {
			b.Fatalf("%s: status %d", path, rec.Code)
		}
	}
}

// BenchmarkOccupationPage measures a warm profile through the whole router:
// after the first request the page comes from the cache.
func BenchmarkOccupationPage(b *testing.B) {
	benchmarkPath(b, "/occupations/medical-records-specialists")
}

// BenchmarkOccupationPageRender measures what a cache miss costs: the
// database queries, the view model and the templ render.
func BenchmarkOccupationPageRender(b *testing.B) {
	benchmarkPathWith(b, server.Options{NoPageCache: true}, "/occupations/medical-records-specialists")
}

// BenchmarkOccupationIndexRender measures rendering the A–Z index of all occupations.
func BenchmarkOccupationIndexRender(b *testing.B) {
	benchmarkPathWith(b, server.Options{NoPageCache: true}, "/occupations")
}

// BenchmarkSearch is a search over all occupations, their 55,000 other
// titles, our prose, and the school names.
func BenchmarkSearch(b *testing.B) { benchmarkPath(b, "/search?q=medical+records") }

// BenchmarkSearchTypo is a search that finds nothing until corrected.
func BenchmarkSearchTypo(b *testing.B) { benchmarkPath(b, "/search?q=electrision") }

// BenchmarkFinder filters and sorts every occupation.
func BenchmarkFinder(b *testing.B) {
	benchmarkPath(b, "/occupations?edu=Postsecondary+nondegree+award&edu=Associate%27s+degree&growth=much-faster&growth=faster&sort=pay")
}

// BenchmarkCompare builds a comparison of four occupations.
func BenchmarkCompare(b *testing.B) {
	benchmarkPath(b, "/compare?soc=29-2072&soc=29-9021&soc=31-9092&soc=43-6013")
}

// BenchmarkSchoolsStateArea is a search by state and area of study.
func BenchmarkSchoolsStateArea(b *testing.B) { benchmarkPath(b, "/schools?state=CA&area=51") }

// BenchmarkSchoolsZIPRadius is a search within 50 miles of a ZIP code.
func BenchmarkSchoolsZIPRadius(b *testing.B) {
	benchmarkPath(b, "/schools?zip=10001&miles=50&area=51")
}

// BenchmarkSchoolsStateAreaUncached and BenchmarkSchoolsZIPRadiusUncached
// measure a search the page cache has not seen: query, render and all.
func BenchmarkSchoolsStateAreaUncached(b *testing.B) {
	benchmarkPathWith(b, server.Options{NoPageCache: true}, "/schools?state=CA&area=51")
}

func BenchmarkSchoolsZIPRadiusUncached(b *testing.B) {
	benchmarkPathWith(b, server.Options{NoPageCache: true}, "/schools?zip=10001&miles=50&area=51")
}

// BenchmarkSearchUncached is the header search without the page cache.
func BenchmarkSearchUncached(b *testing.B) {
	benchmarkPathWith(b, server.Options{NoPageCache: true}, "/search?q=nurse")
}

// BenchmarkSchoolsName is a search by part of a school's name, nationwide.
func BenchmarkSchoolsName(b *testing.B) { benchmarkPath(b, "/schools?name=community") }
