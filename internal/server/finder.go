package server

import (
	"encoding/csv"
	"math"
	"net/http"
	"strconv"
	"strings"

	"github.com/a-h/templ"

	"github.com/careeratlas/careeratlas/internal/career"
	"github.com/careeratlas/careeratlas/internal/finder"
	"github.com/careeratlas/careeratlas/internal/site"
	"github.com/careeratlas/careeratlas/internal/view/form"
	"github.com/careeratlas/careeratlas/internal/view/page"
)

// handleOccupationIndex serves the A–Z index, or the finder's results when
// any filter is set.
func (s *Server) handleOccupationIndex(w http.ResponseWriter, r *http.Request, st *site.Site) error {
	v := r.URL.Query()
	f := form.ParseFinder(v, st.Groups)
	in := page.FinderInput{Common: s.common(st), Form: f, Groups: st.Groups}
	switch {
	case len(f.Problems) > 0:
		return s.render(w, r, http.StatusBadRequest, page.OccupationIndex(page.NewOccupationIndexPage(in)))
	case form.Used(v, form.FinderParams):
		in.Results = finder.Apply(st.All, f.Filter, f.By, st.Interests)
		in.Searched = true
		in.CSVURL = "/occupations.csv?" + f.Query(v).Encode()
		return s.render(w, r, http.StatusOK, page.OccupationIndex(page.NewOccupationIndexPage(in)))
	}
	return s.renderCached(w, r, st, "occupations", func() (templ.Component, error) {
		in.All = st.All
		return page.OccupationIndex(page.NewOccupationIndexPage(in)), nil
	})
}

// handleOccupationCSV serves the finder's results as CSV.
func (s *Server) handleOccupationCSV(w http.ResponseWriter, r *http.Request, st *site.Site) error {
	f := form.ParseFinder(r.URL.Query(), st.Groups)
	if len(f.Problems) > 0 {
		return badRequest("That search did not make sense", f.Problems)
	}
	var b strings.Builder
	cw := csv.NewWriter(&b)
	cw.Write([]string{"soc", "title", "group", "median_annual_pay", "median_hourly_pay", "employment_base", "employment_projected",
		"percent_change", "growth", "annual_openings", "entry_education", "work_experience", "on_the_job_training"})
	for _, o := range finder.Apply(st.All, f.Filter, f.By, st.Interests) {
		row := []string{o.SOC, o.Title, o.Group, "", "", "", "", "", "", "", "", "", ""}
		if w := o.Wages; w != nil {
			row[3], row[4] = career.FormatAmount(w.Annual[2], 0), career.FormatAmount(w.Hourly[2], 2)
		}
		if p := o.Projection; p != nil {
			row[5] = thousands(p.EmpBase)
			row[6] = thousands(p.EmpProjected)
			row[7] = career.FormatAmount(p.PctChange, 1)
			if p.PctChange.Available() {
				row[8] = p.Growth.Label
			}
			row[9] = thousands(p.Openings)
			row[10], row[11], row[12] = p.Education, p.Experience, p.Training
		}
		cw.Write(row)
	}
	cw.Flush()
	body := []byte(b.String())
	w.Header().Set("Content-Disposition", `attachment; filename="occupations.csv"`)
	return writeBody(w, r, http.StatusOK, "text/csv; charset=utf-8", body, etagOf(body))
}

// thousands writes a figure published in thousands as a whole number.
func thousands(a career.Amount) string {
	if !a.Available() {
		return ""
	}
	return strconv.FormatFloat(math.Round(a.Value*1000), 'f', 0, 64)
}
