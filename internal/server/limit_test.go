package server_test

import (
	"context"
	"encoding/json"
	"fmt"
	"log/slog"
	"net/http"
	"strings"
	"sync"
	"sync/atomic"
	"testing"
	"time"

	"github.com/careeratlas/careeratlas/internal/career"
	"github.com/careeratlas/careeratlas/internal/career/careertest"
	"github.com/careeratlas/careeratlas/internal/server"
	"github.com/careeratlas/careeratlas/internal/site"
)

// blocking is the fixture store whose school searches wait until release
// is closed or their request ends, counting the searches it runs.
type blocking struct {
	site.Store
	release  chan struct{}
	entered  chan struct{}
	searches atomic.Int32
}

func (b *blocking) SearchSchools(ctx context.Context, f career.SchoolFilter) (*career.SchoolResults, error) {
	b.searches.Add(1)
	select {
	case b.entered <- struct{}{}:
	default:
	}
	select {
	case <-b.release:
		return b.Store.SearchSchools(ctx, f)
	case <-ctx.Done():
		return nil, ctx.Err()
	}
}

func newBlocking() *blocking {
	return &blocking{Store: fixture.DB, release: make(chan struct{}), entered: make(chan struct{}, 1)}
}

// TestBusyIs503 fills the gate with one slow search and its queue, then
// asks for more: the answer is 503 with Retry-After, as a page or as JSON
// to match the route, and the cheap pages still answer.
func TestBusyIs503(t *testing.T) {
	b := newBlocking()
	h := mustServer(t, withDB(fixture, b), server.Options{Expensive: 1})
	var wg sync.WaitGroup
	codes := make(chan int, 16)
	for i := range 9 { // one running, eight queued
		wg.Add(1)
		go func() {
			defer wg.Done()
			codes <- do(h, http.MethodGet, fmt.Sprintf("/schools?state=%s&page=%d", careertest.State, i+1)).Code
		}()
		if i == 0 {
			<-b.entered
		}
	}
	waitFor(t, func() bool { return b.searches.Load() == 1 })
	time.Sleep(50 * time.Millisecond) // let the eight reach the queue
	rec := do(h, http.MethodGet, "/schools?state="+careertest.State+"&control=public")
	if rec.Code != http.StatusServiceUnavailable || rec.Header().Get("Retry-After") == "" {
		t.Errorf("full gate: status %d Retry-After %q, want 503 with Retry-After", rec.Code, rec.Header().Get("Retry-After"))
	}
	if doc := mustDoc(t, rec); !strings.Contains(doc.Find("h1").Text(), "Busy") {
		t.Errorf("busy page heading %q", doc.Find("h1").Text())
	}
	api := do(h, http.MethodGet, "/api/v1/schools?state="+careertest.State)
	var body struct{ Status int }
	if api.Code != http.StatusServiceUnavailable || json.Unmarshal(api.Body.Bytes(), &body) != nil || body.Status != 503 {
		t.Errorf("API when busy: %d %s, want a JSON 503", api.Code, api.Body.String())
	}
	if rec := do(h, http.MethodGet, occupationPath(t, careertest.SOCWritten)); rec.Code != http.StatusOK {
		t.Errorf("a profile while searches queue: %d, want 200", rec.Code)
	}
	close(b.release)
	wg.Wait()
	close(codes)
	for c := range codes {
		if c != http.StatusOK && c != http.StatusBadRequest { // pages past the last are 400
			t.Errorf("a queued search ended %d, want it answered", c)
		}
	}
}

// TestTimeoutIs503: a request that outlives its deadline is a 503 page
// with Retry-After, never a 500, and gets one status line.
func TestTimeoutIs503(t *testing.T) {
	b := newBlocking()
	var logs syncBuffer
	h := mustServerLog(t, &logs, withDB(fixture, b), server.Options{Timeout: 50 * time.Millisecond})
	for _, path := range []string{"/schools?state=" + careertest.State, "/api/v1/schools?state=" + careertest.State, "/schools.csv?state=" + careertest.State} {
		rec := do(h, http.MethodGet, path)
		if rec.Code != http.StatusServiceUnavailable || rec.Header().Get("Retry-After") == "" {
			t.Errorf("%s past its deadline: %d, Retry-After %q; want 503 with Retry-After", path, rec.Code, rec.Header().Get("Retry-After"))
		}
	}
	if strings.Contains(logs.String(), "superfluous") || strings.Contains(logs.String(), "level=ERROR") {
		t.Errorf("logs:\n%s", logs.String())
	}
}

// TestSearchesKeptByQuery: the same search twice reaches the database
// once, concurrent first requests included; another query reaches it again.
func TestSearchesKeptByQuery(t *testing.T) {
	b := newBlocking()
	close(b.release)
	h := mustServer(t, withDB(fixture, b), server.Options{})
	path := "/schools?state=" + careertest.State + "&area=51"
	var wg sync.WaitGroup
	for range 4 {
		wg.Add(1)
		go func() {
			defer wg.Done()
			if rec := do(h, http.MethodGet, path, "Accept-Encoding", "gzip"); rec.Code != http.StatusOK {
				t.Errorf("status %d", rec.Code)
			}
		}()
	}
	wg.Wait()
	plain := do(h, http.MethodGet, path)
	if plain.Code != http.StatusOK || !strings.Contains(plain.Body.String(), "</html>") {
		t.Errorf("a client without gzip gets %d, %d bytes", plain.Code, plain.Body.Len())
	}
	if n := b.searches.Load(); n != 1 {
		t.Errorf("%d searches for one query, want 1", n)
	}
	// The parameters' order does not matter; another query is another search.
	do(h, http.MethodGet, "/schools?area=51&state="+careertest.State)
	if n := b.searches.Load(); n != 1 {
		t.Errorf("%d searches after the same query reordered, want 1", n)
	}
	do(h, http.MethodGet, "/schools?state="+careertest.State+"&area=52")
	if n := b.searches.Load(); n < 2 {
		t.Errorf("%d searches after a new query, want it searched", n)
	}
}

// TestFullExportBuiltOnce: the export of every school is built once per
// site and carries an ETag; concurrent first requests wait for it.
func TestFullExportBuiltOnce(t *testing.T) {
	b := newBlocking()
	close(b.release)
	h := mustServer(t, withDB(fixture, b), server.Options{})
	var wg sync.WaitGroup
	bodies := make([]string, 4)
	for i := range bodies {
		wg.Add(1)
		go func() {
			defer wg.Done()
			bodies[i] = do(h, http.MethodGet, "/schools.csv").Body.String()
		}()
	}
	wg.Wait()
	if n := b.searches.Load(); n != 1 {
		t.Errorf("%d exports built, want 1", n)
	}
	for _, body := range bodies {
		if body != bodies[0] || strings.Count(body, "\n") != careertest.Schools+1 {
			t.Errorf("export of %d lines, want the header and %d schools, the same each time", strings.Count(body, "\n"), careertest.Schools)
		}
	}
}

// TestMultiValuedParamsCapped: a query with thousands of program codes is
// refused at once with the form and the problem, not searched.
func TestMultiValuedParamsCapped(t *testing.T) {
	b := newBlocking()
	close(b.release)
	h := mustServer(t, withDB(fixture, b), server.Options{})
	var q strings.Builder
	for i := range 1607 {
		fmt.Fprintf(&q, "&cip=51.%04d", i)
	}
	for _, path := range []string{"/schools?state=OH" + q.String(), "/schools.csv?state=OH" + q.String(), "/api/v1/schools?state=OH" + q.String()} {
		rec := do(h, http.MethodGet, path)
		if rec.Code != http.StatusBadRequest || !strings.Contains(rec.Body.String(), "Choose at most 50 programs at a time.") {
			t.Errorf("%.30s… with 1,607 programs: %d, want 400 saying at most 50", path, rec.Code)
		}
	}
	if n := b.searches.Load(); n != 0 {
		t.Errorf("%d searches ran for refused queries", n)
	}
}

func mustServerLog(t *testing.T, logs *syncBuffer, st *site.Site, opts server.Options) http.Handler {
	t.Helper()
	opts.BaseURL = baseURL
	h, err := server.New(slog.New(slog.NewTextHandler(logs, nil)), func() *site.Site { return st }, opts)
	if err != nil {
		t.Fatal(err)
	}
	return h
}

func waitFor(t *testing.T, cond func() bool) {
	t.Helper()
	for range 200 {
		if cond() {
			return
		}
		time.Sleep(10 * time.Millisecond)
	}
	t.Fatal("condition not met in 2 s")
}
