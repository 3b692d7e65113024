package server

import (
	"bytes"
	"compress/gzip"
	"fmt"
	"net/http"
	"strings"
	"sync"
	"sync/atomic"

	"github.com/a-h/templ"

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
}

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

// cachedPage is a rendered page, gzipped once, and its ETag.
type cachedPage struct {
	body        []byte
	gz          []byte
	etag        string
	contentType string // "" for HTML
}

// newCachedPage compresses a page once for all the clients that accept gzip.
func newCachedPage(body []byte, contentType string) cachedPage {
	var buf bytes.Buffer
	zw, _ := gzip.NewWriterLevel(&buf, gzip.BestCompression)
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

// renderCached serves the page at key from the site's cache, rendering it
// with build on first use. Only successful pages are kept.
func (s *Server) renderCached(w http.ResponseWriter, r *http.Request, st *site.Site, key string, build func() (templ.Component, error)) error {
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
	return s.keep(w, r, st, key, buf.Bytes(), "")
}

// keep stores a rendered body in the site's cache under key and serves it.
func (s *Server) keep(w http.ResponseWriter, r *http.Request, st *site.Site, key string, body []byte, contentType string) error {
	if s.opts.NoPageCache {
		if contentType == "" {
			contentType = "text/html; charset=utf-8"
		}
		return writeBody(w, r, http.StatusOK, contentType, body, etagOf(body))
	}
	cp := newCachedPage(body, contentType)
	s.cache.of(st).pages.Store(key, cp)
	return cp.write(w, r)
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
