package server

import (
	"net/http"

	"github.com/a-h/templ"

	"github.com/careeratlas/careeratlas/internal/site"
	"github.com/careeratlas/careeratlas/internal/view/page"
)

// handleAboutData explains the sources and method.
func (s *Server) handleAboutData(w http.ResponseWriter, r *http.Request, st *site.Site) error {
	return s.renderCached(w, r, st, "about/data", func() (templ.Component, error) {
		return page.AboutData(page.NewAboutDataPage(page.AboutDataInput{Common: s.common(st)})), nil
	})
}

// handleHealth answers load balancers: 200 when the database answers.
func (s *Server) handleHealth(w http.ResponseWriter, r *http.Request) {
	w.Header().Set("Content-Type", "text/plain; charset=utf-8")
	w.Header().Set("Cache-Control", "no-store")
	st := s.current()
	if st == nil || st.DB.Ping(r.Context()) != nil {
		w.WriteHeader(http.StatusServiceUnavailable)
		w.Write([]byte("unavailable\n"))
		return
	}
	w.Write([]byte("ok\n"))
}

// handleRobots lets crawlers in everywhere but the exports.
func (s *Server) handleRobots(w http.ResponseWriter, r *http.Request) {
	w.Header().Set("Content-Type", "text/plain; charset=utf-8")
	w.Write([]byte("User-agent: *\nAllow: /\nDisallow: /schools.csv\nDisallow: /occupations.csv\nSitemap: " + s.opts.BaseURL + "/sitemap.xml\n"))
}
