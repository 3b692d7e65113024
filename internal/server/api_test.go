package server_test

import (
	"encoding/json"
	"strings"
	"testing"
)

func TestAPI(t *testing.T) {
	h := newHandler(t, testDB)
	var occ struct {
		SOC   string `json:"soc"`
		Title string `json:"title"`
		Wages struct {
			Release    string                  `json:"release"`
			Employment struct{ Value float64 } `json:"employment"`
			Annual     []struct {
				Value    *float64 `json:"value"`
				TopCoded bool     `json:"top_coded"`
			} `json:"annual_percentiles"`
		} `json:"wages"`
		Projection struct {
			JobsBase      struct{ Value float64 } `json:"jobs_base"`
			PercentChange struct{ Value float64 } `json:"percent_change"`
			Growth        string                  `json:"growth"`
			Openings      struct{ Value float64 } `json:"annual_openings"`
			Education     string                  `json:"entry_education"`
		} `json:"projection"`
	}
	rec := get(h, "GET", "/api/v1/occupations/29-2072")
	if rec.Code != 200 || !strings.HasPrefix(rec.Header().Get("Content-Type"), "application/json") {
		t.Fatalf("status %d, type %q", rec.Code, rec.Header().Get("Content-Type"))
	}
	if err := json.Unmarshal(rec.Body.Bytes(), &occ); err != nil {
		t.Fatal(err)
	}
	if occ.Title != "Medical Records Specialists" || occ.Wages.Release != "May 2024" || occ.Wages.Employment.Value != 187910 ||
		*occ.Wages.Annual[2].Value != 50250 || *occ.Wages.Annual[0].Value != 35780 || *occ.Wages.Annual[4].Value != 80950 {
		t.Errorf("wages: %+v", occ.Wages)
	}
	p := occ.Projection
	if p.JobsBase.Value != 194800 || p.PercentChange.Value != 7.1 || p.Openings.Value != 14200 || p.Growth != "Much faster than average" || p.Education != "Postsecondary nondegree award" {
		t.Errorf("projection: %+v", p)
	}

	var ceo struct {
		Wages struct {
			Annual []struct {
				Value    *float64 `json:"value"`
				TopCoded bool     `json:"top_coded"`
			} `json:"annual_percentiles"`
		} `json:"wages"`
	}
	json.Unmarshal(get(h, "GET", "/api/v1/occupations/11-1011").Body.Bytes(), &ceo)
	if top := ceo.Wages.Annual[4]; top.Value == nil || *top.Value != 239200 || !top.TopCoded {
		t.Errorf("top-coded 90th percentile: %+v", top)
	}
	var actors struct {
		Wages struct {
			Annual []struct{ Value *float64 } `json:"annual_percentiles"`
		} `json:"wages"`
	}
	json.Unmarshal(get(h, "GET", "/api/v1/occupations/27-2011").Body.Bytes(), &actors)
	if actors.Wages.Annual[2].Value != nil {
		t.Error("an unpublished median must be null, not a number")
	}

	var list struct {
		Count       int `json:"count"`
		Occupations []struct {
			SOC string `json:"soc"`
		} `json:"occupations"`
	}
	json.Unmarshal(get(h, "GET", "/api/v1/occupations?group=29-0000&sort=pay").Body.Bytes(), &list)
	if list.Count != 71 || len(list.Occupations) != 71 {
		t.Errorf("group list: %d", list.Count)
	}

	var schools struct {
		Total   int `json:"total"`
		Schools []struct {
			Name     string   `json:"name"`
			Distance *float64 `json:"distance_miles"`
		} `json:"schools"`
	}
	json.Unmarshal(get(h, "GET", "/api/v1/schools?zip=43215&miles=25&cip=51.0707").Body.Bytes(), &schools)
	if schools.Total != 3 || schools.Schools[0].Name != "Columbus State Community College" || schools.Schools[0].Distance == nil {
		t.Errorf("schools: %+v", schools)
	}

	for path, status := range map[string]int{
		"/api/v1/occupations/99-9999":   404,
		"/api/v1/occupations/nurse":     404,
		"/api/v1/occupations?sort=nope": 400,
		"/api/v1/schools?state=XX":      400,
		"/api/v1/nothing":               404,
	} {
		rec := get(h, "GET", path)
		var e struct {
			Status   int      `json:"status"`
			Problems []string `json:"problems"`
		}
		if rec.Code != status || json.Unmarshal(rec.Body.Bytes(), &e) != nil || e.Status != status || len(e.Problems) == 0 {
			t.Errorf("%s: %d %q, want a JSON %d with problems", path, rec.Code, rec.Body.String(), status)
		}
	}
}
