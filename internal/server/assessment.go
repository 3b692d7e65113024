package server

import (
	"fmt"
	"net/http"
	"slices"
	"strings"

	"github.com/careeratlas/careeratlas/internal/career"
	"github.com/careeratlas/careeratlas/internal/content"
	"github.com/careeratlas/careeratlas/internal/finder"
	"github.com/careeratlas/careeratlas/internal/view/page"
)

const (
	// minAnswers is how many activities must be rated for a result.
	minAnswers = 12
	// assessmentMatches is how many occupations a result lists.
	assessmentMatches = 20
)

// interleave orders the items round-robin across interest areas, so that
// the form does not ask about one area at a time.
func interleave(items []content.AssessmentItem) []content.AssessmentItem {
	byArea := map[string][]content.AssessmentItem{}
	for _, it := range items {
		byArea[it.Area] = append(byArea[it.Area], it)
	}
	var out []content.AssessmentItem
	for i := 0; len(out) < len(items); i++ {
		for _, a := range career.RIASEC {
			if i < len(byArea[a]) {
				out = append(out, byArea[a][i])
			}
		}
	}
	return out
}

// handleAssessment serves the career assessment; with answers in the URL it
// shows the result, which is nothing but that URL: no answer is stored.
func (s *Server) handleAssessment(w http.ResponseWriter, r *http.Request) error {
	st, err := s.site(r.Context())
	if err != nil {
		return err
	}
	items, err := st.db.AssessmentItems(r.Context())
	if err != nil {
		return err
	}
	if len(items) == 0 {
		return notFound("assessment")
	}
	items = interleave(items)
	v := r.URL.Query()
	in := page.AssessmentInput{Common: st.common, Items: items, Answers: map[string]int{}, EduMax: strings.TrimSpace(v.Get("edu_max"))}
	var probs []string
	sums, counts := [6]float64{}, [6]float64{}
	for _, it := range items {
		a := v.Get(it.ID)
		if a == "" {
			continue
		}
		n := slices.Index([]string{"0", "1", "2"}, a)
		if n < 0 {
			probs = append(probs, fmt.Sprintf("The answer to “%s” must be dislike, not sure or like.", it.Text))
			continue
		}
		in.Answers[it.ID] = n
		k := slices.Index(career.RIASEC[:], it.Area)
		sums[k] += float64(n)
		counts[k]++
	}
	if in.EduMax != "" && !slices.Contains(career.Educations, in.EduMax) {
		probs = append(probs, fmt.Sprintf("%q is not an education level BLS uses.", in.EduMax))
	}
	status := http.StatusOK
	answered := len(in.Answers)
	switch {
	case len(probs) > 0:
		status = http.StatusBadRequest
	case answered > 0 && answered < minAnswers:
		status = http.StatusBadRequest
		probs = append(probs, fmt.Sprintf("You answered %d of %d. Answer at least %d so the result means something.", answered, len(items), minAnswers))
	case answered > 0:
		// Each area's mean answer (0 to 2) on O*NET's 1-to-7 scale.
		for k := range sums {
			in.Profile[k] = 4
			if counts[k] > 0 {
				in.Profile[k] = 1 + 3*sums[k]/counts[k]
			}
		}
		in.HasResult = true
		in.Matches = finder.MatchInterests(in.Profile, st.all, st.interests, finder.Filter{EducationMax: in.EduMax}, assessmentMatches)
	}
	in.Problems = probs
	return s.render(w, r, status, page.Assessment(page.NewAssessmentPage(in)))
}
