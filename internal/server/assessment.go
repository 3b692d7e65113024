package server

import (
	"net/http"

	"github.com/careeratlas/careeratlas/internal/finder"
	"github.com/careeratlas/careeratlas/internal/site"
	"github.com/careeratlas/careeratlas/internal/view/form"
	"github.com/careeratlas/careeratlas/internal/view/page"
)

// assessmentMatches is how many occupations a result lists.
const assessmentMatches = 20

// handleAssessment serves the career assessment; with answers in the URL it
// shows the result, which is nothing but that URL: no answer is stored.
func (s *Server) handleAssessment(w http.ResponseWriter, r *http.Request, st *site.Site) error {
	if len(st.Assessment) == 0 {
		return notFound("assessment")
	}
	f := form.ParseAssessment(r.URL.Query(), st.Assessment)
	in := page.AssessmentInput{Common: s.common(st), Items: st.Assessment, Form: f}
	if f.Complete {
		in.Profile = finder.Profile(st.Assessment, f.Answers)
		in.Matches = finder.MatchInterests(in.Profile, st.All, st.Interests, finder.Filter{EducationMax: f.EduMax}, assessmentMatches)
	}
	return s.render(w, r, statusFor(f.Problems), page.Assessment(page.NewAssessmentPage(in)))
}
