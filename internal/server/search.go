package server

import (
	"net/http"

	"github.com/a-h/templ"
	"net/url"
	"strings"

	"github.com/careeratlas/careeratlas/internal/search"
	"github.com/careeratlas/careeratlas/internal/site"
	"github.com/careeratlas/careeratlas/internal/view/page"
)

// How many occupations and schools a search lists.
const (
	searchOccupations = 25
	searchSchools     = 8
)

// handleSearch finds occupations by title, other titles and our prose, and
// schools by name. A misspelt query is corrected and says so.
func (s *Server) handleSearch(w http.ResponseWriter, r *http.Request, st *site.Site) error {
	if served, err := s.fromCache(w, r, st, queryKey(r)); served {
		return err
	}
	q := strings.TrimSpace(r.URL.Query().Get("q"))
	if len(q) > search.MaxQuery {
		q = strings.ToValidUTF8(q[:search.MaxQuery], "")
	}
	in := page.SearchInput{Common: s.common(st), Groups: st.Groups, Query: q, Searched: q != ""}
	terms := search.Terms(q)
	if len(terms) == 0 {
		return s.render(w, r, http.StatusOK, page.Search(page.NewSearchPage(in)))
	}
	return s.renderByQuery(w, r, st, func() (templ.Component, error) {
		ctx := r.Context()
		occs, err := st.DB.SearchOccupations(ctx, terms, searchOccupations)
		if err != nil {
			return nil, err
		}
		if len(occs) == 0 {
			if fixed, changed := st.Vocab.Correct(terms); changed {
				if occs, err = st.DB.SearchOccupations(ctx, fixed, searchOccupations); err != nil {
					return nil, err
				}
				if len(occs) > 0 {
					in.Corrected = strings.Join(fixed, " ")
				}
			}
		}
		if in.Schools, err = st.DB.SearchSchoolNames(ctx, terms, searchSchools); err != nil {
			return nil, err
		}
		in.Occupations = occs
		in.SchoolsURL = "/schools?name=" + url.QueryEscape(q)
		return page.Search(page.NewSearchPage(in)), nil
	})
}
