package server_test

import (
	"context"
	"errors"
	"net/http"
	"net/url"
	"slices"
	"strings"
	"testing"

	"github.com/PuerkitoBio/goquery"

	"github.com/careeratlas/careeratlas/internal/career"
	"github.com/careeratlas/careeratlas/internal/career/careertest"
	"github.com/careeratlas/careeratlas/internal/server"
	"github.com/careeratlas/careeratlas/internal/site"
)

// TestSalaryRoutes covers what the salary tool refuses or questions, and
// its state map, through the whole router over the fixture.
func TestSalaryRoutes(t *testing.T) {
	written := careertest.SOCWritten
	tests := []routeTest{
		{
			// OEWS May 2024 top-coded the managers' 90th percentile: a pay
			// at its ceiling is only known to be at or above the 75th.
			name: "at a top-coded 90th percentile", path: "/salary?soc=11-1021&pay=239200", wantStatus: http.StatusOK,
			check: textIs(".salary-standing", "Your pay is at or above the 75th percentile of General and Operations Managers. "+
				"The survey does not report pay above $239,200, so it cannot say how much higher yours stands."),
		},
		{
			name: "an hour's pay typed as a year's", path: "/salary?soc=" + written + "&pay=21.50&per=year", wantStatus: http.StatusBadRequest,
			check: all(
				problem("$21.50 is far less than anyone is paid for a year's work."),
				textIs(".salary-correction", "Did you mean $21.50 an hour?"),
				attrIs(".salary-correction a", "href", "/salary?pay=21.50&per=hour&soc="+written),
				attrIs("#s-pay", "value", "21.50"),
				hasNone(".results"),
			),
		},
		{
			name: "a year's pay typed as an hour's", path: "/salary?soc=" + written + "&state=OH&pay=45000&per=hour", wantStatus: http.StatusBadRequest,
			check: all(
				problem("$45,000 is far more than anyone is paid for an hour's work."),
				textIs(".salary-correction", "Did you mean $45,000 a year?"),
				attrIs(".salary-correction a", "href", "/salary?pay=45000&per=year&soc="+written+"&state=OH"),
			),
		},
		{
			name: "the correction answers", path: "/salary?pay=21.50&per=hour&soc=" + written, wantStatus: http.StatusOK,
			check: all(noProblems, hasNone(".salary-correction"), has(".salary-standing")),
		},
		{
			name: "millions a year", path: "/salary?soc=" + written + "&pay=%244%2C600%2C000", wantStatus: http.StatusBadRequest,
			check: all(
				problem("$4,600,000 is beyond the pay the wage survey covers: we compare pay up to $1,456,000 a year, or $700 an hour."),
				hasNone(".salary-correction"), hasNone(".results"), has(`form[action="/salary"]`),
			),
		},
		{
			name: "a number in another notation", path: "/salary?soc=" + written + "&pay=1e5", wantStatus: http.StatusBadRequest,
			check: problem(`"1e5" is not an amount of money`),
		},
		{
			name: "the state map", path: "/salary?soc=" + written + "&pay=45000", wantStatus: http.StatusOK,
			check: all(
				has(`.results svg.state-map__svg[role="img"][aria-labelledby="state-pay-map-title"][aria-describedby="state-pay-map-desc"]`),
				textIs("#state-pay-map-title", "Average pay of Medical Records Specialists by state, May 2023"),
				count(".results g.state-map__tile > title", 54),
				count(`.results g.state-map__tile:not(.state-map__tile--none)`, 2),
				textHas(`.results g.state-map__tile > title`, "Ohio: $51,190 a year"),
				textHas(`.results g.state-map__tile > title`, "Pennsylvania: $49,680 a year"),
				textHas(`.results g.state-map__tile--none > title`, "California: no data"),
				hasNone(".state-map__tile--selected"),
				count(".results details.state-pay tbody tr", 2),
				tableRow(".results details.state-pay tbody tr", "Ohio", "$51,190", "$55,760", "$24.61", "91.8"),
				textHas(".results .sources li", "BLS OEWS state mean wages, May 2023"),
				textHas(".results .sources li", "BEA Regional Price Parities, 2023"),
			),
		},
		{
			name: "the chosen state picked out", path: "/salary?soc=" + written + "&state=PA", wantStatus: http.StatusOK,
			check: all(
				textIs(".state-map__tile--selected > title", "Pennsylvania: $49,680 a year"),
				textHas(".state-map__legend li", "Your state"),
				has("tr.state-pay__selected"),
			),
		},
		{
			name: "the profile's state map", path: "/occupations/" + careertest.SlugWritten, wantStatus: http.StatusOK,
			check: all(
				textIs("#state-pay-h", "Average pay by state"),
				has("#pay .state-map-figure svg.state-map__svg"),
				textHas("#pay .state-section .note", "from the BLS survey of May 2023"),
				textHas("#pay .state-section .note", "BEA's price levels for 2023"),
				headings("#pay details.state-pay thead th", "State", "A year", "A year at U.S. prices", "An hour", "Price level (U.S. = 100)"),
				textHas(".state-map__legend li", "No data"),
				textIs("#pay details.state-pay caption", "Average pay of Medical Records Specialists by state, May 2023, with BEA price levels for 2023"),
				textHas("#sources li", "BEA Regional Price Parities, 2023"),
			),
		},
	}
	h := mustServer(t, fixture, server.Options{})
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			rec := do(h, http.MethodGet, tt.path)
			if rec.Code != tt.wantStatus {
				t.Fatalf("GET %s: status %d, want %d; body starts %.300q", tt.path, rec.Code, tt.wantStatus, rec.Body.String())
			}
			doc := mustDoc(t, rec)
			pageInvariants(t, doc)
			tt.check(t, doc)
		})
	}
}

// headings wants the texts of the elements sel matches, in order.
func headings(sel string, want ...string) check {
	return func(t *testing.T, doc *goquery.Document) {
		t.Helper()
		if got := texts(doc.Find(sel)); !slices.Equal(got, want) {
			t.Errorf("%s: %q, want %q", sel, got, want)
		}
	}
}

// TestSalaryBox: the occupation box takes a title or a code, and a found
// one moves to the answer's own address; a title that names nothing comes
// back with the form, the problem, and occupations like it.
func TestSalaryBox(t *testing.T) {
	written := careertest.SOCWritten
	title := fixture.Occupation(written).Title
	h := mustServer(t, fixture, server.Options{})
	for _, tt := range []struct {
		name, path, location string
	}{
		{"a title", "/salary?job=" + url.QueryEscape(title) + "&state=OH&pay=45000&per=year", "/salary?pay=45000&per=year&soc=" + written + "&state=OH#salary-h"},
		{"a title in another case", "/salary?job=" + url.QueryEscape(strings.ToUpper(title)) + "&state=&pay=&per=year", "/salary?soc=" + written + "#salary-h"},
		{"a code", "/salary?job=" + written, "/salary?soc=" + written + "#salary-h"},
	} {
		t.Run(tt.name, func(t *testing.T) {
			rec := do(h, http.MethodGet, tt.path)
			if rec.Code != http.StatusSeeOther || rec.Header().Get("Location") != tt.location {
				t.Errorf("GET %s: %d to %q, want 303 to %q", tt.path, rec.Code, rec.Header().Get("Location"), tt.location)
			}
		})
	}
	t.Run("a title that names nothing", func(t *testing.T) {
		rec := do(h, http.MethodGet, "/salary?job=medical+records&state=OH&pay=45000&per=year")
		if rec.Code != http.StatusBadRequest {
			t.Fatalf("status %d, want 400", rec.Code)
		}
		doc := mustDoc(t, rec)
		pageInvariants(t, doc)
		all(
			problem(`"medical records" is not the full title of an occupation`),
			attrIs("#s-job", "value", "medical records"),
			attrIs("#s-job", "aria-invalid", "true"),
			textHas("#s-job-suggest", "Closest to “medical records”"),
			attrIs(".title-suggest__list a", "href", "/salary?pay=45000&per=year&soc="+written+"&state=OH"),
			hasNone(".results"),
		)(t, doc)
	})
	t.Run("an empty box", func(t *testing.T) {
		rec := do(h, http.MethodGet, "/salary?job=&state=OH&pay=&per=year")
		if rec.Code != http.StatusBadRequest {
			t.Fatalf("status %d, want 400", rec.Code)
		}
		problem("Choose an occupation to compare your pay with")(t, mustDoc(t, rec))
	})
}

// noPrices is the fixture store whose price parities cannot be read.
type noPrices struct{ site.Store }

func (noPrices) PriceParities(context.Context) (map[string]career.PriceParity, error) {
	return nil, errors.New(secret)
}

// TestSalaryPricesFail wants a clean 500 from the pages that read every
// state's price level when the store fails.
func TestSalaryPricesFail(t *testing.T) {
	h := mustServer(t, withDB(fixture, noPrices{fixture.DB}), server.Options{})
	for _, path := range []string{"/salary?soc=" + careertest.SOCWritten, occupationPath(t, careertest.SOCWritten)} {
		rec := do(h, http.MethodGet, path)
		if rec.Code != http.StatusInternalServerError {
			t.Errorf("%s: status %d, want 500", path, rec.Code)
			continue
		}
		if strings.Contains(rec.Body.String(), "secret internal detail") {
			t.Errorf("%s: the error's own text reached the visitor", path)
		}
	}
}
