package server

import (
	"encoding/csv"
	"fmt"
	"math"
	"net/http"
	"slices"
	"strconv"
	"strings"

	"github.com/a-h/templ"
	"github.com/go-chi/chi/v5"

	"github.com/careeratlas/careeratlas/internal/career"
	"github.com/careeratlas/careeratlas/internal/store"
	"github.com/careeratlas/careeratlas/internal/view/page"
)

// schoolsPerPage is the length of a page of school results; a program's
// page lists its first programSchools schools and links to the finder.
const (
	schoolsPerPage = 20
	programSchools = 50
)

// Distances are the radii the school finder offers, in miles.
var distances = []int{10, 25, 50, 100, 250}

const maxMiles = 500

// schoolQuery is a school search as the URL states it, checked.
type schoolQuery struct {
	form     page.SchoolForm
	filter   store.SchoolFilter
	page     int
	problems []string
}

// parseSchoolQuery reads and checks the finder's query string. Every
// problem is collected so the form can explain them all at once.
func (s *Server) parseSchoolQuery(r *http.Request, st *siteState) (*schoolQuery, error) {
	v := r.URL.Query()
	q := &schoolQuery{page: 1}
	f := &q.form
	f.State = strings.ToUpper(strings.TrimSpace(v.Get("state")))
	f.ZIP = strings.TrimSpace(v.Get("zip"))
	f.Miles = strings.TrimSpace(v.Get("miles"))
	f.Area = strings.TrimSpace(v.Get("area"))
	f.CIPs = cleanList(v["cip"])
	f.Creds = cleanList(v["cred"])
	f.Control = strings.TrimSpace(v.Get("control"))
	f.Name = strings.TrimSpace(v.Get("name"))
	f.Sort = strings.TrimSpace(v.Get("sort"))
	flt := &q.filter
	flt.Limit, flt.ProgramsPerSchool = schoolsPerPage, 4

	if f.State != "" {
		if st.state(f.State) == nil {
			q.problems = append(q.problems, fmt.Sprintf("We do not know a state or territory with the code %q. Choose one from the list.", f.State))
		} else {
			flt.State = f.State
		}
	}
	if f.ZIP != "" {
		if len(f.ZIP) != 5 || strings.Trim(f.ZIP, "0123456789") != "" {
			q.problems = append(q.problems, fmt.Sprintf("%q is not a ZIP code. Enter five digits, like 43215.", f.ZIP))
		} else if p, err := st.db.Place(r.Context(), f.ZIP); err != nil {
			if !isNotFound(err) {
				return nil, err
			}
			q.problems = append(q.problems, fmt.Sprintf("We could not find ZIP code %s. Check it, or search by state instead.", f.ZIP))
		} else {
			miles := 25
			if f.Miles != "" {
				m, err := strconv.Atoi(f.Miles)
				if err != nil || m < 1 || m > maxMiles {
					q.problems = append(q.problems, fmt.Sprintf("The distance must be a whole number of miles from 1 to %d.", maxMiles))
				}
				miles = m
			}
			f.Miles = strconv.Itoa(miles)
			f.Place = p.Name + ", " + p.State
			flt.Near = &store.Point{Lat: p.Lat, Lon: p.Lon, Miles: float64(miles)}
		}
	} else if f.Miles != "" {
		if m, err := strconv.Atoi(f.Miles); err != nil || m < 1 || m > maxMiles {
			q.problems = append(q.problems, fmt.Sprintf("The distance must be a whole number of miles from 1 to %d.", maxMiles))
		}
	}
	if f.Area != "" {
		if !career.ValidCIPFamily(f.Area) || st.family(f.Area) == nil {
			q.problems = append(q.problems, fmt.Sprintf("%q is not an area of study we know. Choose one from the list.", f.Area))
		} else {
			flt.Family = f.Area
		}
	}
	for _, c := range f.CIPs {
		switch {
		case !career.ValidCIP(c):
			q.problems = append(q.problems, fmt.Sprintf("%q is not a program code. Program codes look like 51.0707.", c))
		case f.Area != "" && career.CIPFamily(c) != f.Area:
			q.problems = append(q.problems, fmt.Sprintf("Program %s is not in the area of study you chose. Pick a program from that area, or choose “Any area”.", c))
		default:
			if _, err := st.db.Program(r.Context(), c); err != nil {
				if !isNotFound(err) {
					return nil, err
				}
				q.problems = append(q.problems, fmt.Sprintf("We do not know a program with the code %s.", c))
				continue
			}
			flt.CIPs = append(flt.CIPs, c)
		}
	}
	for _, c := range f.Creds {
		g := career.CredentialGroup(c)
		if g.Label() == "" {
			q.problems = append(q.problems, fmt.Sprintf("%q is not a credential level we know.", c))
			continue
		}
		flt.Groups = append(flt.Groups, g)
	}
	if f.Control != "" {
		i := slices.IndexFunc(career.Controls, func(x struct {
			Control career.Control
			Key     string
			Label   string
		}) bool {
			return x.Key == f.Control
		})
		if i < 0 {
			q.problems = append(q.problems, fmt.Sprintf("%q is not a kind of school we know: choose public, private nonprofit or private for-profit.", f.Control))
		} else {
			flt.Control = career.Controls[i].Control
		}
	}
	if len([]rune(f.Name)) > 100 {
		q.problems = append(q.problems, "The school name is too long: use at most 100 characters.")
	} else {
		flt.Name = f.Name
	}
	switch f.Sort {
	case "":
		switch {
		case flt.Near != nil:
			flt.Sort = store.SortDistance
		case flt.Family != "" || len(flt.CIPs) > 0:
			flt.Sort = store.SortCompletions
		default:
			flt.Sort = store.SortName
		}
	case string(store.SortDistance):
		if f.ZIP == "" {
			q.problems = append(q.problems, "To sort by distance, enter a ZIP code.")
		}
		flt.Sort = store.SortDistance
	case string(store.SortName), string(store.SortCompletions):
		flt.Sort = store.SchoolSort(f.Sort)
	default:
		q.problems = append(q.problems, fmt.Sprintf("%q is not a way to sort: choose distance, name or completions.", f.Sort))
	}
	f.Sort = string(flt.Sort)
	if p := v.Get("page"); p != "" {
		n, err := strconv.Atoi(p)
		if err != nil || n < 1 || n > 100000 {
			q.problems = append(q.problems, fmt.Sprintf("%q is not a page number.", p))
		} else {
			q.page = n
		}
	}
	flt.Offset = (q.page - 1) * schoolsPerPage
	return q, nil
}

// cleanList drops empty and repeated values, keeping order.
func cleanList(vs []string) []string {
	var out []string
	for _, v := range vs {
		v = strings.TrimSpace(v)
		if v != "" && !slices.Contains(out, v) {
			out = append(out, v)
		}
	}
	return out
}

// handleSchoolFinder serves the school finder: the form, and results when
// any filter is set.
func (s *Server) handleSchoolFinder(w http.ResponseWriter, r *http.Request) error {
	st, err := s.site(r.Context())
	if err != nil {
		return err
	}
	q, err := s.parseSchoolQuery(r, st)
	if err != nil {
		return err
	}
	vm := page.SchoolFinderPage{Form: q.form, Problems: q.problems}
	if err := s.fillFinderOptions(r, st, &vm); err != nil {
		return err
	}
	status := http.StatusOK
	if len(q.problems) > 0 {
		status = http.StatusBadRequest
	} else if q.form.Searched() {
		res, err := st.db.SearchSchools(r.Context(), q.filter)
		if err != nil {
			return err
		}
		pages := max(1, (res.Total+schoolsPerPage-1)/schoolsPerPage)
		if q.page > pages {
			status = http.StatusBadRequest
			vm.Problems = append(vm.Problems, fmt.Sprintf("There is no page %d: this search has %d page%s.", q.page, pages, plural(pages)))
		} else {
			vm.Results = page.NewSchoolResults(res, q.page, schoolsPerPage, pages, r.URL.Query(), q.filter.Near != nil)
			if res.Total == 0 {
				vm.Loosen, err = s.loosenSuggestions(r, st, q)
				if err != nil {
					return err
				}
			}
		}
	}
	vm.Common = st.common
	return s.render(w, r, status, page.SchoolFinder(page.NewSchoolFinderPage(vm)))
}

func plural(n int) string {
	if n == 1 {
		return ""
	}
	return "s"
}

// fillFinderOptions lists the choices of the form's selects.
func (s *Server) fillFinderOptions(r *http.Request, st *siteState, vm *page.SchoolFinderPage) error {
	vm.States = st.states
	vm.Families = st.families
	vm.Distances = distances
	if vm.Form.Area != "" && st.family(vm.Form.Area) != nil {
		ps, err := st.db.ProgramsInFamily(r.Context(), vm.Form.Area)
		if err != nil {
			return err
		}
		vm.Programs = ps
	}
	for _, c := range vm.Form.CIPs {
		if p, err := st.db.Program(r.Context(), c); err == nil {
			vm.ChosenPrograms = append(vm.ChosenPrograms, *p)
		}
	}
	return nil
}

// loosenSuggestions tries the search again without each filter in turn and
// offers the ones that find schools.
func (s *Server) loosenSuggestions(r *http.Request, st *siteState, q *schoolQuery) ([]page.Loosen, error) {
	type drop struct {
		label string
		param []string
		apply func(*store.SchoolFilter)
	}
	f := q.form
	var drops []drop
	if f.Name != "" {
		drops = append(drops, drop{"without the name “" + f.Name + "”", []string{"name"}, func(x *store.SchoolFilter) { x.Name = "" }})
	}
	if len(f.Creds) > 0 {
		drops = append(drops, drop{"at any credential level", []string{"cred"}, func(x *store.SchoolFilter) { x.Groups = nil }})
	}
	if f.Control != "" {
		drops = append(drops, drop{"at any kind of school", []string{"control"}, func(x *store.SchoolFilter) { x.Control = 0 }})
	}
	if len(f.CIPs) > 0 {
		drops = append(drops, drop{"in any program of the area", []string{"cip"}, func(x *store.SchoolFilter) { x.CIPs = nil }})
	}
	if q.filter.Near != nil && q.filter.Near.Miles < maxMiles {
		wider := min(maxMiles, int(q.filter.Near.Miles)*4)
		drops = append(drops, drop{fmt.Sprintf("within %d miles", wider), nil, func(x *store.SchoolFilter) {
			n := *x.Near
			n.Miles = float64(wider)
			x.Near = &n
		}})
	}
	if f.State != "" {
		drops = append(drops, drop{"in any state", []string{"state"}, func(x *store.SchoolFilter) { x.State = "" }})
	}
	var out []page.Loosen
	for _, d := range drops {
		alt := q.filter
		alt.Offset, alt.Limit = 0, 1
		d.apply(&alt)
		res, err := st.db.SearchSchools(r.Context(), alt)
		if err != nil {
			return nil, err
		}
		if res.Total == 0 {
			continue
		}
		v := r.URL.Query()
		v.Del("page")
		for _, p := range d.param {
			v.Del(p)
		}
		if d.param == nil && alt.Near != nil {
			v.Set("miles", strconv.Itoa(int(alt.Near.Miles)))
		}
		out = append(out, page.Loosen{Label: d.label, Count: res.Total, URL: "/schools?" + v.Encode()})
	}
	return out, nil
}

// handleSchoolCSV serves the finder's results as CSV, every page at once.
func (s *Server) handleSchoolCSV(w http.ResponseWriter, r *http.Request) error {
	st, err := s.site(r.Context())
	if err != nil {
		return err
	}
	q, err := s.parseSchoolQuery(r, st)
	if err != nil {
		return err
	}
	if len(q.problems) > 0 {
		return &statusError{status: http.StatusBadRequest, heading: "That search did not make sense",
			message: strings.Join(q.problems, " ")}
	}
	q.filter.Limit, q.filter.Offset, q.filter.ProgramsPerSchool = 0, 0, 0
	res, err := st.db.SearchSchools(r.Context(), q.filter)
	if err != nil {
		return err
	}
	var b strings.Builder
	cw := csv.NewWriter(&b)
	cw.Write([]string{"unitid", "name", "city", "state", "control", "distance_miles", "matching_awards", "all_awards", "website", "matching_programs"})
	for _, sc := range res.Schools {
		dist := ""
		if q.filter.Near != nil {
			dist = strconv.FormatFloat(math.Round(sc.Distance*10)/10, 'f', 1, 64)
		}
		var progs []string
		for _, p := range sc.Programs {
			progs = append(progs, fmt.Sprintf("%s %s (%s): %d", p.CIP, p.Title, p.Award.Label(), p.Total))
		}
		cw.Write([]string{sc.UnitID, sc.Name, sc.City, sc.State, sc.Control.Label(), dist,
			strconv.Itoa(sc.Matched), strconv.Itoa(sc.Total), sc.Website, strings.Join(progs, "; ")})
	}
	cw.Flush()
	w.Header().Set("Content-Disposition", `attachment; filename="schools.csv"`)
	return writeBody(w, r, http.StatusOK, "text/csv; charset=utf-8", []byte(b.String()), etagOf([]byte(b.String())))
}

// handleSchoolShow serves one school; a stale or missing slug redirects.
func (s *Server) handleSchoolShow(w http.ResponseWriter, r *http.Request) error {
	id, slug := chi.URLParam(r, "unitid"), chi.URLParam(r, "slug")
	if _, err := strconv.Atoi(id); err != nil || len(id) > 10 {
		return notFound("school " + id)
	}
	st, err := s.site(r.Context())
	if err != nil {
		return err
	}
	// Only a page served before under this very slug is in the cache, so a
	// hit needs no redirect check and no query.
	key := "school/" + id + "/" + slug
	if served, err := s.fromCache(w, r, st, key); served {
		return err
	}
	sc, err := st.db.SchoolByID(r.Context(), id)
	if err != nil {
		return err
	}
	if slug != sc.Slug {
		http.Redirect(w, r, "/schools/"+sc.UnitID+"/"+sc.Slug, http.StatusMovedPermanently)
		return nil
	}
	return s.renderCached(w, r, st, key, func() (templ.Component, error) {
		cips := make([]string, 0, len(sc.Programs))
		for _, p := range sc.Programs {
			cips = append(cips, p.CIP)
		}
		occ, err := st.db.OccupationsByProgram(r.Context(), cips)
		if err != nil {
			return nil, err
		}
		return page.School(page.NewSchoolPage(st.common, sc, st.familyTitles(), occ, st.stateName(sc.State))), nil
	})
}

// handleProgramShow serves one program of study: the occupations it leads
// to and the schools that offer it, optionally in one state.
func (s *Server) handleProgramShow(w http.ResponseWriter, r *http.Request) error {
	cip := chi.URLParam(r, "cip")
	if !career.ValidCIP(cip) {
		return notFound("program " + cip)
	}
	st, err := s.site(r.Context())
	if err != nil {
		return err
	}
	state := strings.ToUpper(strings.TrimSpace(r.URL.Query().Get("state")))
	var problems []string
	if state != "" && st.state(state) == nil {
		problems = append(problems, fmt.Sprintf("We do not know a state or territory with the code %q.", state))
		state = ""
	}
	build := func() (templ.Component, error) {
		prog, err := st.db.Program(r.Context(), cip)
		if err != nil {
			return nil, err
		}
		occs, err := st.db.OccupationsForProgram(r.Context(), cip)
		if err != nil {
			return nil, err
		}
		res, err := st.db.SearchSchools(r.Context(), store.SchoolFilter{CIPs: []string{cip}, State: state, Sort: store.SortCompletions, ProgramsPerSchool: 6, Limit: programSchools})
		if err != nil {
			return nil, err
		}
		vm := page.NewProgramPage(st.common, prog, st.familyTitle(career.CIPFamily(cip)), occs, res, st.states, state, problems)
		return page.ProgramShow(vm), nil
	}
	if len(problems) > 0 {
		c, err := build()
		if err != nil {
			return err
		}
		return s.render(w, r, http.StatusBadRequest, c)
	}
	return s.renderCached(w, r, st, "program/"+cip+"/"+state, build)
}
