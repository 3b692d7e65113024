package server

import (
	"net/http"

	"github.com/careeratlas/careeratlas/internal/site"
	"github.com/careeratlas/careeratlas/internal/view/form"
	"github.com/careeratlas/careeratlas/internal/view/page"
)

// handleSalary is "What are you worth?": an occupation, a state and, if
// given, the person's pay, against the published figures, with the
// occupation's average pay in every state.
func (s *Server) handleSalary(w http.ResponseWriter, r *http.Request, st *site.Site) error {
	f := form.ParseSalary(r.URL.Query(), st)
	in := page.SalaryInput{Common: s.common(st), Form: f, All: st.All, Groups: st.Groups, States: st.States}
	if len(f.Problems) == 0 && f.Occupation != nil {
		var err error
		if in.StatePay, err = st.DB.StateMeans(r.Context(), f.Occupation.SOC); err != nil {
			return err
		}
		if in.Prices, err = st.DB.PriceParities(r.Context()); err != nil {
			return err
		}
		if f.State != "" {
			in.StateName = st.StateName(f.State)
		}
	}
	return s.render(w, r, statusFor(f.Problems), page.Salary(page.NewSalaryPage(in)))
}
