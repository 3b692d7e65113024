package page_test

import (
	"context"
	"fmt"
	"slices"
	"strings"
	"testing"

	"github.com/PuerkitoBio/goquery"

	"github.com/careeratlas/careeratlas/internal/career"
	"github.com/careeratlas/careeratlas/internal/view/page"
)

// TestProgramPageOccupationsByFit: the program page lists first the
// occupations the award most of the program's graduates earn opens
// directly, then the rest under "With experience or more study".
func TestProgramPageOccupationsByFit(t *testing.T) {
	ctx := context.Background()
	const nursing = "51.3801" // leads to registered nurses and nursing instructors
	stored, err := fx.DB.OccupationsForProgram(ctx, nursing)
	if err != nil {
		t.Fatal(err)
	}
	// The fixture's nurses name associate's and bachelor's degrees in
	// study:; the cases below go by BLS's bachelor's alone, but the last.
	var occs []*career.Occupation
	for _, o := range stored {
		bls := *o
		bls.Study = nil
		occs = append(occs, &bls)
	}
	res, err := fx.DB.SearchSchools(ctx, career.SchoolFilter{CIPs: []string{nursing}, Sort: career.SortCompletions, ProgramsPerSchool: 6, Limit: 50})
	if err != nil {
		t.Fatal(err)
	}
	awards, err := fx.DB.ProgramAwards(ctx, nursing)
	if err != nil {
		t.Fatal(err)
	}
	if most := slices.MaxFunc(awards, func(a, b career.AwardCount) int { return a.Total - b.Total }); most.Award != 3 {
		t.Fatalf("the fixture's nursing awards %v: the case below wants associate's degrees the most", awards)
	}
	titles := func(s *goquery.Selection) []string {
		var out []string
		s.Find("tbody th a").Each(func(_ int, a *goquery.Selection) { out = append(out, text(a)) })
		return out
	}
	const nurse, instructor = "Registered Nurses", "Nursing Instructors and Teachers, Postsecondary"
	tests := []struct {
		name          string
		awards        []career.AwardCount
		direct, later []string
		note          bool // the "none is entered straight from it" line
	}{
		// The fixture's schools award it up to a master's, most of them
		// associate's degrees: nurses need a bachelor's, instructors a
		// doctorate and experience.
		{"as conferred", awards, nil, []string{instructor, nurse}, true},
		{"mostly bachelor's", []career.AwardCount{{Award: 3, Total: 50}, {Award: 5, Total: 60}}, []string{nurse}, []string{instructor}, false},
		{"associate's only", []career.AwardCount{{Award: 3, Total: 50}}, nil, []string{instructor, nurse}, true},
		{"mostly doctorates", []career.AwardCount{{Award: 3, Total: 50}, {Award: 17, Total: 60}}, []string{nurse}, []string{instructor}, false},
		{"mostly associate's, a few doctorates", []career.AwardCount{{Award: 3, Total: 500}, {Award: 17, Total: 6}}, nil, []string{instructor, nurse}, true},
		{"never conferred: unranked", nil, []string{instructor, nurse}, nil, false},
		{"as conferred, with the nurses' study:", awards, []string{nurse}, []string{instructor}, false},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			occs := occs
			if strings.Contains(tt.name, "study:") {
				occs = stored
			}
			in := page.ProgramInput{Common: common(), Program: &career.Program{Code: nursing, Title: "Registered Nursing"},
				Area: fx.FamilyTitle("51"), Occupations: occs, Awards: tt.awards, Schools: res, States: fx.States}
			p := page.NewProgramPage(in)
			doc := render(t, page.ProgramShow(p))
			sec := doc.Find(`section[aria-labelledby="leads-h"]`)
			tables := sec.Find("table")
			var direct, later []string
			switch {
			case len(tt.direct) > 0 && len(tt.later) > 0:
				direct, later = titles(tables.Eq(0)), titles(tables.Eq(1))
			case len(tt.later) > 0:
				later = titles(tables.Eq(0))
			default:
				direct = titles(tables.Eq(0))
			}
			if tables.Length() != min(len(tt.direct), 1)+min(len(tt.later), 1) {
				t.Errorf("%d tables", tables.Length())
			}
			if !slices.Equal(direct, tt.direct) || !slices.Equal(later, tt.later) {
				t.Errorf("direct %q, later %q; want %q, %q", direct, later, tt.direct, tt.later)
			}
			if h := sec.Find("h3#later-h"); (h.Length() == 1) != (len(tt.later) > 0) || (h.Length() == 1 && text(h) != "With experience or more study") {
				t.Errorf("later heading %q", text(h))
			}
			if got := sec.Find("p").Length() == 1; got != tt.note {
				t.Errorf("note shown %v, want %v", got, tt.note)
			}
		})
	}
}

// TestProgramPageRoutes: each occupation a program leads to says which of
// the program's awards opens it, the one most graduates earn among those
// that meet its entry education, and what else it takes. Those the usual
// award (here an associate's) opens come first.
func TestProgramPageRoutes(t *testing.T) {
	occ := func(title, edu, exp string) *career.Occupation {
		return &career.Occupation{SOC: "99-0000", Slug: career.Slugify(title), Title: title,
			Projection: &career.Projection{Education: edu, Experience: exp}}
	}
	occs := []*career.Occupation{ // by title, as the store returns them
		occ("Analysts", "Bachelor's degree", "None"),
		occ("Clerks", "High school diploma or equivalent", "None"),
		occ("Executives", "Bachelor's degree", "5 years or more"),
		occ("Professors", "Doctoral or professional degree", "None"),
		occ("Supervisors", "High school diploma or equivalent", "Less than 5 years"),
		occ("Technicians", "Associate's degree", "None"),
		occ("Unknown", "", ""),
	}
	in := page.ProgramInput{Common: common(), Program: &career.Program{Code: "52.0201", Title: "Business Administration"},
		Occupations: occs, Awards: []career.AwardCount{{Award: 21, Total: 300}, {Award: 3, Total: 900}, {Award: 5, Total: 400}, {Award: 7, Total: 20}}, Schools: &career.SchoolResults{}}
	p := page.NewProgramPage(in)
	type route struct{ title, route string }
	routes := func(rows []page.ProgramOccupation) []route {
		var out []route
		for _, r := range rows {
			out = append(out, route{r.Title, r.Route})
		}
		return out
	}
	wantDirect := []route{
		{"Clerks", "Associate's degree"},
		{"Technicians", "Associate's degree"},
	}
	wantLater := []route{
		{"Analysts", "Bachelor's degree"},
		{"Executives", "Bachelor's degree, then work experience"},
		{"Professors", "More study"},
		{"Supervisors", "Work experience first"}, // entered below any award of the program
		{"Unknown", "Entry requirements not published"},
	}
	if got := routes(p.Occupations); !slices.Equal(got, wantDirect) {
		t.Errorf("direct:\n got %q\nwant %q", got, wantDirect)
	}
	if got := routes(p.Later); !slices.Equal(got, wantLater) {
		t.Errorf("later:\n got %q\nwant %q", got, wantLater)
	}
	doc := render(t, page.ProgramShow(p))
	if got := texts(doc.Find(`section[aria-labelledby="leads-h"] table`).First().Find(`td[data-label="With this program"]`)); !slices.Equal(got, []string{wantDirect[0].route, wantDirect[1].route}) {
		t.Errorf("the table's routes %q", got)
	}

	if p.Usual != "Associate's degree" {
		t.Errorf("usual award %q", p.Usual)
	}
	// An occupation that names its own study: takes those of its levels
	// the program is awarded at.
	nurse := occ("Nurses", "Bachelor's degree", "None")
	nurse.Study = []career.CredentialGroup{career.Associate, career.Bachelor}
	in.Occupations = []*career.Occupation{nurse}
	if got := page.NewProgramPage(in).Occupations; len(got) != 1 || got[0].Route != "Associate's degree or bachelor's degree" {
		t.Errorf("nurses %+v, want entered with an associate's or bachelor's degree", got)
	}
	in.Occupations = occs

	// Never conferred: no routes, and no column for them.
	in.Awards = nil
	p = page.NewProgramPage(in)
	if len(p.Occupations) != len(occs) || len(p.Later) != 0 || p.Occupations[0].Route != "" {
		t.Errorf("never conferred: %d direct, %d later, first route %q", len(p.Occupations), len(p.Later), p.Occupations[0].Route)
	}
	if doc := render(t, page.ProgramShow(p)); doc.Find(`th:contains("With this program")`).Length() != 0 {
		t.Error("a route column without routes")
	}
}

// TestProgramPageMoreSchools: a program's page that lists only the schools
// with the most graduates says so and links to all of them.
func TestProgramPageMoreSchools(t *testing.T) {
	ctx := context.Background()
	res, err := fx.DB.SearchSchools(ctx, career.SchoolFilter{CIPs: []string{"51.3801"}, Sort: career.SortCompletions, ProgramsPerSchool: 6, Limit: 2})
	if err != nil {
		t.Fatal(err)
	}
	if res.Total <= 2 {
		t.Fatalf("the fixture has %d nursing schools; want more than 2", res.Total)
	}
	in := page.ProgramInput{Common: common(), Program: &career.Program{Code: "51.3801", Title: "Registered Nursing"}, Schools: res, States: fx.States}
	doc := render(t, page.ProgramShow(page.NewProgramPage(in)))
	more := doc.Find(".program-more")
	if want := fmt.Sprintf("These are the 2 with the most graduates. See all %d schools in the school finder, by place, credential and more.", res.Total); text(more) != want {
		t.Errorf("more: %q, want %q", text(more), want)
	}
	if href := more.Find("a").AttrOr("href", ""); href != "/schools?cip=51.3801" {
		t.Errorf("more links to %q", href)
	}
	if got := texts(doc.Find(".jump-links a")); !slices.Equal(got, []string{"Occupations it leads to", "Where to study it"}) {
		t.Errorf("jump links %q", got)
	}
	// Each school's lines are this program's levels, shortest first,
	// without its name.
	rank := map[string]int{}
	for i, a := range career.Awards {
		rank[a.Label] = i
	}
	// A school whose bachelor's outnumber its associate's, as the store
	// orders them, most awards first.
	whole := in
	whole.Schools = &career.SchoolResults{Total: 1, Schools: []career.School{{
		Institution: career.Institution{UnitID: "1", Name: "Tiny", City: "Erie", State: "PA"}, Slug: "tiny",
		Programs: []career.ProgramAward{
			{CIP: "51.3801", Title: "Registered Nursing", Award: 5, Total: 90},
			{CIP: "51.3801", Title: "Registered Nursing", Award: 3, Total: 20},
		},
	}}}
	rows := page.NewProgramPage(whole).Schools
	if len(rows) != 1 || len(rows[0].Programs) != 2 {
		t.Fatalf("rows %+v", rows)
	}
	for i, l := range rows[0].Programs {
		if l.Title != "" || l.URL != "" {
			t.Errorf("line %+v names the program again", l)
		}
		if i > 0 && rank[l.Award] < rank[rows[0].Programs[i-1].Award] {
			t.Errorf("%s after %s", l.Award, rows[0].Programs[i-1].Award)
		}
	}
	res.Total = len(res.Schools)
	if doc := render(t, page.ProgramShow(page.NewProgramPage(in))); doc.Find(".program-more").Length() != 0 {
		t.Error("a 'see all' line when every school is listed")
	}
	// A state with none says so and links to every state.
	in.Schools, in.State = &career.SchoolResults{}, "PA"
	doc = render(t, page.ProgramShow(page.NewProgramPage(in)))
	where := doc.Find(`section[aria-labelledby="where-h"] p`).Last()
	if want := "No school in Pennsylvania reported awards in this program in the latest year. See every state."; text(where) != want || where.Find("a").AttrOr("href", "") != "/programs/51.3801" {
		t.Errorf("no schools: %q, want %q with a link to every state", text(where), want)
	}
}
