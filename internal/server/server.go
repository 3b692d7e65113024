// Package server is the website: the chi router, handlers that return
// errors, one error renderer, and the middleware every response passes.
package server

import (
	"bytes"
	"compress/gzip"
	"context"
	"errors"
	"fmt"
	"hash/fnv"
	"log/slog"
	"net/http"
	"strings"
	"sync"
	"sync/atomic"

	"github.com/a-h/templ"

	"github.com/careeratlas/careeratlas/internal/career"
	"github.com/careeratlas/careeratlas/internal/content"
	"github.com/careeratlas/careeratlas/internal/search"
	"github.com/careeratlas/careeratlas/internal/store"
	"github.com/careeratlas/careeratlas/internal/view/page"
)

// Store is what the handlers read. *store.DB implements it; tests use
// fakes only for failure paths.
type Store interface {
	OccupationBySlug(ctx context.Context, slug string) (*career.Occupation, error)
	OccupationSlug(ctx context.Context, soc string) (string, error)
	ListOccupations(ctx context.Context, f store.OccupationFilter) ([]*career.Occupation, error)
	Groups(ctx context.Context) ([]*career.Group, error)
	GroupBySlug(ctx context.Context, slug string) (*career.Group, error)
	Projection(ctx context.Context, soc string) (*career.Projection, error)
	Sources(ctx context.Context) ([]career.Source, error)
	Ping(ctx context.Context) error

	SearchSchools(ctx context.Context, f store.SchoolFilter) (*store.SchoolResults, error)
	SchoolByID(ctx context.Context, unitID string) (*store.School, error)
	Place(ctx context.Context, zip string) (*career.Place, error)
	States(ctx context.Context) ([]career.State, error)
	Families(ctx context.Context) ([]career.Program, error)
	ProgramsInFamily(ctx context.Context, family string) ([]career.Program, error)
	Program(ctx context.Context, cip string) (*career.Program, error)
	ProgramsForOccupation(ctx context.Context, soc string) ([]store.ProgramOffer, error)
	OccupationsForProgram(ctx context.Context, cip string) ([]*career.Occupation, error)
	OccupationsByProgram(ctx context.Context, cips []string) (map[string][]store.OccupationLink, error)
	SchoolRefs(ctx context.Context) ([]store.SchoolRef, error)
	StateMeans(ctx context.Context, soc string) ([]career.Wages, error)
	PriceParity(ctx context.Context, state string) (*career.PriceParity, error)
	AssessmentItems(ctx context.Context) ([]content.AssessmentItem, error)
	OfferedPrograms(ctx context.Context) ([]string, error)

	SearchOccupations(ctx context.Context, terms []string, limit int) ([]*career.Occupation, error)
	SearchSchoolNames(ctx context.Context, terms []string, limit int) ([]store.School, error)
	SearchWords(ctx context.Context) (map[string]int, error)
	AllInterests(ctx context.Context) (map[string][6]float64, error)
	RelatedSOCs(ctx context.Context, soc string, limit int) ([]string, error)
	AltTitles(ctx context.Context, soc string, limit int) ([]string, error)
	JobZones(ctx context.Context) (map[string]int, error)
	Lists(ctx context.Context) ([]content.List, error)
}

// Options configure the server.
type Options struct {
	// BaseURL is the site's public origin, for canonical URLs: "https://careeratlas.example".
	BaseURL string
	// NoPageCache renders every request afresh; benchmarks use it to
	// measure rendering itself, and development uses it.
	NoPageCache bool
	// Problems, in development, lists the problems of content that could
	// not be published; every page shows them while the last good content
	// keeps serving.
	Problems func() []string
}

// Server serves the site from whichever database is current.
type Server struct {
	log     *slog.Logger
	current func() Store
	opts    Options
	static  *staticFiles
	state   atomic.Pointer[siteState]
	page500 []byte
}

// siteState is what every page needs from one database, read once per
// database rather than once per request.
type siteState struct {
	db       Store
	common   page.Common
	groups   []*career.Group
	states   []career.State   // states with schools, by name
	families []career.Program // CIP families with completions, by title

	// Every occupation with its figures (no prose), by title and by SOC
	// code, with the O*NET data the finder, paths and compare use.
	all       []*career.Occupation
	bySOC     map[string]*career.Occupation
	interests map[string][6]float64
	jobZones  map[string]int
	vocab     search.Vocabulary
	lists     []content.List
	// listMembers holds each list's occupations, in order, by list slug.
	listMembers map[string][]string
	// pages caches rendered pages by path. The database is read-only, so a
	// page cannot change until the next database replaces this state.
	pages *sync.Map // string → cachedPage
}

// cachedPage is a rendered page, gzipped once, and its ETag.
type cachedPage struct {
	body        []byte
	gz          []byte
	etag        string
	contentType string // "" for HTML
}

// newCachedPage compresses a page once for all the clients that accept gzip.
func newCachedPage(body []byte) cachedPage {
	var buf bytes.Buffer
	zw, _ := gzip.NewWriterLevel(&buf, gzip.BestCompression)
	zw.Write(body)
	zw.Close()
	return cachedPage{body: body, gz: buf.Bytes(), etag: etagOf(body)}
}

// write sends the page, compressed when the client accepts gzip.
func (cp cachedPage) write(w http.ResponseWriter, r *http.Request) error {
	ct := cp.contentType
	if ct == "" {
		ct = "text/html; charset=utf-8"
	}
	w.Header().Add("Vary", "Accept-Encoding")
	if acceptsGzip(r) {
		w.Header().Set("Content-Encoding", "gzip")
		return writeBody(w, r, http.StatusOK, ct, cp.gz, cp.etag)
	}
	return writeBody(w, r, http.StatusOK, ct, cp.body, cp.etag)
}

// acceptsGzip reports whether the request's Accept-Encoding allows gzip.
func acceptsGzip(r *http.Request) bool {
	for _, part := range strings.Split(r.Header.Get("Accept-Encoding"), ",") {
		enc, params, _ := strings.Cut(strings.TrimSpace(part), ";")
		if strings.EqualFold(strings.TrimSpace(enc), "gzip") && strings.ReplaceAll(strings.TrimSpace(params), " ", "") != "q=0" {
			return true
		}
	}
	return false
}

// New builds the site's handler. current returns the database to read;
// it may change between requests when content is reloaded.
func New(logger *slog.Logger, current func() Store, opts Options) (http.Handler, error) {
	s := &Server{log: logger, current: current, opts: opts}
	st, err := newStaticFiles()
	if err != nil {
		return nil, err
	}
	s.static = st
	// Pre-render the 500 page, so a failure can be shown even when
	// rendering itself is what failed.
	var buf bytes.Buffer
	c := page.Common{BaseURL: opts.BaseURL, Stylesheet: s.static.stylesheet}
	if err := page.Error(page.NewErrorPage(c, 500, "Something went wrong",
		"We could not show this page. The problem is ours, not yours; please try again in a moment.")).Render(context.Background(), &buf); err != nil {
		return nil, fmt.Errorf("server: render 500 page: %w", err)
	}
	s.page500 = buf.Bytes()
	return s.routes(), nil
}

// site returns the current database with what every page needs from it.
func (s *Server) site(ctx context.Context) (*siteState, error) {
	db := s.current()
	if db == nil {
		return nil, errors.New("server: no database")
	}
	if st := s.state.Load(); st != nil && st.db == db {
		return s.withProblems(st), nil
	}
	sources, err := db.Sources(ctx)
	if err != nil {
		return nil, err
	}
	groups, err := db.Groups(ctx)
	if err != nil {
		return nil, err
	}
	total, err := db.Projection(ctx, "00-0000")
	if err != nil && !errors.Is(err, career.ErrNotFound) {
		return nil, err
	}
	states, err := db.States(ctx)
	if err != nil {
		return nil, err
	}
	families, err := db.Families(ctx)
	if err != nil {
		return nil, err
	}
	all, err := db.ListOccupations(ctx, store.OccupationFilter{})
	if err != nil {
		return nil, err
	}
	interests, err := db.AllInterests(ctx)
	if err != nil {
		return nil, err
	}
	zones, err := db.JobZones(ctx)
	if err != nil {
		return nil, err
	}
	words, err := db.SearchWords(ctx)
	if err != nil {
		return nil, err
	}
	lists, err := db.Lists(ctx)
	if err != nil {
		return nil, err
	}
	bySOC := make(map[string]*career.Occupation, len(all))
	for _, o := range all {
		bySOC[o.SOC] = o
	}
	members := map[string][]string{}
	for _, l := range lists {
		for _, o := range listOccupations(l, all, interests) {
			members[l.Slug] = append(members[l.Slug], o.SOC)
		}
	}
	st := &siteState{db: db, groups: groups, pages: &sync.Map{}, states: states, families: families,
		all: all, bySOC: bySOC, interests: interests, jobZones: zones, vocab: search.Vocabulary(words), lists: lists, listMembers: members,
		common: page.Common{
			BaseURL: s.opts.BaseURL, Stylesheet: s.static.stylesheet, Sources: sources, Total: total,
		}}
	s.state.Store(st)
	return s.withProblems(st), nil
}

// withProblems returns st with the current content problems on every
// page, in development; otherwise st itself.
func (s *Server) withProblems(st *siteState) *siteState {
	if s.opts.Problems == nil {
		return st
	}
	probs := s.opts.Problems()
	if len(probs) == 0 {
		return st
	}
	cp := &siteState{}
	*cp = *st // the page cache is not used in development, so sharing it is harmless
	cp.common.DevProblems = probs
	return cp
}

// handlerFunc is a handler that returns its error to one renderer.
type handlerFunc func(w http.ResponseWriter, r *http.Request) error

// handle adapts a handlerFunc to http.HandlerFunc.
func (s *Server) handle(fn handlerFunc) http.HandlerFunc {
	return func(w http.ResponseWriter, r *http.Request) {
		if err := fn(w, r); err != nil {
			s.renderError(w, r, err)
		}
	}
}

// statusError is an error with the status and words a visitor should see.
type statusError struct {
	status           int
	heading, message string
	err              error
}

func (e *statusError) Error() string {
	if e.err != nil {
		return e.err.Error()
	}
	return e.message
}
func (e *statusError) Unwrap() error { return e.err }

// codes maps error kinds to statuses; anything else is a 500.
var codes = []struct {
	kind   error
	status int
}{
	{career.ErrNotFound, http.StatusNotFound},
	{career.ErrInvalid, http.StatusBadRequest},
	{career.ErrConflict, http.StatusConflict},
}

func statusOf(err error) (int, string, string) {
	var se *statusError
	if errors.As(err, &se) {
		return se.status, se.heading, se.message
	}
	for _, c := range codes {
		if errors.Is(err, c.kind) {
			switch c.status {
			case http.StatusNotFound:
				return c.status, "Page not found", "We could not find that page. It may have moved, or the address may be mistyped."
			case http.StatusBadRequest:
				return c.status, "That request did not make sense", "Something in the address is not in a form we understand."
			}
			return c.status, "That did not work", "The request conflicts with the current data."
		}
	}
	return http.StatusInternalServerError, "", ""
}

// renderError shows the designed error page. Visitors never see internal
// error text; 5xx errors are logged with it.
func (s *Server) renderError(w http.ResponseWriter, r *http.Request, err error) {
	status, heading, message := statusOf(err)
	log := s.log.With("method", r.Method, "path", r.URL.Path, "status", status, "request_id", requestID(r.Context()))
	if status >= 500 {
		log.Error("request failed", "error", err)
		s.write500(w)
		return
	}
	log.Info("request refused", "error", err)
	c := page.Common{BaseURL: s.opts.BaseURL, Stylesheet: s.static.stylesheet}
	if st, serr := s.site(r.Context()); serr == nil {
		c = st.common
	}
	var buf bytes.Buffer
	if rerr := page.Error(page.NewErrorPage(c, status, heading, message)).Render(r.Context(), &buf); rerr != nil {
		log.Error("render error page", "error", rerr)
		s.write500(w)
		return
	}
	w.Header().Set("Content-Type", "text/html; charset=utf-8")
	w.Header().Set("Cache-Control", "no-store")
	w.WriteHeader(status)
	w.Write(buf.Bytes())
}

func (s *Server) write500(w http.ResponseWriter) {
	w.Header().Set("Content-Type", "text/html; charset=utf-8")
	w.Header().Set("Cache-Control", "no-store")
	w.WriteHeader(http.StatusInternalServerError)
	w.Write(s.page500)
}

// renderCached serves the page at key from the current database's cache,
// rendering it with build on first use. Only successful pages are kept.
func (s *Server) renderCached(w http.ResponseWriter, r *http.Request, st *siteState, key string, build func() (templ.Component, error)) error {
	if served, err := s.fromCache(w, r, st, key); served {
		return err
	}
	c, err := build()
	if err != nil {
		return err
	}
	var buf bytes.Buffer
	if err := c.Render(r.Context(), &buf); err != nil {
		return fmt.Errorf("server: render %s: %w", r.URL.Path, err)
	}
	if s.opts.NoPageCache {
		return writeBody(w, r, http.StatusOK, "text/html; charset=utf-8", buf.Bytes(), etagOf(buf.Bytes()))
	}
	cp := newCachedPage(buf.Bytes())
	st.pages.Store(key, cp)
	return cp.write(w, r)
}

// fromCache serves the page cached at key, if there is one, and reports
// whether it did.
func (s *Server) fromCache(w http.ResponseWriter, r *http.Request, st *siteState, key string) (bool, error) {
	if s.opts.NoPageCache {
		return false, nil
	}
	p, ok := st.pages.Load(key)
	if !ok {
		return false, nil
	}
	return true, p.(cachedPage).write(w, r)
}

// render writes a component through a buffer, so a failure becomes a clean
// error page rather than half a page. Pages carry an ETag, and a client
// that has the same bytes gets 304.
func (s *Server) render(w http.ResponseWriter, r *http.Request, status int, c templ.Component) error {
	var buf bytes.Buffer
	if err := c.Render(r.Context(), &buf); err != nil {
		return fmt.Errorf("server: render %s: %w", r.URL.Path, err)
	}
	return writeBody(w, r, status, "text/html; charset=utf-8", buf.Bytes(), etagOf(buf.Bytes()))
}

// etagOf fingerprints a body. The tag is weak because compression changes
// the bytes on the wire.
func etagOf(body []byte) string {
	h := fnv.New64a()
	h.Write(body)
	return fmt.Sprintf(`W/"%x"`, h.Sum64())
}

// writeBody writes a response; a 200 carries its ETag and answers a
// matching If-None-Match with 304.
func writeBody(w http.ResponseWriter, r *http.Request, status int, contentType string, body []byte, etag string) error {
	w.Header().Set("Content-Type", contentType)
	if status == http.StatusOK {
		w.Header().Set("ETag", etag)
		w.Header().Set("Cache-Control", "public, max-age=300")
		if match := r.Header.Get("If-None-Match"); match != "" && etagMatches(match, etag) {
			w.WriteHeader(http.StatusNotModified)
			return nil
		}
	}
	w.WriteHeader(status)
	if r.Method != http.MethodHead {
		w.Write(body)
	}
	return nil
}

func etagMatches(header, etag string) bool {
	for _, t := range strings.Split(header, ",") {
		t = strings.TrimPrefix(strings.TrimSpace(t), "W/")
		if t == strings.TrimPrefix(etag, "W/") || t == "*" {
			return true
		}
	}
	return false
}

// isNotFound reports whether err means "no such thing".
func isNotFound(err error) bool { return errors.Is(err, career.ErrNotFound) }

// state returns the state with a USPS code, or nil.
func (st *siteState) state(code string) *career.State {
	for i := range st.states {
		if st.states[i].Code == code {
			return &st.states[i]
		}
	}
	return nil
}

// stateName is the name of a state, or its code when unknown.
func (st *siteState) stateName(code string) string {
	if s := st.state(code); s != nil {
		return s.Name
	}
	return code
}

// family returns the CIP family with a 2-digit code, or nil.
func (st *siteState) family(code string) *career.Program {
	for i := range st.families {
		if st.families[i].Code == code {
			return &st.families[i]
		}
	}
	return nil
}

// familyTitle is the plain title of a CIP family.
func (st *siteState) familyTitle(code string) string {
	if f := st.family(code); f != nil {
		return f.Title
	}
	return "Area " + code
}

// familyTitles maps every CIP family to its title.
func (st *siteState) familyTitles() map[string]string {
	m := make(map[string]string, len(st.families))
	for _, f := range st.families {
		m[f.Code] = f.Title
	}
	return m
}

// notFound is the error for unknown paths and slugs.
func notFound(what string) error {
	return fmt.Errorf("server: %s: %w", what, career.ErrNotFound)
}
