package server

import (
	"net/http"

	"github.com/go-chi/chi/v5"
	"github.com/go-chi/chi/v5/middleware"

	"github.com/careeratlas/careeratlas/internal/site"
)

// routes lists every path the site answers, top to bottom.
func (s *Server) routes() http.Handler {
	r := chi.NewRouter()
	r.Use(s.withRequestContext)
	r.Use(s.logRequests)
	r.Use(s.recoverPanics)
	r.Use(securityHeaders)
	r.Use(middleware.GetHead)
	r.Use(withoutRefusedEncodings)
	r.Use(middleware.Compress(5, "text/html", "text/css", "image/svg+xml", "application/json", "text/csv", "text/plain"))

	r.Get("/", s.handle(s.handleHome))
	r.Get("/occupations", s.handle(s.handleOccupationIndex))
	r.Get("/occupations.csv", s.handle(s.handleOccupationCSV))
	r.Get("/occupations/{slug}", s.handle(s.handleOccupationShow))
	r.Get("/groups/{slug}", s.handle(s.handleGroupShow))
	r.Get("/search", s.handle(s.handleSearch))
	r.Get("/schools", s.handle(s.handleSchoolFinder))
	r.Get("/schools.csv", s.handle(s.handleSchoolCSV))
	r.Get("/schools/{unitid}", s.handle(s.handleSchoolShow))
	r.Get("/schools/{unitid}/{slug}", s.handle(s.handleSchoolShow))
	r.Get("/programs/{cip}", s.handle(s.handleProgramShow))
	r.Get("/lists", s.handle(s.handleListIndex))
	r.Get("/lists/{slug}", s.handle(s.handleListShow))
	r.Get("/compare", s.handle(s.handleCompare))
	r.Get("/salary", s.handle(s.handleSalary))
	r.Get("/assessment", s.handle(s.handleAssessment))
	r.Get("/about/data", s.handle(s.handleAboutData))
	r.Route("/api/v1", func(r chi.Router) {
		r.Get("/occupations", s.handleAPI(s.handleAPIOccupations))
		r.Get("/occupations/{soc}", s.handleAPI(s.handleAPIOccupation))
		r.Get("/schools", s.handleAPI(s.handleAPISchools))
		r.NotFound(s.handleAPI(func(w http.ResponseWriter, r *http.Request, _ *site.Site) error { return notFound("api " + r.URL.Path) }))
	})
	r.Get("/healthz", s.handleHealth)
	r.Get("/robots.txt", s.handleRobots)
	r.Get("/favicon.ico", s.handleFavicon)
	r.Get("/sitemap.xml", s.handle(s.handleSitemapIndex))
	r.Get("/sitemaps/{name}", s.handle(s.handleSitemap))
	r.Get("/static/*", s.static.serve(s.renderError))

	r.NotFound(func(w http.ResponseWriter, r *http.Request) {
		s.renderError(w, r, notFound("path "+r.URL.Path))
	})
	r.MethodNotAllowed(func(w http.ResponseWriter, r *http.Request) {
		w.Header().Set("Allow", "GET, HEAD")
		s.renderError(w, r, &statusError{status: http.StatusMethodNotAllowed, heading: "That method is not allowed",
			message: "This address can only be read, not changed."})
	})
	return r
}
