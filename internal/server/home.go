package server

import (
	"cmp"
	"net/http"
	"slices"

	"github.com/a-h/templ"

	"github.com/careeratlas/careeratlas/internal/career"
	"github.com/careeratlas/careeratlas/internal/site"
	"github.com/careeratlas/careeratlas/internal/view/page"
)

// featured is how many written-up occupations the front page shows.
const featured = 6

// handleHome serves the front page, featuring the written-up occupations
// with the most jobs.
func (s *Server) handleHome(w http.ResponseWriter, r *http.Request, st *site.Site) error {
	return s.renderCached(w, r, st, "home", func() (templ.Component, error) {
		var written []*career.Occupation
		for _, o := range st.All {
			if o.Summary != "" {
				written = append(written, o)
			}
		}
		slices.SortStableFunc(written, func(a, b *career.Occupation) int { return cmp.Compare(jobs(b), jobs(a)) })
		in := page.HomeInput{Common: s.common(st), Groups: st.Groups, Featured: written[:min(len(written), featured)], Lists: st.Lists}
		return page.Home(page.NewHomePage(in)), nil
	})
}

// jobs is an occupation's OEWS employment, or 0 when not published.
func jobs(o *career.Occupation) float64 {
	if o.Wages != nil && o.Wages.Employment.Available() {
		return o.Wages.Employment.Value
	}
	return 0
}
