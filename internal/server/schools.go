package server

import (
	"bytes"
	"context"
	"encoding/csv"
	"errors"
	"fmt"
	"io"
	"math"
	"net/http"
	"slices"
	"strconv"
	"strings"

	"github.com/a-h/templ"
	"github.com/go-chi/chi/v5"

	"github.com/careeratlas/careeratlas/internal/career"
	"github.com/careeratlas/careeratlas/internal/site"
	"github.com/careeratlas/careeratlas/internal/view/form"
	"github.com/careeratlas/careeratlas/internal/view/page"
)

// programSchools is how many schools a program's page lists before
// linking to the finder.
const programSchools = 50

// handleSchoolFinder serves the school finder: the form, and results when
// any filter is set.
func (s *Server) handleSchoolFinder(w http.ResponseWriter, r *http.Request, st *site.Site) error {
	// Only results pages that were answered 200 are kept: a hit needs no
	// parsing and no query.
	if served, err := s.fromCache(w, r, st, queryKey(r)); served {
		return err
	}
	ctx := r.Context()
	f := form.ParseSchool(r.URL.Query(), st)
	in := page.SchoolFinderInput{Common: s.common(st), Form: f, States: st.States, Families: st.Families}
	if f.Area != "" && st.Family(f.Area) != nil {
		in.Programs = st.ProgramsInFamily(f.Area)
	}
	for _, c := range f.CIPs {
		if p := st.Program(c); p != nil {
			in.ChosenPrograms = append(in.ChosenPrograms, *p)
		}
	}
	if len(f.Problems) > 0 || !f.Searched() {
		return s.render(w, r, statusFor(f.Problems), page.SchoolFinder(page.NewSchoolFinderPage(in)))
	}
	return s.renderByQuery(w, r, st, func() (templ.Component, error) {
		res, err := st.DB.SearchSchools(ctx, f.Filter)
		if err != nil {
			return nil, err
		}
		pages := max(1, (res.Total+form.SchoolsPerPage-1)/form.SchoolsPerPage)
		if f.Page > pages {
			in.Form.Problems = append(in.Form.Problems, fmt.Sprintf("There is no page %d: this search has %d page%s.", f.Page, pages, plural(pages)))
			return nil, &statusPage{http.StatusBadRequest, page.SchoolFinder(page.NewSchoolFinderPage(in))}
		}
		in.Results, in.Pages, in.Query = res, pages, r.URL.Query()
		if res.Total == 0 {
			if in.Loosen, err = loosenSuggestions(r, st, f); err != nil {
				return nil, err
			}
		}
		return page.SchoolFinder(page.NewSchoolFinderPage(in)), nil
	})
}

func plural(n int) string {
	if n == 1 {
		return ""
	}
	return "s"
}

// loosenSuggestions tries the search again without each filter in turn and
// offers the ones that find schools.
func loosenSuggestions(r *http.Request, st *site.Site, f form.School) ([]page.Loosen, error) {
	type drop struct {
		label string
		param []string
		apply func(*career.SchoolFilter)
	}
	var drops []drop
	if f.Name != "" {
		drops = append(drops, drop{"without the name “" + f.Name + "”", []string{"name"}, func(x *career.SchoolFilter) { x.Name = "" }})
	}
	if len(f.Creds) > 0 {
		drops = append(drops, drop{"at any credential level", []string{"cred"}, func(x *career.SchoolFilter) { x.Groups = nil }})
	}
	if f.Control != "" {
		drops = append(drops, drop{"at any kind of school", []string{"control"}, func(x *career.SchoolFilter) { x.Control = 0 }})
	}
	if f.Online {
		drops = append(drops, drop{"with or without online programs", []string{"online"}, func(x *career.SchoolFilter) { x.Online = false }})
	}
	if f.Open {
		drops = append(drops, drop{"with or without open admission", []string{"open"}, func(x *career.SchoolFilter) { x.OpenAdmission = false }})
	}
	if f.SOC != "" {
		drops = append(drops, drop{"in any program, not only those for " + f.Occupation, []string{"soc"}, func(x *career.SchoolFilter) { x.SOC = "" }})
	}
	if len(f.CIPs) > 0 {
		drops = append(drops, drop{"in any program of the area", []string{"cip"}, func(x *career.SchoolFilter) { x.CIPs = nil }})
	}
	if near := f.Filter.Near; near != nil && near.Miles < form.MaxMiles {
		wider := min(form.MaxMiles, int(near.Miles)*4)
		drops = append(drops, drop{fmt.Sprintf("within %d miles", wider), nil, func(x *career.SchoolFilter) {
			n := *x.Near
			n.Miles = float64(wider)
			x.Near = &n
		}})
	}
	if f.State != "" {
		drops = append(drops, drop{"in any state", []string{"state"}, func(x *career.SchoolFilter) { x.State = "" }})
	}
	var out []page.Loosen
	for _, d := range drops {
		alt := f.Filter
		alt.Offset, alt.Limit = 0, 1
		d.apply(&alt)
		res, err := st.DB.SearchSchools(r.Context(), alt)
		if err != nil {
			return nil, err
		}
		if res.Total == 0 {
			continue
		}
		v := r.URL.Query() // a fresh copy
		v.Del("page")
		for _, p := range d.param {
			v.Del(p)
		}
		if slices.Contains(d.param, "cred") && f.SOC != "" {
			// Without cred=, a search by occupation takes the occupation's
			// usual credentials again; an empty one keeps every level.
			v.Set("cred", "")
		}
		if d.param == nil && alt.Near != nil {
			v.Set("miles", strconv.Itoa(int(alt.Near.Miles)))
		}
		out = append(out, page.Loosen{Label: d.label, Count: res.Total, URL: "/schools?" + v.Encode()})
	}
	return out, nil
}

// handleSchoolCSV serves the finder's results as CSV, every page at once.
// The export of every school is built once per site and kept; a filtered
// one is written as it is read, inside the gate.
func (s *Server) handleSchoolCSV(w http.ResponseWriter, r *http.Request, st *site.Site) error {
	f := form.ParseSchool(r.URL.Query(), st)
	if len(f.Problems) > 0 {
		return badRequest("That search did not make sense", f.Problems)
	}
	f.Filter.Limit, f.Filter.Offset, f.Filter.ProgramsPerSchool = 0, 0, 0
	f.Filter.WithFacts = true
	w.Header().Set("Content-Disposition", `attachment; filename="schools.csv"`)
	if !f.Searched() {
		return s.serveCached(w, r, st, "export/schools.csv", false, func() ([]byte, string, error) {
			var b bytes.Buffer
			err := s.limited(r.Context(), func() error { return writeSchoolCSV(r.Context(), &b, st, f.Filter) })
			return b.Bytes(), csvType, err
		})
	}
	return s.limited(r.Context(), func() error {
		res, err := st.DB.SearchSchools(r.Context(), f.Filter)
		if err != nil {
			return err
		}
		w.Header().Set("Content-Type", csvType)
		w.Header().Set("Cache-Control", pageCacheControl)
		if r.Method == http.MethodHead {
			return nil
		}
		return schoolRows(w, res, f.Filter.Near != nil, factReleases(st))
	})
}

const csvType = "text/csv; charset=utf-8"

// writeSchoolCSV searches and writes the results as CSV to w.
func writeSchoolCSV(ctx context.Context, w io.Writer, st *site.Site, flt career.SchoolFilter) error {
	res, err := st.DB.SearchSchools(ctx, flt)
	if err != nil {
		return err
	}
	return schoolRows(w, res, flt.Near != nil, factReleases(st))
}

// releases names the IPEDS IC, ADM and SFA releases behind the schools'
// admission and aid figures; empty for a survey not imported.
type releases struct{ characteristics, admissions, aid string }

func factReleases(st *site.Site) releases {
	var r releases
	if s, ok := st.Source("characteristics"); ok {
		r.characteristics = s.Release
	}
	if s, ok := st.Source("admissions"); ok {
		r.admissions = s.Release
	}
	if s, ok := st.Source("student_aid"); ok {
		r.aid = s.Release
	}
	return r
}

// answerCSV is a yes-or-no answer in CSV: yes, no, n/a, or blank when not
// reported.
func answerCSV(a career.Answer) string {
	switch {
	case a.IsYes():
		return "yes"
	case a.IsNo():
		return "no"
	case a.Reporting == career.NotApplicable:
		return "n/a"
	}
	return ""
}

// figureCSV is a figure in CSV, blank when not reported.
func figureCSV(f career.Figure) string {
	if !f.Known() {
		return ""
	}
	return strconv.Itoa(f.Value)
}

// admissionRate is the percent of applicants admitted, to one decimal.
func admissionRate(a career.Admissions) (float64, bool) {
	r, ok := a.Rate()
	return math.Round(r*10) / 10, ok
}

// schoolRows writes the CSV of a school search, a row at a time.
func schoolRows(w io.Writer, res *career.SchoolResults, near bool, rel releases) error {
	cw := csv.NewWriter(w)
	cw.Write([]string{"unitid", "name", "city", "state", "control", "distance_miles", "matching_awards", "all_awards", "website", "matching_programs",
		"open_admission", "online_programs", "characteristics_release", "applicants", "admitted", "admission_rate", "admissions_release",
		"grant_pct", "grant_avg", "aid_release"})
	var progs []string
	for _, sc := range res.Schools {
		dist := ""
		if near {
			dist = strconv.FormatFloat(math.Round(sc.Distance*10)/10, 'f', 1, 64)
		}
		progs = progs[:0]
		for _, p := range sc.Programs {
			progs = append(progs, fmt.Sprintf("%s %s (%s): %d", p.CIP, p.Title, p.Award.Label(), p.Total))
		}
		rate := ""
		if r, ok := admissionRate(sc.Facts.Admissions); ok {
			rate = strconv.FormatFloat(r, 'f', 1, 64)
		}
		ch, adm, aid := sc.Facts.Characteristics, sc.Facts.Admissions, sc.Facts.Aid
		cw.Write([]string{sc.UnitID, sc.Name, sc.City, sc.State, sc.Control.Label(), dist,
			strconv.Itoa(sc.Matched), strconv.Itoa(sc.Total), sc.Website, strings.Join(progs, "; "),
			answerCSV(ch.OpenAdmission), answerCSV(ch.OnlinePrograms), rel.characteristics,
			figureCSV(adm.Applicants), figureCSV(adm.Admitted), rate, rel.admissions,
			figureCSV(aid.GrantPct), figureCSV(aid.GrantAvg), rel.aid})
	}
	cw.Flush()
	return cw.Error()
}

// handleSchoolShow serves one school; a stale or missing slug redirects.
func (s *Server) handleSchoolShow(w http.ResponseWriter, r *http.Request, st *site.Site) error {
	id, slug := chi.URLParam(r, "unitid"), chi.URLParam(r, "slug")
	if _, err := strconv.Atoi(id); err != nil || len(id) > 10 {
		return notFound("school " + id)
	}
	// Only a page served before under this very slug is in the cache, so a
	// hit needs no redirect check and no query.
	key := "school/" + id + "/" + slug
	if served, err := s.fromCache(w, r, st, key); served {
		return err
	}
	sc, err := st.DB.SchoolByID(r.Context(), id)
	if errors.Is(err, career.ErrNotFound) {
		return s.serveSystemOffice(w, r, st, id, err)
	}
	if err != nil {
		return err
	}
	if id != sc.UnitID || slug != sc.Slug { // "0202222" finds school 202222 too
		http.Redirect(w, r, sc.Path(), http.StatusMovedPermanently)
		return nil
	}
	return s.renderCached(w, r, st, key, func() (templ.Component, error) {
		cips := make([]string, 0, len(sc.Programs))
		for _, p := range sc.Programs {
			cips = append(cips, p.CIP)
		}
		occ, err := st.DB.OccupationsByProgram(r.Context(), cips)
		if err != nil {
			return nil, err
		}
		in := page.SchoolInput{Common: s.common(st), School: sc, Families: st.FamilyTitles(), Occupations: occ, StateName: st.StateName(sc.State)}
		return page.School(page.NewSchoolPage(in)), nil
	})
}

// serveSystemOffice answers the old page of a system's administrative
// office, which IPEDS lists beside the schools but is not one: a 404 that
// names the system and links its campuses. Any other unit ID gets the
// plain 404 of schoolErr.
func (s *Server) serveSystemOffice(w http.ResponseWriter, r *http.Request, st *site.Site, id string, schoolErr error) error {
	o, err := st.DB.OfficeByID(r.Context(), id)
	if errors.Is(err, career.ErrNotFound) {
		return schoolErr
	}
	if err != nil {
		return err
	}
	var buf bytes.Buffer
	p := page.NewSystemOfficePage(page.SystemOfficeInput{Common: s.common(st), Office: o})
	if err := page.SystemOffice(p).Render(r.Context(), &buf); err != nil {
		return fmt.Errorf("server: render %s: %w", r.URL.Path, err)
	}
	s.log.Info("request refused", "method", r.Method, "path", r.URL.Path, "status", http.StatusNotFound,
		"request_id", requestID(r.Context()), "error", "system office "+id)
	writeErrorPage(w, http.StatusNotFound, buf.Bytes())
	return nil
}

// handleProgramShow serves one program of study: the occupations it leads
// to and the schools that offer it, optionally in one state.
func (s *Server) handleProgramShow(w http.ResponseWriter, r *http.Request, st *site.Site) error {
	cip := chi.URLParam(r, "cip")
	if !career.ValidCIP(cip) {
		return notFound("program " + cip)
	}
	state := strings.ToUpper(strings.TrimSpace(r.URL.Query().Get("state")))
	var problems []string
	if state != "" && st.State(state) == nil {
		problems = append(problems, fmt.Sprintf("We do not know a state or territory with the code %q.", state))
		state = ""
	}
	build := func() (templ.Component, error) {
		prog := st.Program(cip)
		if prog == nil {
			return nil, notFound("program " + cip)
		}
		occs, err := st.DB.OccupationsForProgram(r.Context(), cip)
		if err != nil {
			return nil, err
		}
		awards, err := st.DB.ProgramAwards(r.Context(), cip)
		if err != nil {
			return nil, err
		}
		var res *career.SchoolResults
		err = s.limited(r.Context(), func() (err error) {
			res, err = st.DB.SearchSchools(r.Context(), career.SchoolFilter{CIPs: []string{cip}, State: state,
				Sort: career.SortCompletions, ProgramsPerSchool: 6, Limit: programSchools})
			return err
		})
		if err != nil {
			return nil, err
		}
		in := page.ProgramInput{Common: s.common(st), Program: prog, Area: st.FamilyTitle(career.CIPFamily(cip)),
			Occupations: occs, Awards: awards, Schools: res, States: st.States, State: state, Problems: problems}
		return page.ProgramShow(page.NewProgramPage(in)), nil
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
