package server

import (
	"net/http"

	"github.com/a-h/templ"

	"github.com/careeratlas/careeratlas/internal/view/page"
)

// handleAboutData explains the sources and method.
func (s *Server) handleAboutData(w http.ResponseWriter, r *http.Request) error {
	st, err := s.site(r.Context())
	if err != nil {
		return err
	}
	return s.renderCached(w, r, st, "about/data", func() (templ.Component, error) {
		return page.AboutData(page.NewAboutDataPage(st.common)), nil
	})
}

// handleHealth answers load balancers: 200 when the database answers.
func (s *Server) handleHealth(w http.ResponseWriter, r *http.Request) error {
	db := s.current()
	if db == nil || db.Ping(r.Context()) != nil {
		w.Header().Set("Content-Type", "text/plain; charset=utf-8")
		w.Header().Set("Cache-Control", "no-store")
		w.WriteHeader(http.StatusServiceUnavailable)
		w.Write([]byte("unavailable\n"))
		return nil
	}
	w.Header().Set("Content-Type", "text/plain; charset=utf-8")
	w.Header().Set("Cache-Control", "no-store")
	w.Write([]byte("ok\n"))
	return nil
}

// handleRobots lets crawlers in everywhere.
func (s *Server) handleRobots(w http.ResponseWriter, r *http.Request) error {
	w.Header().Set("Content-Type", "text/plain; charset=utf-8")
	w.Write([]byte("User-agent: *\nAllow: /\nDisallow: /schools.csv\nDisallow: /occupations.csv\nSitemap: " + s.opts.BaseURL + "/sitemap.xml\n"))
	return nil
}
