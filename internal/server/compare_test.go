package server_test

import (
	"net/http"
	"net/url"
	"slices"
	"strings"
	"testing"

	"github.com/PuerkitoBio/goquery"

	"github.com/careeratlas/careeratlas/internal/career/careertest"
	"github.com/careeratlas/careeratlas/internal/server"
	"github.com/careeratlas/careeratlas/internal/view/format"
)

// TestCompareAdd sends what the compare page's add box can send: a title
// as typed, a code, nothing, or a title we do not know.
func TestCompareAdd(t *testing.T) {
	h := mustServer(t, fixture, server.Options{})
	written, nurse := fixture.Occupation(careertest.SOCWritten), fixture.Occupation(careertest.SOCNurse)
	if written == nil || nurse == nil {
		t.Fatal("the fixture lacks careertest's written occupation or its nurses")
	}
	both := "/compare?soc=" + written.SOC + "&soc=" + nurse.SOC
	add := func(typed string, socs ...string) string {
		v := url.Values{"soc": socs}
		v.Set("add", typed)
		return "/compare?" + v.Encode()
	}
	suggests := func(title, href string) check {
		return has(`.title-suggest__list a[href="` + href + `"]:contains("` + title + `")`)
	}
	tests := []routeTest{
		{name: "a title", path: add("Registered Nurses", written.SOC), wantStatus: http.StatusSeeOther, wantLocation: both},
		{name: "a title in another case, with spaces", path: add("  registered   NURSES ", written.SOC), wantStatus: http.StatusSeeOther, wantLocation: both},
		{name: "a code", path: add(nurse.SOC, written.SOC), wantStatus: http.StatusSeeOther, wantLocation: both},
		{name: "to an empty comparison", path: add(written.Title), wantStatus: http.StatusSeeOther, wantLocation: "/compare?soc=" + written.SOC},
		{name: "one already chosen", path: add(written.Title, written.SOC, nurse.SOC), wantStatus: http.StatusSeeOther, wantLocation: both},
		{
			name: "part of a title", path: add("nurse", written.SOC), wantStatus: http.StatusBadRequest, wantH1: "Compare occupations",
			check: all(notErrorPage,
				problem(`"nurse" is not the full title of an occupation.`),
				attrIs("#add-soc", "value", "nurse"), attrIs("#add-soc", "aria-invalid", "true"),
				suggests(nurse.Title, both),
				hasNone(`.title-suggest__list a:contains("`+written.Title+`")`), // already chosen
				// The comparison so far is still there, and still a comparison of codes.
				compareRow("Median pay, a year", format.Dollars(written.Wages.Annual[2])),
				has(`form[aria-label="Add an occupation"] input[type="hidden"][name="soc"][value="`+written.SOC+`"]`)),
		},
		{
			name: "a misspelt word", path: add("nurce"), wantStatus: http.StatusBadRequest,
			check: suggests(nurse.Title, "/compare?soc="+nurse.SOC),
		},
		{
			name: "nothing like it", path: add("qqqq zzzz", written.SOC), wantStatus: http.StatusBadRequest,
			check: all(problem(`"qqqq zzzz" is not the full title`), hasNone(".title-suggest__list"),
				textHas(".title-suggest__lead", "No occupation we know is like “qqqq zzzz”")),
		},
		{
			name: "an unknown code", path: add("99-9999", written.SOC), wantStatus: http.StatusBadRequest,
			check: all(problem("We do not know an occupation with the code 99-9999."), attrIs("#add-soc", "value", "99-9999")),
		},
		{
			name: "nothing typed", path: add(" ", written.SOC, nurse.SOC), wantStatus: http.StatusBadRequest,
			check: all(problem("Type the title of an occupation to add"), count(".compare-table thead th", 2)),
		},
		{
			name: "past the most", path: add("Registered Nurses", "11-1011", "25-1072", "27-2011", "45-3031"), wantStatus: http.StatusBadRequest,
			check: all(notErrorPage, problem("You can compare up to 4 occupations at once; remove 1.")),
		},
		{
			name: "beside a bad code", path: add("Registered Nurses", "nurse"), wantStatus: http.StatusBadRequest,
			check: all(problem(`"nurse" is not an occupation code`), count(".compare-table thead th", 1)),
		},
		{
			name: "a title too long to be one", path: add(strings.Repeat("nurse ", 1000)), wantStatus: http.StatusBadRequest,
			check: all(problem("is not the full title of an occupation"), func(t *testing.T, doc *goquery.Document) {
				if n := len(doc.Find("#add-soc").AttrOr("value", "")); n == 0 || n > 200 {
					t.Errorf("the add box shows back %d bytes, want what was typed, cut to 200", n)
				}
			}),
		},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			rec := do(h, http.MethodGet, tt.path)
			if rec.Code != tt.wantStatus {
				t.Fatalf("GET %s: status %d, want %d; body starts %.300q", tt.path, rec.Code, tt.wantStatus, rec.Body.String())
			}
			if got := rec.Header().Get("Location"); got != tt.wantLocation {
				t.Errorf("Location %q, want %q", got, tt.wantLocation)
			}
			if rec.Code == http.StatusSeeOther {
				return
			}
			doc := mustDoc(t, rec)
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
}

// TestComparePhone checks that the comparison is also laid out for a
// phone: the occupations with their links, then a card for each measure
// naming every occupation beside its value, the same values as the
// table's.
func TestComparePhone(t *testing.T) {
	h := mustServer(t, fixture, server.Options{})
	socs := []string{careertest.SOCWritten, careertest.SOCNurse, careertest.SOCTopCoded}
	var titles, paths []string
	for _, soc := range socs {
		o := fixture.Occupation(soc)
		titles, paths = append(titles, o.Title), append(paths, "/occupations/"+o.Slug)
	}
	rec := do(h, http.MethodGet, "/compare?soc="+socs[0]+"&soc="+socs[1]+"&soc="+socs[2])
	if rec.Code != http.StatusOK {
		t.Fatalf("status %d", rec.Code)
	}
	doc := mustDoc(t, rec)
	linksAre(".compare-jobs li > a:not(.compare-jobs__remove)", paths)(t, doc)
	link("/compare?soc="+socs[1]+"&soc="+socs[2])(t, doc)

	rows := doc.Find(".compare-table tbody tr")
	cards := doc.Find(".compare-card")
	if cards.Length() == 0 || cards.Length() != rows.Length() {
		t.Fatalf("%d cards for %d rows of the table, want one each", cards.Length(), rows.Length())
	}
	cards.Each(func(i int, card *goquery.Selection) {
		row := rows.Eq(i)
		label := norm(row.Find("th").Text())
		if got := norm(card.Find("h3").Text()); got != label {
			t.Errorf("card %d: %q, want the row's label %q", i, got, label)
		}
		if got := texts(card.Find("dt")); !slices.Equal(got, titles) {
			t.Errorf("card %q names %q, want %q", label, got, titles)
		}
		if got, want := texts(card.Find("dd")), texts(row.Find("td")); !slices.Equal(got, want) {
			t.Errorf("card %q reads %q, the table %q", label, got, want)
		}
	})
	// The add box narrows the titles as you type.
	var offered []string
	doc.Find("datalist#occupation-titles option").Each(func(_ int, s *goquery.Selection) { offered = append(offered, s.AttrOr("value", "")) })
	if len(offered) != careertest.Occupations-len(socs) || slices.Contains(offered, titles[0]) {
		t.Errorf("the add box offers %q, want every title but the chosen", offered)
	}
	attrIs("#add-soc", "list", "occupation-titles")(t, doc)
}
