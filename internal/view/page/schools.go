package page

import (
	"cmp"
	"fmt"
	"math"
	"net/url"
	"slices"
	"strconv"
	"strings"

	"github.com/careeratlas/careeratlas/internal/career"
	"github.com/careeratlas/careeratlas/internal/view/component"
	"github.com/careeratlas/careeratlas/internal/view/form"
	"github.com/careeratlas/careeratlas/internal/view/format"
	"github.com/careeratlas/careeratlas/internal/view/layout"
)

// Option is one choice in a select or a set of checkboxes.
type Option = component.Option

// Loosen suggests a search that finds schools when this one found none.
type Loosen struct {
	Label string
	Count int
	URL   string
}

// SchoolFinderInput is the finder's query and, once searched, a page of
// its results.
type SchoolFinderInput struct {
	Common
	Form           form.School
	States         []career.State
	Families       []career.Program
	Programs       []career.Program // in the chosen area
	ChosenPrograms []career.Program
	// Results is the page of results, with the number of pages; nil
	// before a search.
	Results *career.SchoolResults
	Pages   int
	// Query is the search's URL query, for links to other pages.
	Query  url.Values
	Loosen []Loosen
}

// SchoolFinderPage is the school finder.
type SchoolFinderPage struct {
	Meta     layout.Meta
	Form     form.School
	Problems []string
	Results  *SchoolResultsView
	Loosen   []Loosen

	StateOptions, DistanceOptions, AreaOptions, ProgramOptions []Option
	CredOptions, ControlOptions, SortOptions, ChosenOptions    []Option
	// ShowOptions are the optional result columns: admission and aid.
	ShowOptions []Option
	// OccupationClearURL is this search without the occupation, shown
	// when the programs come from one (soc=).
	OccupationClearURL string
}

// NewSchoolFinderPage builds the finder: the form with its options and,
// after a search, the results.
func NewSchoolFinderPage(in SchoolFinderInput) SchoolFinderPage {
	p := SchoolFinderPage{Form: in.Form, Problems: in.Form.Problems, Loosen: in.Loosen}
	title := "Find a school"
	if in.Results != nil && len(p.Problems) == 0 {
		p.Results = newSchoolResults(in.Results, in.Form.Page, form.SchoolsPerPage, in.Pages, in.Query, in.Form.Filter.Near != nil)
		if src, ok := in.Common.Source("completions"); ok {
			p.Results.FactNotes = append(p.Results.FactNotes, awardsNote(src.Release, in.Form.Filter.ProgramFilter()))
		}
		addFactColumns(p.Results, in.Results, in.Common, in.Form)
		title = "Schools: " + p.Results.Summary
	}
	if in.Form.Occupation != "" && in.Query != nil {
		q := cloneValues(in.Query)
		q.Del("soc")
		q.Del("page")
		p.OccupationClearURL = "/schools?" + q.Encode()
	}
	p.Meta = in.Common.meta(title,
		"Search every college, university and trade school in the U.S. by place, distance, area of study, program and credential.",
		"/schools", layout.Crumb{Label: "Home", Path: "/"}, layout.Crumb{Label: "Schools"})
	p.Meta.Section = "schools"
	if p.Form.Searched() {
		p.Meta.NoIndex = true // result pages are endless; the finder itself is indexed
	}
	f := p.Form
	for _, s := range in.States {
		p.StateOptions = append(p.StateOptions, Option{Value: s.Code, Label: s.Name, Selected: s.Code == f.State})
	}
	miles := f.Miles
	if miles == "" {
		miles = "25"
	}
	for _, d := range form.Distances {
		v := strconv.Itoa(d)
		p.DistanceOptions = append(p.DistanceOptions, Option{Value: v, Label: "Within " + v + " miles", Selected: v == miles})
	}
	if !slices.ContainsFunc(p.DistanceOptions, func(o Option) bool { return o.Selected }) && f.Miles != "" {
		p.DistanceOptions = append(p.DistanceOptions, Option{Value: f.Miles, Label: "Within " + f.Miles + " miles", Selected: true})
	}
	for _, fam := range in.Families {
		p.AreaOptions = append(p.AreaOptions, Option{Value: fam.Code, Label: fam.Title, Selected: fam.Code == f.Area})
	}
	for _, pr := range in.Programs {
		p.ProgramOptions = append(p.ProgramOptions, Option{Value: pr.Code, Label: pr.Title, Selected: slices.Contains(f.CIPs, pr.Code)})
	}
	if f.Area == "" {
		for _, pr := range in.ChosenPrograms {
			p.ChosenOptions = append(p.ChosenOptions, Option{Value: pr.Code, Label: pr.Title + " (" + pr.Code + ")", Selected: true})
		}
	}
	for _, g := range career.CredentialGroups {
		p.CredOptions = append(p.CredOptions, Option{Value: string(g.Group), Label: g.Label, Selected: slices.Contains(f.Creds, string(g.Group))})
	}
	for _, c := range career.Controls {
		p.ControlOptions = append(p.ControlOptions, Option{Value: c.Key, Label: c.Label, Selected: c.Key == f.Control})
	}
	_, haveADM := in.Common.Source(admissionsData)
	_, haveSFA := in.Common.Source(aidData)
	if haveADM || haveSFA {
		for _, o := range []Option{{Value: form.ShowAdmission, Label: "Admission"}, {Value: form.ShowAid, Label: "Grant aid"}} {
			o.Selected = slices.Contains(f.Show, o.Value)
			p.ShowOptions = append(p.ShowOptions, o)
		}
	}
	sorts := []Option{{Value: "distance", Label: "Distance"}, {Value: "name", Label: "Name"}, {Value: "completions", Label: "Most graduates in the program"}}
	if haveADM {
		sorts = append(sorts, Option{Value: "admission", Label: "Easiest to get into (open admission, then highest admission rate)"})
	}
	if haveSFA {
		sorts = append(sorts, Option{Value: "grant", Label: "Average grant, largest first"})
	}
	for _, s := range sorts {
		s.Selected = s.Value == f.Sort
		p.SortOptions = append(p.SortOptions, s)
	}
	return p
}

// SchoolResultsView is one page of results.
type SchoolResultsView struct {
	Total   int
	Summary string // "48 schools"
	Range   string // "1–20 of 48"
	Rows    []SchoolRow
	Pagination
	CSVURL       string
	ShowDistance bool
	// FactNotes name the surveys and years of the admission and aid
	// columns, when they are shown.
	FactNotes []string
}

// SchoolRow is a school in the results.
type SchoolRow struct {
	Name, URL, Place string
	Distance         string
	Control, Level   string
	Website          string
	WebsiteURL       string
	Matched          string
	Programs         []ProgramLine
	More             int
	// Admission and Aid are the optional columns, empty unless shown:
	// "58% admitted", "Open admission", "Not reported";
	// "Average grant $5,318 · 83% got grants".
	Admission, Aid string
}

// ProgramLine is a program a school offers, with its awards.
// Title and URL are empty on a program's own page.
type ProgramLine struct {
	Title, URL, Award, Awards string
}

// newSchoolResults builds a page of results. query is the search's URL
// query, for pagination links.
func newSchoolResults(res *career.SchoolResults, pageNum, perPage, pages int, query url.Values, near bool) *SchoolResultsView {
	v := &SchoolResultsView{Total: res.Total, ShowDistance: near}
	v.Summary = format.Number(float64(res.Total), 0) + " school" + plural(res.Total)
	if res.Total > 0 {
		from := (pageNum-1)*perPage + 1
		v.Range = fmt.Sprintf("%s–%s of %s", format.Number(float64(from), 0),
			format.Number(float64(from+len(res.Schools)-1), 0), format.Number(float64(res.Total), 0))
	}
	for _, sc := range res.Schools {
		v.Rows = append(v.Rows, newSchoolRow(sc, near))
	}
	link := func(n int) string {
		q := cloneValues(query)
		if n == 1 {
			q.Del("page")
		} else {
			q.Set("page", strconv.Itoa(n))
		}
		return "/schools?" + q.Encode()
	}
	v.Pagination = newPagination(pageNum, pages, link)
	csv := cloneValues(query)
	csv.Del("page")
	v.CSVURL = "/schools.csv?" + csv.Encode()
	return v
}

// addFactColumns fills the admission and aid columns the search asks for
// (show=, or the sort), and names their surveys and years.
// awardsNote says which year the award counts of results are from, and,
// for a search by program, that schools which awarded none are left out.
func awardsNote(release string, byProgram bool) string {
	note := "Awards: IPEDS Completions, " + career.AwardYear(release) + ", first majors."
	if byProgram {
		note += " A school is listed only if it awarded at least one of what you searched for that year."
	}
	return note
}

func addFactColumns(v *SchoolResultsView, res *career.SchoolResults, c Common, f form.School) {
	ic, haveIC := c.Source(characteristicsData)
	adm, haveADM := c.Source(admissionsData)
	sfa, haveSFA := c.Source(aidData)
	showAdm := f.Shows(form.ShowAdmission) && (haveIC || haveADM)
	showAid := f.Shows(form.ShowAid) && haveSFA
	if showAdm {
		note := "Admission: "
		if haveADM {
			note += "IPEDS Admissions, " + adm.Release + " (first-time undergraduates)"
		}
		if haveIC {
			if haveADM {
				note += "; "
			}
			note += "open admission from IPEDS Institutional Characteristics " + ic.Release
		}
		v.FactNotes = append(v.FactNotes, note+".")
	}
	if showAid {
		v.FactNotes = append(v.FactNotes, "Grant aid: IPEDS Student Financial Aid "+sfa.Release+", full-time first-time undergraduates.")
	}
	for i, sc := range res.Schools {
		if showAdm {
			fact := admissionFact(sc.Facts, ic, haveIC, adm, haveADM)
			v.Rows[i].Admission = fact.Value
			if fact.Missing {
				v.Rows[i].Admission = "Admission: " + strings.ToLower(fact.Value)
			}
		}
		if showAid {
			v.Rows[i].Aid = grantLine(sc.Facts.Aid)
		}
	}
}

// grantLine words a school's grant aid for a result row.
func grantLine(a career.StudentAid) string {
	switch {
	case a.GrantAvg.Known() && a.GrantPct.Known():
		return "Average grant $" + format.Number(float64(a.GrantAvg.Value), 0) + " · " + format.Number(float64(a.GrantPct.Value), 0) + "% got grants"
	case a.GrantAvg.Known():
		return "Average grant $" + format.Number(float64(a.GrantAvg.Value), 0)
	case a.GrantPct.Known() && a.GrantPct.Value == 0:
		return "No grants awarded"
	case a.GrantAvg.Reporting == career.NotApplicable || a.Students.Known() && a.Students.Value == 0:
		return "Grant aid: " + strings.ToLower(notApplicable)
	}
	return "Grant aid: " + strings.ToLower(notReported)
}

func newSchoolRow(sc career.School, near bool) SchoolRow {
	r := SchoolRow{
		Name: sc.Name, URL: sc.Path(), Place: sc.City + ", " + sc.State,
		Control: sc.Control.Label(), Level: sc.Level.Label(),
		Matched: format.Number(float64(sc.Matched), 0), More: sc.MorePrograms,
	}
	if near {
		r.Distance = format.Number(math.Round(sc.Distance*10)/10, 1) + " miles"
	}
	if sc.Website != "" {
		r.Website, r.WebsiteURL = sc.Website, "https://"+sc.Website
	}
	for _, p := range sc.Programs {
		r.Programs = append(r.Programs, ProgramLine{Title: p.Title, URL: "/programs/" + p.CIP, Award: p.Award.Label(),
			Awards: format.Number(float64(p.Total), 0) + " awarded"})
	}
	return r
}

func cloneValues(v url.Values) url.Values {
	out := url.Values{}
	for k, vs := range v {
		out[k] = slices.Clone(vs)
	}
	return out
}

func plural(n int) string {
	if n == 1 {
		return ""
	}
	return "s"
}

// SchoolsURL is the finder's URL for some programs and credential levels.
func SchoolsURL(cips []string, groups []career.CredentialGroup, state string) string {
	v := url.Values{}
	for _, c := range cips {
		v.Add("cip", c)
	}
	for _, g := range groups {
		v.Add("cred", string(g))
	}
	if state != "" {
		v.Set("state", state)
	}
	return "/schools?" + v.Encode()
}

// SchoolPage is one school.
type SchoolPage struct {
	Meta       layout.Meta
	Name       string
	Address    string
	Place      string
	Website    string
	WebsiteURL string
	Control    string
	Level      string
	Total      string
	// TotalLabel names the year of Total: "Awards conferred in 2023–24".
	TotalLabel string
	MapURL     string
	UnitID     string
	// Facts are the school's admission, distance education and aid, as
	// it reported them to IPEDS; empty when none of those surveys has
	// been imported.
	Facts   []SchoolFact
	Areas   []SchoolArea
	Sources []SourceLine
}

// SchoolArea is a school's programs in one area of study.
type SchoolArea struct {
	Title string
	ID    string
	// Programs are those with awards in the year; Unawarded those the
	// school reported offering but awarded none in, listed apart under
	// UnawardedNote ("Offered, none awarded in 2024").
	Programs      []SchoolProgram
	Unawarded     []SchoolProgram
	UnawardedNote string
}

// SchoolProgram is one program at a school, by credential.
type SchoolProgram struct {
	Title, URL, Code string
	Awards           []string // "Associate's degree: 42"
	// Occupations are those the program's credentials open directly:
	// they meet the typical entry education and no prior experience is
	// asked. Later are the rest, which take experience or more study.
	Occupations []Link
	Later       []Link

	awarded int // awards in the year, all levels
	// reach is the highest entry education its credentials awarded in the
	// year meet; offered that of every level it reported, awarded or not,
	// for a program that awarded none.
	reach, offered int
}

// Link is a labelled link.
type Link struct {
	Label, URL string
}

// SchoolInput is one school with all its programs, the titles of the
// areas of study, and the occupations each program leads to.
type SchoolInput struct {
	Common
	School      *career.School
	Families    map[string]string                  // CIP family → title
	Occupations map[string][]career.OccupationLink // CIP program → occupations
	StateName   string
}

// NewSchoolPage builds a school's page.
func NewSchoolPage(in SchoolInput) SchoolPage {
	p := SchoolPage{
		Meta: in.Common.meta(in.School.Name, in.School.Name+" in "+in.School.City+", "+in.StateName+": programs of study, credentials awarded, and the occupations they lead to.",
			in.School.Path(), layout.Crumb{Label: "Home", Path: "/"}, layout.Crumb{Label: "Schools", Path: "/schools"},
			layout.Crumb{Label: in.StateName, Path: "/schools?state=" + url.QueryEscape(in.School.State)}, layout.Crumb{Label: in.School.Name}),
		Name: in.School.Name, Address: in.School.Address, Place: in.School.City + ", " + in.StateName + " " + in.School.ZIP,
		Control: in.School.Control.Label(), Level: in.School.Level.Label(), Total: format.Number(float64(in.School.Total), 0), UnitID: in.School.UnitID,
		TotalLabel: "Awards conferred in a year",
	}
	p.Meta.Section = "schools"
	if in.School.Website != "" {
		p.Website, p.WebsiteURL = in.School.Website, "https://"+in.School.Website
	}
	if in.School.HasGeo {
		lat, lon := strconv.FormatFloat(in.School.Lat, 'f', 5, 64), strconv.FormatFloat(in.School.Lon, 'f', 5, 64)
		p.MapURL = "https://www.openstreetmap.org/?mlat=" + lat + "&mlon=" + lon + "#map=15/" + lat + "/" + lon
	}
	byArea := map[string]*SchoolArea{}
	byProgram := map[string]*SchoolProgram{}
	programs := map[string][]*SchoolProgram{} // by family, in title order
	year := "the latest year"
	if src, ok := in.Common.Source("completions"); ok && src.Release != "" {
		year = career.AwardYear(src.Release)
		p.TotalLabel = "Awards conferred in " + year
	}
	var order []string
	progs := slices.Clone(in.School.Programs)
	slices.SortStableFunc(progs, func(a, b career.ProgramAward) int {
		if c := strings.Compare(a.Title, b.Title); c != 0 {
			return c
		}
		return cmp.Compare(a.Award.Rank(), b.Award.Rank())
	})
	for _, pa := range progs {
		fam := career.CIPFamily(pa.CIP)
		a, ok := byArea[fam]
		if !ok {
			title := in.Families[fam]
			if title == "" {
				title = "Area " + fam
			}
			a = &SchoolArea{Title: title, ID: "area-" + fam}
			byArea[fam] = a
			order = append(order, fam)
		}
		sp, ok := byProgram[pa.CIP]
		if !ok {
			sp = &SchoolProgram{Title: pa.Title, URL: "/programs/" + pa.CIP, Code: pa.CIP, reach: -1, offered: -1}
			byProgram[pa.CIP] = sp
			programs[fam] = append(programs[fam], sp)
		}
		if pa.Total == 0 {
			sp.Awards = append(sp.Awards, pa.Award.Label()+": none in "+year)
		} else {
			sp.Awards = append(sp.Awards, pa.Award.Label()+": "+format.Number(float64(pa.Total), 0))
		}
		sp.awarded += pa.Total
		sp.offered = max(sp.offered, awardReach(pa.Award))
		if pa.Total > 0 {
			sp.reach = max(sp.reach, awardReach(pa.Award))
		}
	}
	slices.SortFunc(order, func(a, b string) int { return strings.Compare(byArea[a].Title, byArea[b].Title) })
	for _, fam := range order {
		a := byArea[fam]
		for _, sp := range programs[fam] {
			reach := sp.reach
			if sp.awarded == 0 {
				reach = sp.offered
			}
			sp.Occupations, sp.Later = splitByFit(in.Occupations[sp.Code], reach)
			if sp.awarded == 0 {
				a.Unawarded = append(a.Unawarded, *sp)
			} else {
				a.Programs = append(a.Programs, *sp)
			}
		}
		if len(a.Unawarded) > 0 {
			a.UnawardedNote = "Offered, none awarded in " + year
		}
		p.Areas = append(p.Areas, *a)
	}
	p.Facts = schoolFacts(in.Common, in.School.Facts)
	p.Sources = append(schoolSources(in.Common), factSources(in.Common)...)
	return p
}

func schoolSources(c Common) []SourceLine {
	var out []SourceLine
	if s, ok := c.Source("institutions"); ok {
		out = append(out, SourceLine{"School directory", "IPEDS " + s.Release, s.File})
	}
	if s, ok := c.Source("completions"); ok {
		out = append(out, SourceLine{"Awards by program (first majors)", "IPEDS Completions " + s.Release + ": awards of " + career.AwardYear(s.Release), s.File})
	}
	if s, ok := c.Source("cip_soc"); ok {
		out = append(out, SourceLine{"Programs and the occupations they lead to", s.Name, s.File})
	}
	return out
}

// ProgramPage is one program of study.
type ProgramPage struct {
	Meta        layout.Meta
	Code, Title string
	Area        string
	// Occupations are those the award most of the program's graduates
	// earn opens directly (it meets the entry education, and no work
	// experience is asked); Later take experience or more study. When no
	// school conferred the program, every occupation is in Occupations,
	// without a route.
	Occupations []ProgramOccupation
	Later       []ProgramOccupation
	Schools     []SchoolRow
	Total       string
	// More counts the schools that award it beyond those listed.
	More int
	// Usual is the award most of its graduates earn: "Bachelor's degree";
	// "" when no school conferred it.
	Usual        string
	State        string
	StateName    string
	StateOptions []Option
	Problems     []string
	FinderURL    string
	Sources      []SourceLine
	// WhereHeading is "Where to study it", with the state when one is chosen.
	WhereHeading string
}

// ProgramOccupation is an occupation a program leads to, with its route:
// the award of the program that meets the occupation's typical entry
// education, the one most graduates earn among those that do
// ("Associate's degree"), and what else it takes ("then work
// experience"), or "More study" when no award of it is enough.
type ProgramOccupation struct {
	OccupationRow
	Route string
}

// studyRoute names the route into an occupation with its own study: list
// (registered nurses: associate's or bachelor's): the credential groups it
// names that the program is awarded at, shortest first; else the award.
func studyRoute(study []career.CredentialGroup, awards []career.AwardCount, award career.Award) string {
	var names []string
	for _, g := range study {
		if slices.ContainsFunc(awards, func(a career.AwardCount) bool { return a.Award.Group() == g }) {
			names = append(names, g.Label())
		}
	}
	switch len(names) {
	case 0:
		return award.Label()
	case 1:
		return names[0]
	}
	for i := 1; i < len(names); i++ {
		names[i] = strings.ToLower(names[i][:1]) + names[i][1:]
	}
	return strings.Join(names, " or ")
}

// ProgramInput is one program of study: the occupations it leads to and
// the schools that award it, in State when one is chosen.
type ProgramInput struct {
	Common
	Program     *career.Program
	Area        string // the title of its family
	Occupations []*career.Occupation
	// Awards are the levels at which schools conferred the program, with
	// their counts (store ProgramAwards), which rank the occupations by fit.
	Awards   []career.AwardCount
	Schools  *career.SchoolResults
	States   []career.State
	State    string
	Problems []string
}

// NewProgramPage builds a program's page.
func NewProgramPage(in ProgramInput) ProgramPage {
	p := ProgramPage{
		Meta: in.Common.meta(in.Program.Title, "Where to study "+in.Program.Title+" (CIP "+in.Program.Code+"), and the occupations it prepares you for.",
			"/programs/"+in.Program.Code, layout.Crumb{Label: "Home", Path: "/"}, layout.Crumb{Label: "Schools", Path: "/schools"},
			layout.Crumb{Label: in.Program.Title}),
		Code: in.Program.Code, Title: in.Program.Title, Area: in.Area, State: in.State, Problems: in.Problems,
		Total: format.Number(float64(in.Schools.Total), 0) + " school" + plural(in.Schools.Total),
	}
	p.Meta.Section = "schools"
	// An occupation is entered straight from the program when the award
	// most of its graduates earn meets the occupation's entry education
	// and no work experience is asked.
	usual, _ := mostAwarded(in.Awards, func(career.Award) bool { return true })
	if len(in.Awards) > 0 {
		p.Usual = usual.Label()
	}
	shortest := len(career.Educations)
	for _, a := range in.Awards {
		shortest = min(shortest, awardReach(a.Award))
	}
	for _, o := range in.Occupations {
		var edu, exp string
		if o.Projection != nil {
			edu, exp = o.Projection.Education, o.Projection.Experience
		}
		edu = career.EntryEducation(edu, o.Study)
		row := ProgramOccupation{OccupationRow: newOccupationRow(o)}
		need := slices.Index(career.Educations, edu)
		award, ok := mostAwarded(in.Awards, func(a career.Award) bool { return awardReach(a) >= need })
		switch {
		case len(in.Awards) == 0:
			p.Occupations = append(p.Occupations, row)
		case need < 0:
			row.Route = "Entry requirements not published"
			p.Later = append(p.Later, row)
		case ok && exp == "None" && awardReach(usual) >= need:
			row.Route = studyRoute(o.Study, in.Awards, award)
			p.Occupations = append(p.Occupations, row)
		case ok && exp == "None":
			row.Route = studyRoute(o.Study, in.Awards, award)
			p.Later = append(p.Later, row)
		case ok && need < shortest:
			// Entered below any award of the program: experience is the way.
			row.Route = "Work experience first"
			p.Later = append(p.Later, row)
		case ok:
			row.Route = studyRoute(o.Study, in.Awards, award) + ", then work experience"
			p.Later = append(p.Later, row)
		case exp != "" && exp != "None":
			row.Route = "More study and work experience"
			p.Later = append(p.Later, row)
		default:
			row.Route = "More study"
			p.Later = append(p.Later, row)
		}
	}
	for _, sc := range in.Schools.Schools {
		// Every line is this program: its levels, shortest first, without
		// its name again.
		sc.Programs = slices.Clone(sc.Programs)
		slices.SortStableFunc(sc.Programs, func(a, b career.ProgramAward) int { return cmp.Compare(a.Award.Rank(), b.Award.Rank()) })
		row := newSchoolRow(sc, false)
		for i := range row.Programs {
			row.Programs[i].Title, row.Programs[i].URL = "", ""
		}
		p.Schools = append(p.Schools, row)
	}
	p.More = in.Schools.Total - len(p.Schools)
	for _, s := range in.States {
		p.StateOptions = append(p.StateOptions, Option{Value: s.Code, Label: s.Name, Selected: s.Code == in.State})
		if s.Code == in.State {
			p.StateName = s.Name
		}
	}
	p.FinderURL = SchoolsURL([]string{in.Program.Code}, nil, in.State)
	p.WhereHeading = "Where to study it"
	if p.StateName != "" {
		p.WhereHeading += " in " + p.StateName
	}
	p.Sources = schoolSources(in.Common)
	return p
}

// joinDot joins award lines for display.
func joinDot(s []string) string { return strings.Join(s, " · ") }
