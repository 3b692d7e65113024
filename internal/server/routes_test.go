package server_test

import (
	"cmp"
	"context"
	"encoding/csv"
	"encoding/json"
	"encoding/xml"
	"fmt"
	"math"
	"net/http"
	"net/http/httptest"
	"net/url"
	"regexp"
	"slices"
	"strconv"
	"strings"
	"testing"
	"time"

	"github.com/PuerkitoBio/goquery"

	"github.com/careeratlas/careeratlas/internal/career"
	"github.com/careeratlas/careeratlas/internal/career/careertest"
	"github.com/careeratlas/careeratlas/internal/server"
	"github.com/careeratlas/careeratlas/internal/view/format"
)

// schoolPath is the page of careertest.UnitID.
const schoolPath = "/schools/" + careertest.UnitID + "/columbus-state-community-college"

// routeTest is one request through the whole router and what must come
// back. Checks of HTML use the parsed page; body checks CSV, JSON, XML and
// text.
type routeTest struct {
	name         string
	method       string // GET when empty
	path         string
	wantStatus   int
	wantLocation string
	wantTitle    string
	wantH1       string
	check        check
	body         func(t *testing.T, rec *httptest.ResponseRecorder)
}

// TestRoutes sends every route of routes.go, with good and bad input,
// through one server over the fixture.
func TestRoutes(t *testing.T) {
	h := mustServer(t, fixture, server.Options{})
	for _, tt := range routeTests(t) {
		t.Run(tt.name, func(t *testing.T) {
			method := cmp.Or(tt.method, http.MethodGet)
			rec := do(h, method, tt.path)
			if rec.Code != tt.wantStatus {
				t.Fatalf("%s %s: status %d, want %d; body starts %.300q", method, tt.path, rec.Code, tt.wantStatus, rec.Body.String())
			}
			if got := rec.Header().Get("Location"); got != tt.wantLocation {
				t.Errorf("Location %q, want %q", got, tt.wantLocation)
			}
			if tt.body != nil {
				tt.body(t, rec)
			}
			if tt.wantTitle == "" && tt.wantH1 == "" && tt.check == nil {
				return
			}
			doc := mustDoc(t, rec)
			if tt.wantTitle != "" {
				if got := doc.Find("head > title").Text(); got != tt.wantTitle {
					t.Errorf("<title> %q, want %q", got, tt.wantTitle)
				}
			}
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

// pageInvariants hold on every page: the frame with its stylesheet and
// search box, and nothing inline that the Content-Security-Policy would
// block.
func pageInvariants(t *testing.T, doc *goquery.Document) {
	t.Helper()
	all(
		has(`link[rel="stylesheet"][href^="/static/css/site.css?v="]`),
		has(`form.site-search[action="/search"]`),
		hasNone("[style]"),
		hasNone("style"),
		hasNone(`script:not([type="application/ld+json"])`),
		hasNone("aside.dev-problems"),
	)(t, doc)
}

func routeTests(t *testing.T) []routeTest {
	ctx := context.Background()
	written := fixture.Occupation(careertest.SOCWritten)
	nurse := fixture.Occupation(careertest.SOCNurse)
	topCoded := fixture.Occupation(careertest.SOCTopCoded)
	hourly := fixture.Occupation(careertest.SOCHourlyOnly)
	annualOnly := fixture.Occupation(careertest.SOCAnnualOnly)
	noWages := fixture.Occupation(careertest.SOCNoWages)
	if written == nil || nurse == nil || topCoded == nil || hourly == nil || annualOnly == nil || noWages == nil {
		t.Fatal("the fixture lacks one of careertest's notable occupations")
	}
	writtenPath, nursePath := "/occupations/"+written.Slug, "/occupations/"+nurse.Slug
	group := fixture.Group(written.Group)
	program := fixture.Program(careertest.CIP)
	list := fixture.List(careertest.ListSlug)
	if group == nil || program == nil || list == nil {
		t.Fatal("the fixture lacks the written occupation's group, careertest.CIP or careertest.ListSlug")
	}

	// What the fixture's own files say a search should find.
	schools := fixtureSchools(t)
	var inState []string // school pages in careertest.State, by name
	var stateNames []string
	for _, sc := range schools {
		if sc.State == careertest.State {
			stateNames = append(stateNames, sc.Name)
		}
	}
	slices.Sort(stateNames)
	for _, name := range stateNames {
		for _, sc := range schools {
			if sc.Name == name {
				inState = append(inState, sc.UnitID)
			}
		}
	}
	var inStatePaths []string
	for _, id := range inState {
		for _, sc := range schools {
			if sc.UnitID == id {
				inStatePaths = append(inStatePaths, "/schools/"+id+"/"+slugOf(sc.Name))
			}
		}
	}
	offers := offering(t, careertest.CIP)
	var offersInState int
	for _, sc := range schools {
		if offers[sc.UnitID] && sc.State == careertest.State {
			offersInState++
		}
	}

	// The finder's "postsecondary nondegree award, by pay" and a major
	// group, worked out from the fixture's occupations.
	const edu = "Postsecondary nondegree award"
	var byEdu []*career.Occupation
	for _, o := range fixture.All {
		if o.Projection != nil && o.Projection.Education == edu {
			byEdu = append(byEdu, o)
		}
	}
	slices.SortFunc(byEdu, func(a, b *career.Occupation) int {
		return cmp.Compare(b.Wages.Annual[2].Value, a.Wages.Annual[2].Value)
	})
	byEduPaths := paths(byEdu)
	if len(byEdu) < 2 {
		t.Fatalf("the fixture has %d occupations needing a %s, want 2 or more to see the order", len(byEdu), edu)
	}
	var inGroup []*career.Occupation
	for _, o := range fixture.All {
		if o.Group == group.Code {
			inGroup = append(inGroup, o)
		}
	}
	mostJobs := slices.MaxFunc(fixture.All, func(a, b *career.Occupation) int { return cmp.Compare(jobs(a), jobs(b)) })

	statePay, err := fixture.DB.StateMeans(ctx, written.SOC)
	if err != nil || len(statePay) == 0 {
		t.Fatalf("state means of %s: %d, %v", written.SOC, len(statePay), err)
	}
	parity, err := fixture.DB.PriceParity(ctx, careertest.State)
	if err != nil {
		t.Fatal(err)
	}
	var stateMean, stateHourly career.Amount
	for _, w := range statePay {
		if w.Area == careertest.State {
			stateMean, stateHourly = w.AnnualMean, w.HourlyMean
		}
	}
	stateName := fixture.StateName(careertest.State)

	// A pay between the written occupation's 25th percentile and median.
	ww := written.Wages
	midPay := int((ww.Annual[1].Value + ww.Annual[2].Value) / 2)

	// Answers that like Social and Investigative activities only.
	answers := url.Values{}
	for _, it := range fixture.Assessment {
		switch it.Area {
		case "Social", "Investigative":
			answers.Set(it.ID, "2")
		default:
			answers.Set(it.ID, "0")
		}
	}
	var itemIDs []string
	for _, it := range fixture.Assessment {
		itemIDs = append(itemIDs, it.ID)
	}

	return []routeTest{
		// Home.
		{
			name: "home", path: "/", wantStatus: 200,
			wantTitle: "Career Atlas · What jobs pay, how they grow, how to get in",
			wantH1:    "Find work that fits, with the real numbers",
			check: all(
				has(`link[rel="canonical"][href="`+baseURL+`/"]`),
				count("ul.group-grid a", careertest.Groups),
				link("/groups/"+group.Slug),
				textHas(".hero .lede", fmt.Sprintf("all %d occupations", careertest.Occupations)),
				count(".cards .card__title a", 6),
				attrIs(".cards .card__title a", "href", "/occupations/"+mostJobs.Slug),
				link(list.Path()),
			),
		},

		// The occupation index and finder.
		{
			name: "occupation index", path: "/occupations", wantStatus: 200,
			wantTitle: "All occupations · Career Atlas", wantH1: "All occupations",
			check: all(
				textHas(".lede", fmt.Sprintf("All %d occupations, grouped into %d fields", careertest.Occupations, careertest.Groups)),
				count("section.index-group", careertest.Groups),
				linksAre(".index-list a", indexOrder()),
				hasNone("#results-h"),
				hasNone("details.finder-box[open]"),
			),
		},
		{
			name: "finder by education, by pay", path: "/occupations?edu=" + url.QueryEscape(edu) + "&sort=pay", wantStatus: 200,
			wantH1: "All occupations",
			check: all(
				textIs("#results-h", fmt.Sprintf("%d occupations", len(byEdu))),
				linksAre(".results tbody th a", byEduPaths),
				has(`input[name="edu"][value="`+edu+`"][checked]`),
				has(`select[name="sort"] option[value="pay"][selected]`),
				has("details.finder-box[open]"),
				link("/occupations.csv?edu="+url.QueryEscape(edu)+"&sort=pay"),
				has(`meta[name="robots"][content="noindex"]`),
				noProblems,
			),
		},
		{
			name: "finder by group", path: "/occupations?group=" + group.Code, wantStatus: 200,
			check: all(
				linksAre(".results tbody th a", paths(inGroup)),
				has(`select[name="group"] option[value="`+group.Code+`"][selected]`),
				count(`.results input[type="checkbox"][name="soc"]`, len(inGroup)),
			),
		},
		{
			name: "finder finds nothing", path: "/occupations?pay_min=9000000", wantStatus: 200,
			check: all(
				textIs("#results-h", "0 occupations"),
				textHas(".results p", "No occupation matches every filter"),
				hasNone(".results tbody tr"),
				attrIs("#f-pay-min", "value", "9000000"),
			),
		},
		{
			name: "finder with a bad sort", path: "/occupations?sort=vibes", wantStatus: 400,
			wantTitle: "All occupations · Career Atlas", wantH1: "All occupations",
			check: all(
				notErrorPage,
				textIs(".form-problems h2", "Please check your filters"),
				problem(`"vibes" is not a way to sort`),
				has("details.finder-box[open] form.finder--occupations"),
				hasNone("#results-h"),
			),
		},
		{
			name: "finder with bad pay", path: "/occupations?pay_min=lots&group=99-0000", wantStatus: 400,
			check: all(
				problem(`"lots" is not`),
				problem("99-0000"),
				attrIs("#f-pay-min", "value", "lots"),
			),
		},

		// The finder as CSV.
		{
			name: "occupations CSV", path: "/occupations.csv?edu=" + url.QueryEscape(edu) + "&sort=pay", wantStatus: 200,
			body: func(t *testing.T, rec *httptest.ResponseRecorder) {
				rows := mustCSV(t, rec)
				if rows[0][0] != "soc" || rows[0][10] != "entry_education" {
					t.Errorf("CSV header %q", rows[0])
				}
				var socs []string
				for _, r := range rows[1:] {
					socs = append(socs, r[0])
					if r[10] != edu {
						t.Errorf("CSV row %s: education %q, want %q", r[0], r[10], edu)
					}
				}
				var want []string
				for _, o := range byEdu {
					want = append(want, o.SOC)
				}
				if !slices.Equal(socs, want) {
					t.Errorf("CSV rows %q, want %q", socs, want)
				}
				if got := rows[1][3]; got != strconv.FormatFloat(byEdu[0].Wages.Annual[2].Value, 'f', 0, 64) {
					t.Errorf("CSV median pay of %s: %q, want %v", rows[1][0], got, byEdu[0].Wages.Annual[2].Value)
				}
			},
		},
		{name: "occupations CSV with a bad sort", path: "/occupations.csv?sort=nope", wantStatus: 400,
			wantH1: "That search did not make sense", check: errorPage(400)},

		// Profiles.
		{
			name: "written profile", path: writtenPath, wantStatus: 200,
			wantTitle: written.Title + " · Career Atlas", wantH1: written.Title,
			check: all(
				textIs(".profile__head .eyebrow", "Occupation · SOC "+written.SOC),
				has(`link[rel="canonical"][href="`+baseURL+writtenPath+`"]`),
				has(".breadcrumbs a[href=\"/groups/"+group.Slug+"\"]"),
				has("#what-they-do"), has("#work-environment"), has("#how-to-become-one"),
				hasNone(".notice"),
				fact("Median pay, May 2024", format.Dollars(ww.Annual[2])+" a year", format.Hourly(ww.Hourly[2])+" an hour"),
				payRow("Median (50th)", format.Dollars(ww.Annual[2]), format.Hourly(ww.Hourly[2])),
				payRow("90th percentile", format.Dollars(ww.Annual[4]), format.Hourly(ww.Hourly[4])),
				payRow("Mean (average)", format.Dollars(ww.AnnualMean), format.Hourly(ww.HourlyMean)),
				has("#pay svg.chart"),
				has("#outlook"),
				textHas("#outlook li", "Openings each year, on average: "+format.Thousands(written.Projection.Openings)),
				count("details.state-pay tbody tr", len(statePay)),
				tableRow("details.state-pay tbody tr", stateName, format.Dollars(stateMean),
					format.Dollars(career.KnownAmount(math.Round(stateMean.Value*100/parity.Index/10)*10)), format.Hourly(stateHourly), format.Number(parity.Index, 1)),
				has(`#where-to-study a[href="/programs/`+careertest.CIP+`"]`),
				has(`#where-to-study input[type="hidden"][name="soc"][value="`+careertest.SOCWritten+`"]`),
				has(`#study-state option[value="`+careertest.State+`"]`),
				has(`#similar a[href="`+nursePath+`"]`),
				link("/compare?soc="+written.SOC),
				jsonLD(written.SOC, ww.Annual[2].Value),
				listLinks(written.SOC),
				alsoCalled(t, written.SOC),
				textHas("#where-to-study p", "Each counts the schools that awarded it in 2023–24 (IPEDS)."),
				textHas("#similar p", "with their median pay (May 2024)"),
				func(t *testing.T, doc *goquery.Document) {
					if doc.Find("#moving").Length() > 0 && !slices.Contains(texts(doc.Find("#moving thead th")), "Change in median pay (May 2024)") {
						t.Errorf("career moves header %q, want the pay change to name May 2024", texts(doc.Find("#moving thead th")))
					}
				},
				textHas("#technology p", "Employers ask most for: "),
				textHas("#technology p", "Epic Systems"),
				textHas("#sources li", "technology: O*NET 29.3 Database"),
			),
		},
		{
			name: "top-coded pay", path: "/occupations/" + topCoded.Slug, wantStatus: 200, wantH1: topCoded.Title,
			check: all(
				payRow("90th percentile", format.Dollars(topCoded.Wages.Annual[4]), format.Hourly(topCoded.Wages.Hourly[4])),
				textHas("#pay tbody td", " or more"),
				textHas("#pay .note", `Figures marked "or more" are at the top of the range`),
				fact("Median pay, May 2024", format.Dollars(topCoded.Wages.Annual[2])+" a year", format.Hourly(topCoded.Wages.Hourly[2])+" an hour"),
			),
		},
		{
			name: "hourly-only pay, summary only", path: "/occupations/" + hourly.Slug, wantStatus: 200, wantH1: hourly.Title,
			check: all(
				fact("Median pay, May 2024", format.Hourly(hourly.Wages.Hourly[2])+" an hour", "published as an hourly wage only"),
				payRow("Median (50th)", format.NotAvailable, format.Hourly(hourly.Wages.Hourly[2])),
				textHas("#pay .note", "BLS publishes only hourly pay"),
				has("#pay svg.chart"),
				textIs(".profile .notice", "We have not yet written a full profile of this occupation. The figures below are the official ones."),
				hasNone("#what-they-do"),
				textIs(".lede", norm(hourly.Summary)),
			),
		},
		{
			name: "annual-only pay", path: "/occupations/" + annualOnly.Slug, wantStatus: 200, wantH1: annualOnly.Title,
			check: all(
				fact("Median pay, May 2024", format.Dollars(annualOnly.Wages.Annual[2])+" a year", "published as an annual wage only"),
				textHas("#pay .note", "BLS publishes only annual pay"),
			),
		},
		{
			name: "no wages published", path: "/occupations/" + noWages.Slug, wantStatus: 200, wantH1: noWages.Title,
			check: all(
				textHas("#pay p", "BLS did not publish pay for "+noWages.Title+" in its May 2024 survey of wages"),
				hasNone("#pay figure"),
				has(`a[href="#pay"]`),
				has("#outlook"),
				textHas(".facts__item dt", "Projected jobs, "),
				func(t *testing.T, doc *goquery.Document) {
					i := slices.Index(texts(doc.Find(".facts__item dt")), "Median pay")
					if i < 0 || !strings.HasPrefix(texts(doc.Find(".facts__item dd"))[i], "Not published") {
						t.Errorf("a profile without wages: median pay fact %q, want it to say Not published", texts(doc.Find(".facts__item dd")))
					}
				},
			),
		},
		{name: "SOC code redirects to the slug", path: "/occupations/" + written.SOC, wantStatus: 301, wantLocation: writtenPath},
		{name: "capitals redirect", path: "/occupations/Medical-Records-Specialists", wantStatus: 301, wantLocation: writtenPath},
		{name: "unknown SOC code", path: "/occupations/99-9999", wantStatus: 404, wantH1: "Page not found", check: errorPage(404)},
		{
			name: "unknown slug", path: "/occupations/astronaut-wizard", wantStatus: 404,
			wantTitle: "Page not found · Career Atlas", wantH1: "Page not found",
			check: all(errorPage(404), hasNone(`link[rel="canonical"]`)),
		},
		{name: "odd slug", path: "/occupations/%3Cscript%3Ealert(1)%3C%2Fscript%3E", wantStatus: 404, wantH1: "Page not found",
			check: all(errorPage(404), hasNone("script"))},
		{name: "long slug", path: "/occupations/" + strings.Repeat("a-", 500) + "b", wantStatus: 404, check: errorPage(404)},
		{name: "query junk is ignored", path: writtenPath + "?x=%00%ff&q=" + strings.Repeat("z", 3000), wantStatus: 200, wantH1: written.Title},

		// Groups.
		{
			name: "group", path: "/groups/" + group.Slug, wantStatus: 200,
			wantTitle: group.Title + " · Career Atlas", wantH1: group.Title,
			check: all(
				textIs(".eyebrow", "SOC "+group.Code),
				linksAre("tbody th a", paths(inGroup)),
				noLink("/occupations/"+fixture.Occupation(careertest.SOCTopCoded).Slug),
			),
		},
		{name: "unknown group", path: "/groups/wizardry", wantStatus: 404, wantH1: "Page not found", check: errorPage(404)},
		{name: "malformed group", path: "/groups/Wizard%20ry", wantStatus: 404, check: errorPage(404)},

		// Search.
		{
			name: "search", path: "/search?q=medical+records", wantStatus: 200,
			wantTitle: "Search: medical records · Career Atlas", wantH1: "Results for “medical records”",
			check: all(
				attrIs(".result__title a", "href", writtenPath),
				attrIs("#site-q", "value", "medical records"),
				attrIs("#q", "value", "medical records"),
				hasNone(".notice"),
				hasNone("#popular-h"),
				has(`meta[name="robots"][content="noindex"]`),
			),
		},
		{
			name: "search by another title", path: "/search?q=coder", wantStatus: 200,
			check: attrIs(".result__title a", "href", writtenPath),
		},
		{
			name: "misspelt search is corrected", path: "/search?q=electrision", wantStatus: 200,
			wantH1: "Results for “electrision”",
			check: all(
				textIs(".notice strong", "“electrician”"),
				attrIs(".result__title a", "href", occupationPath(t, "47-2111")),
			),
		},
		{
			name: "search finds nothing", path: "/search?q=zqxjkvw", wantStatus: 200,
			check: all(
				textHas("#occ-results-h + p", "No occupation matches “zqxjkvw”"),
				hasNone(".result"),
				has("#popular-h"),
				link("/search?q=nurse"),
				count("#popular-h ~ ul.group-grid a", careertest.Groups),
			),
		},
		{
			name: "search finds a school", path: "/search?q=columbus+state", wantStatus: 200,
			check: all(
				has(`section[aria-labelledby="school-results-h"] a[href="`+schoolPath+`"]`),
				link("/schools?name=columbus+state"),
			),
		},
		{name: "empty search", path: "/search", wantStatus: 200, wantTitle: "Search · Career Atlas", wantH1: "Search",
			check: all(hasNone("#occ-results-h"), has(`link[rel="canonical"]`))},
		{name: "search operators are only words", path: "/search?q=%22%29%28*+NEAR%28a+b%29+AND+OR+NOT", wantStatus: 200},
		{name: "search with invalid UTF-8", path: "/search?q=%ff%fe", wantStatus: 200},
		{name: "very long search", path: "/search?q=" + strings.Repeat("x", 5000), wantStatus: 200},

		// The school finder.
		{
			name: "school finder form", path: "/schools", wantStatus: 200,
			wantTitle: "Find a school · Career Atlas", wantH1: "Find a school",
			check: all(
				textIs(`#state option[value="`+careertest.State+`"]`, stateName),
				has(`#area option[value="51"]`),
				has(`link[rel="canonical"][href="`+baseURL+`/schools"]`),
				textHas(".results--empty h2", "Start with a place or a subject"),
				hasNone("#results-h"),
			),
		},
		{
			name: "schools in a state", path: "/schools?state=" + careertest.State, wantStatus: 200,
			wantTitle: fmt.Sprintf("Schools: %d schools · Career Atlas", len(inState)), wantH1: "Find a school",
			check: all(
				textIs("#results-h", fmt.Sprintf("%d schools", len(inState))),
				textIs(".results__meta span", fmt.Sprintf("Showing 1–%d of %d", len(inState), len(inState))),
				has(`#state option[value="`+careertest.State+`"][selected]`),
				linksAre(".school-card__name a", inStatePaths),
				noDistances,
				hasNone("nav.pagination"),
				link("/schools.csv?state="+careertest.State),
				has(`meta[name="robots"][content="noindex"]`),
			),
		},
		{
			name: "state in lower case", path: "/schools?state=" + strings.ToLower(careertest.State), wantStatus: 200,
			check: textIs("#results-h", fmt.Sprintf("%d schools", len(inState))),
		},
		{
			name: "schools near a ZIP code", path: "/schools?zip=" + careertest.ZIP + "&miles=25", wantStatus: 200,
			check: all(
				attrIs("#zip", "value", careertest.ZIP),
				textIs("#zip-hint", "Columbus, OH"),
				has(`#miles option[value="25"][selected]`),
				has(`#sort option[value="distance"][selected]`),
				attrIs(".school-card__name a", "href", schoolPath),
				distancesAscending,
			),
		},
		{
			name: "schools near a ZIP code teaching a program", path: "/schools?zip=" + careertest.ZIP + "&miles=25&cip=" + careertest.CIP, wantStatus: 200,
			check: all(
				attrIs(".school-card__name a", "href", schoolPath),
				has(`.school-card__programs a[href="/programs/`+careertest.CIP+`"]`),
				has(`input[name="cip"][value="`+careertest.CIP+`"][checked]`),
				distancesAscending,
				func(t *testing.T, doc *goquery.Document) {
					for _, h := range hrefs(doc.Find(".school-card__name a")) {
						if id := strings.Split(h, "/")[2]; !offers[id] {
							t.Errorf("school %s does not award %s but is listed", h, careertest.CIP)
						}
					}
				},
			),
		},
		{name: "first page asked for", path: "/schools?state=" + careertest.State + "&page=1", wantStatus: 200,
			check: count(".school-card", len(inState))},
		{
			name: "page past the end", path: "/schools?state=" + careertest.State + "&page=2", wantStatus: 400, wantH1: "Find a school",
			check: all(notErrorPage, problem("There is no page 2: this search has 1 page."), hasNone(".school-card")),
		},
		{name: "page not a number", path: "/schools?state=OH&page=-3", wantStatus: 400, check: problem(`"-3" is not a page number.`)},
		{
			name: "malformed ZIP", path: "/schools?zip=4321a", wantStatus: 400, wantH1: "Find a school",
			check: all(notErrorPage, problem(`"4321a" is not a ZIP code`), attrIs("#zip", "value", "4321a"), hasNone("#results-h")),
		},
		{name: "unknown ZIP", path: "/schools?zip=00000", wantStatus: 400, check: problem("We do not know ZIP code 00000: it is not in our list of ZIP codes, and no school we list is in it.")},
		{name: "distance out of range", path: "/schools?zip=" + careertest.ZIP + "&miles=9000", wantStatus: 400, check: problem("from 1 to 500")},
		{
			name: "nothing found suggests what to loosen", path: "/schools?state=" + careertest.State + "&name=Zebra+Institute", wantStatus: 200,
			check: all(
				textIs("#results-h", "0 schools"),
				textHas(".results p", "No school matches every filter."),
				linksAre(".results li a", []string{"/schools?state=" + careertest.State}),
				textIs(".results li", fmt.Sprintf("without the name “Zebra Institute” (%d schools)", len(inState))),
			),
		},
		{
			name: "unknown state", path: "/schools?state=XX", wantStatus: 400, wantH1: "Find a school",
			check: all(notErrorPage, textIs(".form-problems h2", "Please check your search"), problem(`code "XX"`), hasNone("#state option[selected]")),
		},
		{
			name: "several problems at once", path: "/schools?state=XX&zip=1&cred=phd&sort=vibes", wantStatus: 400,
			check: all(count(".form-problems li", 4), problem(`"1" is not a ZIP code`), problem(`"phd" is not a credential level`), problem(`"vibes" is not a way to sort`)),
		},
		{name: "program outside the area", path: "/schools?area=11&cip=" + careertest.CIP, wantStatus: 400, check: problem("is not in the area of study you chose")},
		{name: "distance sort without a ZIP code", path: "/schools?state=OH&sort=distance", wantStatus: 400, check: problem("To sort by distance, enter a ZIP code.")},
		{
			name: "script in a field is shown back as text", path: "/schools?name=%3Cscript%3Ealert(1)%3C/script%3E", wantStatus: 200,
			check: all(attrIs("#name", "value", "<script>alert(1)</script>"), hasNone("script")),
		},

		// The school finder as CSV.
		{
			name: "schools CSV near a ZIP code", path: "/schools.csv?zip=" + careertest.ZIP + "&miles=25&cip=" + careertest.CIP, wantStatus: 200,
			body: func(t *testing.T, rec *httptest.ResponseRecorder) {
				rows := mustCSV(t, rec)
				if rows[0][0] != "unitid" || rows[0][5] != "distance_miles" {
					t.Fatalf("CSV header %q", rows[0])
				}
				if len(rows) < 2 || rows[1][0] != careertest.UnitID {
					t.Fatalf("CSV rows %q, want %s first", rows, careertest.UnitID)
				}
				last := -1.0
				for _, r := range rows[1:] {
					d, err := strconv.ParseFloat(r[5], 64)
					if err != nil || d < last || d > 25 {
						t.Errorf("CSV row %s: distance %q after %v, want ascending up to 25", r[0], r[5], last)
					}
					last = d
					if !offers[r[0]] {
						t.Errorf("CSV row %s does not award %s", r[0], careertest.CIP)
					}
					if !strings.Contains(r[9], careertest.CIP) {
						t.Errorf("CSV row %s: matching programs %q lack %s", r[0], r[9], careertest.CIP)
					}
				}
			},
		},
		{
			name: "schools CSV of a state", path: "/schools.csv?state=" + careertest.State, wantStatus: 200,
			body: func(t *testing.T, rec *httptest.ResponseRecorder) {
				rows := mustCSV(t, rec)
				var got []string
				for _, r := range rows[1:] {
					got = append(got, r[0])
					if r[5] != "" {
						t.Errorf("CSV row %s has a distance %q without a ZIP code", r[0], r[5])
					}
				}
				if !slices.Equal(got, inState) {
					t.Errorf("CSV unitids %q, want %q", got, inState)
				}
			},
		},
		{name: "schools CSV with a bad state", path: "/schools.csv?state=XX", wantStatus: 400, check: errorPage(400)},

		// Schools.
		{
			name: "school", path: schoolPath, wantStatus: 200,
			wantTitle: "Columbus State Community College · Career Atlas", wantH1: "Columbus State Community College",
			check: all(
				textIs(".eyebrow", "School · IPEDS "+careertest.UnitID),
				textHas(".facts__item dd", "Public"),
				has(`a[href^="https://www.openstreetmap.org/?mlat="]`),
				has(`.breadcrumbs a[href="/schools?state=`+careertest.State+`"]`),
				has(`.program-list a[href="/programs/`+careertest.CIP+`"]`),
				has(`.program-list__jobs a[href="`+writtenPath+`"]`),
				textHas(".sources li", "IPEDS"),
			),
		},
		{name: "school without its slug", path: "/schools/" + careertest.UnitID, wantStatus: 301, wantLocation: schoolPath},
		{name: "school with a stale slug", path: "/schools/" + careertest.UnitID + "/old-name", wantStatus: 301, wantLocation: schoolPath},
		{name: "unknown school", path: "/schools/1/x", wantStatus: 404, wantH1: "Page not found", check: errorPage(404)},
		{name: "malformed school", path: "/schools/abc/x", wantStatus: 404, check: errorPage(404)},

		// Programs.
		{
			name: "program", path: "/programs/" + careertest.CIP, wantStatus: 200,
			wantTitle: program.Title + " · Career Atlas", wantH1: program.Title,
			check: all(
				textHas(".eyebrow", "CIP "+careertest.CIP),
				has(`#leads-h ~ div a[href="`+writtenPath+`"]`),
				textIs("#where-h", "Where to study it"),
				count(".school-card", len(offers)),
				func(t *testing.T, doc *goquery.Document) {
					for _, h := range hrefs(doc.Find(".school-card__name a")) {
						if !offers[strings.Split(h, "/")[2]] {
							t.Errorf("school %s does not award %s but is listed", h, careertest.CIP)
						}
					}
				},
			),
		},
		{
			name: "program in a state", path: "/programs/" + careertest.CIP + "?state=" + careertest.State, wantStatus: 200,
			check: all(
				textIs("#where-h", "Where to study it in "+stateName),
				count(".school-card", offersInState),
				has(`#state option[value="`+careertest.State+`"][selected]`),
			),
		},
		{
			name: "program in an unknown state", path: "/programs/" + careertest.CIP + "?state=ZZ", wantStatus: 400, wantH1: program.Title,
			check: all(notErrorPage, problem(`"ZZ"`), textIs("#where-h", "Where to study it"), count(".school-card", len(offers))),
		},
		{name: "unknown program", path: "/programs/51.9876", wantStatus: 404, check: errorPage(404)},
		{name: "malformed program", path: "/programs/fifty", wantStatus: 404, check: errorPage(404)},

		// Lists.
		{
			name: "lists", path: "/lists", wantStatus: 200, wantTitle: "Lists of occupations · Career Atlas", wantH1: "Lists of occupations",
			check: all(count(".card", len(fixture.Lists)), textIs(".card__title a", list.Title), link(list.Path())),
		},
		{
			name: "list", path: list.Path(), wantStatus: 200, wantTitle: list.Title + " · Career Atlas", wantH1: list.Title,
			check: all(
				textIs(".lede", norm(list.Summary)),
				count("td.data-table__rank", len(fixture.ListMembers(list.Slug))),
				textIs("td.data-table__rank", "1"),
				linksAre("tbody th a", paths(fixture.ListMembers(list.Slug))),
			),
		},
		{name: "unknown list", path: "/lists/no-such-list", wantStatus: 404, check: errorPage(404)},

		// Compare.
		{
			name: "compare two", path: "/compare?soc=" + written.SOC + "&soc=" + nurse.SOC, wantStatus: 200,
			wantTitle: "Compare: " + written.Title + " · " + nurse.Title + " · Career Atlas", wantH1: "Compare occupations",
			check: all(
				linksAre("thead th a:not(.compare-table__remove)", []string{writtenPath, nursePath}),
				link("/compare?soc="+nurse.SOC),
				compareRow("Median pay, a year", format.Dollars(ww.Annual[2]), format.Dollars(nurse.Wages.Annual[2])),
				has(`form[aria-label="Add an occupation"] input[type="hidden"][name="soc"][value="`+written.SOC+`"]`),
				hasNone(`#occupation-titles option[value="`+written.Title+`"]`),
				has(`#occupation-titles option[value="`+topCoded.Title+`"]`),
				noProblems,
			),
		},
		{name: "compare one", path: "/compare?soc=" + written.SOC, wantStatus: 200,
			check: textIs(".lede", "Add at least one more occupation to compare with "+written.Title+".")},
		{name: "compare none", path: "/compare", wantStatus: 200, wantTitle: "Compare occupations · Career Atlas",
			check: all(textHas(".lede", "Choose two to four occupations"), hasNone("table"))},
		{
			name: "compare four", path: "/compare?soc=11-1011&soc=11-1021&soc=15-1252&soc=29-1141", wantStatus: 200,
			check: all(count("thead th", 4), hasNone(`form[aria-label="Add an occupation"]`), textHas("main p.note", "4 occupations is the most we show side by side")),
		},
		{
			name: "compare too many", path: "/compare?soc=11-1011&soc=11-1021&soc=15-1252&soc=29-1141&soc=29-2072", wantStatus: 400,
			wantH1: "Compare occupations", check: all(notErrorPage, problem("You can compare up to 4 occupations at once; remove 1."), hasNone("main p.note")),
		},
		{name: "compare a bad code", path: "/compare?soc=nurse", wantStatus: 400, check: problem(`"nurse" is not an occupation code`)},
		{name: "compare an unknown code", path: "/compare?soc=99-9999", wantStatus: 400, check: problem("We do not know an occupation with the code 99-9999.")},

		// Salary.
		{
			name: "salary form", path: "/salary", wantStatus: 200, wantTitle: "What are you worth? · Career Atlas", wantH1: "What are you worth?",
			check: all(
				attrIs("#s-job", "list", "occupation-titles"),
				attrIs("#s-job", "value", ""),
				has(`#occupation-titles option[value="`+written.Title+`"]`),
				count("#occupation-titles option", careertest.Occupations),
				hasNone(".results"),
			),
		},
		{
			name: "salary with pay", path: fmt.Sprintf("/salary?soc=%s&pay=%d&per=year", written.SOC, midPay), wantStatus: 200,
			check: all(
				attrIs("#s-pay", "value", strconv.Itoa(midPay)),
				attrIs("#s-job", "value", written.Title),
				has("#s-per-year[checked]"),
				attrIs("#salary-h a", "href", writtenPath),
				standing(written.Title, 25, 50),
				textHas(".results p", "The median pay nationwide is "+format.Dollars(ww.Annual[2])+" a year"),
				has(".results .chart__you"),
			),
		},
		{
			name: "salary of hourly-only work", path: "/salary?soc=" + hourly.SOC + "&pay=21.50&per=hour", wantStatus: 200,
			check: all(
				has("#s-per-hour[checked]"),
				textHas(".results p", "The median pay nationwide is "+format.Hourly(hourly.Wages.Hourly[2])+" an hour"),
				textHas(".results p", "BLS publishes only hourly pay for this work."),
				standing(hourly.Title, 25, 50),
			),
		},
		{
			// The fixture's chief executives are from May 2024, when their
			// 75th and 90th percentiles were top-coded: only the median is a
			// number.
			name: "salary above a top-coded 75th percentile", path: "/salary?soc=" + careertest.SOCTopCoded + "&pay=300000", wantStatus: 200,
			check: textHas(".salary-standing", "at or above the median (50th percentile) of Chief Executives. The survey does not report pay above $239,200"),
		},
		{
			name: "salary in a state", path: "/salary?soc=" + written.SOC + "&state=" + careertest.State + "&pay=45000", wantStatus: 200,
			check: all(
				textHas(".results p", "In "+stateName+", "+written.Title+" earned "+format.Dollars(stateMean)+" a year on average"),
				textHas(".results p", fmt.Sprintf("Prices in %s are %s%% below the national average (%d).", stateName, format.Number(100-parity.Index, 1), parity.Year)),
				textHas(".results p", "Your $45,000 there buys about what"),
				textHas(".results .sources li", "BEA Regional Price Parities"),
			),
		},
		{name: "salary of an unknown occupation", path: "/salary?soc=99-9999", wantStatus: 400, wantH1: "What are you worth?",
			check: all(notErrorPage, problem(`We do not know an occupation with the code "99-9999"`), hasNone(".results"))},
		{name: "salary not a number", path: "/salary?soc=" + written.SOC + "&pay=lots", wantStatus: 400,
			check: all(problem("is not an amount of money"), attrIs("#s-pay", "value", "lots"))},
		{name: "salary of zero", path: "/salary?soc=" + written.SOC + "&pay=0", wantStatus: 400, check: problem("more than zero")},
		{name: "salary per week", path: "/salary?soc=" + written.SOC + "&per=week", wantStatus: 400, check: problem("Say whether your pay is a year's or an hour's.")},
		{name: "salary in an unknown state", path: "/salary?soc=" + written.SOC + "&state=ZZ", wantStatus: 400, check: problem(`"ZZ"`)},
		{name: "salary without an occupation", path: "/salary?pay=50000", wantStatus: 400, check: problem("Choose an occupation to compare your pay with:")},

		// Assessment.
		{
			name: "assessment form", path: "/assessment", wantStatus: 200, wantTitle: "Career assessment · Career Atlas", wantH1: "Career assessment",
			check: all(
				count("fieldset.assessment__item", len(fixture.Assessment)),
				radioOrder(itemIDs),
				hasNone(".result"),
				hasNone("input[checked]"),
			),
		},
		{
			name: "assessment result", path: "/assessment?" + answers.Encode(), wantStatus: 200, wantH1: "Career assessment",
			check: all(
				func(t *testing.T, doc *goquery.Document) {
					top := norm(doc.Find(".lede strong").Text())
					if top != "Social and Investigative" && top != "Investigative and Social" {
						t.Errorf("strongest interests %q, want Social and Investigative", top)
					}
				},
				// Only occupations that fit at least half are offered.
				func(t *testing.T, doc *goquery.Document) {
					fits := doc.Find(".result__meta strong").FilterFunction(func(_ int, s *goquery.Selection) bool { return strings.HasSuffix(norm(s.Text()), "% fit") })
					if fits.Length() == 0 {
						t.Error("no occupation fits")
					}
					fits.Each(func(_ int, s *goquery.Selection) {
						if n, err := strconv.Atoi(strings.TrimSuffix(norm(s.Text()), "% fit")); err != nil || n < 50 {
							t.Errorf("a match shows %q, want a fit of at least 50%%", norm(s.Text()))
						}
					})
				},
				has(`#`+itemIDs[0]+`-`+answers.Get(itemIDs[0])+`[checked]`),
				count(`form[aria-label="Limit by education"] input[type="hidden"]`, len(fixture.Assessment)),
				noProblems,
				has(`meta[name="robots"][content="noindex"]`),
			),
		},
		{
			name: "assessment limited by education", path: "/assessment?" + answers.Encode() + "&edu_max=" + url.QueryEscape("High school diploma or equivalent"), wantStatus: 200,
			check: all(
				has(`#a-edu option[value="High school diploma or equivalent"][selected]`),
				noLink("/occupations/"+fixture.Occupation(careertest.SOCNurse).Slug),
			),
		},
		{
			name: "assessment with too few answers", path: "/assessment?s1=2&s2=2", wantStatus: 400, wantH1: "Career assessment",
			check: all(notErrorPage, problem(fmt.Sprintf("You answered 2 of %d. Answer at least 12", len(fixture.Assessment))), hasNone(".result"), has("#s1-2[checked]")),
		},
		{name: "assessment with a bad answer", path: "/assessment?s1=9", wantStatus: 400, check: problem("must be dislike, not sure or like")},
		{name: "assessment with a bad education", path: "/assessment?" + answers.Encode() + "&edu_max=PhD", wantStatus: 400,
			check: all(problem(`"PhD" is not an education level`), hasNone(".result"))},

		// About.
		{
			name: "about the data", path: "/about/data", wantStatus: 200, wantTitle: "About the data · Career Atlas", wantH1: "About the data",
			check: func(t *testing.T, doc *goquery.Document) {
				got := texts(doc.Find("table tbody code"))
				var want []string
				for _, s := range fixture.Sources {
					want = append(want, s.File)
				}
				if !slices.Equal(got, want) {
					t.Errorf("source files %q, want %q", got, want)
				}
			},
		},

		// For machines.
		{
			name: "sitemap index", path: "/sitemap.xml", wantStatus: 200,
			body: func(t *testing.T, rec *httptest.ResponseRecorder) {
				if ct := rec.Header().Get("Content-Type"); ct != "application/xml; charset=utf-8" {
					t.Errorf("Content-Type %q", ct)
				}
				var index struct {
					Sitemaps []struct {
						Loc     string `xml:"loc"`
						LastMod string `xml:"lastmod"`
					} `xml:"sitemap"`
				}
				if err := xml.Unmarshal(rec.Body.Bytes(), &index); err != nil {
					t.Fatalf("sitemap index: %v", err)
				}
				locs, lastmods := map[string]bool{}, map[string]string{}
				var parts []string
				for _, sm := range index.Sitemaps {
					parts = append(parts, strings.TrimPrefix(sm.Loc, baseURL))
					if _, err := time.Parse(time.DateOnly, sm.LastMod); err != nil {
						t.Errorf("%s lastmod %q", sm.Loc, sm.LastMod)
					}
					part := do(mustServer(t, fixture, server.Options{}), http.MethodGet, strings.TrimPrefix(sm.Loc, baseURL))
					var set struct {
						URLs []struct {
							Loc     string `xml:"loc"`
							LastMod string `xml:"lastmod"`
						} `xml:"url"`
					}
					if err := xml.Unmarshal(part.Body.Bytes(), &set); part.Code != 200 || err != nil {
						t.Fatalf("%s: %d %v", sm.Loc, part.Code, err)
					}
					for _, u := range set.URLs {
						if locs[u.Loc] {
							t.Errorf("%s is listed twice", u.Loc)
						}
						locs[u.Loc], lastmods[u.Loc] = true, u.LastMod
						if u.LastMod > sm.LastMod {
							t.Errorf("%s changed %s, after its sitemap's %s", u.Loc, u.LastMod, sm.LastMod)
						}
					}
				}
				if want := []string{"/sitemaps/pages.xml", "/sitemaps/occupations.xml", "/sitemaps/lists.xml", "/sitemaps/schools.xml", "/sitemaps/programs.xml"}; !slices.Equal(parts, want) {
					t.Errorf("sitemaps %q, want %q", parts, want)
				}
				want := []string{baseURL + "/", baseURL + "/schools", baseURL + schoolPath, baseURL + "/programs/" + careertest.CIP,
					baseURL + list.Path(), baseURL + "/groups/" + group.Slug}
				for _, o := range fixture.All {
					want = append(want, baseURL+"/occupations/"+o.Slug)
				}
				for _, w := range want {
					if !locs[w] {
						t.Errorf("sitemaps lack %s", w)
					}
				}
				// A profile changed when its prose was reviewed or its figures imported, whichever is later.
				o := fixture.Occupation(careertest.SOCWritten)
				if got := lastmods[baseURL+"/occupations/"+o.Slug]; got < o.Updated || got == "" {
					t.Errorf("profile lastmod %q, want at least its review date %s", got, o.Updated)
				}
			},
		},
		{
			name: "unknown sitemap", path: "/sitemaps/nope.xml", wantStatus: 404,
		},
		{
			name: "robots.txt", path: "/robots.txt", wantStatus: 200,
			body: func(t *testing.T, rec *httptest.ResponseRecorder) {
				lines := strings.Split(rec.Body.String(), "\n")
				for _, w := range []string{"User-agent: *", "Disallow: /schools.csv", "Disallow: /occupations.csv", "Sitemap: " + baseURL + "/sitemap.xml"} {
					if !slices.Contains(lines, w) {
						t.Errorf("robots.txt lacks the line %q:\n%s", w, rec.Body.String())
					}
				}
			},
		},
		{
			name: "health", path: "/healthz", wantStatus: 200,
			body: func(t *testing.T, rec *httptest.ResponseRecorder) {
				if rec.Body.String() != "ok\n" || rec.Header().Get("Cache-Control") != "no-store" {
					t.Errorf("healthz: %q, Cache-Control %q", rec.Body.String(), rec.Header().Get("Cache-Control"))
				}
			},
		},

		// What the router refuses.
		{name: "unknown path", path: "/no/such/page", wantStatus: 404, wantTitle: "Page not found · Career Atlas", wantH1: "Page not found", check: errorPage(404)},
		{name: "unknown static file", path: "/static/css/nope.css", wantStatus: 404, wantH1: "Page not found", check: errorPage(404)},
		{
			name: "POST is not allowed", method: http.MethodPost, path: "/occupations", wantStatus: 405, wantH1: "That method is not allowed",
			check: errorPage(405),
			body: func(t *testing.T, rec *httptest.ResponseRecorder) {
				if got := rec.Header().Get("Allow"); got != "GET, HEAD" {
					t.Errorf("Allow %q, want GET, HEAD", got)
				}
			},
		},
		{name: "DELETE is not allowed", method: http.MethodDelete, path: writtenPath, wantStatus: 405, check: errorPage(405)},
		{name: "HEAD of a page", method: http.MethodHead, path: writtenPath, wantStatus: 200, body: emptyBody},
		{name: "HEAD of a search", method: http.MethodHead, path: "/search?q=nurse", wantStatus: 200, body: emptyBody},
		{name: "HEAD of the API", method: http.MethodHead, path: "/api/v1/occupations/" + written.SOC, wantStatus: 200, body: emptyBody},
	}
}

// paths are the profile paths of occupations, in order.
func paths(os []*career.Occupation) []string {
	var out []string
	for _, o := range os {
		out = append(out, "/occupations/"+o.Slug)
	}
	return out
}

// jobs is an occupation's OEWS employment, or 0 when it has no wages.
func jobs(o *career.Occupation) float64 {
	if o.Wages == nil {
		return 0
	}
	return o.Wages.Employment.Value
}

// slugOf is a school name as our slugs write it: lower case, words joined
// by hyphens.
func slugOf(name string) string {
	f := strings.FieldsFunc(strings.ToLower(name), func(r rune) bool { return !('a' <= r && r <= 'z' || '0' <= r && r <= '9') })
	return strings.Join(f, "-")
}

// indexOrder is the A–Z index: the fixture's occupations by major group,
// in group order, then as the site orders them.
func indexOrder() []string {
	var out []string
	for _, g := range fixture.Groups {
		for _, o := range fixture.All {
			if o.Group == g.Code {
				out = append(out, "/occupations/"+o.Slug)
			}
		}
	}
	return out
}

// mustCSV parses a CSV response.
func mustCSV(t *testing.T, rec *httptest.ResponseRecorder) [][]string {
	t.Helper()
	if ct := rec.Header().Get("Content-Type"); ct != "text/csv; charset=utf-8" {
		t.Errorf("Content-Type %q, want text/csv; charset=utf-8", ct)
	}
	if cd := rec.Header().Get("Content-Disposition"); !strings.HasPrefix(cd, "attachment;") {
		t.Errorf("Content-Disposition %q, want an attachment", cd)
	}
	rows, err := csv.NewReader(strings.NewReader(rec.Body.String())).ReadAll()
	if err != nil {
		t.Fatalf("CSV: %v", err)
	}
	if len(rows) == 0 {
		t.Fatal("CSV is empty")
	}
	return rows
}

func emptyBody(t *testing.T, rec *httptest.ResponseRecorder) {
	if rec.Body.Len() != 0 {
		t.Errorf("HEAD answered with %d bytes of body, want none", rec.Body.Len())
	}
	if rec.Header().Get("Content-Type") == "" {
		t.Error("HEAD answered without a Content-Type")
	}
}

// fact wants a quick fact with its value and detail.
func fact(label, value, detail string) check {
	return func(t *testing.T, doc *goquery.Document) {
		t.Helper()
		found := false
		doc.Find(".facts__item").Each(func(_ int, s *goquery.Selection) {
			if norm(s.Find("dt").Text()) != label {
				return
			}
			found = true
			if got := norm(s.Find(".facts__value").Text()); got != value {
				t.Errorf("fact %q = %q, want %q", label, got, value)
			}
			if got := norm(s.Find(".facts__detail").Text()); got != detail {
				t.Errorf("fact %q detail %q, want %q", label, got, detail)
			}
		})
		if !found {
			t.Errorf("no fact %q among %q", label, texts(doc.Find(".facts__item dt")))
		}
	}
}

// payRow wants a row of the pay table.
func payRow(label, annual, hourly string) check {
	return tableRow("#pay tbody tr", label, annual, hourly)
}

// compareRow wants a row of the comparison.
func compareRow(label string, values ...string) check {
	return tableRow(".compare-table tbody tr", label, values...)
}

// tableRow wants a row, among those sel matches, whose header is label
// and whose cells read values.
func tableRow(sel, label string, values ...string) check {
	return func(t *testing.T, doc *goquery.Document) {
		t.Helper()
		var labels []string
		found := false
		doc.Find(sel).Each(func(_ int, s *goquery.Selection) {
			th := norm(s.Find("th").Text())
			labels = append(labels, th)
			if th != label {
				return
			}
			found = true
			if got := texts(s.Find("td")); !slices.Equal(got, values) {
				t.Errorf("row %q: %q, want %q", label, got, values)
			}
		})
		if !found {
			t.Errorf("no row %q in %s; rows %q", label, sel, labels)
		}
	}
}

// jsonLD wants the profile's structured data for a SOC code and median.
func jsonLD(soc string, median float64) check {
	return func(t *testing.T, doc *goquery.Document) {
		t.Helper()
		var ld struct {
			Type     string `json:"@type"`
			Category string `json:"occupationalCategory"`
			URL      string `json:"url"`
			Salary   []struct {
				Median float64 `json:"median"`
			} `json:"estimatedSalary"`
		}
		s := doc.Find(`script#occupation-ld[type="application/ld+json"]`)
		if err := json.Unmarshal([]byte(s.Text()), &ld); err != nil {
			t.Fatalf("JSON-LD %q: %v", s.Text(), err)
		}
		if ld.Type != "Occupation" || ld.Category != soc || !strings.HasPrefix(ld.URL, baseURL+"/occupations/") ||
			len(ld.Salary) != 1 || ld.Salary[0].Median != median {
			t.Errorf("JSON-LD %+v, want an Occupation %s with median %v", ld, soc, median)
		}
	}
}

// listLinks wants a profile to link to exactly the lists its occupation
// is on.
func listLinks(soc string) check {
	var want []string
	for _, l := range fixture.ListsWith(soc) {
		want = append(want, l.Path())
	}
	return func(t *testing.T, doc *goquery.Document) {
		t.Helper()
		if len(want) == 0 {
			t.Fatalf("%s is on no list of the fixture; choose an occupation that is", soc)
		}
		linksAre(`section[aria-labelledby="lists-h"] a`, want)(t, doc)
	}
}

var standingRe = regexp.MustCompile(`^You earn more than about (\d+)% of (.+) nationwide\.$`)

// standing wants the salary result to place the pay strictly between two
// percentiles.
func standing(title string, above, below int) check {
	return func(t *testing.T, doc *goquery.Document) {
		t.Helper()
		got := norm(doc.Find(".salary-standing").Text())
		m := standingRe.FindStringSubmatch(got)
		if m == nil || m[2] != title {
			t.Fatalf("standing %q, want \"You earn more than about N%% of %s nationwide.\"", got, title)
		}
		if n, _ := strconv.Atoi(m[1]); n <= above || n >= below {
			t.Errorf("standing %d%%, want between %d and %d", n, above, below)
		}
	}
}

var milesRe = regexp.MustCompile(`^([\d,]+\.\d) miles$`)

// distancesAscending wants every school card to show a distance, nearest
// first.
func distancesAscending(t *testing.T, doc *goquery.Document) {
	t.Helper()
	cards := doc.Find(".school-card")
	if cards.Length() == 0 {
		t.Fatal("no school cards")
	}
	last := -1.0
	cards.Each(func(i int, s *goquery.Selection) {
		var d float64
		found := false
		for _, span := range texts(s.Find(".school-card__meta span")) {
			if m := milesRe.FindStringSubmatch(span); m != nil {
				d, _ = strconv.ParseFloat(strings.ReplaceAll(m[1], ",", ""), 64)
				found = true
			}
		}
		if !found {
			t.Errorf("school card %d shows no distance: %q", i, texts(s.Find(".school-card__meta span")))
			return
		}
		if d < last {
			t.Errorf("school card %d is %v miles away, after one at %v", i, d, last)
		}
		last = d
	})
}

// noDistances wants no school card to show a distance.
func noDistances(t *testing.T, doc *goquery.Document) {
	t.Helper()
	for _, span := range texts(doc.Find(".school-card__meta span")) {
		if milesRe.MatchString(span) {
			t.Errorf("a school card shows a distance, %q, without a ZIP code", span)
		}
	}
}

// radioOrder wants the assessment's questions in this order of item IDs.
func radioOrder(ids []string) check {
	return func(t *testing.T, doc *goquery.Document) {
		t.Helper()
		var got []string
		doc.Find(`fieldset.assessment__item input[value="0"]`).Each(func(_ int, s *goquery.Selection) {
			got = append(got, s.AttrOr("name", ""))
		})
		if !slices.Equal(got, ids) {
			t.Errorf("questions in the order %q, want %q", got, ids)
		}
	}
}

// alsoCalled checks a profile's "Also called": the titles O*NET shows its
// users, in its order, and every other title behind a disclosure.
func alsoCalled(t *testing.T, soc string) check {
	var shown, titles []string
	for _, r := range readFixtureCSV(t, "data/onet_reported_titles.csv") {
		if r["soc"] == soc {
			shown = append(shown, r["title"])
		}
	}
	for _, r := range readFixtureCSV(t, "data/onet_titles.csv") {
		if r["soc"] == soc {
			titles = append(titles, r["title"])
		}
	}
	return all(
		textIs(".profile__actions .muted", "Also called: "+strings.Join(shown, ", ")),
		textIs("#titles-h + details summary", fmt.Sprintf("All %d titles this work goes by", len(titles))),
	)
}
