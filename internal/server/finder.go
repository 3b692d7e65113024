package server

import (
	"encoding/csv"
	"fmt"
	"math"
	"net/http"
	"net/url"
	"strconv"
	"strings"

	"github.com/a-h/templ"

	"github.com/careeratlas/careeratlas/internal/career"
	"github.com/careeratlas/careeratlas/internal/finder"
	"github.com/careeratlas/careeratlas/internal/view/page"
)

// finderParams are the query parameters of the occupation finder.
var finderParams = []string{"group", "edu", "exp", "train", "growth", "openings", "pay_min", "pay_max", "interest", "sort"}

// parseFinder reads the finder's query. Problems are worded for a person.
func parseFinder(v url.Values, st *siteState) (page.FinderForm, finder.Filter, finder.Sort, []string) {
	var form page.FinderForm
	var f finder.Filter
	var probs []string
	form.Group = strings.TrimSpace(v.Get("group"))
	form.Education = cleanList(v["edu"])
	form.Experience = strings.TrimSpace(v.Get("exp"))
	form.Training = strings.TrimSpace(v.Get("train"))
	form.Growth = cleanList(v["growth"])
	form.Openings = strings.TrimSpace(v.Get("openings"))
	form.PayMin = strings.TrimSpace(v.Get("pay_min"))
	form.PayMax = strings.TrimSpace(v.Get("pay_max"))
	form.Interest = strings.TrimSpace(v.Get("interest"))
	form.Sort = strings.TrimSpace(v.Get("sort"))

	f.Group, f.Education, f.Experience, f.Training, f.Growth, f.Interest =
		form.Group, form.Education, form.Experience, form.Training, form.Growth, form.Interest
	number := func(label, s string) float64 {
		if s == "" {
			return 0
		}
		n, err := strconv.ParseFloat(strings.NewReplacer(",", "", "$", "").Replace(s), 64)
		if err != nil || n < 0 || math.IsInf(n, 0) || math.IsNaN(n) || n > 10_000_000 {
			probs = append(probs, fmt.Sprintf("%s must be a whole number of dollars or jobs, like 50000; %q is not.", label, s))
			return 0
		}
		return n
	}
	f.OpeningsMin = number("Openings", form.Openings)
	f.PayMin = number("The lowest median pay", form.PayMin)
	f.PayMax = number("The highest median pay", form.PayMax)
	probs = append(probs, f.Check(st.groups)...)
	sort := finder.Sort(form.Sort)
	switch {
	case form.Sort == "":
		sort = finder.ByTitle
	case !finder.ValidSort(sort):
		probs = append(probs, fmt.Sprintf("%q is not a way to sort: choose title, pay, growth, openings or employment.", form.Sort))
		sort = finder.ByTitle
	}
	form.Sort = string(sort)
	return form, f, sort, probs
}

// finderUsed reports whether any finder parameter is present.
func finderUsed(v url.Values) bool {
	for _, p := range finderParams {
		if v.Has(p) {
			return true
		}
	}
	return false
}

// handleOccupationIndex serves the A–Z index, or the finder's results when
// any filter is set.
func (s *Server) handleOccupationIndex(w http.ResponseWriter, r *http.Request) error {
	st, err := s.site(r.Context())
	if err != nil {
		return err
	}
	v := r.URL.Query()
	form, f, by, probs := parseFinder(v, st)
	in := page.FinderInput{Common: st.common, Form: form, Groups: st.groups, Problems: probs}
	status := http.StatusOK
	switch {
	case len(probs) > 0:
		status = http.StatusBadRequest
	case finderUsed(v):
		in.Results = finder.Apply(st.all, f, by, st.interests)
		in.Searched = true
		q := url.Values{}
		for _, p := range finderParams {
			for _, x := range v[p] {
				q.Add(p, x)
			}
		}
		in.CSVURL = "/occupations.csv?" + q.Encode()
	default:
		return s.renderCached(w, r, st, "occupations", func() (templ.Component, error) {
			in.All = st.all
			return page.OccupationIndex(page.NewOccupationIndexPage(in)), nil
		})
	}
	return s.render(w, r, status, page.OccupationIndex(page.NewOccupationIndexPage(in)))
}

// handleOccupationCSV serves the finder's results as CSV.
func (s *Server) handleOccupationCSV(w http.ResponseWriter, r *http.Request) error {
	st, err := s.site(r.Context())
	if err != nil {
		return err
	}
	_, f, by, probs := parseFinder(r.URL.Query(), st)
	if len(probs) > 0 {
		return &statusError{status: http.StatusBadRequest, heading: "That search did not make sense", message: strings.Join(probs, " ")}
	}
	var b strings.Builder
	cw := csv.NewWriter(&b)
	cw.Write([]string{"soc", "title", "group", "median_annual_pay", "median_hourly_pay", "employment_base", "employment_projected",
		"percent_change", "growth", "annual_openings", "entry_education", "work_experience", "on_the_job_training"})
	for _, o := range finder.Apply(st.all, f, by, st.interests) {
		row := []string{o.SOC, o.Title, o.Group, "", "", "", "", "", "", "", "", "", ""}
		if w := o.Wages; w != nil {
			row[3], row[4] = career.FormatAmount(w.Annual[2], 0), career.FormatAmount(w.Hourly[2], 2)
		}
		if p := o.Projection; p != nil {
			row[5] = thousands(p.EmpBase)
			row[6] = thousands(p.EmpProjected)
			row[7] = career.FormatAmount(p.PctChange, 1)
			if p.PctChange.Available() {
				row[8] = career.GrowthFor(p.PctChange.Value).Label
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
