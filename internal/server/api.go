package server

import (
	"fmt"
	"math"
	"net/http"
	"runtime/debug"
	"strconv"
	"strings"

	"github.com/go-chi/chi/v5"

	"github.com/careeratlas/careeratlas/internal/career"
	"github.com/careeratlas/careeratlas/internal/finder"
	"github.com/careeratlas/careeratlas/internal/site"
	"github.com/careeratlas/careeratlas/internal/view/form"
)

// The JSON API gives the same figures as the pages. Amounts are numbers,
// or null when not published; a top-coded amount is its ceiling with
// "top_coded": true beside it.

type apiAmount struct {
	Value    *float64 `json:"value"`
	TopCoded bool     `json:"top_coded,omitempty"`
}

func amountJSON(a career.Amount) apiAmount {
	if !a.Available() {
		return apiAmount{}
	}
	v := a.Value
	return apiAmount{Value: &v, TopCoded: a.State == career.TopCoded}
}

func thousandsJSON(a career.Amount) apiAmount {
	if !a.Available() {
		return apiAmount{}
	}
	v := math.Round(a.Value * 1000)
	return apiAmount{Value: &v}
}

type apiWages struct {
	Release    string       `json:"release"`
	Employment apiAmount    `json:"employment"`
	AnnualMean apiAmount    `json:"annual_mean"`
	HourlyMean apiAmount    `json:"hourly_mean"`
	Annual     [5]apiAmount `json:"annual_percentiles"` // 10, 25, 50, 75, 90
	Hourly     [5]apiAmount `json:"hourly_percentiles"`
}

type apiProjection struct {
	Release       string    `json:"release"`
	JobsBase      apiAmount `json:"jobs_base"`
	JobsProjected apiAmount `json:"jobs_projected"`
	PercentChange apiAmount `json:"percent_change"`
	Growth        string    `json:"growth,omitempty"`
	Openings      apiAmount `json:"annual_openings"`
	Education     string    `json:"entry_education"`
	Experience    string    `json:"work_experience"`
	Training      string    `json:"on_the_job_training"`
}

type apiOccupation struct {
	SOC        string         `json:"soc"`
	Title      string         `json:"title"`
	URL        string         `json:"url"`
	Group      string         `json:"group"`
	Summary    string         `json:"summary,omitempty"`
	Wages      *apiWages      `json:"wages"`
	Projection *apiProjection `json:"projection"`
}

func (s *Server) occupationJSON(st *site.Site, o *career.Occupation) apiOccupation {
	out := apiOccupation{SOC: o.SOC, Title: o.Title, URL: s.opts.BaseURL + "/occupations/" + o.Slug, Group: o.Group, Summary: o.Summary}
	if w := o.Wages; w != nil {
		aw := &apiWages{Employment: amountJSON(w.Employment), AnnualMean: amountJSON(w.AnnualMean), HourlyMean: amountJSON(w.HourlyMean)}
		for i := range 5 {
			aw.Annual[i], aw.Hourly[i] = amountJSON(w.Annual[i]), amountJSON(w.Hourly[i])
		}
		if src, ok := st.Source("oews_national"); ok {
			aw.Release = src.Release
		}
		out.Wages = aw
	}
	if p := o.Projection; p != nil {
		ap := &apiProjection{JobsBase: thousandsJSON(p.EmpBase), JobsProjected: thousandsJSON(p.EmpProjected),
			PercentChange: amountJSON(p.PctChange), Openings: thousandsJSON(p.Openings),
			Education: p.Education, Experience: p.Experience, Training: p.Training}
		if p.PctChange.Available() {
			ap.Growth = p.Growth.Label
		}
		if src, ok := st.Source("projections"); ok {
			ap.Release = src.Release
		}
		out.Projection = ap
	}
	return out
}

// apiError is the body of an API error.
type apiError struct {
	Status   int      `json:"status"`
	Error    string   `json:"error"`
	Problems []string `json:"problems,omitempty"`
}

// handleAPI adapts an API handler: it resolves the current site once, and
// errors come back as JSON, not pages.
func (s *Server) handleAPI(fn handlerFunc) http.HandlerFunc {
	return func(w http.ResponseWriter, r *http.Request) {
		st := s.current()
		err := errNoSite
		if st != nil {
			err = s.recovering(w, r, st, fn)
		}
		if err == nil {
			return
		}
		k := statusOf(r, err)
		switch {
		case k.status == http.StatusInternalServerError:
			s.log.Error("api request failed", "path", r.URL.Path, "error", err, "request_id", requestID(r.Context()))
			k.heading, k.message = "Internal error", "The request could not be answered; please try again."
		case k.status >= 500:
			w.Header().Set("Retry-After", retryAfter)
		}
		w.Header().Set("Cache-Control", "no-store")
		var problems []string
		if k.message != "" {
			problems = strings.Split(k.message, "\n")
		}
		writeJSON(w, r, k.status, apiError{Status: k.status, Error: k.heading, Problems: problems})
	}
}

// recovering runs fn and turns a panic into an error, so that an API
// client gets JSON even then.
func (s *Server) recovering(w http.ResponseWriter, r *http.Request, st *site.Site, fn handlerFunc) (err error) {
	defer func() {
		if v := recover(); v != nil {
			if v == http.ErrAbortHandler {
				panic(v)
			}
			s.log.Error("panic", "request_id", requestID(r.Context()), "path", r.URL.Path, "error", v, "stack", string(debug.Stack()))
			err = fmt.Errorf("server: panic: %v", v)
		}
	}()
	return fn(w, r, st)
}

// handleAPIOccupations lists occupations, filtered and sorted as the finder does.
func (s *Server) handleAPIOccupations(w http.ResponseWriter, r *http.Request, st *site.Site) error {
	f := form.ParseFinder(r.URL.Query(), st.Groups)
	if len(f.Problems) > 0 {
		return badRequest("Bad request", f.Problems)
	}
	os := finder.Apply(st.All, f.Filter, f.By, st.Interests)
	out := struct {
		Count       int             `json:"count"`
		Occupations []apiOccupation `json:"occupations"`
	}{Count: len(os), Occupations: make([]apiOccupation, 0, len(os))}
	for _, o := range os {
		out.Occupations = append(out.Occupations, s.occupationJSON(st, o))
	}
	return writeJSON(w, r, http.StatusOK, out)
}

// handleAPIOccupation gives one occupation by SOC code.
func (s *Server) handleAPIOccupation(w http.ResponseWriter, r *http.Request, st *site.Site) error {
	soc := chi.URLParam(r, "soc")
	o := st.Occupation(soc)
	if !career.ValidSOC(soc) || o == nil {
		return notFound("occupation " + soc)
	}
	return writeJSON(w, r, http.StatusOK, s.occupationJSON(st, o))
}

type apiSchool struct {
	UnitID   string       `json:"unitid"`
	Name     string       `json:"name"`
	URL      string       `json:"url"`
	City     string       `json:"city"`
	State    string       `json:"state"`
	Control  string       `json:"control"`
	Website  string       `json:"website,omitempty"`
	Distance *float64     `json:"distance_miles,omitempty"`
	Awards   int          `json:"matching_awards"`
	Programs []apiProgram `json:"programs"`
	// IPEDS IC, ADM and SFA; null when the school did not report.
	OpenAdmission  *bool    `json:"open_admission"`
	OnlinePrograms *bool    `json:"online_programs"`
	AdmissionRate  *float64 `json:"admission_rate"`
	GrantPct       *int     `json:"grant_pct"`
	GrantAvg       *int     `json:"grant_avg"`
}

func answerJSON(a career.Answer) *bool {
	if a.Reporting != career.Reported {
		return nil
	}
	return &a.Yes
}

func figureJSON(f career.Figure) *int {
	if !f.Known() {
		return nil
	}
	return &f.Value
}

type apiProgram struct {
	CIP    string `json:"cip"`
	Title  string `json:"title"`
	Award  string `json:"award"`
	Awards int    `json:"awards"`
}

// handleAPISchools searches schools with the finder's parameters.
func (s *Server) handleAPISchools(w http.ResponseWriter, r *http.Request, st *site.Site) error {
	if served, err := s.fromCache(w, r, st, queryKey(r)); served {
		return err
	}
	q := form.ParseSchool(r.URL.Query(), st)
	if len(q.Problems) > 0 {
		return badRequest("Bad request", q.Problems)
	}
	q.Filter.ProgramsPerSchool, q.Filter.WithFacts = 0, true
	return s.serveByQuery(w, r, st, jsonType, func() ([]byte, error) {
		res, err := st.DB.SearchSchools(r.Context(), q.Filter)
		if err != nil {
			return nil, err
		}
		release := ""
		if src, ok := st.Source("completions"); ok {
			release = src.Release
		}
		return marshalJSON(schoolsJSON(s.opts.BaseURL, release, factReleases(st), q, res))
	})
}

// schoolsJSON is the API's answer to a school search.
// Awards are counted in the IPEDS completions of release.
func schoolsJSON(base, release string, rel releases, q form.School, res *career.SchoolResults) any {
	out := struct {
		Total                  int         `json:"total"`
		Page                   int         `json:"page"`
		PerPage                int         `json:"per_page"`
		Release                string      `json:"awards_release"`
		CharacteristicsRelease string      `json:"characteristics_release,omitempty"`
		AdmissionsRelease      string      `json:"admissions_release,omitempty"`
		AidRelease             string      `json:"aid_release,omitempty"`
		Schools                []apiSchool `json:"schools"`
	}{Total: res.Total, Page: q.Page, PerPage: form.SchoolsPerPage, Release: release, Schools: []apiSchool{},
		CharacteristicsRelease: rel.characteristics, AdmissionsRelease: rel.admissions, AidRelease: rel.aid}
	for _, sc := range res.Schools {
		as := apiSchool{UnitID: sc.UnitID, Name: sc.Name, URL: base + sc.Path(),
			City: sc.City, State: sc.State, Control: sc.Control.Label(), Website: sc.Website, Awards: sc.Matched, Programs: []apiProgram{}}
		if q.Filter.Near != nil {
			d, _ := strconv.ParseFloat(strconv.FormatFloat(sc.Distance, 'f', 1, 64), 64)
			as.Distance = &d
		}
		for _, p := range sc.Programs {
			as.Programs = append(as.Programs, apiProgram{p.CIP, p.Title, p.Award.Label(), p.Total})
		}
		f := sc.Facts
		as.OpenAdmission, as.OnlinePrograms = answerJSON(f.Characteristics.OpenAdmission), answerJSON(f.Characteristics.OnlinePrograms)
		if r, ok := admissionRate(f.Admissions); ok {
			as.AdmissionRate = &r
		}
		as.GrantPct, as.GrantAvg = figureJSON(f.Aid.GrantPct), figureJSON(f.Aid.GrantAvg)
		out.Schools = append(out.Schools, as)
	}
	return out
}
