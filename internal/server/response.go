package server

import (
	"bytes"
	"encoding/json"
	"fmt"
	"hash/fnv"
	"net/http"
	"strconv"
	"strings"

	"github.com/a-h/templ"
)

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

// writeJSON sends v as JSON with the API's caching.
func writeJSON(w http.ResponseWriter, r *http.Request, status int, v any) error {
	b, err := marshalJSON(v)
	if err != nil {
		return err
	}
	return writeBody(w, r, status, jsonType, b, etagOf(b))
}

const jsonType = "application/json; charset=utf-8"

// marshalJSON is the API's JSON: indented, ending in a newline.
func marshalJSON(v any) ([]byte, error) {
	b, err := json.MarshalIndent(v, "", "  ")
	if err != nil {
		return nil, err
	}
	return append(b, '\n'), nil
}

// etagOf fingerprints a body. The tag is weak because compression changes
// the bytes on the wire.
func etagOf(body []byte) string {
	h := fnv.New64a()
	h.Write(body)
	return fmt.Sprintf(`W/"%x"`, h.Sum64())
}

// pageCacheControl lets browsers keep a page for five minutes, and shared
// caches (a proxy in front of several replicas) for one second: they
// then revalidate with the ETag, which costs a 304, so a content reload
// reaches every visitor of the proxy within a second.
const pageCacheControl = "public, max-age=300, s-maxage=1"

// writeBody writes a response; a 200 carries its ETag and answers a
// matching If-None-Match with 304.
func writeBody(w http.ResponseWriter, r *http.Request, status int, contentType string, body []byte, etag string) error {
	w.Header().Set("Content-Type", contentType)
	if status == http.StatusOK {
		w.Header().Set("ETag", etag)
		w.Header().Set("Cache-Control", pageCacheControl)
		if match := r.Header.Get("If-None-Match"); match != "" && etagMatches(match, etag) {
			w.WriteHeader(http.StatusNotModified)
			return nil
		}
	}
	// The whole body is known, so it goes out in one piece rather than
	// chunked; the compressing middleware drops the length when it
	// compresses what is not compressed yet.
	w.Header().Set("Content-Length", strconv.Itoa(len(body)))
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
