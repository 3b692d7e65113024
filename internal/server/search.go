package server

import (
	"net/http"
	"net/url"
	"strings"

	"github.com/careeratlas/careeratlas/internal/search"
	"github.com/careeratlas/careeratlas/internal/view/page"
)

const (
	searchOccupations = 25
	searchSchools     = 8
)

// handleSearch finds occupations by title, other titles and our prose, and
// schools by name. A misspelt query is corrected and says so.
func (s *Server) handleSearch(w http.ResponseWriter, r *http.Request) error {
	st, err := s.site(r.Context())
	if err != nil {
		return err
	}
	q := strings.TrimSpace(r.URL.Query().Get("q"))
	if len(q) > search.MaxQuery {
		q = strings.ToValidUTF8(q[:search.MaxQuery], "")
	}
	vm := page.SearchInput{Query: q}
	terms := search.Terms(q)
	if len(terms) > 0 {
		occs, err := st.db.SearchOccupations(r.Context(), terms, searchOccupations)
		if err != nil {
			return err
		}
		schools, err := st.db.SearchSchoolNames(r.Context(), terms, searchSchools)
		if err != nil {
			return err
		}
		if len(occs) == 0 {
			if fixed, changed := st.vocab.Correct(terms); changed {
				if occs, err = st.db.SearchOccupations(r.Context(), fixed, searchOccupations); err != nil {
					return err
				}
				if len(occs) > 0 {
					vm.Corrected = strings.Join(fixed, " ")
				}
			}
		}
		vm.Occupations, vm.Schools = occs, schools
		vm.SchoolsURL = "/schools?name=" + url.QueryEscape(q)
	}
	vm.Searched = q != ""
	vm.Common = st.common
	vm.Groups = st.groups
	return s.render(w, r, http.StatusOK, page.Search(page.NewSearchPage(vm)))
}
