package server

import (
	"crypto/sha256"
	"encoding/hex"
	"fmt"
	"io/fs"
	"net/http"
	"path"
	"strings"

	"github.com/careeratlas/careeratlas/web"
)

// staticFiles serves web/static. Each file's URL carries a fingerprint of
// its bytes (?v=…), so it can be cached for a year and still change.
type staticFiles struct {
	fsys       fs.FS
	versions   map[string]string // path under static/ → fingerprint
	stylesheet string            // fingerprinted URL of the site's CSS
	fileServer http.Handler
}

func newStaticFiles() (*staticFiles, error) {
	sub, err := fs.Sub(web.FS, "static")
	if err != nil {
		return nil, fmt.Errorf("server: static files: %w", err)
	}
	st := &staticFiles{fsys: sub, versions: map[string]string{}, fileServer: http.FileServerFS(sub)}
	err = fs.WalkDir(sub, ".", func(p string, d fs.DirEntry, err error) error {
		if err != nil || d.IsDir() {
			return err
		}
		b, err := fs.ReadFile(sub, p)
		if err != nil {
			return err
		}
		sum := sha256.Sum256(b)
		st.versions[p] = hex.EncodeToString(sum[:])[:12]
		return nil
	})
	if err != nil {
		return nil, fmt.Errorf("server: static files: %w", err)
	}
	st.stylesheet = st.url("css/site.css")
	return st, nil
}

// url is the fingerprinted URL of a file under static/.
func (st *staticFiles) url(p string) string {
	return "/static/" + p + "?v=" + st.versions[p]
}

// serve writes one static file; an unknown one goes to fail as not found.
func (st *staticFiles) serve(fail func(http.ResponseWriter, *http.Request, error)) http.HandlerFunc {
	return func(w http.ResponseWriter, r *http.Request) {
		p := strings.TrimPrefix(path.Clean(r.URL.Path), "/static/")
		v, ok := st.versions[p]
		if !ok {
			fail(w, r, notFound("static file "+p))
			return
		}
		if r.URL.Query().Get("v") == v {
			w.Header().Set("Cache-Control", "public, max-age=31536000, immutable")
		} else {
			w.Header().Set("Cache-Control", "public, max-age=300")
		}
		r2 := r.Clone(r.Context())
		r2.URL.Path = "/" + p
		st.fileServer.ServeHTTP(w, r2)
	}
}
