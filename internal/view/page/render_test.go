package page_test

import (
	"context"
	"encoding/json"
	"net/http"
	"net/url"
	"strings"
	"testing"

	"github.com/PuerkitoBio/goquery"
	"github.com/a-h/templ"

	"github.com/careeratlas/careeratlas/internal/career"
	"github.com/careeratlas/careeratlas/internal/career/careertest"
	"github.com/careeratlas/careeratlas/internal/search"
	"github.com/careeratlas/careeratlas/internal/view/form"
	"github.com/careeratlas/careeratlas/internal/view/layout"
	"github.com/careeratlas/careeratlas/internal/view/page"
)

// TestRender renders every page component once and checks the frame:
// one h1, the title, canonical or noindex, breadcrumbs, and a figure or
// two of the fixture where a reader would look for it.
func TestRender(t *testing.T) {
	ctx := context.Background()

	homePage := page.NewHomePage(page.HomeInput{Common: common(), Groups: fx.Groups,
		Featured: []*career.Occupation{occupation(t, careertest.SOCWritten)}, Lists: fx.Lists})
	g := fx.Group("29-0000")
	var groupOccs []*career.Occupation
	for _, o := range fx.All {
		if o.Group == g.Code {
			groupOccs = append(groupOccs, o)
		}
	}
	groupPage := page.NewGroupPage(page.GroupInput{Common: common(), Group: g, Occupations: groupOccs})
	aboutPage := page.NewAboutDataPage(page.AboutDataInput{Common: common()})
	errorPage := page.NewErrorPage(page.ErrorInput{Common: common(), Status: http.StatusNotFound, Heading: "Page not found", Message: "No such page."})
	listIndexPage := page.NewListIndexPage(page.ListIndexInput{Common: common(), Lists: fx.Lists})
	listPage := page.NewListPage(page.ListInput{Common: common(), List: *fx.List(careertest.ListSlug), Occupations: fx.ListMembers(careertest.ListSlug)})
	occPage := page.NewOccupationPage(occupationInput(t, careertest.SOCWritten))
	hourlyPage := page.NewOccupationPage(occupationInput(t, careertest.SOCHourlyOnly))
	noWagesPage := page.NewOccupationPage(occupationInput(t, careertest.SOCNoWages))
	indexPage := page.NewOccupationIndexPage(finderInput(t, ""))
	finderPage := page.NewOccupationIndexPage(finderInput(t, "group=29-0000&sort=pay"))
	comparePage := page.NewComparePage(compareInput(t, careertest.SOCWritten, careertest.SOCNurse))
	salaryPage := page.NewSalaryPage(salaryInput(t, "soc=29-2072&state=OH&pay=50250"))
	assessmentPage := page.NewAssessmentPage(assessmentInput(t, likes("Social", "Investigative")))
	schoolFinderPage := page.NewSchoolFinderPage(schoolFinderInput(t, "zip=43215&miles=50"))
	sc, err := fx.DB.SchoolByID(ctx, careertest.UnitID)
	if err != nil {
		t.Fatal(err)
	}
	schoolPage := page.NewSchoolPage(page.SchoolInput{Common: common(), School: sc, Families: fx.FamilyTitles(), StateName: fx.StateName(sc.State)})
	res, err := fx.DB.SearchSchools(ctx, career.SchoolFilter{CIPs: []string{careertest.CIP}, Sort: career.SortCompletions, Limit: 50})
	if err != nil {
		t.Fatal(err)
	}
	programPage := page.NewProgramPage(page.ProgramInput{Common: common(), Program: fx.Program(careertest.CIP), Area: fx.FamilyTitle("51"),
		Schools: res, States: fx.States})
	searchPage := page.NewSearchPage(page.SearchInput{Common: common(), Query: "nurse", Searched: true,
		Results: &search.Results{Total: 1, Hits: []search.Hit{{Occupation: occupation(t, careertest.SOCNurse)}}}})
	emptySearchPage := page.NewSearchPage(page.SearchInput{Common: common(), Groups: fx.Groups})

	tests := []struct {
		name   string
		c      templ.Component
		meta   layout.Meta
		wantH1 string
		// wantText must each appear in the main content.
		wantText []string
		check    func(t *testing.T, doc *goquery.Document)
	}{
		{name: "home", c: page.Home(homePage), meta: homePage.Meta, wantH1: "Find work that fits",
			wantText: []string{"Medical Records Specialists", "$50,250", "Good pay without a bachelor's degree"}},
		{name: "group", c: page.Group(groupPage), meta: groupPage.Meta, wantH1: g.Title,
			wantText: []string{"Registered Nurses", "$93,600"}},
		{name: "about the data", c: page.AboutData(aboutPage), meta: aboutPage.Meta, wantH1: "About the data",
			wantText: []string{"May 2024", "national_M2024_dl.xlsx"}},
		{name: "error", c: page.Error(errorPage), meta: errorPage.Meta, wantH1: "Page not found",
			wantText: []string{"No such page."},
			check: func(t *testing.T, doc *goquery.Document) {
				if doc.Find(`.error-page[data-status="404"]`).Length() != 1 {
					t.Error("no error-page marker with status 404")
				}
			}},
		{name: "list index", c: page.ListIndex(listIndexPage), meta: listIndexPage.Meta, wantH1: "Lists of occupations",
			wantText: []string{"Good pay without a bachelor's degree"}},
		{name: "list", c: page.ListShow(listPage), meta: listPage.Meta, wantH1: "Good pay without a bachelor's degree",
			wantText: []string{"Medical Records Specialists", "$50,250", "14,200"}},
		{name: "occupation", c: page.Occupation(occPage), meta: occPage.Meta, wantH1: "Medical Records Specialists",
			wantText: []string{"$50,250 a year", "$24.16 an hour", "+7.1%", "Much faster than average", "Ohio", "$51,190"},
			check: func(t *testing.T, doc *goquery.Document) {
				script := doc.Find(`script[type="application/ld+json"]`)
				if script.Length() != 1 {
					t.Fatalf("%d JSON-LD scripts, want 1", script.Length())
				}
				var ld map[string]any
				if err := json.Unmarshal([]byte(script.Text()), &ld); err != nil {
					t.Fatalf("JSON-LD does not parse: %v\n%s", err, script.Text())
				}
				if ld["@type"] != "Occupation" || ld["name"] != "Medical Records Specialists" || ld["url"] != occPage.Meta.Canonical() {
					t.Errorf("JSON-LD = %v", ld)
				}
				if doc.Find(`a[href="/programs/51.0707"]`).Length() == 0 {
					t.Error("no link to the program that leads here")
				}
			}},
		{name: "occupation, hourly only", c: page.Occupation(hourlyPage), meta: hourlyPage.Meta, wantH1: "Actors",
			wantText: []string{"$23.33 an hour", "published as an hourly wage only"}},
		{name: "occupation, no wages", c: page.Occupation(noWagesPage), meta: noWagesPage.Meta, wantH1: noWagesPage.Occupation.Title,
			wantText: []string{"\u22124.6%"}},
		{name: "occupation index", c: page.OccupationIndex(indexPage), meta: indexPage.Meta, wantH1: "All occupations",
			wantText: []string{"Medical Records Specialists", "Chief Executives"}},
		{name: "occupation finder results", c: page.OccupationIndex(finderPage), meta: finderPage.Meta, wantH1: "All occupations",
			wantText: []string{"3 occupations", "Registered Nurses"}},
		{name: "compare", c: page.Compare(comparePage), meta: comparePage.Meta, wantH1: "Compare occupations",
			wantText: []string{"Medical Records Specialists", "Registered Nurses", "$50,250", "$93,600"}},
		{name: "salary", c: page.Salary(salaryPage), meta: salaryPage.Meta, wantH1: "What are you worth?",
			wantText: []string{salaryPage.Result.Standing, salaryPage.Result.State[0]}},
		{name: "assessment result", c: page.Assessment(assessmentPage), meta: assessmentPage.Meta, wantH1: "Career assessment",
			wantText: []string{assessmentPage.Top, assessmentPage.Matches[0].Title}},
		{name: "school finder results", c: page.SchoolFinder(schoolFinderPage), meta: schoolFinderPage.Meta, wantH1: "Find a school",
			wantText: []string{"Columbus State Community College", schoolFinderPage.Results.Range}},
		{name: "school", c: page.School(schoolPage), meta: schoolPage.Meta, wantH1: "Columbus State Community College",
			wantText: []string{"550 E Spring St", "Health Professions and Related Programs"}},
		{name: "program", c: page.ProgramShow(programPage), meta: programPage.Meta, wantH1: programPage.Title,
			wantText: []string{"Columbus State Community College", programPage.Total}},
		{name: "search", c: page.Search(searchPage), meta: searchPage.Meta, wantH1: "Results for “nurse”",
			wantText: []string{"Registered Nurses"}},
		{name: "search, empty", c: page.Search(emptySearchPage), meta: emptySearchPage.Meta, wantH1: "Search",
			wantText: []string{"medical coder"}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			doc := render(t, tt.c)
			h1 := doc.Find("h1")
			if h1.Length() != 1 {
				t.Fatalf("%d h1 elements, want 1", h1.Length())
			}
			if got := text(h1); !strings.Contains(got, tt.wantH1) {
				t.Errorf("h1 = %q, want it to contain %q", got, tt.wantH1)
			}
			if got := text(doc.Find("head title")); got != tt.meta.FullTitle() {
				t.Errorf("title = %q, want %q", got, tt.meta.FullTitle())
			}
			canonical, robots := doc.Find(`link[rel="canonical"]`), doc.Find(`meta[name="robots"]`)
			if tt.meta.NoIndex {
				if robots.AttrOr("content", "") != "noindex" || canonical.Length() != 0 {
					t.Errorf("robots %q, %d canonical links; want noindex and none", robots.AttrOr("content", ""), canonical.Length())
				}
			} else if href := canonical.AttrOr("href", ""); href != tt.meta.Canonical() || robots.Length() != 0 {
				t.Errorf("canonical %q, %d robots tags; want %q and none", href, robots.Length(), tt.meta.Canonical())
			}
			if got := doc.Find(".breadcrumbs li").Length(); got != len(tt.meta.Breadcrumbs) {
				t.Errorf("%d breadcrumbs, want %d", got, len(tt.meta.Breadcrumbs))
			}
			main := text(doc.Find("main"))
			for _, w := range tt.wantText {
				if w == "" {
					t.Error("empty wanted text")
				}
				if !strings.Contains(main, w) {
					t.Errorf("main content lacks %q", w)
				}
			}
			if tt.check != nil {
				tt.check(t, doc)
			}
		})
	}
}

// TestRenderDevProblems checks that unpublished content is announced above
// any page in development.
func TestRenderDevProblems(t *testing.T) {
	c := common()
	c.DevProblems = []string{"occupations/nurses.md:3: unknown key \"sumary\""}
	doc := render(t, page.AboutData(page.NewAboutDataPage(page.AboutDataInput{Common: c})))
	if got := text(doc.Find(".dev-problems code")); got != c.DevProblems[0] {
		t.Errorf("dev problems show %q, want %q", got, c.DevProblems[0])
	}
}

// TestRenderEscapes checks that what a visitor types is escaped.
func TestRenderEscapes(t *testing.T) {
	q := `<script>alert("x")</script>`
	p := page.NewSearchPage(page.SearchInput{Common: common(), Query: q, Searched: true})
	var b strings.Builder
	if err := page.Search(p).Render(context.Background(), &b); err != nil {
		t.Fatal(err)
	}
	if strings.Contains(b.String(), q) {
		t.Error("the query is rendered unescaped")
	}
	doc := render(t, page.Search(p))
	if got := doc.Find("#q").AttrOr("value", ""); got != q {
		t.Errorf("search box holds %q, want the query %q", got, q)
	}
	// The school finder shows back a bad query with its problems.
	v := url.Values{"name": {strings.Repeat("<b>", 40)}}
	f := form.ParseSchool(v, fx)
	doc = render(t, page.SchoolFinder(page.NewSchoolFinderPage(page.SchoolFinderInput{Common: common(), Form: f, States: fx.States, Families: fx.Families})))
	if doc.Find("main b").Length() != 0 {
		t.Error("the typed name became markup")
	}
	if !strings.Contains(text(doc.Find("main")), "too long") {
		t.Error("the finder does not show its problem")
	}
}
