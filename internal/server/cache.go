package server

import (
	"bytes"
	"compress/gzip"
	"errors"
	"fmt"
	"io"
	"net/http"
	"net/url"
	"strconv"
	"strings"
	"sync"
	"sync/atomic"

	"github.com/a-h/templ"
	"golang.org/x/sync/singleflight"

	"github.com/careeratlas/careeratlas/internal/site"
)

// pageCache keeps rendered pages for the current site. The database is
// read-only, so a page cannot change until the next site replaces it;
// then the cache starts empty.
type pageCache struct {
	cur atomic.Pointer[sitePages]
}

// sitePages are the pages rendered from one site, by key.
type sitePages struct {
	site  *site.Site
	pages sync.Map // string → cachedPage
	// builds makes concurrent misses of one key render it once.
	builds singleflight.Group
	// queryBytes counts the compressed bytes of pages kept by their query
	// (searches, school results), which are bounded by maxQueryBytes.
	queryBytes atomic.Int64
}

// maxQueryBytes bounds the pages kept by query string, per site: the
// addresses of profiles and lists are finite, but any query string can
// be asked for. Pages are kept gzipped only; this holds about ten
// thousand result pages.
const maxQueryBytes = 96 << 20

// of returns the pages of st, starting an empty set when st is new.
func (c *pageCache) of(st *site.Site) *sitePages {
	for {
		cur := c.cur.Load()
		if cur != nil && cur.site == st {
			return cur
		}
		next := &sitePages{site: st}
		if c.cur.CompareAndSwap(cur, next) {
			return next
		}
	}
}

// cachedPage is a rendered page, gzipped once, and its ETag. A page kept
// by its query keeps only the gzipped bytes (body is nil) and is
// decompressed for the rare client without gzip.
type cachedPage struct {
	body        []byte
	gz          []byte
	etag        string
	contentType string // "" for HTML
}

// newCachedPage compresses a page once for all the clients that accept
// gzip, at level: the best for pages of the site's own addresses, which
// are few and asked often, and the default for pages kept by query,
// where compressing takes a good part of building the page.
func newCachedPage(body []byte, contentType string, level int) cachedPage {
	var buf bytes.Buffer
	zw, _ := gzip.NewWriterLevel(&buf, level)
	zw.Write(body)
	zw.Close()
	return cachedPage{body: body, gz: buf.Bytes(), etag: etagOf(body), contentType: contentType}
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
	body := cp.body
	if body == nil {
		zr, err := gzip.NewReader(bytes.NewReader(cp.gz))
		if err != nil {
			return fmt.Errorf("server: cached page: %w", err)
		}
		if body, err = io.ReadAll(zr); err != nil {
			return fmt.Errorf("server: cached page: %w", err)
		}
	}
	return writeBody(w, r, http.StatusOK, ct, body, cp.etag)
}

// acceptsGzip reports whether the request's Accept-Encoding allows gzip.
func acceptsGzip(r *http.Request) bool {
	for _, enc := range acceptedEncodings(r.Header.Get("Accept-Encoding")) {
		if strings.EqualFold(enc, "gzip") {
			return true
		}
	}
	return false
}

// acceptedEncodings lists the codings an Accept-Encoding header allows,
// without their weights: those with a weight of zero ("gzip;q=0",
// "gzip; q=0.000") are refused and left out.
func acceptedEncodings(header string) []string {
	var out []string
	for _, part := range strings.Split(header, ",") {
		enc, params, _ := strings.Cut(part, ";")
		if enc = strings.TrimSpace(enc); enc == "" {
			continue
		}
		refused := false
		for _, p := range strings.Split(params, ";") {
			k, v, _ := strings.Cut(p, "=")
			if strings.EqualFold(strings.TrimSpace(k), "q") {
				q, err := strconv.ParseFloat(strings.TrimSpace(v), 64)
				refused = err == nil && q == 0
			}
		}
		if !refused {
			out = append(out, enc)
		}
	}
	return out
}

// renderCached serves the page at key from the site's cache, rendering it
// with build on first use; requests that miss together wait for one
// build. Only successful pages are kept.
func (s *Server) renderCached(w http.ResponseWriter, r *http.Request, st *site.Site, key string, build func() (templ.Component, error)) error {
	return s.serveCached(w, r, st, key, false, func() ([]byte, string, error) {
		c, err := build()
		if err != nil {
			return nil, "", err
		}
		var buf bytes.Buffer
		if err := c.Render(r.Context(), &buf); err != nil {
			return nil, "", fmt.Errorf("server: render %s: %w", r.URL.Path, err)
		}
		return buf.Bytes(), "", nil
	})
}

// renderByQuery serves a page that depends only on its path and query
// (school results, search) from the bounded part of the cache, building
// it inside the gate on a miss.
func (s *Server) renderByQuery(w http.ResponseWriter, r *http.Request, st *site.Site, build func() (templ.Component, error)) error {
	return s.serveByQuery(w, r, st, "", func() ([]byte, error) {
		c, err := build()
		if err != nil {
			return nil, err
		}
		var buf bytes.Buffer
		if err := c.Render(r.Context(), &buf); err != nil {
			return nil, fmt.Errorf("server: render %s: %w", r.URL.Path, err)
		}
		return buf.Bytes(), nil
	})
}

// serveByQuery is renderByQuery for any body: a CSV or JSON answer.
func (s *Server) serveByQuery(w http.ResponseWriter, r *http.Request, st *site.Site, contentType string, build func() ([]byte, error)) error {
	err := s.serveCached(w, r, st, queryKey(r), true, func() ([]byte, string, error) {
		var body []byte
		err := s.limited(r.Context(), func() (err error) {
			body, err = build()
			return err
		})
		return body, contentType, err
	})
	var sp *statusPage
	if errors.As(err, &sp) {
		return s.render(w, r, sp.status, sp.page)
	}
	return err
}

// statusPage is a page to show with a status other than 200, returned as
// an error by a build so that it is not kept.
type statusPage struct {
	status int
	page   templ.Component
}

func (e *statusPage) Error() string { return fmt.Sprintf("server: page with status %d", e.status) }

// queryKey is the cache key of a page kept by its query: the path and the
// parameters in a canonical order.
func queryKey(r *http.Request) string {
	return "?" + r.URL.Path + "?" + url.Values(r.URL.Query()).Encode()
}

// serveCached serves key from the cache or builds it once. byQuery pages
// count against maxQueryBytes and are kept compressed only.
func (s *Server) serveCached(w http.ResponseWriter, r *http.Request, st *site.Site, key string, byQuery bool, build func() ([]byte, string, error)) error {
	if s.opts.NoPageCache {
		body, ct, err := build()
		if err != nil {
			return err
		}
		if ct == "" {
			ct = "text/html; charset=utf-8"
		}
		return writeBody(w, r, http.StatusOK, ct, body, etagOf(body))
	}
	sp := s.cache.of(st)
	if p, ok := sp.pages.Load(key); ok {
		return p.(cachedPage).write(w, r)
	}
	v, err, _ := sp.builds.Do(key, func() (any, error) {
		if p, ok := sp.pages.Load(key); ok { // built while this call waited
			return p, nil
		}
		body, ct, err := build()
		if err != nil {
			return nil, err
		}
		level := gzip.BestCompression
		if byQuery {
			level = gzip.DefaultCompression
		}
		cp := newCachedPage(body, ct, level)
		if !byQuery {
			sp.pages.Store(key, cp)
		} else if sp.queryBytes.Add(int64(len(cp.gz))) <= maxQueryBytes {
			cp.body = nil
			sp.pages.Store(key, cp)
		} else {
			sp.queryBytes.Add(-int64(len(cp.gz)))
		}
		return cp, nil
	})
	if err != nil {
		return err
	}
	return v.(cachedPage).write(w, r)
}

// keep stores a rendered body in the site's cache under key and serves it.
func (s *Server) keep(w http.ResponseWriter, r *http.Request, st *site.Site, key string, body []byte, contentType string) error {
	return s.serveCached(w, r, st, key, false, func() ([]byte, string, error) { return body, contentType, nil })
}

// fromCache serves the page cached at key, if there is one, and reports
// whether it did.
func (s *Server) fromCache(w http.ResponseWriter, r *http.Request, st *site.Site, key string) (bool, error) {
	if s.opts.NoPageCache {
		return false, nil
	}
	p, ok := s.cache.of(st).pages.Load(key)
	if !ok {
		return false, nil
	}
	return true, p.(cachedPage).write(w, r)
}
