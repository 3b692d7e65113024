package server

import (
	"errors"
	"net/http"

	"github.com/careeratlas/careeratlas/internal/career"
	"github.com/careeratlas/careeratlas/internal/site"
	"github.com/careeratlas/careeratlas/internal/view/form"
	"github.com/careeratlas/careeratlas/internal/view/page"
)

// handleSalary is "What are you worth?": an occupation, a state and, if
// given, the person's pay, against the published figures.
func (s *Server) handleSalary(w http.ResponseWriter, r *http.Request, st *site.Site) error {
	f := form.ParseSalary(r.URL.Query(), st)
	in := page.SalaryInput{Common: s.common(st), Form: f, All: st.All, Groups: st.Groups, States: st.States}
	if len(f.Problems) == 0 && f.Occupation != nil && f.State != "" {
		means, err := st.DB.StateMeans(r.Context(), f.Occupation.SOC)
		if err != nil {
			return err
		}
		for i := range means {
			if means[i].Area == f.State {
				in.StateWages = &means[i]
			}
		}
		switch p, err := st.DB.PriceParity(r.Context(), f.State); {
		case err == nil:
			in.Parity = p
		case !errors.Is(err, career.ErrNotFound):
			return err
		}
		in.StateName = st.StateName(f.State)
	}
	return s.render(w, r, statusFor(f.Problems), page.Salary(page.NewSalaryPage(in)))
}
