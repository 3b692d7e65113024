package server_test

import (
	"bytes"
	"context"
	"errors"
	"log/slog"
	"net/http"
	"slices"
	"strings"
	"sync"
	"sync/atomic"
	"testing"

	"github.com/careeratlas/careeratlas/internal/career"
	"github.com/careeratlas/careeratlas/internal/career/careertest"
	"github.com/careeratlas/careeratlas/internal/search"
	"github.com/careeratlas/careeratlas/internal/server"
	"github.com/careeratlas/careeratlas/internal/site"
)

// secret is in every failure's text; visitors must never see it.
const secret = "disk on fire: secret internal detail"

// failing is the real fixture store, except that profiles, searches and
// pings fail, or panic.
type failing struct {
	site.Store
	panics bool
}

func (f failing) fail() error {
	if f.panics {
		panic(secret)
	}
	return errors.New(secret)
}

func (f failing) OccupationBySlug(context.Context, string) (*career.Occupation, error) {
	return nil, f.fail()
}

func (f failing) SearchSchools(context.Context, career.SchoolFilter) (*career.SchoolResults, error) {
	return nil, f.fail()
}

func (f failing) SearchOccupations(context.Context, []string, int) ([]*career.Occupation, error) {
	return nil, f.fail()
}

func (f failing) SearchOccupationsPage(context.Context, search.Query) (*search.Results, error) {
	return nil, f.fail()
}

func (f failing) Ping(context.Context) error { return errors.New(secret) }

// syncBuffer is a log destination safe for the handler's goroutines.
type syncBuffer struct {
	mu  sync.Mutex
	buf bytes.Buffer
}

func (b *syncBuffer) Write(p []byte) (int, error) {
	b.mu.Lock()
	defer b.mu.Unlock()
	return b.buf.Write(p)
}

func (b *syncBuffer) String() string {
	b.mu.Lock()
	defer b.mu.Unlock()
	return b.buf.String()
}

func TestStoreFailures(t *testing.T) {
	for _, panics := range []bool{false, true} {
		name := map[bool]string{false: "error", true: "panic"}[panics]
		t.Run(name, func(t *testing.T) {
			var logs syncBuffer
			h, err := server.New(slog.New(slog.NewTextHandler(&logs, nil)),
				func() *site.Site { return withDB(fixture, failing{Store: fixture.DB, panics: panics}) },
				server.Options{BaseURL: baseURL})
			if err != nil {
				t.Fatal(err)
			}
			for _, path := range []string{
				occupationPath(t, careertest.SOCWritten),
				"/schools?state=" + careertest.State,
				"/search?q=nurse",
			} {
				rec := do(h, http.MethodGet, path)
				if rec.Code != http.StatusInternalServerError {
					t.Errorf("%s: status %d, want 500", path, rec.Code)
					continue
				}
				doc := mustDoc(t, rec)
				errorPage(500)(t, doc)
				if got := texts(doc.Find("h1")); !slices.Equal(got, []string{"Something went wrong"}) {
					t.Errorf("%s: <h1> %q, want Something went wrong", path, got)
				}
				if body := rec.Body.String(); strings.Contains(body, "secret internal detail") || strings.Contains(body, "goroutine") {
					t.Errorf("%s: the error's own text reached the visitor", path)
				}
				if cc := rec.Header().Get("Cache-Control"); cc != "no-store" {
					t.Errorf("%s: Cache-Control %q, want no-store", path, cc)
				}
				// The log has what the page hides, under the request's ID.
				if id := rec.Header().Get("X-Request-Id"); !strings.Contains(logs.String(), "request_id="+id) {
					t.Errorf("%s: the log has no entry for request %s:\n%s", path, id, logs.String())
				}
			}
			if !strings.Contains(logs.String(), "secret internal detail") {
				t.Errorf("the log lacks the error:\n%s", logs.String())
			}
			if panics && !strings.Contains(logs.String(), "stack=") {
				t.Errorf("the log of a panic lacks its stack:\n%s", logs.String())
			}

			// Pages that do not reach the failing queries still work.
			if rec := do(h, http.MethodGet, "/occupations"); rec.Code != http.StatusOK {
				t.Errorf("/occupations: status %d, want 200", rec.Code)
			}
			if rec := do(h, http.MethodGet, "/healthz"); rec.Code != http.StatusServiceUnavailable || rec.Body.String() != "unavailable\n" {
				t.Errorf("/healthz with a failing database: %d %q, want 503 unavailable", rec.Code, rec.Body.String())
			}

			rec := do(h, http.MethodGet, "/api/v1/schools?state="+careertest.State)
			if rec.Code != http.StatusInternalServerError || strings.Contains(rec.Body.String(), "secret internal detail") {
				t.Errorf("API: status %d, body %.200q; want 500 without the error's text", rec.Code, rec.Body.String())
			}
			var got apiErrorBody // a panic too comes back as JSON
			mustJSON(t, rec, &got)
			if got.Status != 500 || got.Error != "Internal error" || len(got.Problems) != 1 {
				t.Errorf("API error %+v, want status 500, Internal error, one problem", got)
			}
		})
	}
}

// flaky fails the first profile query, then works.
type flaky struct {
	site.Store
	calls atomic.Int32
}

func (f *flaky) OccupationBySlug(ctx context.Context, slug string) (*career.Occupation, error) {
	if f.calls.Add(1) == 1 {
		return nil, errors.New(secret)
	}
	return f.Store.OccupationBySlug(ctx, slug)
}

// TestFailureNotCached checks that the page cache keeps only successes.
func TestFailureNotCached(t *testing.T) {
	h := mustServer(t, withDB(fixture, &flaky{Store: fixture.DB}), server.Options{})
	path := occupationPath(t, careertest.SOCWritten)
	if rec := do(h, http.MethodGet, path); rec.Code != http.StatusInternalServerError {
		t.Fatalf("first request: status %d, want 500", rec.Code)
	}
	rec := do(h, http.MethodGet, path)
	if rec.Code != http.StatusOK {
		t.Fatalf("second request: status %d, want 200", rec.Code)
	}
	if got := texts(mustDoc(t, rec).Find("h1")); !slices.Equal(got, []string{fixture.Occupation(careertest.SOCWritten).Title}) {
		t.Errorf("<h1> %q, want the profile", got)
	}
}

// TestNoSiteYet is the server before its first database is loaded: pages
// and the API answer 503 with Retry-After, until a site arrives.
func TestNoSiteYet(t *testing.T) {
	var cur atomic.Pointer[site.Site]
	h, err := server.New(quietLogger(), cur.Load, server.Options{BaseURL: baseURL})
	if err != nil {
		t.Fatal(err)
	}
	profile := occupationPath(t, careertest.SOCWritten)
	for _, path := range []string{"/", profile, "/schools?state=OH", "/sitemap.xml"} {
		rec := do(h, http.MethodGet, path)
		if rec.Code != http.StatusServiceUnavailable || rec.Header().Get("Retry-After") != "5" {
			t.Errorf("%s: status %d, Retry-After %q; want 503 and 5", path, rec.Code, rec.Header().Get("Retry-After"))
			continue
		}
		doc := mustDoc(t, rec)
		errorPage(503)(t, doc)
		if got := texts(doc.Find("h1")); !slices.Equal(got, []string{"Starting up"}) {
			t.Errorf("%s: <h1> %q, want Starting up", path, got)
		}
	}
	for _, path := range []string{"/api/v1/occupations", "/api/v1/occupations/" + careertest.SOCWritten, "/api/v1/schools?state=OH"} {
		rec := do(h, http.MethodGet, path)
		var got apiErrorBody
		mustJSON(t, rec, &got)
		if rec.Code != http.StatusServiceUnavailable || rec.Header().Get("Retry-After") != "5" || got.Status != 503 || len(got.Problems) == 0 {
			t.Errorf("%s: status %d, Retry-After %q, body %+v; want a JSON 503 with Retry-After 5", path, rec.Code, rec.Header().Get("Retry-After"), got)
		}
	}
	if rec := do(h, http.MethodGet, "/healthz"); rec.Code != http.StatusServiceUnavailable {
		t.Errorf("/healthz: status %d, want 503", rec.Code)
	}
	// Static files need no site.
	if rec := do(h, http.MethodGet, "/static/css/site.css"); rec.Code != http.StatusOK {
		t.Errorf("stylesheet: status %d, want 200", rec.Code)
	}

	cur.Store(fixture)
	for _, path := range []string{"/", profile, "/api/v1/occupations", "/healthz"} {
		if rec := do(h, http.MethodGet, path); rec.Code != http.StatusOK || rec.Header().Get("Retry-After") != "" {
			t.Errorf("%s once the site is loaded: status %d, Retry-After %q; want 200", path, rec.Code, rec.Header().Get("Retry-After"))
		}
	}
}

// TestDevProblems shows, in development, the problems of content that
// could not be published on every page, the error pages included, and
// stops once they are fixed.
func TestDevProblems(t *testing.T) {
	var problems atomic.Pointer[[]string]
	probs := []string{
		`occupations/registered-nurses.md:3: unknown key "sumary": did you mean "summary"?`,
		"lists/x.md: <b>not</b> a known filter",
	}
	problems.Store(&probs)
	h := mustServer(t, fixture, server.Options{NoPageCache: true, Problems: func() []string { return *problems.Load() }})
	paths := []string{"/", occupationPath(t, careertest.SOCWritten), "/schools?state=XX", "/no/such/page"}
	for _, path := range paths {
		doc := mustDoc(t, do(h, http.MethodGet, path))
		if got := texts(doc.Find("aside.dev-problems li code")); !slices.Equal(got, probs) {
			t.Errorf("%s: problems %q, want %q", path, got, probs)
		}
		if doc.Find("aside.dev-problems b").Length() != 0 {
			t.Errorf("%s: a problem's text was shown as HTML", path)
		}
	}
	problems.Store(&[]string{})
	for _, path := range paths {
		if n := mustDoc(t, do(h, http.MethodGet, path)).Find("aside.dev-problems").Length(); n != 0 {
			t.Errorf("%s: the problems stay after they are fixed", path)
		}
	}
}
