package server_test

import (
	"bytes"
	"compress/gzip"
	"context"
	"crypto/sha256"
	"encoding/hex"
	"image/png"
	"io"
	"io/fs"
	"net/http"
	"regexp"
	"strconv"
	"strings"
	"sync/atomic"
	"testing"

	"github.com/careeratlas/careeratlas/internal/career"
	"github.com/careeratlas/careeratlas/internal/career/careertest"
	"github.com/careeratlas/careeratlas/internal/server"
	"github.com/careeratlas/careeratlas/internal/site"
	"github.com/careeratlas/careeratlas/web"
)

// withDB is a copy of st that reads db; everything loaded stays shared.
func withDB(st *site.Site, db site.Store) *site.Site {
	cp := *st
	cp.DB = db
	return &cp
}

// countingStore is the real store, counting the profile queries it
// answers, to see which requests reach the database.
type countingStore struct {
	site.Store
	profiles atomic.Int32
}

func (c *countingStore) OccupationBySlug(ctx context.Context, slug string) (*career.Occupation, error) {
	c.profiles.Add(1)
	return c.Store.OccupationBySlug(ctx, slug)
}

var requestIDRe = regexp.MustCompile(`^[0-9a-f]{16}$`)

func TestSecurityHeaders(t *testing.T) {
	h := mustServer(t, fixture, server.Options{})
	seen := map[string]bool{}
	for _, path := range []string{
		occupationPath(t, careertest.SOCWritten), "/schools?state=XX", "/no/such/page",
		"/api/v1/occupations/" + careertest.SOCWritten, "/api/v1/nothing", "/occupations.csv", "/static/css/site.css", "/healthz",
	} {
		t.Run(path, func(t *testing.T) {
			hdr := do(h, http.MethodGet, path).Header()
			csp := hdr.Get("Content-Security-Policy")
			for _, want := range []string{"default-src 'self'", "script-src 'self'", "style-src 'self'", "object-src 'none'", "frame-ancestors 'none'"} {
				if !strings.Contains(csp, want) {
					t.Errorf("Content-Security-Policy %q lacks %q", csp, want)
				}
			}
			if strings.Contains(csp, "unsafe") {
				t.Errorf("Content-Security-Policy %q allows something unsafe", csp)
			}
			for name, want := range map[string]string{
				"X-Content-Type-Options":     "nosniff",
				"X-Frame-Options":            "DENY",
				"Referrer-Policy":            "strict-origin-when-cross-origin",
				"Cross-Origin-Opener-Policy": "same-origin",
			} {
				if got := hdr.Get(name); got != want {
					t.Errorf("%s %q, want %q", name, got, want)
				}
			}
			id := hdr.Get("X-Request-Id")
			if !requestIDRe.MatchString(id) || seen[id] {
				t.Errorf("X-Request-Id %q: want 16 hex digits, new for each request", id)
			}
			seen[id] = true
		})
	}
}

func TestConditionalGet(t *testing.T) {
	h := mustServer(t, fixture, server.Options{})
	for _, path := range []string{
		occupationPath(t, careertest.SOCWritten), // from the page cache
		"/search?q=nurse",                        // kept by its query
		"/search",                                // rendered for each request
		"/api/v1/occupations/" + careertest.SOCWritten,
		"/schools.csv", // the full export, built once
		"/schools?state=" + careertest.State,
		"/sitemap.xml",
	} {
		t.Run(path, func(t *testing.T) {
			first := do(h, http.MethodGet, path)
			etag := first.Header().Get("ETag")
			if first.Code != http.StatusOK || !strings.HasPrefix(etag, `W/"`) {
				t.Fatalf("status %d, ETag %q: want 200 with a weak ETag", first.Code, etag)
			}
			if cc := first.Header().Get("Cache-Control"); cc != "public, max-age=300, s-maxage=1" {
				t.Errorf("Cache-Control %q, want public, max-age=300", cc)
			}
			for _, match := range []string{etag, strings.TrimPrefix(etag, "W/"), `W/"other", ` + etag, "*"} {
				rec := do(h, http.MethodGet, path, "If-None-Match", match)
				if rec.Code != http.StatusNotModified || rec.Body.Len() != 0 {
					t.Errorf("If-None-Match %s: status %d with %d bytes, want 304 and no body", match, rec.Code, rec.Body.Len())
				}
			}
			if rec := do(h, http.MethodGet, path, "If-None-Match", `W/"other"`); rec.Code != http.StatusOK || rec.Body.String() != first.Body.String() {
				t.Errorf("If-None-Match of another version: status %d, want 200 and the page", rec.Code)
			}
		})
	}
	// Errors are not cached, and carry no ETag to revalidate.
	rec := do(h, http.MethodGet, "/occupations/astronaut-wizard")
	if rec.Header().Get("ETag") != "" || rec.Header().Get("Cache-Control") != "no-store" {
		t.Errorf("404: ETag %q, Cache-Control %q; want none and no-store", rec.Header().Get("ETag"), rec.Header().Get("Cache-Control"))
	}
}

func TestPageCache(t *testing.T) {
	db := &countingStore{Store: fixture.DB}
	h := mustServer(t, withDB(fixture, db), server.Options{})
	path := occupationPath(t, careertest.SOCWritten)

	plain := do(h, http.MethodGet, path)
	gz := do(h, http.MethodGet, path, "Accept-Encoding", "gzip, deflate, br")
	if plain.Code != 200 || gz.Code != 200 {
		t.Fatalf("statuses %d and %d, want 200", plain.Code, gz.Code)
	}
	if n := db.profiles.Load(); n != 1 {
		t.Errorf("the profile was read from the database %d times for two requests, want once", n)
	}
	if plain.Header().Get("Content-Encoding") != "" {
		t.Errorf("a client that does not ask for gzip got Content-Encoding %q", plain.Header().Get("Content-Encoding"))
	}
	if got := gz.Header().Get("Content-Encoding"); got != "gzip" {
		t.Fatalf("Content-Encoding %q, want gzip", got)
	}
	for _, rec := range []http.Header{plain.Header(), gz.Header()} {
		if !strings.Contains(rec.Get("Vary"), "Accept-Encoding") {
			t.Errorf("Vary %q, want Accept-Encoding", rec.Get("Vary"))
		}
	}
	if gz.Header().Get("ETag") != plain.Header().Get("ETag") {
		t.Errorf("ETags %q and %q differ for the same page", gz.Header().Get("ETag"), plain.Header().Get("ETag"))
	}
	if gz.Body.Len() >= plain.Body.Len()/2 {
		t.Errorf("gzipped page is %d bytes of %d", gz.Body.Len(), plain.Body.Len())
	}
	zr, err := gzip.NewReader(bytes.NewReader(gz.Body.Bytes()))
	if err != nil {
		t.Fatal(err)
	}
	unzipped, err := io.ReadAll(zr)
	if err != nil {
		t.Fatal(err)
	}
	if string(unzipped) != plain.Body.String() {
		t.Error("the gzipped page differs from the plain one")
	}
	if n := db.profiles.Load(); n != 1 {
		t.Errorf("the profile was read from the database %d times, want once", n)
	}
}

func TestNoPageCache(t *testing.T) {
	db := &countingStore{Store: fixture.DB}
	h := mustServer(t, withDB(fixture, db), server.Options{NoPageCache: true})
	path := occupationPath(t, careertest.SOCWritten)
	first := do(h, http.MethodGet, path)
	second := do(h, http.MethodGet, path, "If-None-Match", first.Header().Get("ETag"))
	if first.Code != 200 || second.Code != http.StatusNotModified {
		t.Errorf("statuses %d and %d, want 200 and 304", first.Code, second.Code)
	}
	if n := db.profiles.Load(); n != 2 {
		t.Errorf("the profile was read from the database %d times for two requests, want twice", n)
	}
}

// TestNewSiteEmptiesCache swaps the site, as publish does when content
// changes: pages of the old site must not be served from the new one.
func TestNewSiteEmptiesCache(t *testing.T) {
	oldDB, newDB := &countingStore{Store: fixture.DB}, &countingStore{Store: fixture.DB}
	var cur atomic.Pointer[site.Site]
	cur.Store(withDB(fixture, oldDB))
	h, err := server.New(quietLogger(), cur.Load, server.Options{BaseURL: baseURL})
	if err != nil {
		t.Fatal(err)
	}
	path := occupationPath(t, careertest.SOCWritten)
	do(h, http.MethodGet, path)
	do(h, http.MethodGet, path)
	cur.Store(withDB(fixture, newDB))
	if rec := do(h, http.MethodGet, path); rec.Code != 200 {
		t.Fatalf("status %d after the swap, want 200", rec.Code)
	}
	do(h, http.MethodGet, path)
	if o, n := oldDB.profiles.Load(), newDB.profiles.Load(); o != 1 || n != 1 {
		t.Errorf("profile reads: %d from the old site, %d from the new; want one each", o, n)
	}
}

func TestStatic(t *testing.T) {
	h := mustServer(t, fixture, server.Options{})
	doc := mustDoc(t, do(h, http.MethodGet, "/"))
	href, _ := doc.Find(`link[rel="stylesheet"]`).Attr("href")
	css, err := fs.ReadFile(web.FS, "static/css/site.css")
	if err != nil {
		t.Fatal(err)
	}
	sum := sha256.Sum256(css)
	if want := "/static/css/site.css?v=" + hex.EncodeToString(sum[:])[:12]; href != want {
		t.Fatalf("stylesheet %q, want %q: the fingerprint of the file", href, want)
	}
	tests := []struct {
		name, path    string
		wantStatus    int
		wantType      string
		wantCache     string
		wantSameBytes []byte
	}{
		{"fingerprinted", href, 200, "text/css; charset=utf-8", "public, max-age=31536000, immutable", css},
		{"stale fingerprint", "/static/css/site.css?v=0123456789ab", 200, "text/css; charset=utf-8", "public, max-age=300, s-maxage=1", css},
		{"no fingerprint", "/static/css/site.css", 200, "text/css; charset=utf-8", "public, max-age=300, s-maxage=1", css},
		{"image", "/static/img/favicon.svg", 200, "image/svg+xml", "public, max-age=300, s-maxage=1", nil},
		{"unknown file", "/static/css/nope.css", 404, "text/html; charset=utf-8", "no-store", nil},
		{"directory", "/static/css/", 404, "text/html; charset=utf-8", "no-store", nil},
		{"outside static", "/static/..%2f..%2fgo.mod", 404, "text/html; charset=utf-8", "no-store", nil},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			rec := do(h, http.MethodGet, tt.path)
			if rec.Code != tt.wantStatus {
				t.Fatalf("status %d, want %d", rec.Code, tt.wantStatus)
			}
			if got := rec.Header().Get("Content-Type"); got != tt.wantType {
				t.Errorf("Content-Type %q, want %q", got, tt.wantType)
			}
			if got := rec.Header().Get("Cache-Control"); got != tt.wantCache {
				t.Errorf("Cache-Control %q, want %q", got, tt.wantCache)
			}
			if tt.wantSameBytes != nil && !bytes.Equal(rec.Body.Bytes(), tt.wantSameBytes) {
				t.Errorf("served %d bytes, not the file's %d", rec.Body.Len(), len(tt.wantSameBytes))
			}
			if tt.wantStatus == 404 {
				errorPage(404)(t, mustDoc(t, rec))
			}
		})
	}
	if rec := do(h, http.MethodGet, href, "Accept-Encoding", "gzip"); rec.Header().Get("Content-Encoding") != "gzip" {
		t.Errorf("stylesheet with Accept-Encoding gzip: Content-Encoding %q, want gzip", rec.Header().Get("Content-Encoding"))
	}
}

// TestStaticValidators: static files carry their fingerprint as a strong
// ETag, fingerprinted or not, and a client that has the bytes gets 304.
func TestStaticValidators(t *testing.T) {
	h := mustServer(t, fixture, server.Options{})
	css, _ := fs.ReadFile(web.FS, "static/css/site.css")
	sum := sha256.Sum256(css)
	etag := `"` + hex.EncodeToString(sum[:])[:12] + `"`
	for _, path := range []string{"/static/css/site.css", "/static/css/site.css?v=" + strings.Trim(etag, `"`)} {
		rec := do(h, http.MethodGet, path)
		if got := rec.Header().Get("ETag"); got != etag {
			t.Errorf("%s: ETag %q, want %q", path, got, etag)
		}
		for _, match := range []string{etag, "W/" + etag, `"x", ` + etag} {
			if rec := do(h, http.MethodGet, path, "If-None-Match", match); rec.Code != http.StatusNotModified || rec.Body.Len() != 0 {
				t.Errorf("%s If-None-Match %s: %d with %d bytes, want 304", path, match, rec.Code, rec.Body.Len())
			}
		}
		if rec := do(h, http.MethodGet, path, "If-None-Match", `"0123"`); rec.Code != http.StatusOK || !bytes.Equal(rec.Body.Bytes(), css) {
			t.Errorf("%s for another version: %d, want 200 and the file", path, rec.Code)
		}
	}
	gz := do(h, http.MethodGet, "/static/css/site.css", "Accept-Encoding", "gzip")
	zr, err := gzip.NewReader(gz.Body)
	if err != nil {
		t.Fatal(err)
	}
	if b, _ := io.ReadAll(zr); !bytes.Equal(b, css) || gz.Header().Get("Vary") != "Accept-Encoding" {
		t.Errorf("gzipped stylesheet: %d bytes unzipped, Vary %q", len(b), gz.Header().Get("Vary"))
	}
}

// TestFavicon: /favicon.ico is an ICO holding a 32-pixel PNG of the mark.
func TestFavicon(t *testing.T) {
	h := mustServer(t, fixture, server.Options{})
	rec := do(h, http.MethodGet, "/favicon.ico")
	b := rec.Body.Bytes()
	if rec.Code != http.StatusOK || rec.Header().Get("Content-Type") != "image/x-icon" || rec.Header().Get("ETag") == "" {
		t.Fatalf("status %d, Content-Type %q, ETag %q", rec.Code, rec.Header().Get("Content-Type"), rec.Header().Get("ETag"))
	}
	if len(b) < 22 || !bytes.Equal(b[:6], []byte{0, 0, 1, 0, 1, 0}) {
		t.Fatalf("not an ICO with one image: % x", b[:min(len(b), 6)])
	}
	img, err := png.Decode(bytes.NewReader(b[22:]))
	if err != nil {
		t.Fatalf("the icon's image: %v", err)
	}
	if img.Bounds().Dx() != 32 {
		t.Errorf("icon %v, want 32 pixels wide", img.Bounds())
	}
	if _, _, _, a := img.At(0, 0).RGBA(); a != 0 {
		t.Error("the corner is not transparent: the disc is round")
	}
	if r, g, b, _ := img.At(16, 8).RGBA(); r>>8 != 0xf4 || g>>8 != 0xc9 || b>>8 != 0x5d {
		t.Errorf("the needle above the centre is %x %x %x, want gold", r>>8, g>>8, b>>8)
	}
}

// TestContentLength: a page whose bytes are known goes out with their
// length, compressed or not, and one compressed on the way never carries
// the length of the uncompressed page.
func TestContentLength(t *testing.T) {
	h := mustServer(t, fixture, server.Options{})
	for _, tc := range []struct{ path, encoding string }{
		{occupationPath(t, careertest.SOCWritten), "gzip"}, // kept gzipped
		{occupationPath(t, careertest.SOCWritten), ""},
		{"/compare?soc=" + careertest.SOCWritten + "&soc=" + careertest.SOCNurse, "gzip"}, // compressed by the middleware
		{"/compare?soc=" + careertest.SOCWritten + "&soc=" + careertest.SOCNurse, ""},
	} {
		rec := do(h, http.MethodGet, tc.path, "Accept-Encoding", tc.encoding)
		if got := rec.Header().Get("Content-Length"); got != "" && got != strconv.Itoa(rec.Body.Len()) {
			t.Errorf("%s (%q): Content-Length %s for %d bytes", tc.path, tc.encoding, got, rec.Body.Len())
		}
		if tc.path == occupationPath(t, careertest.SOCWritten) && rec.Header().Get("Content-Length") == "" {
			t.Errorf("%s (%q): no Content-Length for a page whose bytes are known", tc.path, tc.encoding)
		}
	}
}

// TestRefusedEncoding: a client that gives gzip a weight of zero gets the
// response plain, whether it was kept gzipped, compressed by our own
// writer, or streamed through chi's Compress (a filtered export), and one
// that accepts gzip gets it compressed.
func TestRefusedEncoding(t *testing.T) {
	h := mustServer(t, fixture, server.Options{})
	profile := occupationPath(t, careertest.SOCWritten)                                // kept gzipped
	compare := "/compare?soc=" + careertest.SOCWritten + "&soc=" + careertest.SOCNurse // rendered for the request
	export := "/schools.csv?state=" + careertest.State                                 // streamed
	for _, tc := range []struct {
		path, encoding string
		gzip           bool
	}{
		{profile, "gzip;q=0", false},
		{profile, "GZIP;Q=0", false},
		{profile, "gzip;q=0.1", true},
		{compare, "gzip", true},
		{compare, "identity, gzip; q=0.000", false},
		{export, "gzip", true},
		{export, "gzip;q=0, identity", false},
		{export, "br;q=0, gzip;q=0.5", true},
	} {
		rec := do(h, http.MethodGet, tc.path, "Accept-Encoding", tc.encoding)
		if rec.Code != http.StatusOK {
			t.Fatalf("%s (%q): status %d", tc.path, tc.encoding, rec.Code)
		}
		gzipped := bytes.HasPrefix(rec.Body.Bytes(), []byte{0x1f, 0x8b})
		if got := rec.Header().Get("Content-Encoding") == "gzip"; got != tc.gzip || gzipped != tc.gzip {
			t.Errorf("%s (%q): Content-Encoding %q, body gzipped %v; want gzip %v", tc.path, tc.encoding, rec.Header().Get("Content-Encoding"), gzipped, tc.gzip)
		}
	}
}
