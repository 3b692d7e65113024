package server_test

import (
	"encoding/csv"
	"regexp"
	"strings"
	"testing"
)

var resultTitle = regexp.MustCompile(`class="result__title"><a href="/occupations/([^"]+)"`)

// firstResults returns the slugs of the first n occupation results.
func firstResults(body string, n int) []string {
	var out []string
	for _, m := range resultTitle.FindAllStringSubmatch(body, n) {
		out = append(out, m[1])
	}
	return out
}

func TestSearchRanking(t *testing.T) {
	h := newHandler(t, testDB)
	tests := []struct {
		q       string
		wantTop []string // each must be among the first len(wantTop)+1 results
		first   string   // when set, must be first
		fixed   string   // when set, the correction shown
	}{
		{q: "medical records", first: "medical-records-specialists"},
		{q: "coder", first: "medical-records-specialists"},
		{q: "medical billing", wantTop: []string{"billing-and-posting-clerks", "medical-records-specialists"}},
		{q: "RN", first: "registered-nurses"},
		{q: "CPA", first: "accountants-and-auditors"},
		{q: "plumber", first: "plumbers-pipefitters-and-steamfitters"},
		{q: "software developer", first: "software-developers"},
		{q: "nurce", first: "registered-nurses", fixed: "nurse"},
		{q: "acountant", first: "accountants-and-auditors", fixed: "accountant"},
		{q: "electrision", first: "electricians", fixed: "electrician"},
	}
	for _, tt := range tests {
		rec := get(h, "GET", "/search?q="+strings.ReplaceAll(tt.q, " ", "+"))
		body := rec.Body.String()
		if rec.Code != 200 {
			t.Errorf("%q: status %d", tt.q, rec.Code)
			continue
		}
		got := firstResults(body, 5)
		if tt.first != "" && (len(got) == 0 || got[0] != tt.first) {
			t.Errorf("%q: first results %q, want %s first", tt.q, got, tt.first)
		}
		for _, w := range tt.wantTop {
			if !strings.Contains(strings.Join(got[:min(len(got), len(tt.wantTop)+1)], " "), w) {
				t.Errorf("%q: %s not near the top of %q", tt.q, w, got)
			}
		}
		if tt.fixed != "" && !strings.Contains(body, "results for <strong>“"+tt.fixed+"”</strong>") {
			t.Errorf("%q: the page does not say it searched for %q instead", tt.q, tt.fixed)
		}
	}
}

func TestSearchInputs(t *testing.T) {
	h := newHandler(t, testDB)
	for _, q := range []string{"", "%22%29%28*", "NEAR%28a+b%29", strings.Repeat("x", 5000), "%F0%9F%A6%84", "%ff%fe", "a+AND+OR+NOT", "zqxjkvw"} {
		rec := get(h, "GET", "/search?q="+q)
		if rec.Code != 200 {
			t.Errorf("q=%.40s: status %d, want 200", q, rec.Code)
		}
	}
	body := get(h, "GET", "/search?q=zqxjkvw").Body.String()
	if !strings.Contains(body, "No occupation matches") || !strings.Contains(body, "Popular searches") {
		t.Error("a search that finds nothing should say so and suggest something")
	}
	if body := get(h, "GET", "/search?q=ohio+state").Body.String(); !strings.Contains(body, "Ohio State University-Main Campus") {
		t.Error("schools are searched by name too")
	}
	if body := get(h, "GET", "/occupations/registered-nurses").Body.String(); !strings.Contains(body, `<form class="site-search" method="get" action="/search" role="search">`) {
		t.Error("every page has the search box in its header")
	}
}

func TestOccupationFinder(t *testing.T) {
	h := newHandler(t, testDB)
	tests := []struct {
		name, path string
		status     int
		want       []string
		dontWant   []string
	}{
		{"group and sort by pay", "/occupations?group=29-0000&sort=pay", 200, []string{"71 occupations", `value="29-0000" selected`, `href="/occupations/anesthesiologists"`}, []string{`href="/occupations/cashiers"`}},
		{"education", "/occupations?edu=Postsecondary+nondegree+award", 200, []string{`href="/occupations/medical-records-specialists"`, `value="Postsecondary nondegree award" checked`}, []string{`href="/occupations/registered-nurses"`}},
		{"growth and openings", "/occupations?growth=decline&openings=50000&sort=openings", 200, []string{"Decline"}, []string{"Much faster than average</span>"}},
		{"pay range", "/occupations?pay_min=200000", 200, []string{`href="/occupations/chief-executives"`}, []string{`href="/occupations/cashiers"`}},
		{"experience and training", "/occupations?exp=5+years+or+more&train=None", 200, []string{`href="/occupations/chief-executives"`}, nil},
		{"interest", "/occupations?interest=Social&sort=title", 200, []string{`href="/occupations/registered-nurses"`}, []string{`href="/occupations/software-developers"`}},
		{"no results", "/occupations?pay_min=9000000", 200, []string{"0 occupations", "No occupation matches every filter"}, nil},
		{"bad pay", "/occupations?pay_min=lots", 400, []string{"Please check your filters", "like 50000"}, nil},
		{"bad group", "/occupations?group=99-0000", 400, []string{"is not an occupational group"}, nil},
		{"bad education", "/occupations?edu=PhD", 400, []string{"is not an education level"}, nil},
		{"bad growth", "/occupations?growth=rocket", 400, []string{"is not a growth band"}, nil},
		{"bad sort", "/occupations?sort=vibes", 400, []string{"is not a way to sort"}, nil},
		{"inverted pay range", "/occupations?pay_min=90000&pay_max=1000", 400, []string{"above the highest pay"}, nil},
	}
	for _, tt := range tests {
		rec := get(h, "GET", tt.path)
		body := rec.Body.String()
		if rec.Code != tt.status {
			t.Errorf("%s: status %d, want %d", tt.name, rec.Code, tt.status)
			continue
		}
		for _, w := range tt.want {
			if !strings.Contains(body, w) {
				t.Errorf("%s: body lacks %q", tt.name, w)
			}
		}
		for _, w := range tt.dontWant {
			if strings.Contains(body, w) {
				t.Errorf("%s: body has %q", tt.name, w)
			}
		}
	}
	rec := get(h, "GET", "/occupations.csv?edu=Postsecondary+nondegree+award&sort=pay")
	rows, err := csv.NewReader(rec.Body).ReadAll()
	if err != nil || rec.Code != 200 {
		t.Fatalf("CSV: %d, %v", rec.Code, err)
	}
	if rows[0][0] != "soc" || len(rows) < 20 {
		t.Errorf("CSV has %d rows", len(rows))
	}
	for _, r := range rows[1:] {
		if r[10] != "Postsecondary nondegree award" {
			t.Errorf("CSV row %s has education %q", r[0], r[10])
		}
	}
	if bad := get(h, "GET", "/occupations.csv?sort=nope"); bad.Code != 400 {
		t.Errorf("bad CSV query: %d", bad.Code)
	}
}

func TestProfileDiscovery(t *testing.T) {
	h := newHandler(t, testDB)
	body := get(h, "GET", "/occupations/medical-records-specialists").Body.String()
	for _, want := range []string{
		`id="similar"`, `href="/occupations/health-information-technologists-and-medical-registrars"`,
		`id="moving"`, "Usually needs: associate&#39;s degree",
		`id="interests"`, "Conventional", "Medical Coder",
		"O*NET 29.3 Database by the U.S. Department of Labor",
		`href="/compare?soc=29-2072"`,
	} {
		if !strings.Contains(body, want) {
			t.Errorf("profile lacks %q", want)
		}
	}
	if body := get(h, "GET", "/occupations/elevator-and-escalator-installers-and-repairers").Body.String(); !strings.Contains(body, `href="/lists/high-paying-jobs-with-little-schooling"`) {
		t.Error("elevator installers, well paid after an apprenticeship, should link to the list of high-paying jobs with little schooling")
	}
}

func TestCompare(t *testing.T) {
	h := newHandler(t, testDB)
	tests := []struct {
		path   string
		status int
		want   []string
	}{
		{"/compare?soc=29-2072&soc=29-9021", 200, []string{"Medical Records Specialists", "Health Information Technologists and Medical Registrars", "$50,250", "$67,310", `href="/compare?soc=29-9021"`, "Add an occupation"}},
		{"/compare?soc=29-2072", 200, []string{"Add at least one more occupation", `<input type="hidden" name="soc" value="29-2072">`}},
		{"/compare", 200, []string{"Choose two to four occupations"}},
		{"/compare?soc=29-2072&soc=29-2072&soc=29-9021", 200, []string{"$67,310"}},
		{"/compare?soc=nurse", 400, []string{"is not an occupation code"}},
		{"/compare?soc=99-9999", 400, []string{"We do not know an occupation with the code 99-9999"}},
		{"/compare?soc=11-1011&soc=11-1021&soc=13-2011&soc=15-1252&soc=29-1141", 400, []string{"up to 4 occupations"}},
	}
	for _, tt := range tests {
		rec := get(h, "GET", tt.path)
		if rec.Code != tt.status {
			t.Errorf("%s: status %d, want %d", tt.path, rec.Code, tt.status)
		}
		for _, w := range tt.want {
			if !strings.Contains(rec.Body.String(), w) {
				t.Errorf("%s: lacks %q", tt.path, w)
			}
		}
	}
	four := get(h, "GET", "/compare?soc=11-1011&soc=11-1021&soc=13-2011&soc=15-1252").Body.String()
	if strings.Contains(four, "Add an occupation") {
		t.Error("a full comparison still offers to add")
	}
}

func TestLists(t *testing.T) {
	h := newHandler(t, testDB)
	idx := get(h, "GET", "/lists").Body.String()
	for _, slug := range []string{"high-paying-jobs-with-little-schooling", "fastest-growing-occupations", "most-job-openings", "good-pay-without-a-bachelors-degree", "jobs-for-people-who-like-helping-others"} {
		if !strings.Contains(idx, `href="/lists/`+slug+`"`) {
			t.Errorf("/lists lacks %s", slug)
			continue
		}
		rec := get(h, "GET", "/lists/"+slug)
		if rec.Code != 200 || strings.Count(rec.Body.String(), `<td class="data-table__rank">`) < 10 {
			t.Errorf("/lists/%s: %d with %d rows", slug, rec.Code, strings.Count(rec.Body.String(), `<td class="data-table__rank">`))
		}
	}
	little := get(h, "GET", "/lists/high-paying-jobs-with-little-schooling").Body.String()
	for _, bad := range []string{"Bachelor&#39;s degree</td>", "Master&#39;s degree</td>", "Doctoral or professional degree</td>"} {
		if strings.Contains(little, bad) {
			t.Errorf("little schooling list has %s", bad)
		}
	}
	if rec := get(h, "GET", "/lists/no-such-list"); rec.Code != 404 {
		t.Errorf("unknown list: %d", rec.Code)
	}
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
