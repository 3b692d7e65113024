package server

import (
	"net/http"

	"github.com/careeratlas/careeratlas/internal/site"
	"github.com/careeratlas/careeratlas/internal/view/form"
	"github.com/careeratlas/careeratlas/internal/view/page"
)

// handleCompare shows two to four occupations side by side. The URL is the
// comparison: /compare?soc=29-2072&soc=29-9021.
func (s *Server) handleCompare(w http.ResponseWriter, r *http.Request, st *site.Site) error {
	f := form.ParseCompare(r.URL.Query(), st)
	in := page.CompareInput{Common: s.common(st), Form: f, All: st.All, Groups: st.Groups,
		Interests: st.Interests, JobZones: st.JobZones}
	return s.render(w, r, statusFor(f.Problems), page.Compare(page.NewComparePage(in)))
}

// statusFor is a form's status: 400 when it has problems.
func statusFor(problems []string) int {
	if len(problems) > 0 {
		return http.StatusBadRequest
	}
	return http.StatusOK
}
