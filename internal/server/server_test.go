package server_test

import (
	"compress/gzip"
	"context"
	"errors"
	"io"
	"log/slog"
	"net/http"
	"net/http/httptest"
	"os"
	"path/filepath"
	"regexp"
	"strings"
	"testing"

	"github.com/careeratlas/careeratlas/internal/career"
	"github.com/careeratlas/careeratlas/internal/content"
	"github.com/careeratlas/careeratlas/internal/server"
	"github.com/careeratlas/careeratlas/internal/store"
)

var testDB *store.DB

// TestMain builds one database from the real content tree for every test.
func TestMain(m *testing.M) {
	dir, err := os.MkdirTemp("", "careeratlas-server-test")
	if err != nil {
		panic(err)
	}
	cat, err := content.Load(os.DirFS("../../content"))
	if err != nil {
		panic(err)
	}
	path := filepath.Join(dir, "test.db")
	if err := store.Build(context.Background(), path, cat); err != nil {
		panic(err)
	}
	testDB, err = store.Open(context.Background(), path)
	if err != nil {
		panic(err)
	}
	code := m.Run()
	testDB.Close()
	os.RemoveAll(dir)
	os.Exit(code)
}

func quietLogger() *slog.Logger { return slog.New(slog.NewTextHandler(io.Discard, nil)) }

func newHandler(t testing.TB, s server.Store) http.Handler {
	t.Helper()
	return newHandlerWith(t, s, server.Options{BaseURL: "https://careeratlas.test"})
}

func newHandlerWith(t testing.TB, s server.Store, opts server.Options) http.Handler {
	t.Helper()
	h, err := server.New(quietLogger(), func() server.Store { return s }, opts)
	if err != nil {
		t.Fatal(err)
	}
	return h
}

func get(h http.Handler, method, path string, header ...string) *httptest.ResponseRecorder {
	req := httptest.NewRequest(method, path, nil)
	for i := 0; i+1 < len(header); i += 2 {
		req.Header.Set(header[i], header[i+1])
	}
	rec := httptest.NewRecorder()
	h.ServeHTTP(rec, req)
	return rec
}

var (
	titleRe = regexp.MustCompile(`<title>([^<]*)</title>`)
	h1Re    = regexp.MustCompile(`<h1[^>]*>([^<]*)</h1>`)
)

func firstMatch(re *regexp.Regexp, body string) string {
	m := re.FindStringSubmatch(body)
	if m == nil {
		return ""
	}
	return m[1]
}

func TestRoutes(t *testing.T) {
	h := newHandler(t, testDB)
	tests := []struct {
		name         string
		method, path string
		wantStatus   int
		wantLocation string
		wantTitle    string
		wantH1       string
		wantBody     []string
		dontWant     []string
	}{
		{
			name: "home", path: "/", wantStatus: 200,
			wantTitle: "Career Atlas · What jobs pay, how they grow, how to get in",
			wantH1:    "Find work that fits, with the real numbers",
			wantBody:  []string{`href="/groups/healthcare-practitioners-and-technical"`, "832 occupations", `href="/occupations/registered-nurses"`},
		},
		{
			name: "index", path: "/occupations", wantStatus: 200,
			wantTitle: "All occupations · Career Atlas", wantH1: "All occupations",
			wantBody: []string{"All 832 occupations", `href="/occupations/medical-records-specialists"`, `href="/occupations/fishing-and-hunting-workers"`, "Management Occupations", "Transportation and Material Moving Occupations"},
		},
		{
			name: "profile", path: "/occupations/medical-records-specialists", wantStatus: 200,
			wantTitle: "Medical Records Specialists · Career Atlas", wantH1: "Medical Records Specialists",
			wantBody: []string{
				"SOC 29-2072",
				"$50,250 a year", "$24.16 an hour", // median
				"$35,780", "$80,950", "$41,600", "$64,070", "$55,970", // percentiles and mean
				"187,910",                     // OEWS employment
				"194,800", "208,600", "+7.1%", // projections
				"Much faster than average", "14,200",
				"Postsecondary nondegree award",
				"BLS OEWS, May 2024", "BLS Employment Projections 2024–34",
				`<svg class="chart chart--pay"`, `<svg class="chart chart--bars"`,
				`<h2 id="what-they-do-h">What they do</h2>`, `<h2 id="how-to-become-one-h">How to become one</h2>`,
				`<link rel="canonical" href="https://careeratlas.test/occupations/medical-records-specialists">`,
				`"@type":"Occupation"`, `"occupationalCategory":"29-2072"`, `"median":50250`,
				`<a href="/groups/healthcare-practitioners-and-technical">`,
				"Average pay by state (May 2023)", "<th scope=\"row\">Alabama</th><td>$42,970</td><td>$20.66</td>",
			},
			dontWant: []string{"style=", "<style"},
		},
		{
			name: "top-coded wages", path: "/occupations/chief-executives", wantStatus: 200, wantH1: "Chief Executives",
			wantBody: []string{"$239,200 or more", "$115.00 or more", "$206,420 a year"},
		},
		{
			name: "hourly only", path: "/occupations/actors", wantStatus: 200, wantH1: "Actors",
			wantBody: []string{"an hour", "not available", "published as an hourly wage only"},
			dontWant: []string{"<td>$0", "$0.00"},
		},
		{
			name: "no wages published", path: "/occupations/fishing-and-hunting-workers", wantStatus: 200,
			wantH1: "Fishing and hunting workers", wantBody: []string{"Projected jobs, 2034"}, dontWant: []string{`id="pay"`},
		},
		{name: "SOC code redirects", path: "/occupations/29-2072", wantStatus: 301, wantLocation: "/occupations/medical-records-specialists"},
		{name: "capitals redirect", path: "/occupations/Medical-Records-Specialists", wantStatus: 301, wantLocation: "/occupations/medical-records-specialists"},
		{name: "unknown SOC code", path: "/occupations/99-9999", wantStatus: 404, wantH1: "Page not found"},
		{name: "unknown slug", path: "/occupations/astronaut-wizard", wantStatus: 404, wantTitle: "Page not found · Career Atlas", wantH1: "Page not found"},
		{name: "odd slug", path: "/occupations/%3Cscript%3E", wantStatus: 404, wantH1: "Page not found", dontWant: []string{"<script>"}},
		{name: "long slug", path: "/occupations/" + strings.Repeat("a-", 500) + "b", wantStatus: 404},
		{
			name: "group", path: "/groups/healthcare-practitioners-and-technical", wantStatus: 200,
			wantH1:   "Healthcare Practitioners and Technical Occupations",
			wantBody: []string{`href="/occupations/registered-nurses"`, "Much faster than average", "Doctoral or professional degree"},
			dontWant: []string{`href="/occupations/cashiers"`},
		},
		{name: "unknown group", path: "/groups/wizardry", wantStatus: 404, wantH1: "Page not found"},
		{name: "about data", path: "/about/data", wantStatus: 200, wantH1: "About the data", wantBody: []string{"national_M2024_dl.xlsx", "occupation.xlsx", "Much faster than average"}},
		{name: "unknown path", path: "/no/such/page", wantStatus: 404, wantH1: "Page not found", wantBody: []string{`data-status="404"`, `<meta name="robots" content="noindex">`}},
		{name: "wrong method", method: "POST", path: "/occupations", wantStatus: 405, wantH1: "That method is not allowed"},
		{name: "health", path: "/healthz", wantStatus: 200, wantBody: []string{"ok"}},
		{name: "robots", path: "/robots.txt", wantStatus: 200, wantBody: []string{"User-agent: *", "Sitemap: https://careeratlas.test/sitemap.xml"}},
		{name: "sitemap", path: "/sitemap.xml", wantStatus: 200, wantBody: []string{"<urlset", "<loc>https://careeratlas.test/occupations/medical-records-specialists</loc>",
			"<loc>https://careeratlas.test/schools/204796/ohio-state-university-main-campus</loc>", "<loc>https://careeratlas.test/programs/51.0707</loc>", "<loc>https://careeratlas.test/lists/most-job-openings</loc>"}},
		{name: "missing static", path: "/static/css/nope.css", wantStatus: 404, wantH1: "Page not found"},
		{name: "query junk is ignored", path: "/occupations/registered-nurses?x=%00%ff&q=" + strings.Repeat("z", 3000), wantStatus: 200, wantH1: "Registered Nurses"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			method := tt.method
			if method == "" {
				method = http.MethodGet
			}
			rec := get(h, method, tt.path)
			body := rec.Body.String()
			if rec.Code != tt.wantStatus {
				t.Fatalf("status %d, want %d; body starts %.300q", rec.Code, tt.wantStatus, body)
			}
			if tt.wantLocation != "" && rec.Header().Get("Location") != tt.wantLocation {
				t.Errorf("Location %q, want %q", rec.Header().Get("Location"), tt.wantLocation)
			}
			if tt.wantTitle != "" && firstMatch(titleRe, body) != tt.wantTitle {
				t.Errorf("<title> %q, want %q", firstMatch(titleRe, body), tt.wantTitle)
			}
			if tt.wantH1 != "" {
				if got := firstMatch(h1Re, body); got != tt.wantH1 {
					t.Errorf("<h1> %q, want %q", got, tt.wantH1)
				}
				if n := strings.Count(body, "<h1"); n != 1 {
					t.Errorf("%d <h1> elements, want 1", n)
				}
			}
			for _, want := range tt.wantBody {
				if !strings.Contains(body, want) {
					t.Errorf("body lacks %q", want)
				}
			}
			for _, bad := range tt.dontWant {
				if strings.Contains(body, bad) {
					t.Errorf("body contains %q", bad)
				}
			}
		})
	}
}

// TestUnwrittenProfileSaysSo finds an occupation with no full profile yet
// and checks that its page says so rather than showing empty sections.
func TestUnwrittenProfileSaysSo(t *testing.T) {
	occs, err := testDB.ListOccupations(context.Background(), store.OccupationFilter{})
	if err != nil {
		t.Fatal(err)
	}
	h := newHandler(t, testDB)
	for _, o := range occs {
		full, err := testDB.OccupationBySlug(context.Background(), o.Slug)
		if err != nil {
			t.Fatal(err)
		}
		if !full.Sections.Empty() {
			continue
		}
		body := get(h, "GET", "/occupations/"+o.Slug).Body.String()
		if !strings.Contains(body, "We have not yet written a full profile") || strings.Contains(body, `id="what-they-do"`) {
			t.Errorf("%s has no profile, but its page does not say so", o.Slug)
		}
		return
	}
	t.Skip("every occupation has a full profile")
}

func TestHeadersAndCaching(t *testing.T) {
	h := newHandler(t, testDB)
	rec := get(h, "GET", "/occupations/registered-nurses")
	hdr := rec.Header()
	if csp := hdr.Get("Content-Security-Policy"); !strings.Contains(csp, "default-src 'self'") || strings.Contains(csp, "unsafe-inline") {
		t.Errorf("CSP %q", csp)
	}
	if hdr.Get("X-Content-Type-Options") != "nosniff" || hdr.Get("Content-Type") != "text/html; charset=utf-8" {
		t.Errorf("headers: %v", hdr)
	}
	etag := hdr.Get("ETag")
	if etag == "" {
		t.Fatal("no ETag")
	}
	if again := get(h, "GET", "/occupations/registered-nurses", "If-None-Match", etag); again.Code != http.StatusNotModified || again.Body.Len() != 0 {
		t.Errorf("If-None-Match: status %d, %d bytes; want 304 and no body", again.Code, again.Body.Len())
	}
	gz := get(h, "GET", "/occupations/registered-nurses", "Accept-Encoding", "gzip")
	if gz.Header().Get("Content-Encoding") != "gzip" || gz.Body.Len() >= rec.Body.Len()/2 {
		t.Errorf("compression: encoding %q, %d bytes vs %d", gz.Header().Get("Content-Encoding"), gz.Body.Len(), rec.Body.Len())
	}
	zr, err := gzip.NewReader(gz.Body)
	if err != nil {
		t.Fatal(err)
	}
	plain, _ := io.ReadAll(zr)
	if string(plain) != rec.Body.String() {
		t.Error("the gzipped page differs from the plain one")
	}
	if gz.Header().Get("ETag") != etag || !strings.Contains(gz.Header().Get("Vary"), "Accept-Encoding") {
		t.Errorf("gzipped page headers: %v", gz.Header())
	}
	css := regexp.MustCompile(`href="(/static/css/site\.css\?v=[0-9a-f]+)"`).FindStringSubmatch(rec.Body.String())
	if css == nil {
		t.Fatal("no fingerprinted stylesheet link")
	}
	cssRec := get(h, "GET", css[1])
	if cssRec.Code != 200 || !strings.Contains(cssRec.Header().Get("Cache-Control"), "immutable") || !strings.Contains(cssRec.Header().Get("Content-Type"), "text/css") {
		t.Errorf("stylesheet: %d %v", cssRec.Code, cssRec.Header())
	}
	if stale := get(h, "GET", "/static/css/site.css?v=old"); strings.Contains(stale.Header().Get("Cache-Control"), "immutable") {
		t.Error("a stale fingerprint must not be cached for a year")
	}
	if head := get(h, "HEAD", "/occupations/registered-nurses"); head.Code != 200 || head.Body.Len() != 0 {
		t.Errorf("HEAD: %d with %d bytes", head.Code, head.Body.Len())
	}
}

// failingStore fails every read; panicking panics.
type failingStore struct {
	server.Store
	panics bool
}

func (f failingStore) fail() error {
	if f.panics {
		panic("boom: secret internal detail")
	}
	return errors.New("disk on fire: secret internal detail")
}
func (f failingStore) OccupationBySlug(context.Context, string) (*career.Occupation, error) {
	return nil, f.fail()
}
func (f failingStore) Sources(ctx context.Context) ([]career.Source, error) {
	return testDB.Sources(ctx)
}
func (f failingStore) Groups(ctx context.Context) ([]*career.Group, error) { return testDB.Groups(ctx) }
func (f failingStore) Projection(ctx context.Context, soc string) (*career.Projection, error) {
	return testDB.Projection(ctx, soc)
}
func (f failingStore) Ping(context.Context) error { return errors.New("down") }

func TestFailuresShowTheDesignedPage(t *testing.T) {
	for _, panics := range []bool{false, true} {
		h := newHandler(t, failingStore{panics: panics})
		rec := get(h, "GET", "/occupations/registered-nurses")
		body := rec.Body.String()
		if rec.Code != 500 {
			t.Errorf("panics=%v: status %d, want 500", panics, rec.Code)
		}
		if !strings.Contains(body, "Something went wrong") || !strings.Contains(body, `data-status="500"`) {
			t.Errorf("panics=%v: not the designed error page: %.200q", panics, body)
		}
		if strings.Contains(body, "secret internal detail") || strings.Contains(body, "goroutine") {
			t.Errorf("panics=%v: internal error text reached the visitor", panics)
		}
	}
	if rec := get(newHandler(t, failingStore{}), "GET", "/healthz"); rec.Code != http.StatusServiceUnavailable {
		t.Errorf("healthz with a dead database: %d, want 503", rec.Code)
	}
}

// BenchmarkOccupationPage measures a warm profile through the whole router:
// after the first request the page comes from the cache.
func BenchmarkOccupationPage(b *testing.B) {
	benchmarkPath(b, "/occupations/medical-records-specialists")
}

// BenchmarkOccupationPageRender measures what a cache miss costs: the
// database queries, the view model and the templ render.
func BenchmarkOccupationPageRender(b *testing.B) {
	benchmarkPathWith(b, server.Options{NoPageCache: true}, "/occupations/medical-records-specialists")
}

// BenchmarkOccupationIndexRender measures rendering the A–Z index of all occupations.
func BenchmarkOccupationIndexRender(b *testing.B) {
	benchmarkPathWith(b, server.Options{NoPageCache: true}, "/occupations")
}

func TestDevProblemsOnEveryPage(t *testing.T) {
	probs := []string{"occupations/registered-nurses.md:3: unknown key \"sumary\": did you mean \"summary\"?"}
	h := newHandlerWith(t, testDB, server.Options{NoPageCache: true, Problems: func() []string { return probs }})
	for _, path := range []string{"/", "/occupations/registered-nurses", "/nope"} {
		body := get(h, "GET", path).Body.String()
		if !strings.Contains(body, "Your latest content edit was not published") || !strings.Contains(body, "did you mean &#34;summary&#34;?") {
			t.Errorf("%s does not show the content problems", path)
		}
	}
	probs = nil
	if body := get(h, "GET", "/").Body.String(); strings.Contains(body, "was not published") {
		t.Error("the banner stays after the problems are fixed")
	}
}
