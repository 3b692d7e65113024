package server

import (
	"context"
	"net/http"

	"github.com/careeratlas/careeratlas/internal/career"
	"github.com/careeratlas/careeratlas/internal/search"
	"github.com/careeratlas/careeratlas/internal/site"
	"github.com/careeratlas/careeratlas/internal/view/form"
	"github.com/careeratlas/careeratlas/internal/view/page"
)

// compareSuggestions is how many occupations are looked up when the add
// box names none; a few may already be in the comparison.
const compareSuggestions = 10

// handleCompare shows two to four occupations side by side. The URL is the
// comparison: /compare?soc=29-2072&soc=29-9021. The add box sends a title
// (add=Registered+Nurses); once it is found, the comparison is redirected
// to its own address, and when it is not, the form comes back with
// occupations like what was typed.
func (s *Server) handleCompare(w http.ResponseWriter, r *http.Request, st *site.Site) error {
	f := form.ParseCompare(r.URL.Query(), st, st.All)
	if f.Added && len(f.Problems) == 0 {
		http.Redirect(w, r, "/compare?"+f.Query().Encode(), http.StatusSeeOther)
		return nil
	}
	in := page.CompareInput{Common: s.common(st), Form: f, All: st.All,
		Interests: st.Interests, JobZones: st.JobZones}
	if f.Unknown != "" && len(f.Chosen) < form.MaxCompare {
		err := s.limited(r.Context(), func() (err error) {
			in.Suggestions, err = occupationsLike(r.Context(), st, f.Unknown)
			return err
		})
		if err != nil {
			return err
		}
	}
	return s.render(w, r, statusFor(f.Problems), page.Compare(page.NewComparePage(in)))
}

// occupationsLike searches for what a person typed as a title, as the
// site's search does: titles, other titles and our prose, and the words
// corrected when they find nothing.
func occupationsLike(ctx context.Context, st *site.Site, typed string) ([]*career.Occupation, error) {
	terms := search.Terms(typed)
	if len(terms) == 0 {
		return nil, nil
	}
	occs, err := st.DB.SearchOccupations(ctx, terms, compareSuggestions)
	if err != nil || len(occs) > 0 {
		return occs, err
	}
	if fixed, changed := st.Vocab.Correct(terms); changed {
		return st.DB.SearchOccupations(ctx, fixed, compareSuggestions)
	}
	return nil, nil
}

// statusFor is a form's status: 400 when it has problems.
func statusFor(problems []string) int {
	if len(problems) > 0 {
		return http.StatusBadRequest
	}
	return http.StatusOK
}
