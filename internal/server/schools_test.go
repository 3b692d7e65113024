package server_test

import (
	"encoding/csv"
	"fmt"
	"net/http"
	"net/url"
	"slices"
	"strings"
	"testing"

	"github.com/PuerkitoBio/goquery"

	"github.com/careeratlas/careeratlas/internal/career/careertest"
	"github.com/careeratlas/careeratlas/internal/server"
)

// TestSchoolFinderFilters: the finder's occupation, ZIP+4, online and
// open-admission parameters, as a page, CSV and JSON.
func TestSchoolFinderFilters(t *testing.T) {
	h := mustServer(t, fixture, server.Options{})
	names := func(t *testing.T, path string) []string {
		t.Helper()
		rec := do(h, http.MethodGet, path)
		if rec.Code != http.StatusOK {
			t.Fatalf("%s: status %d, want 200", path, rec.Code)
		}
		var out []string
		mustDoc(t, rec).Find(".school-card__name").Each(func(_ int, s *goquery.Selection) { out = append(out, strings.TrimSpace(s.Text())) })
		return out
	}
	t.Run("occupation expands to its programs", func(t *testing.T) {
		got := names(t, "/schools?soc=29-2072&state="+careertest.OtherState)
		if want := []string{"Institute of Medical Careers", "Peirce College"}; !slices.Equal(got, want) {
			t.Errorf("schools %q, want %q", got, want)
		}
	})
	t.Run("unknown occupation", func(t *testing.T) {
		rec := do(h, http.MethodGet, "/schools?soc=29-9999&state=OH")
		if rec.Code != http.StatusBadRequest || !strings.Contains(rec.Body.String(), "We do not know an occupation with the code 29-9999") {
			t.Errorf("status %d, want 400 with the problem explained", rec.Code)
		}
	})
	t.Run("ZIP+4", func(t *testing.T) {
		if got := names(t, "/schools?zip=43215-1234&miles=5"); len(got) == 0 {
			t.Error("no schools near ZIP+4 43215-1234")
		}
	})
	t.Run("online and open admission", func(t *testing.T) {
		got := names(t, "/schools?state="+careertest.State+"&online=1&open=1")
		if want := []string{"Columbus State Community College", "Franklin University"}; !slices.Equal(got, want) {
			t.Errorf("schools %q, want %q", got, want)
		}
	})
	t.Run("CSV names the releases, and a missing figure is blank", func(t *testing.T) {
		rec := do(h, http.MethodGet, "/schools.csv?state="+careertest.State+"&sort=admission")
		rows, err := csv.NewReader(strings.NewReader(rec.Body.String())).ReadAll()
		if err != nil || len(rows) != 5 {
			t.Fatalf("%d rows, %v; want a header and 4 schools", len(rows), err)
		}
		col := map[string]int{}
		for i, h := range rows[0] {
			col[h] = i
		}
		for _, c := range []string{"admission_rate", "admissions_release", "grant_avg", "aid_release", "open_admission", "online_programs"} {
			if _, ok := col[c]; !ok {
				t.Fatalf("no %s column in %q", c, rows[0])
			}
		}
		// Open admission first, with no rate; then the highest rate.
		first, hondros, last := rows[1], rows[3], rows[4]
		if first[col["open_admission"]] != "yes" || first[col["admission_rate"]] != "" || first[col["grant_avg"]] == "" || first[col["aid_release"]] != "2023–24" {
			t.Errorf("first row %q, want an open-admission school without a rate, with its grant and the SFA release", first)
		}
		if hondros[col["name"]] != "Hondros College of Nursing" || hondros[col["admission_rate"]] != "85.3" || hondros[col["admissions_release"]] != "Fall 2024" {
			t.Errorf("third row %q, want Hondros at 85.3 (Fall 2024)", hondros)
		}
		if last[col["name"]] != "Mount Carmel College of Nursing" || last[col["admission_rate"]] != "84.3" {
			t.Errorf("last row %q, want Mount Carmel at 84.3", last)
		}
	})
	t.Run("JSON", func(t *testing.T) {
		rec := do(h, http.MethodGet, "/api/v1/schools?state="+careertest.State+"&sort=admission")
		var got struct {
			AdmissionsRelease string `json:"admissions_release"`
			Schools           []struct {
				Name          string   `json:"name"`
				AdmissionRate *float64 `json:"admission_rate"`
				OpenAdmission *bool    `json:"open_admission"`
				GrantAvg      *int     `json:"grant_avg"`
			} `json:"schools"`
		}
		mustJSON(t, rec, &got)
		if got.AdmissionsRelease != "Fall 2024" || len(got.Schools) != 4 {
			t.Fatalf("release %q, %d schools", got.AdmissionsRelease, len(got.Schools))
		}
		if s := got.Schools[0]; s.AdmissionRate != nil || s.OpenAdmission == nil || !*s.OpenAdmission || s.GrantAvg == nil {
			t.Errorf("first %+v, want open admission, a null admission rate and a grant", s)
		}
		if s := got.Schools[2]; s.Name != "Hondros College of Nursing" || s.AdmissionRate == nil || *s.AdmissionRate != 85.3 || s.OpenAdmission == nil || *s.OpenAdmission {
			t.Errorf("third %+v, want Hondros at 85.3, not open admission", s)
		}
	})
}

// TestLoosenByOccupation: a search by occupation that finds nothing at its
// credential levels offers "at any credential level", and that link finds
// the schools it counts: it keeps an empty cred=, since without one the
// occupation's usual credentials would apply again.
func TestLoosenByOccupation(t *testing.T) {
	h := mustServer(t, fixture, server.Options{})
	rec := do(h, http.MethodGet, "/schools?soc="+careertest.SOCWritten+"&state="+careertest.State+"&cred=graduate")
	doc := mustDoc(t, rec)
	link := doc.Find(".results li").FilterFunction(func(_ int, s *goquery.Selection) bool {
		return strings.HasPrefix(norm(s.Text()), "at any credential level")
	})
	href, ok := link.Find("a").Attr("href")
	if !ok {
		t.Fatalf("no 'at any credential level' suggestion in %q", texts(doc.Find(".results li")))
	}
	u, err := url.Parse(href)
	if err != nil {
		t.Fatal(err)
	}
	if q := u.Query(); !q.Has("cred") || q.Get("cred") != "" || q.Get("soc") != careertest.SOCWritten {
		t.Errorf("suggestion %q, want soc= kept and an empty cred=", href)
	}
	var shown int
	if _, err := fmt.Sscanf(strings.TrimPrefix(norm(link.Text()), "at any credential level ("), "%d", &shown); err != nil {
		t.Fatalf("count in %q: %v", norm(link.Text()), err)
	}
	got := mustDoc(t, do(h, http.MethodGet, href))
	if want := fmt.Sprintf("%d school", shown); !strings.HasPrefix(got.Find("#results-h").Text(), want) {
		t.Errorf("following %q finds %q, want the %d it promised", href, got.Find("#results-h").Text(), shown)
	}
}
