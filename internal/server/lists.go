package server

import (
	"net/http"

	"github.com/a-h/templ"
	"github.com/go-chi/chi/v5"

	"github.com/careeratlas/careeratlas/internal/site"
	"github.com/careeratlas/careeratlas/internal/view/page"
)

// handleListIndex lists the editorial lists.
func (s *Server) handleListIndex(w http.ResponseWriter, r *http.Request, st *site.Site) error {
	return s.renderCached(w, r, st, "lists", func() (templ.Component, error) {
		return page.ListIndex(page.NewListIndexPage(page.ListIndexInput{Common: s.common(st), Lists: st.Lists})), nil
	})
}

// handleListShow serves one editorial list.
func (s *Server) handleListShow(w http.ResponseWriter, r *http.Request, st *site.Site) error {
	slug := chi.URLParam(r, "slug")
	l := st.List(slug)
	if !slugPattern.MatchString(slug) || l == nil {
		return notFound("list " + slug)
	}
	return s.renderCached(w, r, st, "list/"+slug, func() (templ.Component, error) {
		in := page.ListInput{Common: s.common(st), List: *l, Occupations: st.ListMembers(slug), Taught: st.Taught}
		return page.ListShow(page.NewListPage(in)), nil
	})
}
