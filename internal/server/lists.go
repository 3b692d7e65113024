package server

import (
	"net/http"

	"github.com/a-h/templ"
	"github.com/go-chi/chi/v5"

	"github.com/careeratlas/careeratlas/internal/career"
	"github.com/careeratlas/careeratlas/internal/content"
	"github.com/careeratlas/careeratlas/internal/finder"
	"github.com/careeratlas/careeratlas/internal/view/page"
)

// listOccupations applies a list's filter, order and length.
func listOccupations(l content.List, all []*career.Occupation, interests map[string][6]float64) []*career.Occupation {
	os := finder.Apply(all, l.Filter, l.Sort, interests)
	return os[:min(l.Limit, len(os))]
}

// handleListIndex lists the editorial lists.
func (s *Server) handleListIndex(w http.ResponseWriter, r *http.Request) error {
	st, err := s.site(r.Context())
	if err != nil {
		return err
	}
	return s.renderCached(w, r, st, "lists", func() (templ.Component, error) {
		return page.ListIndex(page.NewListIndexPage(st.common, st.lists)), nil
	})
}

// handleListShow serves one editorial list.
func (s *Server) handleListShow(w http.ResponseWriter, r *http.Request) error {
	slug := chi.URLParam(r, "slug")
	if !slugPattern.MatchString(slug) {
		return notFound("list " + slug)
	}
	st, err := s.site(r.Context())
	if err != nil {
		return err
	}
	for _, l := range st.lists {
		if l.Slug == slug {
			return s.renderCached(w, r, st, "list/"+slug, func() (templ.Component, error) {
				var os []*career.Occupation
				for _, soc := range st.listMembers[slug] {
					os = append(os, st.bySOC[soc])
				}
				return page.ListShow(page.NewListPage(st.common, l, os)), nil
			})
		}
	}
	return notFound("list " + slug)
}
