package server_test

import (
	"cmp"
	"encoding/json"
	"net/http"
	"net/http/httptest"
	"slices"
	"strings"
	"testing"

	"github.com/careeratlas/careeratlas/internal/career"
	"github.com/careeratlas/careeratlas/internal/career/careertest"
	"github.com/careeratlas/careeratlas/internal/server"
)

// apiAmount is an amount as the API writes it.
type apiAmount struct {
	Value    *float64 `json:"value"`
	TopCoded bool     `json:"top_coded"`
}

// apiOccupation is an occupation as the API writes it.
type apiOccupation struct {
	SOC   string `json:"soc"`
	Title string `json:"title"`
	URL   string `json:"url"`
	Group string `json:"group"`
	Wages *struct {
		Release    string       `json:"release"`
		Employment apiAmount    `json:"employment"`
		Annual     [5]apiAmount `json:"annual_percentiles"`
		Hourly     [5]apiAmount `json:"hourly_percentiles"`
	} `json:"wages"`
	Projection *struct {
		Release   string    `json:"release"`
		JobsBase  apiAmount `json:"jobs_base"`
		Openings  apiAmount `json:"annual_openings"`
		Growth    string    `json:"growth"`
		Education string    `json:"entry_education"`
	} `json:"projection"`
}

// apiErrorBody is the API's error.
type apiErrorBody struct {
	Status   int      `json:"status"`
	Error    string   `json:"error"`
	Problems []string `json:"problems"`
}

// mustJSON decodes a JSON response into v.
func mustJSON(t *testing.T, rec *httptest.ResponseRecorder, v any) {
	t.Helper()
	if ct := rec.Header().Get("Content-Type"); ct != "application/json; charset=utf-8" {
		t.Fatalf("Content-Type %q, want application/json; charset=utf-8", ct)
	}
	if err := json.Unmarshal(rec.Body.Bytes(), v); err != nil {
		t.Fatalf("JSON %.300q: %v", rec.Body.String(), err)
	}
}

// value is an API amount's number, failing on null.
func value(t *testing.T, what string, a apiAmount) float64 {
	t.Helper()
	if a.Value == nil {
		t.Fatalf("%s is null, want a number", what)
	}
	return *a.Value
}

func TestAPIOccupation(t *testing.T) {
	h := mustServer(t, fixture, server.Options{})
	oews, _ := fixture.Source("oews_national")
	proj, _ := fixture.Source("projections")
	tests := []struct {
		name string
		soc  string
		// check looks at the occupation against the fixture's.
		check func(t *testing.T, got apiOccupation, want *career.Occupation)
	}{
		{
			name: "written", soc: careertest.SOCWritten,
			check: func(t *testing.T, got apiOccupation, want *career.Occupation) {
				if got.Wages == nil || got.Projection == nil {
					t.Fatalf("wages %v, projection %v: want both", got.Wages, got.Projection)
				}
				if got.Wages.Release != oews.Release || got.Projection.Release != proj.Release {
					t.Errorf("releases %q and %q, want %q and %q", got.Wages.Release, got.Projection.Release, oews.Release, proj.Release)
				}
				for i := range 5 {
					if v := value(t, "annual percentile", got.Wages.Annual[i]); v != want.Wages.Annual[i].Value {
						t.Errorf("annual percentile %d = %v, want %v", i, v, want.Wages.Annual[i].Value)
					}
				}
				if v := value(t, "employment", got.Wages.Employment); v != want.Wages.Employment.Value {
					t.Errorf("employment %v, want %v", v, want.Wages.Employment.Value)
				}
				// Projections are published in thousands; the API gives jobs.
				if v := value(t, "jobs_base", got.Projection.JobsBase); v != float64(int(want.Projection.EmpBase.Value*1000+0.5)) {
					t.Errorf("jobs_base %v, want %v thousand", v, want.Projection.EmpBase.Value)
				}
				if got.Projection.Education != want.Projection.Education || got.Projection.Growth == "" {
					t.Errorf("projection %+v, want education %q and a growth band", got.Projection, want.Projection.Education)
				}
			},
		},
		{
			name: "top-coded", soc: careertest.SOCTopCoded,
			check: func(t *testing.T, got apiOccupation, want *career.Occupation) {
				top := got.Wages.Annual[4]
				if !top.TopCoded || value(t, "90th percentile", top) != want.Wages.Annual[4].Value {
					t.Errorf("90th percentile %+v, want the ceiling %v, top-coded", top, want.Wages.Annual[4].Value)
				}
				if got.Wages.Annual[2].TopCoded {
					t.Error("the median is marked top-coded")
				}
			},
		},
		{
			name: "hourly only", soc: careertest.SOCHourlyOnly,
			check: func(t *testing.T, got apiOccupation, want *career.Occupation) {
				if got.Wages.Annual[2].Value != nil {
					t.Errorf("annual median %v, want null: BLS publishes none", *got.Wages.Annual[2].Value)
				}
				if v := value(t, "hourly median", got.Wages.Hourly[2]); v != want.Wages.Hourly[2].Value {
					t.Errorf("hourly median %v, want %v", v, want.Wages.Hourly[2].Value)
				}
			},
		},
		{
			name: "no wages", soc: careertest.SOCNoWages,
			check: func(t *testing.T, got apiOccupation, want *career.Occupation) {
				if got.Wages != nil || got.Projection == nil {
					t.Errorf("wages %+v, projection %+v: want null wages and a projection", got.Wages, got.Projection)
				}
			},
		},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			want := fixture.Occupation(tt.soc)
			rec := do(h, http.MethodGet, "/api/v1/occupations/"+tt.soc)
			if rec.Code != http.StatusOK {
				t.Fatalf("status %d, want 200: %.300q", rec.Code, rec.Body.String())
			}
			var got apiOccupation
			mustJSON(t, rec, &got)
			if got.SOC != tt.soc || got.Title != want.Title || got.URL != baseURL+"/occupations/"+want.Slug || got.Group != want.Group {
				t.Errorf("occupation %s %q %s %s, want %s %q %s %s", got.SOC, got.Title, got.URL, got.Group,
					tt.soc, want.Title, baseURL+"/occupations/"+want.Slug, want.Group)
			}
			tt.check(t, got, want)
		})
	}
}

func TestAPIOccupations(t *testing.T) {
	h := mustServer(t, fixture, server.Options{})
	group := fixture.Occupation(careertest.SOCWritten).Group
	var want []*career.Occupation
	for _, o := range fixture.All {
		if o.Group == group {
			want = append(want, o)
		}
	}
	slices.SortFunc(want, func(a, b *career.Occupation) int {
		return cmp.Compare(b.Wages.Annual[2].Value, a.Wages.Annual[2].Value)
	})

	tests := []struct {
		name    string
		path    string
		wantSOC []string
	}{
		{name: "all", path: "/api/v1/occupations", wantSOC: socs(fixture.All)},
		{name: "a group by pay", path: "/api/v1/occupations?group=" + group + "&sort=pay", wantSOC: socs(want)},
		{name: "nothing", path: "/api/v1/occupations?pay_min=9000000", wantSOC: nil},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			rec := do(h, http.MethodGet, tt.path)
			if rec.Code != http.StatusOK {
				t.Fatalf("status %d, want 200", rec.Code)
			}
			var got struct {
				Count       int             `json:"count"`
				Occupations []apiOccupation `json:"occupations"`
			}
			mustJSON(t, rec, &got)
			var gotSOC []string
			for _, o := range got.Occupations {
				gotSOC = append(gotSOC, o.SOC)
			}
			if got.Count != len(tt.wantSOC) || !slices.Equal(gotSOC, tt.wantSOC) {
				t.Errorf("count %d, occupations %q; want %d, %q", got.Count, gotSOC, len(tt.wantSOC), tt.wantSOC)
			}
			if got.Occupations == nil {
				t.Error(`"occupations" is null, want a list`)
			}
		})
	}
}

func TestAPISchools(t *testing.T) {
	h := mustServer(t, fixture, server.Options{})
	offers := offering(t, careertest.CIP)
	rec := do(h, http.MethodGet, "/api/v1/schools?zip="+careertest.ZIP+"&miles=25&cip="+careertest.CIP)
	if rec.Code != http.StatusOK {
		t.Fatalf("status %d, want 200", rec.Code)
	}
	var got struct {
		Total   int    `json:"total"`
		Page    int    `json:"page"`
		PerPage int    `json:"per_page"`
		Release string `json:"awards_release"`
		Schools []struct {
			UnitID   string   `json:"unitid"`
			Name     string   `json:"name"`
			URL      string   `json:"url"`
			State    string   `json:"state"`
			Distance *float64 `json:"distance_miles"`
			Programs []struct {
				CIP    string `json:"cip"`
				Awards int    `json:"awards"`
			} `json:"programs"`
		} `json:"schools"`
	}
	mustJSON(t, rec, &got)
	if got.Total == 0 || got.Total != len(got.Schools) || got.Page != 1 || got.PerPage != 20 {
		t.Fatalf("total %d, page %d of %d, %d schools; want every school on page 1 of 20", got.Total, got.Page, got.PerPage, len(got.Schools))
	}
	if src, _ := fixture.Source("completions"); got.Release != src.Release || got.Release == "" {
		t.Errorf("awards_release %q, want the completions release %q", got.Release, src.Release)
	}
	if first := got.Schools[0]; first.UnitID != careertest.UnitID || first.URL != baseURL+schoolPath {
		t.Errorf("first school %s at %s, want %s at %s", first.UnitID, first.URL, careertest.UnitID, baseURL+schoolPath)
	}
	last := -1.0
	for _, sc := range got.Schools {
		if !offers[sc.UnitID] {
			t.Errorf("school %s does not award %s", sc.UnitID, careertest.CIP)
		}
		if sc.Distance == nil || *sc.Distance < last || *sc.Distance > 25 {
			t.Errorf("school %s: distance %v after %v, want ascending within 25 miles", sc.UnitID, sc.Distance, last)
		} else {
			last = *sc.Distance
		}
		if !slices.ContainsFunc(sc.Programs, func(p struct {
			CIP    string `json:"cip"`
			Awards int    `json:"awards"`
		}) bool {
			return p.CIP == careertest.CIP && p.Awards > 0
		}) {
			t.Errorf("school %s: programs %+v lack %s", sc.UnitID, sc.Programs, careertest.CIP)
		}
	}

	rec = do(h, http.MethodGet, "/api/v1/schools?state="+careertest.OtherState)
	var other struct {
		Schools []struct {
			State    string   `json:"state"`
			Distance *float64 `json:"distance_miles"`
		} `json:"schools"`
	}
	mustJSON(t, rec, &other)
	if len(other.Schools) == 0 {
		t.Fatalf("no schools in %s", careertest.OtherState)
	}
	for _, sc := range other.Schools {
		if sc.State != careertest.OtherState || sc.Distance != nil {
			t.Errorf("school in %s, distance %v; want %s and no distance without a ZIP code", sc.State, sc.Distance, careertest.OtherState)
		}
	}
}

func TestAPIErrors(t *testing.T) {
	h := mustServer(t, fixture, server.Options{})
	tests := []struct {
		name        string
		path        string
		wantStatus  int
		wantError   string
		wantProblem string
	}{
		{"unknown SOC code", "/api/v1/occupations/99-9999", 404, "Page not found", ""},
		{"not a SOC code", "/api/v1/occupations/nurse", 404, "Page not found", ""},
		{"bad sort", "/api/v1/occupations?sort=nope", 400, "Bad request", `"nope" is not a way to sort`},
		{"bad pay", "/api/v1/occupations?pay_min=lots", 400, "Bad request", `"lots" is not`},
		{"bad state", "/api/v1/schools?state=XX", 400, "Bad request", `code "XX"`},
		{"several problems", "/api/v1/schools?zip=4321a&cred=phd", 400, "Bad request", `"phd" is not a credential level`},
		{"unknown endpoint", "/api/v1/nothing", 404, "Page not found", ""},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			rec := do(h, http.MethodGet, tt.path)
			if rec.Code != tt.wantStatus {
				t.Fatalf("status %d, want %d", rec.Code, tt.wantStatus)
			}
			var got apiErrorBody
			mustJSON(t, rec, &got)
			if got.Status != tt.wantStatus || got.Error != tt.wantError || len(got.Problems) == 0 {
				t.Errorf("error %+v, want status %d, %q and problems", got, tt.wantStatus, tt.wantError)
			}
			if tt.wantProblem != "" && !slices.ContainsFunc(got.Problems, func(p string) bool { return strings.Contains(p, tt.wantProblem) }) {
				t.Errorf("problems %q, want one containing %q", got.Problems, tt.wantProblem)
			}
			if cc := rec.Header().Get("Cache-Control"); cc != "no-store" {
				t.Errorf("Cache-Control %q, want no-store on an error", cc)
			}
		})
	}
}

func socs(os []*career.Occupation) []string {
	var out []string
	for _, o := range os {
		out = append(out, o.SOC)
	}
	return out
}
