// Package server is the website: the chi router, handlers that return
// errors, one error renderer, and the middleware every response passes.
// Handlers read one site (a database with what its requests share, built
// before it was swapped in) and never build shared state themselves.
package server

import (
	"bytes"
	"context"
	"fmt"
	"log/slog"
	"net/http"
	"time"

	"github.com/careeratlas/careeratlas/internal/site"
	"github.com/careeratlas/careeratlas/internal/view/page"
)

// Options configure the server.
type Options struct {
	// BaseURL is the site's public origin, for canonical URLs: "https://careeratlas.example".
	BaseURL string
	// NoPageCache renders every request afresh; benchmarks use it to
	// measure rendering itself, and development uses it.
	NoPageCache bool
	// Expensive is how many expensive requests (searches, uncached school
	// results, exports) run at once; 0 sizes it to the machine.
	Expensive int
	// Timeout is how long a request may take before it is answered 503;
	// 0 means requestTimeout.
	Timeout time.Duration
	// Problems, in development, lists the problems of content that could
	// not be published; every page shows them while the last good content
	// keeps serving.
	Problems func() []string
}

// Server serves the site from whichever site is current.
type Server struct {
	log     *slog.Logger
	current func() *site.Site
	opts    Options
	static  *staticFiles
	favicon staticFile
	cache   pageCache
	gate    *gate
	page500 []byte
	// unavailable holds the 503 pages, rendered once: under overload they
	// must cost next to nothing.
	unavailable map[error][]byte
}

// New builds the site's handler. current returns the site to serve; it
// may change between requests when content is reloaded, and is nil while
// there is none.
func New(logger *slog.Logger, current func() *site.Site, opts Options) (http.Handler, error) {
	if opts.Timeout == 0 {
		opts.Timeout = requestTimeout
	}
	s := &Server{log: logger, current: current, opts: opts, gate: newGate(opts.Expensive)}
	st, err := newStaticFiles()
	if err != nil {
		return nil, err
	}
	s.static = st
	s.favicon = newFavicon()
	// Pre-render the 500 page, so a failure can be shown even when
	// rendering itself is what failed.
	var buf bytes.Buffer
	h := headingFor(http.StatusInternalServerError)
	c := page.Common{BaseURL: opts.BaseURL, Stylesheet: s.static.stylesheet} // no dev problems: they would go stale
	if err := page.Error(page.NewErrorPage(page.ErrorInput{Common: c, Status: http.StatusInternalServerError,
		Heading: h.heading, Message: h.message})).Render(context.Background(), &buf); err != nil {
		return nil, fmt.Errorf("server: render 500 page: %w", err)
	}
	s.page500 = buf.Bytes()
	s.unavailable = map[error][]byte{}
	for _, k := range errorKinds {
		if k.status != http.StatusServiceUnavailable {
			continue
		}
		var b bytes.Buffer
		if err := page.Error(page.NewErrorPage(page.ErrorInput{Common: c, Status: k.status,
			Heading: k.heading, Message: k.message})).Render(context.Background(), &b); err != nil {
			return nil, fmt.Errorf("server: render 503 page: %w", err)
		}
		s.unavailable[k.kind] = b.Bytes()
	}
	return s.routes(), nil
}

// handlerFunc is a handler of one site that returns its error to one
// renderer.
type handlerFunc func(w http.ResponseWriter, r *http.Request, st *site.Site) error

// handle adapts a handlerFunc to http.HandlerFunc: it resolves the
// current site once, and renders any error as the designed error page.
func (s *Server) handle(fn handlerFunc) http.HandlerFunc {
	return func(w http.ResponseWriter, r *http.Request) {
		st := s.current()
		if st == nil {
			s.renderError(w, r, errNoSite)
			return
		}
		if err := fn(w, r, st); err != nil {
			s.renderError(w, r, err)
		}
	}
}

// common is what every page's view model needs: the site's sources and
// totals, our address and stylesheet, and, in development, the problems
// of unpublished content. st may be nil.
func (s *Server) common(st *site.Site) page.Common {
	c := page.Common{BaseURL: s.opts.BaseURL, Stylesheet: s.static.stylesheet}
	if st != nil {
		c.Sources, c.Total, c.Growth = st.Sources, st.Total, st.Growth
	}
	if s.opts.Problems != nil {
		c.DevProblems = s.opts.Problems()
	}
	return c
}
