package server_test

import (
	"encoding/csv"
	"net/http/httptest"
	"strings"
	"testing"

	"github.com/careeratlas/careeratlas/internal/server"
)

func TestSchoolRoutes(t *testing.T) {
	h := newHandler(t, testDB)
	tests := []struct {
		name, path   string
		wantStatus   int
		wantLocation string
		wantH1       string
		wantBody     []string
		dontWant     []string
	}{
		{name: "empty finder", path: "/schools", wantStatus: 200, wantH1: "Find a school",
			wantBody: []string{`<option value="OH">Ohio</option>`, `<option value="51">Health Professions and Related Programs</option>`, "Start with a place or a subject"},
			dontWant: []string{"results-h"}},
		{name: "state", path: "/schools?state=OH", wantStatus: 200, wantBody: []string{"271 schools", "Showing 1–20 of 271", `aria-current="page">1<`, "page=14", `<option value="OH" selected>`}},
		{name: "state lower case", path: "/schools?state=oh", wantStatus: 200, wantBody: []string{"271 schools"}},
		{name: "state and program", path: "/schools?state=OH&cip=51.0707", wantStatus: 200, wantBody: []string{"18 schools", "Columbus State Community College"}},
		{name: "ZIP radius", path: "/schools?zip=43215&miles=25&cip=51.0707", wantStatus: 200,
			wantBody: []string{"3 schools", "Columbus, OH", "0.9 miles", "Columbus State Community College", "Franklin University", "DeVry University-Ohio"}},
		{name: "area and program select", path: "/schools?state=OH&area=51&cip=51.0707", wantStatus: 200,
			wantBody: []string{"18 schools", `<option value="51.0707" selected>Health Information/Medical Records Technology/Technician</option>`}},
		{name: "credential", path: "/schools?state=OH&area=51&cred=certificate-short&sort=completions", wantStatus: 200,
			wantBody: []string{`value="certificate-short" checked`, "Certificate under 12 weeks"}, dontWant: []string{"Bachelor's degree ·"}},
		{name: "control", path: "/schools?state=OH&control=forprofit", wantStatus: 200, wantBody: []string{"Private for-profit"}, dontWant: []string{"<span>Public</span>"}},
		{name: "name", path: "/schools?name=Ohio+State+University-Main", wantStatus: 200, wantBody: []string{"1 school<", "Ohio State University-Main Campus"}},
		{name: "no results suggests what to loosen", path: "/schools?state=OH&name=Zebra+Institute", wantStatus: 200,
			wantBody: []string{"0 schools", "No school matches every filter", "without the name"}},
		{name: "unknown state", path: "/schools?state=XX", wantStatus: 400, wantH1: "Find a school", wantBody: []string{"Please check your search", `code &#34;XX&#34;`}},
		{name: "malformed ZIP", path: "/schools?zip=4321a", wantStatus: 400, wantBody: []string{"is not a ZIP code"}},
		{name: "unknown ZIP", path: "/schools?zip=00000", wantStatus: 400, wantBody: []string{"We could not find ZIP code 00000"}},
		{name: "distance out of range", path: "/schools?zip=43215&miles=9000", wantStatus: 400, wantBody: []string{"from 1 to 500"}},
		{name: "distance not a number", path: "/schools?zip=43215&miles=far", wantStatus: 400, wantBody: []string{"whole number of miles"}},
		{name: "page too far", path: "/schools?state=OH&page=99999", wantStatus: 400, wantBody: []string{"There is no page 99999: this search has 14 pages"}},
		{name: "page not a number", path: "/schools?state=OH&page=-3", wantStatus: 400, wantBody: []string{"is not a page number"}},
		{name: "program outside the area", path: "/schools?area=11&cip=51.0707", wantStatus: 400, wantBody: []string{"is not in the area of study you chose"}},
		{name: "malformed program", path: "/schools?cip=51.07", wantStatus: 400, wantBody: []string{"is not a program code"}},
		{name: "unknown program", path: "/schools?cip=51.9876", wantStatus: 400, wantBody: []string{"We do not know a program with the code 51.9876"}},
		{name: "unknown area", path: "/schools?area=98", wantStatus: 400, wantBody: []string{"is not an area of study we know"}},
		{name: "unknown credential", path: "/schools?cred=phd", wantStatus: 400, wantBody: []string{"is not a credential level"}},
		{name: "unknown control", path: "/schools?control=church", wantStatus: 400, wantBody: []string{"is not a kind of school"}},
		{name: "distance sort without ZIP", path: "/schools?state=OH&sort=distance", wantStatus: 400, wantBody: []string{"To sort by distance, enter a ZIP code"}},
		{name: "unknown sort", path: "/schools?state=OH&sort=vibes", wantStatus: 400, wantBody: []string{"is not a way to sort"}},
		{name: "long name", path: "/schools?name=" + strings.Repeat("x", 300), wantStatus: 400, wantBody: []string{"too long"}},
		{name: "several problems at once", path: "/schools?state=XX&zip=1&cred=phd", wantStatus: 400,
			wantBody: []string{"XX", "is not a ZIP code", "is not a credential level"}},
		{name: "script in a field is escaped", path: "/schools?name=%3Cscript%3Ealert(1)%3C/script%3E", wantStatus: 200,
			wantBody: []string{"&lt;script&gt;"}, dontWant: []string{"<script>alert"}},
		{name: "school", path: "/schools/204796/ohio-state-university-main-campus", wantStatus: 200, wantH1: "Ohio State University-Main Campus",
			wantBody: []string{"Columbus, Ohio", "Public", "openstreetmap.org/?mlat=39.9998", "Health Professions and Related Programs", `href="/occupations/`, "IPEDS 2024"}},
		{name: "school without slug redirects", path: "/schools/204796", wantStatus: 301, wantLocation: "/schools/204796/ohio-state-university-main-campus"},
		{name: "school with stale slug redirects", path: "/schools/204796/osu", wantStatus: 301, wantLocation: "/schools/204796/ohio-state-university-main-campus"},
		{name: "unknown school", path: "/schools/1/x", wantStatus: 404, wantH1: "Page not found"},
		{name: "malformed school", path: "/schools/abc/x", wantStatus: 404},
		{name: "program", path: "/programs/51.0707", wantStatus: 200, wantH1: "Health Information/Medical Records Technology/Technician",
			wantBody: []string{`href="/occupations/medical-records-specialists"`, "$50,250", `class="school-card"`, "Where to study it</h2>"}},
		{name: "program in a state", path: "/programs/51.0707?state=OH", wantStatus: 200, wantBody: []string{"Where to study it in Ohio</h2>", "18 schools", "Columbus State Community College"}},
		{name: "program in an unknown state", path: "/programs/51.0707?state=ZZ", wantStatus: 400, wantBody: []string{"ZZ"}},
		{name: "unknown program page", path: "/programs/51.9876", wantStatus: 404},
		{name: "malformed program page", path: "/programs/fifty", wantStatus: 404},
		{name: "occupation links to its schools", path: "/occupations/medical-records-specialists", wantStatus: 200,
			wantBody: []string{`id="where-to-study"`, `href="/programs/51.0707"`, "cip=51.0707", "cred=certificate-short", "cred=associate",
				`<input type="hidden" name="cip" value="51.0707">`, `<select id="study-state" name="state">`}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			rec := get(h, "GET", tt.path)
			body := rec.Body.String()
			if rec.Code != tt.wantStatus {
				t.Fatalf("status %d, want %d; body starts %.300q", rec.Code, tt.wantStatus, body)
			}
			if tt.wantLocation != "" && rec.Header().Get("Location") != tt.wantLocation {
				t.Errorf("Location %q, want %q", rec.Header().Get("Location"), tt.wantLocation)
			}
			if tt.wantH1 != "" && firstMatch(h1Re, body) != tt.wantH1 {
				t.Errorf("<h1> %q, want %q", firstMatch(h1Re, body), tt.wantH1)
			}
			for _, want := range tt.wantBody {
				if !strings.Contains(body, want) {
					t.Errorf("body lacks %q", want)
				}
			}
			for _, bad := range tt.dontWant {
				if strings.Contains(body, bad) {
					t.Errorf("body contains %q", bad)
				}
			}
		})
	}
}

func TestSchoolCSV(t *testing.T) {
	h := newHandler(t, testDB)
	rec := get(h, "GET", "/schools.csv?zip=43215&miles=25&cip=51.0707")
	if rec.Code != 200 || !strings.HasPrefix(rec.Header().Get("Content-Type"), "text/csv") {
		t.Fatalf("status %d, type %q", rec.Code, rec.Header().Get("Content-Type"))
	}
	rows, err := csv.NewReader(strings.NewReader(rec.Body.String())).ReadAll()
	if err != nil {
		t.Fatal(err)
	}
	if len(rows) != 4 || rows[0][0] != "unitid" || rows[1][1] != "Columbus State Community College" || rows[1][5] != "0.9" {
		t.Errorf("CSV rows: %q", rows)
	}
	if all := get(h, "GET", "/schools.csv?state=OH"); strings.Count(all.Body.String(), "\n") != 272 {
		t.Errorf("the CSV holds every page: %d lines, want 272", strings.Count(all.Body.String(), "\n"))
	}
	if bad := get(h, "GET", "/schools.csv?state=XX"); bad.Code != 400 {
		t.Errorf("bad CSV query: %d, want 400", bad.Code)
	}
}

// benchmarkPath measures GET path through the whole router.
func benchmarkPath(b *testing.B, path string) {
	benchmarkPathWith(b, server.Options{BaseURL: "https://careeratlas.test"}, path)
}

func benchmarkPathWith(b *testing.B, opts server.Options, path string) {
	h := newHandlerWith(b, testDB, opts)
	req := httptest.NewRequest("GET", path, nil)
	b.ReportAllocs()
	for b.Loop() {
		rec := httptest.NewRecorder()
		h.ServeHTTP(rec, req)
		if rec.Code != 200 {
			b.Fatal(rec.Code)
		}
	}
}

// BenchmarkSchoolsStateArea is a search by state and area of study.
func BenchmarkSchoolsStateArea(b *testing.B) { benchmarkPath(b, "/schools?state=CA&area=51") }

// BenchmarkSchoolsZIPRadius is a search within 50 miles of a ZIP code.
func BenchmarkSchoolsZIPRadius(b *testing.B) {
	benchmarkPath(b, "/schools?zip=10001&miles=50&area=51")
}

// BenchmarkSchoolsName is a search by part of a school's name, nationwide.
func BenchmarkSchoolsName(b *testing.B) { benchmarkPath(b, "/schools?name=community") }
