package server

import (
	"net/http"

	"github.com/careeratlas/careeratlas/internal/site"
	"github.com/careeratlas/careeratlas/internal/view/form"
	"github.com/careeratlas/careeratlas/internal/view/page"
)

// handleSalary is "What are you worth?": an occupation, a state and, if
// given, the person's pay, against the published figures, with the
// occupation's average pay in every state. The address of an answer names
// the occupation by code (soc=); the form's box sends a title (job=),
// which is redirected there once found, and answered with occupations
// like it when it names none.
func (s *Server) handleSalary(w http.ResponseWriter, r *http.Request, st *site.Site) error {
	f := form.ParseSalary(r.URL.Query(), st, st.All)
	if f.Named && len(f.Problems) == 0 {
		// Straight to the answer: on a phone the form fills the first screen.
		http.Redirect(w, r, "/salary?"+f.Query().Encode()+"#salary-h", http.StatusSeeOther)
		return nil
	}
	in := page.SalaryInput{Common: s.common(st), Form: f, All: st.All, States: st.States, PayStates: st.PayStates}
	if f.Unknown != "" {
		err := s.limited(r.Context(), func() (err error) {
			in.Suggestions, err = occupationsLike(r.Context(), st, f.Unknown)
			return err
		})
		if err != nil {
			return err
		}
	}
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
