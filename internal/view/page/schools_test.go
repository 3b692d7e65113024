package page_test

import (
	"context"
	"net/url"
	"slices"
	"strconv"
	"strings"
	"testing"

	"github.com/careeratlas/careeratlas/internal/career"
	"github.com/careeratlas/careeratlas/internal/career/careertest"
	"github.com/careeratlas/careeratlas/internal/view/form"
	"github.com/careeratlas/careeratlas/internal/view/page"
)

// schoolFinderInput parses a finder query and, when it searches, finds a
// page of results, as the server does.
func schoolFinderInput(t *testing.T, raw string) page.SchoolFinderInput {
	t.Helper()
	ctx := context.Background()
	v, err := url.ParseQuery(raw)
	if err != nil {
		t.Fatal(err)
	}
	f := form.ParseSchool(v, fx)
	in := page.SchoolFinderInput{Common: common(), Form: f, States: fx.States, Families: fx.Families}
	if f.Area != "" && fx.Family(f.Area) != nil {
		in.Programs = fx.ProgramsInFamily(f.Area)
	}
	for _, c := range f.CIPs {
		if p := fx.Program(c); p != nil {
			in.ChosenPrograms = append(in.ChosenPrograms, *p)
		}
	}
	if len(f.Problems) > 0 || !f.Searched() {
		return in
	}
	res, err := fx.DB.SearchSchools(ctx, f.Filter)
	if err != nil {
		t.Fatal(err)
	}
	in.Results, in.Pages, in.Query = res, max(1, (res.Total+form.SchoolsPerPage-1)/form.SchoolsPerPage), v
	return in
}

func TestNewSchoolFinderPage(t *testing.T) {
	t.Run("the empty form", func(t *testing.T) {
		p := page.NewSchoolFinderPage(schoolFinderInput(t, ""))
		checkMeta(t, p.Meta, "Find a school", "/schools", false, home, crumb("Schools", ""))
		if p.Meta.Section != "schools" || p.Results != nil || len(p.Problems) != 0 {
			t.Errorf("section %q, results %v, problems %q; want the empty form", p.Meta.Section, p.Results, p.Problems)
		}
		for _, c := range []struct {
			name         string
			opts         []page.Option
			n            int
			wantSelected []string
		}{
			{"state", p.StateOptions, 2, nil},
			{"distance", p.DistanceOptions, len(form.Distances), []string{"25"}},
			{"area", p.AreaOptions, len(fx.Families), nil},
			{"program", p.ProgramOptions, 0, nil},
			{"chosen", p.ChosenOptions, 0, nil},
			{"credential", p.CredOptions, len(career.CredentialGroups), nil},
			{"control", p.ControlOptions, len(career.Controls), nil},
			{"sort", p.SortOptions, 5, []string{"name"}},
			{"show", p.ShowOptions, 2, nil},
		} {
			if len(c.opts) != c.n {
				t.Errorf("%d %s options, want %d", len(c.opts), c.name, c.n)
			}
			if got := selected(c.opts); !slices.Equal(got, c.wantSelected) {
				t.Errorf("%s options selected %q, want %q", c.name, got, c.wantSelected)
			}
		}
		if o := p.DistanceOptions[0]; o.Value != "10" || o.Label != "Within 10 miles" {
			t.Errorf("first distance %+v, want Within 10 miles", o)
		}
		if !slices.Equal(values(p.SortOptions), []string{"distance", "name", "completions", "admission", "grant"}) {
			t.Errorf("sort options %q", values(p.SortOptions))
		}
	})

	t.Run("near a ZIP", func(t *testing.T) {
		in := schoolFinderInput(t, "zip=43215&miles=50")
		p := page.NewSchoolFinderPage(in)
		r := p.Results
		if r == nil {
			t.Fatalf("no results; problems %q", p.Problems)
		}
		n := in.Results.Total
		if n == 0 || n > careertest.Schools {
			t.Fatalf("%d schools near Columbus, want some of the fixture's", n)
		}
		summary := strconv.Itoa(n) + " schools"
		if p.Meta.Title != "Schools: "+summary || r.Summary != summary || r.Range != "1–"+strconv.Itoa(n)+" of "+strconv.Itoa(n) {
			t.Errorf("title %q, summary %q, range %q; want %s, 1–%d of %d", p.Meta.Title, r.Summary, r.Range, summary, n, n)
		}
		if !p.Meta.NoIndex || !r.ShowDistance {
			t.Errorf("noindex %v, show distance %v; want both", p.Meta.NoIndex, r.ShowDistance)
		}
		if r.Prev != "" || r.Next != "" || r.Pages != nil {
			t.Errorf("one page has pagination: prev %q, next %q, pages %+v", r.Prev, r.Next, r.Pages)
		}
		if r.CSVURL != "/schools.csv?miles=50&zip=43215" {
			t.Errorf("CSVURL = %q", r.CSVURL)
		}
		if len(r.Rows) != n {
			t.Fatalf("%d rows, want %d", len(r.Rows), n)
		}
		first := r.Rows[0]
		if first.Name != "Columbus State Community College" || first.URL != "/schools/202222/columbus-state-community-college" ||
			first.Place != "Columbus, OH" || first.Control != "Public" || first.Website != "www.cscc.edu" || first.WebsiteURL != "https://www.cscc.edu" {
			t.Errorf("first row %+v, want Columbus State", first)
		}
		for _, row := range r.Rows {
			if !strings.HasSuffix(row.Distance, " miles") {
				t.Errorf("%s: distance %q, want miles", row.Name, row.Distance)
			}
		}
		if got := selected(p.DistanceOptions); !slices.Equal(got, []string{"50"}) {
			t.Errorf("distance selected %q, want 50", got)
		}
		if got := selected(p.SortOptions); !slices.Equal(got, []string{"distance"}) {
			t.Errorf("sort selected %q, want distance", got)
		}
	})

	t.Run("a program in an area", func(t *testing.T) {
		in := schoolFinderInput(t, "area=51&cip="+careertest.CIP+"&cred=associate&cred=certificate-short&control=public&state=OH")
		p := page.NewSchoolFinderPage(in)
		if p.Results == nil {
			t.Fatalf("no results; problems %q", p.Problems)
		}
		for _, c := range []struct {
			name string
			opts []page.Option
			want []string
		}{
			{"state", p.StateOptions, []string{"OH"}},
			{"area", p.AreaOptions, []string{"51"}},
			{"program", p.ProgramOptions, []string{careertest.CIP}},
			{"credential", p.CredOptions, []string{"certificate-short", "associate"}},
			{"control", p.ControlOptions, []string{"public"}},
			{"sort", p.SortOptions, []string{"completions"}},
		} {
			if got := selected(c.opts); !slices.Equal(got, c.want) {
				t.Errorf("%s options selected %q, want %q", c.name, got, c.want)
			}
		}
		if len(p.ProgramOptions) != len(in.Programs) || len(p.ProgramOptions) < 2 {
			t.Errorf("%d program options, want the area's %d", len(p.ProgramOptions), len(in.Programs))
		}
		if p.ChosenOptions != nil {
			t.Errorf("ChosenOptions = %+v, want none when an area lists the programs", p.ChosenOptions)
		}
		if p.Results.ShowDistance {
			t.Error("distances shown without a ZIP")
		}
		for _, row := range p.Results.Rows {
			if row.Distance != "" {
				t.Errorf("%s: distance %q without a ZIP", row.Name, row.Distance)
			}
			for _, pl := range row.Programs {
				if pl.URL != "/programs/"+careertest.CIP || !strings.HasSuffix(pl.Awards, " awarded") || pl.Award == "" {
					t.Errorf("%s: program line %+v, want the chosen program with its awards", row.Name, pl)
				}
			}
		}
	})

	t.Run("programs chosen without an area", func(t *testing.T) {
		p := page.NewSchoolFinderPage(schoolFinderInput(t, "cip="+careertest.CIP))
		want := []page.Option{{Value: careertest.CIP, Label: "Health Information/Medical Records Technology/Technician (51.0707)", Selected: true}}
		if !slices.Equal(p.ChosenOptions, want) {
			t.Errorf("ChosenOptions = %+v, want %+v", p.ChosenOptions, want)
		}
	})

	t.Run("a distance not offered is kept", func(t *testing.T) {
		p := page.NewSchoolFinderPage(schoolFinderInput(t, "zip=43215&miles=30"))
		if got := selected(p.DistanceOptions); !slices.Equal(got, []string{"30"}) {
			t.Errorf("distance selected %q, want 30", got)
		}
		if last := p.DistanceOptions[len(p.DistanceOptions)-1]; last.Label != "Within 30 miles" {
			t.Errorf("last distance option %+v, want Within 30 miles", last)
		}
	})

	t.Run("problems hide results", func(t *testing.T) {
		in := schoolFinderInput(t, "state=OH")
		in.Form.Problems = []string{"There is no page 9: this search has 1 page."}
		p := page.NewSchoolFinderPage(in)
		if p.Results != nil || p.Meta.Title != "Find a school" || !slices.Equal(p.Problems, in.Form.Problems) {
			t.Errorf("results %v, title %q, problems %q; want the problem and no results", p.Results, p.Meta.Title, p.Problems)
		}
		if !p.Meta.NoIndex {
			t.Error("a searched finder is indexed")
		}
	})

	t.Run("nothing found", func(t *testing.T) {
		in := schoolFinderInput(t, "state=OH")
		in.Results, in.Pages = &career.SchoolResults{}, 1
		in.Loosen = []page.Loosen{{Label: "in any state", Count: 2, URL: "/schools?name=x"}}
		p := page.NewSchoolFinderPage(in)
		if r := p.Results; r.Summary != "0 schools" || r.Range != "" || len(r.Rows) != 0 {
			t.Errorf("summary %q, range %q, %d rows; want 0 schools", r.Summary, r.Range, len(r.Rows))
		}
		if !slices.Equal(p.Loosen, in.Loosen) {
			t.Errorf("Loosen = %+v, want %+v", p.Loosen, in.Loosen)
		}
	})
}

// TestSchoolFinderFacts: the admission and aid columns show when asked
// for or sorted by, a school that did not report reads so (never 0), and
// the results name the surveys and years.
func TestSchoolFinderFacts(t *testing.T) {
	byName := func(p page.SchoolFinderPage) map[string]page.SchoolRow {
		out := map[string]page.SchoolRow{}
		for _, r := range p.Results.Rows {
			out[r.Name] = r
		}
		return out
	}
	t.Run("not asked for", func(t *testing.T) {
		p := page.NewSchoolFinderPage(schoolFinderInput(t, "state=OH"))
		for _, r := range p.Results.Rows {
			if r.Admission != "" || r.Aid != "" {
				t.Errorf("%s: admission %q, aid %q without show=", r.Name, r.Admission, r.Aid)
			}
		}
		want := []string{"Awards: IPEDS Completions, 2023–24, first majors."}
		if !slices.Equal(p.Results.FactNotes, want) {
			t.Errorf("fact notes %q without show=, want only the year of the awards %q", p.Results.FactNotes, want)
		}
	})
	t.Run("by program", func(t *testing.T) {
		p := page.NewSchoolFinderPage(schoolFinderInput(t, "state=OH&area=51"))
		want := []string{"Awards: IPEDS Completions, 2023–24, first majors. A school is listed only if it awarded at least one of what you searched for that year."}
		if !slices.Equal(p.Results.FactNotes, want) {
			t.Errorf("fact notes %q, want %q", p.Results.FactNotes, want)
		}
	})
	t.Run("sorted by admission rate", func(t *testing.T) {
		p := page.NewSchoolFinderPage(schoolFinderInput(t, "state=OH&sort=admission"))
		rows := byName(p)
		for name, want := range map[string]string{
			"Hondros College of Nursing":       "85% admitted",
			"Mount Carmel College of Nursing":  "84% admitted",
			"Columbus State Community College": "Open admission",
		} {
			if got := rows[name].Admission; got != want {
				t.Errorf("%s: admission %q, want %q", name, got, want)
			}
		}
		// Open admission first (it admits everyone who applies), then the
		// highest rate.
		var order []string
		for _, r := range p.Results.Rows {
			order = append(order, r.Name)
		}
		if want := []string{"Columbus State Community College", "Franklin University", "Hondros College of Nursing", "Mount Carmel College of Nursing"}; !slices.Equal(order, want) {
			t.Errorf("order %q, want %q", order, want)
		}
		if notes := strings.Join(p.Results.FactNotes, " "); !strings.Contains(notes, "IPEDS Admissions, Fall 2024") || !strings.Contains(notes, "2024–25") {
			t.Errorf("fact notes %q, want the ADM and IC releases", notes)
		}
	})
	t.Run("aid asked for", func(t *testing.T) {
		p := page.NewSchoolFinderPage(schoolFinderInput(t, "state=OH&show=aid"))
		if got := byName(p)["Hondros College of Nursing"].Aid; got != "Average grant $5,318 · 83% got grants" {
			t.Errorf("Hondros aid %q", got)
		}
		if notes := strings.Join(p.Results.FactNotes, " "); !strings.Contains(notes, "Student Financial Aid 2023–24") {
			t.Errorf("fact notes %q, want the SFA release", notes)
		}
	})
	t.Run("occupation", func(t *testing.T) {
		p := page.NewSchoolFinderPage(schoolFinderInput(t, "soc=29-2072&state=PA"))
		if p.OccupationClearURL != "/schools?state=PA" || p.Results == nil || p.Results.Total == 0 {
			t.Errorf("clear URL %q, results %+v; want a search in PA without the occupation", p.OccupationClearURL, p.Results)
		}
		doc := render(t, page.SchoolFinder(p))
		if got := text(doc.Find(".finder-occupation strong")); got != "Medical Records Specialists" {
			t.Errorf("occupation shown %q", got)
		}
		if doc.Find(`input[type=hidden][name=soc][value="29-2072"]`).Length() != 1 {
			t.Error("no hidden soc input: the form would lose the occupation")
		}
	})
	t.Run("rendered", func(t *testing.T) {
		doc := render(t, page.SchoolFinder(page.NewSchoolFinderPage(schoolFinderInput(t, "state=OH&online=1&open=1&show=admission"))))
		if doc.Find(`input[name=online][checked]`).Length() != 1 || doc.Find(`input[name=open][checked]`).Length() != 1 {
			t.Error("online and open admission checkboxes not checked")
		}
		if got := doc.Find(".school-card").Length(); got != 2 { // Columbus State, Franklin
			t.Errorf("%d schools, want the 2 open-admission Ohio schools with online programs", got)
		}
		if got := text(doc.Find(".school-card__admission").First()); got != "Open admission" {
			t.Errorf("admission column %q", got)
		}
		if doc.Find(".results__sources").Length() != 1 {
			t.Error("no note naming the survey and year")
		}
	})
}

func TestSchoolFinderPagination(t *testing.T) {
	schools := func(n int) []career.School {
		out := make([]career.School, n)
		for i := range out {
			out[i] = career.School{Institution: career.Institution{UnitID: strconv.Itoa(100000 + i), Name: "School", City: "Columbus", State: "OH"}, Slug: "school"}
		}
		return out
	}
	type link struct {
		label   string
		current bool
	}
	tests := []struct {
		name        string
		total       int
		page        int
		wantRange   string
		wantPrev    string
		wantNext    string
		wantPages   []link // a gap is {"…", false}
		wantSummary string
	}{
		{"one school", 1, 1, "1–1 of 1", "", "", nil, "1 school"},
		{"first of five", 95, 1, "1–20 of 95", "", "page=2&state=OH",
			[]link{{"1", true}, {"2", false}, {"3", false}, {"…", false}, {"5", false}}, "95 schools"},
		{"middle of five", 95, 3, "41–60 of 95", "page=2&state=OH", "page=4&state=OH",
			[]link{{"1", false}, {"2", false}, {"3", true}, {"4", false}, {"5", false}}, "95 schools"},
		{"last of five, short", 95, 5, "81–95 of 95", "page=4&state=OH", "",
			[]link{{"1", false}, {"…", false}, {"3", false}, {"4", false}, {"5", true}}, "95 schools"},
		{"middle of many", 1000, 25, "481–500 of 1,000", "page=24&state=OH", "page=26&state=OH",
			[]link{{"1", false}, {"…", false}, {"23", false}, {"24", false}, {"25", true}, {"26", false}, {"27", false}, {"…", false}, {"50", false}}, "1,000 schools"},
		{"second page links back to the first without a page", 45, 2, "21–40 of 45", "state=OH", "page=3&state=OH",
			[]link{{"1", false}, {"2", true}, {"3", false}}, "45 schools"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			pages := (tt.total + form.SchoolsPerPage - 1) / form.SchoolsPerPage
			on := min(form.SchoolsPerPage, tt.total-(tt.page-1)*form.SchoolsPerPage)
			in := schoolFinderInput(t, "state=OH&page="+strconv.Itoa(tt.page))
			in.Results, in.Pages = &career.SchoolResults{Total: tt.total, Schools: schools(on)}, pages
			p := page.NewSchoolFinderPage(in)
			r := p.Results
			if r == nil {
				t.Fatalf("no results; problems %q", p.Problems)
			}
			if r.Range != tt.wantRange {
				t.Errorf("Range = %q, want %q", r.Range, tt.wantRange)
			}
			href := func(q string) string {
				if q == "" {
					return ""
				}
				return "/schools?" + q
			}
			if r.Prev != href(tt.wantPrev) || r.Next != href(tt.wantNext) {
				t.Errorf("Prev %q, Next %q; want %q, %q", r.Prev, r.Next, href(tt.wantPrev), href(tt.wantNext))
			}
			var got []link
			for _, l := range r.Pages {
				if l.Gap {
					got = append(got, link{"…", false})
					continue
				}
				got = append(got, link{l.Label, l.Current})
				n, _ := strconv.Atoi(l.Label)
				wantURL := "/schools?page=" + l.Label + "&state=OH"
				if n == 1 {
					wantURL = "/schools?state=OH"
				}
				if l.URL != wantURL {
					t.Errorf("page %s links to %q, want %q", l.Label, l.URL, wantURL)
				}
			}
			if !slices.Equal(got, tt.wantPages) {
				t.Errorf("Pages = %v, want %v", got, tt.wantPages)
			}
			if r.CSVURL != "/schools.csv?state=OH" {
				t.Errorf("CSVURL = %q, want it without the page", r.CSVURL)
			}
			if r.Summary != tt.wantSummary {
				t.Errorf("Summary = %q, want %q", r.Summary, tt.wantSummary)
			}
			// The page asked for is not changed by building its links.
			if in.Query.Get("page") != strconv.Itoa(tt.page) {
				t.Errorf("the query's page became %q", in.Query.Get("page"))
			}
		})
	}
}

func TestSchoolsURL(t *testing.T) {
	tests := []struct {
		name   string
		cips   []string
		groups []career.CredentialGroup
		state  string
		want   string
	}{
		{"nothing", nil, nil, "", "/schools?"},
		{"programs", []string{"51.0707", "51.0713"}, nil, "", "/schools?cip=51.0707&cip=51.0713"},
		{"all three", []string{"51.3801"}, []career.CredentialGroup{career.Bachelor}, "OH", "/schools?cip=51.3801&cred=bachelor&state=OH"},
	}
	for _, tt := range tests {
		if got := page.SchoolsURL(tt.cips, tt.groups, tt.state); got != tt.want {
			t.Errorf("%s: SchoolsURL = %q, want %q", tt.name, got, tt.want)
		}
	}
}

func TestNewSchoolPage(t *testing.T) {
	ctx := context.Background()
	sc, err := fx.DB.SchoolByID(ctx, careertest.UnitID)
	if err != nil {
		t.Fatal(err)
	}
	var cips []string
	for _, p := range sc.Programs {
		cips = append(cips, p.CIP)
	}
	occ, err := fx.DB.OccupationsByProgram(ctx, cips)
	if err != nil {
		t.Fatal(err)
	}
	p := page.NewSchoolPage(page.SchoolInput{Common: common(), School: sc, Families: fx.FamilyTitles(), Occupations: occ, StateName: fx.StateName(sc.State)})
	name := "Columbus State Community College"
	checkMeta(t, p.Meta, name, "/schools/202222/columbus-state-community-college", false,
		home, crumb("Schools", "/schools"), crumb("Ohio", "/schools?state=OH"), crumb(name, ""))
	if want := name + " in Columbus, Ohio: programs of study, credentials awarded, and the occupations they lead to."; p.Meta.Description != want {
		t.Errorf("Description = %q, want %q", p.Meta.Description, want)
	}
	if p.Meta.Section != "schools" {
		t.Errorf("Section = %q, want schools", p.Meta.Section)
	}
	if p.Name != name || p.Address != "550 E Spring St" || p.Place != "Columbus, Ohio 43215" || p.Control != "Public" ||
		p.Level != "Four-year or above" || p.UnitID != "202222" || p.Total != "4,529" {
		t.Errorf("school %+v", p)
	}
	if p.Website != "www.cscc.edu" || p.WebsiteURL != "https://www.cscc.edu" {
		t.Errorf("website %q → %q", p.Website, p.WebsiteURL)
	}
	if want := "https://www.openstreetmap.org/?mlat=39.96887&mlon=-82.98766#map=15/39.96887/-82.98766"; p.MapURL != want {
		t.Errorf("MapURL = %q, want %q", p.MapURL, want)
	}
	if !slices.IsSortedFunc(p.Areas, func(a, b page.SchoolArea) int { return strings.Compare(a.Title, b.Title) }) {
		t.Error("areas are not by title")
	}
	i := slices.IndexFunc(p.Areas, func(a page.SchoolArea) bool { return a.ID == "area-51" })
	if i < 0 {
		t.Fatal("no health area")
	}
	health := p.Areas[i]
	if health.Title != "Health Professions and Related Programs" {
		t.Errorf("area 51 title %q", health.Title)
	}
	if !slices.IsSortedFunc(health.Programs, func(a, b page.SchoolProgram) int { return strings.Compare(a.Title, b.Title) }) {
		t.Error("programs are not by title")
	}
	j := slices.IndexFunc(health.Programs, func(sp page.SchoolProgram) bool { return sp.Code == careertest.CIP })
	if j < 0 {
		t.Fatalf("no program %s", careertest.CIP)
	}
	prog := health.Programs[j]
	if prog.URL != "/programs/51.0707" || !slices.Equal(prog.Awards, []string{"Certificate, 12 weeks to under 1 year: 18"}) {
		t.Errorf("program %+v", prog)
	}
	if want := []page.Link{{Label: "Medical Records Specialists", URL: "/occupations/medical-records-specialists"}}; !slices.Equal(prog.Occupations, want) {
		t.Errorf("occupations %+v, want %+v", prog.Occupations, want)
	}
	if got := sourceWhats(p.Sources); !slices.Equal(got, []string{"School directory", "Awards by program (first majors)", "Programs and the occupations they lead to",
		"Admission policy and distance education", "Applicants and admissions", "Grant aid and federal loans"}) {
		t.Errorf("Sources = %q", got)
	}

	t.Run("hand-made", func(t *testing.T) {
		sc := &career.School{Institution: career.Institution{UnitID: "1", Name: "Tiny", City: "Erie", State: "PA"}, Slug: "tiny", Total: 12,
			Programs: []career.ProgramAward{
				{CIP: "99.0101", Title: "Zoology", Award: 5, Total: 3},
				{CIP: "51.3801", Title: "Nursing", Award: 5, Total: 1000},
				{CIP: "51.3801", Title: "Nursing", Award: 3, Total: 9},
			}}
		p := page.NewSchoolPage(page.SchoolInput{Common: common(), School: sc, Families: map[string]string{"51": "Health"}, StateName: "Pennsylvania"})
		if p.MapURL != "" || p.WebsiteURL != "" {
			t.Errorf("map %q, website %q; want none", p.MapURL, p.WebsiteURL)
		}
		var titles []string
		for _, a := range p.Areas {
			titles = append(titles, a.Title)
		}
		if !slices.Equal(titles, []string{"Area 99", "Health"}) {
			t.Errorf("areas %q, want Area 99 for the unknown family, by title", titles)
		}
		nursing := p.Areas[1].Programs
		if len(nursing) != 1 || !slices.Equal(nursing[0].Awards, []string{"Associate's degree: 9", "Bachelor's degree: 1,000"}) {
			t.Errorf("nursing %+v, want one program with both awards, shortest first", nursing)
		}
	})
}

func TestNewProgramPage(t *testing.T) {
	ctx := context.Background()
	prog := fx.Program(careertest.CIP)
	occs, err := fx.DB.OccupationsForProgram(ctx, careertest.CIP)
	if err != nil {
		t.Fatal(err)
	}
	input := func(state string) page.ProgramInput {
		res, err := fx.DB.SearchSchools(ctx, career.SchoolFilter{CIPs: []string{careertest.CIP}, State: state,
			Sort: career.SortCompletions, ProgramsPerSchool: 6, Limit: 50})
		if err != nil {
			t.Fatal(err)
		}
		return page.ProgramInput{Common: common(), Program: prog, Area: fx.FamilyTitle("51"), Occupations: occs,
			Schools: res, States: fx.States, State: state}
	}

	in := input("")
	p := page.NewProgramPage(in)
	checkMeta(t, p.Meta, prog.Title, "/programs/51.0707", false, home, crumb("Schools", "/schools"), crumb(prog.Title, ""))
	if p.Meta.Section != "schools" || p.Code != careertest.CIP || p.Title != prog.Title || p.Area != "Health Professions and Related Programs" {
		t.Errorf("section %q, code %q, title %q, area %q", p.Meta.Section, p.Code, p.Title, p.Area)
	}
	if len(p.Occupations) != 1 || p.Occupations[0].SOC != careertest.SOCWritten {
		t.Errorf("occupations %+v, want medical records specialists", p.Occupations)
	}
	n := in.Schools.Total
	if n < 2 || p.Total != strconv.Itoa(n)+" schools" || len(p.Schools) != len(in.Schools.Schools) {
		t.Errorf("Total %q with %d rows; want %d schools", p.Total, len(p.Schools), n)
	}
	for _, s := range p.Schools {
		if s.Distance != "" || !strings.HasPrefix(s.URL, "/schools/") {
			t.Errorf("school row %+v", s)
		}
	}
	if p.FinderURL != "/schools?cip=51.0707" || p.WhereHeading != "Where to study it" || p.StateName != "" {
		t.Errorf("finder %q, heading %q, state %q", p.FinderURL, p.WhereHeading, p.StateName)
	}
	if len(p.StateOptions) != 2 || len(selected(p.StateOptions)) != 0 {
		t.Errorf("state options %+v, want two, none selected", p.StateOptions)
	}
	if len(p.Sources) != 3 {
		t.Errorf("Sources = %q, want the three school datasets", sourceWhats(p.Sources))
	}

	t.Run("in a state", func(t *testing.T) {
		in := input(careertest.OtherState)
		in.Problems = nil
		p := page.NewProgramPage(in)
		if p.State != "PA" || p.StateName != "Pennsylvania" || p.WhereHeading != "Where to study it in Pennsylvania" ||
			p.FinderURL != "/schools?cip=51.0707&state=PA" {
			t.Errorf("state %q %q, heading %q, finder %q", p.State, p.StateName, p.WhereHeading, p.FinderURL)
		}
		if got := selected(p.StateOptions); !slices.Equal(got, []string{"PA"}) {
			t.Errorf("state selected %q, want PA", got)
		}
		if in.Schools.Total == 1 && p.Total != "1 school" {
			t.Errorf("Total = %q, want 1 school", p.Total)
		}
		for _, s := range p.Schools {
			if !strings.HasSuffix(s.Place, ", PA") {
				t.Errorf("school %s in %s, want PA", s.Name, s.Place)
			}
		}
	})

	t.Run("one school, and problems", func(t *testing.T) {
		in := input("")
		in.Schools = &career.SchoolResults{Total: 1, Schools: in.Schools.Schools[:1]}
		in.Problems = []string{`We do not know a state or territory with the code "ZZ".`}
		p := page.NewProgramPage(in)
		if p.Total != "1 school" || !slices.Equal(p.Problems, in.Problems) {
			t.Errorf("Total %q, problems %q", p.Total, p.Problems)
		}
	})
}
