package server_test

// The real-content tier: pages of the real content/ tree against the
// figures of content/data (see realdata_test.go), and the server's
// benchmarks. The real tree takes seconds to build, so realSite builds it
// once, only when one of these runs, and skips them in -short mode.

import (
	"fmt"
	"math"
	"net/http"
	"net/http/httptest"
	"slices"
	"strings"
	"testing"

	"github.com/PuerkitoBio/goquery"

	"github.com/careeratlas/careeratlas/internal/career"
	"github.com/careeratlas/careeratlas/internal/server"
	"github.com/careeratlas/careeratlas/internal/view/format"
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
	oews, means := release(t, "oews_national"), release(t, "oews_state_means")
	ep := known(t).Growth.Release // "2024–34"
	src, _ := known(t).Source("projections")
	base, proj := fmt.Sprint(src.BaseYear), fmt.Sprint(src.ProjectedYear)
	mrs := knownOcc(t, "29-2072")
	w, p := mrs.Wages, mrs.Projection
	alabama := stateMean(t, "29-2072", "Alabama")
	ceo, actors := knownOcc(t, "11-1011").Wages, knownOcc(t, "27-2011").Wages
	runRealRoutes(t, []realRouteTest{
		{
			name: "medical records specialists", path: "/occupations/medical-records-specialists", wantStatus: 200,
			check: all(
				fact("Median pay, "+oews, yearly(w.Annual[2])+" a year", hourly(w.Hourly[2])+" an hour"),
				fact("Typical entry-level education", p.Education, ""),
				fact("Jobs, "+base, format.Thousands(p.EmpBase), ""),
				fact("Projected jobs, "+proj, format.Thousands(p.EmpProjected), ""),
				fact("Openings each year, "+ep, format.Thousands(p.Openings), ""),
				textHas(".facts__item", format.Percent(p.PctChange)+" "+p.Growth.Label),
				payRow("10th percentile", yearly(w.Annual[0]), hourly(w.Hourly[0])),
				payRow("25th percentile", yearly(w.Annual[1]), hourly(w.Hourly[1])),
				payRow("Median (50th)", yearly(w.Annual[2]), hourly(w.Hourly[2])),
				payRow("75th percentile", yearly(w.Annual[3]), hourly(w.Hourly[3])),
				payRow("90th percentile", yearly(w.Annual[4]), hourly(w.Hourly[4])),
				payRow("Mean (average)", yearly(w.AnnualMean), hourly(w.HourlyMean)),
				textHas("#pay .note", "covering "+format.Count(w.Employment)+" Medical Records Specialists in wage and salary jobs in "+oews),
				textHas("details.state-pay summary", "Average pay by state ("+means+")"),
				tableRow("details.state-pay tbody tr", "Alabama", yearly(alabama.AnnualMean),
					yearly(career.KnownAmount(math.Round(alabama.AnnualMean.Value*100/priceIndex(t, "01")/10)*10)), hourly(alabama.HourlyMean), format.Number(priceIndex(t, "01"), 1)),
				textHas(".state-map-figure figcaption", "Average pay a year by state, "+means),
				textHas("#sources li", "BLS OEWS, "+oews),
				textHas("#sources li", "BLS Employment Projections "+ep),
				jsonLD("29-2072", w.Annual[2].Value),
				has(`#similar a[href="/occupations/health-information-technologists-and-medical-registrars"]`),
				textHas("#moving td", "Usually needs: associate's degree"),
				textHas("#interests .interest--top dt", "Conventional"),
				textHas(".alt-titles", "Medical Coder"),
				textHas("#outlook .prose", "coding"),
				has(`#more-information a[href="https://www.ahima.org/"]`),
			),
		},
		{
			name: "pay at the top of the range", path: "/occupations/chief-executives", wantStatus: 200,
			check: all(
				fact("Median pay, "+oews, yearly(ceo.Annual[2])+" a year", hourly(ceo.Hourly[2])+" an hour"),
				payRow("90th percentile", yearly(ceo.Annual[4]), hourly(ceo.Hourly[4])),
			),
		},
		{
			name: "hourly only", path: "/occupations/actors", wantStatus: 200,
			check: all(
				fact("Median pay, "+oews, hourly(actors.Hourly[2])+" an hour", "published as an hourly wage only"),
				payRow("Median (50th)", "not available", hourly(actors.Hourly[2])),
			),
		},
		{
			name: "group", path: "/groups/healthcare-practitioners-and-technical", wantStatus: 200,
			check: all(
				link("/occupations/registered-nurses"),
				noLink("/occupations/cashiers"),
				textHas(".lede", fmt.Sprintf("%d occupations", inGroup(t, "29-0000"))),
			),
		},
		{
			name: "a well-paid apprenticeship is on the list of little schooling", path: "/occupations/elevator-and-escalator-installers-and-repairers", wantStatus: 200,
			check: link("/lists/high-paying-jobs-with-little-schooling"),
		},
		{
			name: "home", path: "/", wantStatus: 200,
			check: all(textHas(".hero .lede", fmt.Sprintf("all %d occupations", len(known(t).Occupations))), count("ul.group-grid a", len(known(t).Groups))),
		},
		{
			name: "index", path: "/occupations", wantStatus: 200,
			check: all(textHas(".lede", fmt.Sprintf("All %d occupations", len(known(t).Occupations))), count(".index-list a", len(known(t).Occupations))),
		},
		{
			name: "finder", path: "/occupations?group=29-0000&sort=pay", wantStatus: 200,
			check: all(textIs("#results-h", fmt.Sprintf("%d occupations", inGroup(t, "29-0000"))), attrIs(".results tbody th a", "href", "/occupations/"+bestPaid(t, "29-0000").Slug)),
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
	ohio := schoolsIn(t, "OH", "")
	pages := (ohio + 19) / 20
	nursingOhio := schoolsIn(t, "OH", "51.0707")
	runRealRoutes(t, []realRouteTest{
		{
			name: "a state", path: "/schools?state=OH", wantStatus: 200,
			check: all(
				textIs("#results-h", fmt.Sprintf("%d schools", ohio)),
				textIs(".results__meta span", fmt.Sprintf("Showing 1–20 of %d", ohio)),
				count(".school-card", 20),
				textIs(`nav.pagination [aria-current="page"]`, "1"),
				link(fmt.Sprintf("/schools?page=%d&state=OH", pages)),
				attrIs(`nav.pagination a[rel="next"]`, "href", "/schools?page=2&state=OH"),
				hasNone(`nav.pagination a[rel="prev"]`),
			),
		},
		{
			name: "the last page", path: fmt.Sprintf("/schools?state=OH&page=%d", pages), wantStatus: 200,
			check: all(
				textIs(".results__meta span", fmt.Sprintf("Showing %d–%d of %d", (pages-1)*20+1, ohio, ohio)),
				count(".school-card", ohio-(pages-1)*20),
				attrIs(`nav.pagination a[rel="prev"]`, "href", fmt.Sprintf("/schools?page=%d&state=OH", pages-1)),
				hasNone(`nav.pagination a[rel="next"]`),
			),
		},
		{name: "past the last page", path: "/schools?state=OH&page=99999", wantStatus: 400,
			check: problem(fmt.Sprintf("There is no page 99999: this search has %d pages.", pages))},
		{name: "a state and a program", path: "/schools?state=OH&cip=51.0707", wantStatus: 200,
			check: all(textIs("#results-h", fmt.Sprintf("%d schools", nursingOhio)), link(columbus))},
		{
			name: "near a ZIP code", path: "/schools?zip=43215&miles=25&cip=51.0707", wantStatus: 200,
			check: all(
				attrIs(".school-card__name a", "href", columbus), // downtown Columbus, in the ZIP itself
				textHas(".school-card__meta span", " miles"),
				distancesAscending,
			),
		},
		{
			// GeoNames lacks Puerto Rico: the ZIP is placed at its schools.
			name: "near a Puerto Rico ZIP code", path: "/schools?zip=00909&miles=25", wantStatus: 200,
			check: all(
				textIs("#zip-hint", "San Juan (from the schools there), PR"),
				has(".school-card"),
				textHas(".school-card__meta span", " miles"),
				distancesAscending,
			),
		},
		{name: "by name", path: "/schools?name=Ohio+State+University-Main", wantStatus: 200,
			check: all(textIs("#results-h", "1 school"), textIs(".school-card__name", "Ohio State University-Main Campus"))},
		{
			name: "CSV of a state", path: "/schools.csv?state=OH", wantStatus: 200,
			body: func(t *testing.T, rec *httptest.ResponseRecorder) {
				if rows := mustCSV(t, rec); len(rows) != ohio+1 {
					t.Errorf("%d rows, want a header and %d schools", len(rows), ohio)
				}
			},
		},
		{
			name: "school", path: "/schools/204796/ohio-state-university-main-campus", wantStatus: 200,
			check: all(has(`a[href^="https://www.openstreetmap.org/?mlat=39.99"]`), textHas(".school-area h3", "Health Professions and Related Programs")),
		},
		{name: "program in a state", path: "/programs/51.0707?state=OH", wantStatus: 200,
			check: all(textIs("#where-h", "Where to study it in Ohio"), textHas("#where-h ~ p", fmt.Sprintf("%d schools", nursingOhio)))},
	})
}

func TestRealTools(t *testing.T) {
	mrs := knownOcc(t, "29-2072").Wages
	runRealRoutes(t, []realRouteTest{
		{name: "salary", path: "/salary?soc=29-2072&pay=" + fmt.Sprint(mrs.Annual[1].Value) + "&per=year", wantStatus: 200,
			check: textIs(".salary-standing", "You earn more than about 25% of Medical Records Specialists nationwide.")},
		{name: "salary below the 10th percentile", path: "/salary?soc=29-2072&pay=" + fmt.Sprint(mrs.Annual[0].Value-1000), wantStatus: 200,
			check: textHas(".salary-standing", "below the 10th percentile")},
		{
			name: "salary in a state", path: "/salary?soc=29-2072&state=OH&pay=45000", wantStatus: 200,
			check: all(
				textHas(".results p", "In Ohio, Medical Records Specialists earned "+yearly(stateMean(t, "29-2072", "Ohio").AnnualMean)+" a year on average ("+release(t, "oews_state_means")+")."),
				textHas(".results p", fmt.Sprintf("Prices in Ohio are %.1f%% below the national average (%s).", 100-priceIndex(t, "39"), release(t, "price_parities"))),
				textHas(".results p", "Your $45,000 there buys about what $"),
			),
		},
		{name: "salary in Puerto Rico", path: "/salary?soc=29-2072&state=PR", wantStatus: 200,
			check: textHas(".results p", "Puerto Rico")},
		{
			name: "compare", path: "/compare?soc=29-2072&soc=29-9021", wantStatus: 200,
			check: compareRow("Median pay, a year", yearly(mrs.Annual[2]), yearly(knownOcc(t, "29-9021").Wages.Annual[2])),
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
		later   string   // an incidental match: after first and near, when on the first page
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
		// Titles that hold the word come first; "Nursery" only begins with it.
		{q: "nurse", first: "registered-nurses", near: []string{"licensed-practical-and-licensed-vocational-nurses", "nurse-practitioners",
			"nurse-anesthetists", "nurse-midwives", "nursing-assistants"}, later: "farmworkers-and-laborers-crop-nursery-and-greenhouse"},
		{q: "nurse aid", first: "nursing-assistants"},
		{q: "medical coder", first: "medical-records-specialists"},
		{q: "electr", first: "electricians"},
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
			if i := slices.Index(got, "/occupations/"+tt.later); tt.later != "" && i >= 0 && i <= len(tt.near) {
				t.Errorf("%s at %d, before what holds the words: %q", tt.later, i, got[:min(8, len(got))])
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
	kw, kp := knownOcc(t, "29-2072").Wages, knownOcc(t, "29-2072").Projection
	got := fmt.Sprint(w.Release, " ", value(t, "employment", w.Employment), " ", value(t, "p10", w.Annual[0]), " ",
		value(t, "median", w.Annual[2]), " ", value(t, "p90", w.Annual[4]))
	if want := fmt.Sprint(release(t, "oews_national"), " ", kw.Employment.Value, " ", kw.Annual[0].Value, " ", kw.Annual[2].Value, " ", kw.Annual[4].Value); got != want {
		t.Errorf("wages %s, want %s", got, want)
	}
	got = fmt.Sprint(value(t, "jobs_base", p.JobsBase), " ", value(t, "openings", p.Openings), " ", p.Growth, " ", p.Education)
	if want := fmt.Sprint(kp.EmpBase.Value*1000, " ", kp.Openings.Value*1000, " ", kp.Growth.Label, " ", kp.Education); got != want {
		t.Errorf("projection %s, want %s", got, want)
	}
	var ceo apiOccupation
	mustJSON(t, do(h, http.MethodGet, "/api/v1/occupations/11-1011"), &ceo)
	kceo := knownOcc(t, "11-1011").Wages.Annual[4]
	if top := ceo.Wages.Annual[4]; top.TopCoded != (kceo.State == career.TopCoded) || value(t, "p90", top) != kceo.Value {
		t.Errorf("90th percentile %+v, want %v as content/data has it", top, kceo)
	}
	var list struct {
		Count int `json:"count"`
	}
	mustJSON(t, do(h, http.MethodGet, "/api/v1/occupations?group=29-0000&sort=pay"), &list)
	if want := inGroup(t, "29-0000"); list.Count != want {
		t.Errorf("healthcare practitioners: %d, want %d", list.Count, want)
	}
	var schools struct {
		Total   int `json:"total"`
		Schools []struct {
			Name     string   `json:"name"`
			Distance *float64 `json:"distance_miles"`
		} `json:"schools"`
	}
	mustJSON(t, do(h, http.MethodGet, "/api/v1/schools?zip=43215&miles=25&cip=51.0707"), &schools)
	// DeVry University-Ohio lists 51.0707 with no awards, so is not among them.
	if schools.Total != 2 || schools.Schools[0].Name != "Columbus State Community College" || schools.Schools[0].Distance == nil || *schools.Schools[0].Distance != 0.9 {
		t.Errorf("schools near 43215: %+v, want 2 with Columbus State first at 0.9 miles", schools)
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

// TestRealNoResidualSuggestions: no profile suggests an "All Other"
// category as a similar job or a career move; 175 of them did.
func TestRealNoResidualSuggestions(t *testing.T) {
	st := realSite(t)
	h := mustServer(t, st, server.Options{})
	checked := 0
	for _, o := range st.All {
		rec := do(h, http.MethodGet, "/occupations/"+o.Slug)
		if rec.Code != http.StatusOK {
			t.Fatalf("%s: status %d", o.Slug, rec.Code)
		}
		doc := mustDoc(t, rec)
		for _, title := range texts(doc.Find("#similar a, #moving th a")) {
			if strings.Contains(strings.ToLower(title), "all other") {
				t.Errorf("%s suggests %q", o.Slug, title)
			}
		}
		checked++
	}
	if checked < 800 {
		t.Errorf("checked %d profiles", checked)
	}
}
