package server

import (
	"bytes"
	"compress/gzip"
	"crypto/sha256"
	"encoding/hex"
	"fmt"
	"io/fs"
	"mime"
	"net/http"
	"path"
	"strings"

	"github.com/careeratlas/careeratlas/web"
)

// staticFiles serves web/static from memory. Each file's URL carries a
// fingerprint of its bytes (?v=…), so it can be cached for a year and
// still change; the fingerprint is also its ETag, the same on every
// replica, so a proxy or browser revalidates an unversioned URL cheaply.
type staticFiles struct {
	files      map[string]staticFile // path under static/ → file
	stylesheet string                // fingerprinted URL of the site's CSS
}

// staticFile is one file, compressed once when compressing pays.
type staticFile struct {
	body, gz    []byte
	version     string
	contentType string
}

func newStaticFiles() (*staticFiles, error) {
	sub, err := fs.Sub(web.FS, "static")
	if err != nil {
		return nil, fmt.Errorf("server: static files: %w", err)
	}
	st := &staticFiles{files: map[string]staticFile{}}
	err = fs.WalkDir(sub, ".", func(p string, d fs.DirEntry, err error) error {
		if err != nil || d.IsDir() {
			return err
		}
		b, err := fs.ReadFile(sub, p)
		if err != nil {
			return err
		}
		st.files[p] = newStaticFile(p, b)
		return nil
	})
	if err != nil {
		return nil, fmt.Errorf("server: static files: %w", err)
	}
	st.stylesheet = st.url("css/site.css")
	return st, nil
}

func newStaticFile(name string, b []byte) staticFile {
	sum := sha256.Sum256(b)
	f := staticFile{body: b, version: hex.EncodeToString(sum[:])[:12], contentType: mime.TypeByExtension(path.Ext(name))}
	if f.contentType == "" {
		f.contentType = "application/octet-stream"
	}
	if strings.HasPrefix(f.contentType, "text/") || strings.HasPrefix(f.contentType, "image/svg") {
		var buf bytes.Buffer
		zw, _ := gzip.NewWriterLevel(&buf, gzip.BestCompression)
		zw.Write(b)
		zw.Close()
		if buf.Len() < len(b) {
			f.gz = buf.Bytes()
		}
	}
	return f
}

// url is the fingerprinted URL of a file under static/.
func (st *staticFiles) url(p string) string {
	return "/static/" + p + "?v=" + st.files[p].version
}

// serve writes one static file; an unknown one goes to fail as not found.
func (st *staticFiles) serve(fail func(http.ResponseWriter, *http.Request, error)) http.HandlerFunc {
	return func(w http.ResponseWriter, r *http.Request) {
		p := strings.TrimPrefix(path.Clean(r.URL.Path), "/static/")
		f, ok := st.files[p]
		if !ok {
			fail(w, r, notFound("static file "+p))
			return
		}
		cache := "public, max-age=300, s-maxage=1"
		if r.URL.Query().Get("v") == f.version {
			cache = "public, max-age=31536000, immutable"
		}
		f.write(w, r, cache)
	}
}

// write sends the file with its validator, compressed when the client
// takes gzip, and answers a matching If-None-Match with 304.
func (f staticFile) write(w http.ResponseWriter, r *http.Request, cacheControl string) {
	h := w.Header()
	h.Set("Cache-Control", cacheControl)
	h.Set("ETag", `"`+f.version+`"`)
	h.Set("Content-Type", f.contentType)
	if f.gz != nil {
		h.Add("Vary", "Accept-Encoding")
	}
	if match := r.Header.Get("If-None-Match"); match != "" && etagMatches(match, `"`+f.version+`"`) {
		w.WriteHeader(http.StatusNotModified)
		return
	}
	body := f.body
	if f.gz != nil && acceptsGzip(r) {
		h.Set("Content-Encoding", "gzip")
		body = f.gz
	}
	h.Set("Content-Length", fmt.Sprint(len(body)))
	w.WriteHeader(http.StatusOK)
	if r.Method != http.MethodHead {
		w.Write(body)
	}
}
