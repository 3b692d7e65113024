package publish

import (
	"context"
	"fmt"
	"io"
	"net/http"
	"net/http/httptest"
	"strings"
	"sync"
	"sync/atomic"
	"testing"
	"time"

	"github.com/careeratlas/careeratlas/internal/career/careertest"
	"github.com/careeratlas/careeratlas/internal/server"
)

// TestReloadUnderLoad swaps the content again and again, every fourth
// time to content with a mistake, while clients keep asking for pages
// through the real handler, uncached so that every request reads its
// site and database. Every request must get a whole page: no error,
// nothing empty or half built, and the refused content is never served.
func TestReloadUnderLoad(t *testing.T) {
	t.Parallel()
	// Each good swap builds a database, which the race detector makes
	// slow, while the clients take CPU from it; -short swaps good, bad,
	// good with two clients.
	swaps, clients := 20, 4
	if testing.Short() {
		swaps, clients = 3, 2
	}
	bad := func(i int) bool { return i%4 == 1 }

	ctx := context.Background()
	dir := careertest.Dir(t)
	live := mustStart(t, dir, mustFixtureDB(t), discardLog())
	h, err := server.New(discardLog(), live.Current, server.Options{BaseURL: "http://test", NoPageCache: true})
	if err != nil {
		t.Fatal(err)
	}
	ts := httptest.NewServer(h)
	defer ts.Close()

	paths := []string{
		"/occupations/" + careertest.SlugWritten,
		"/",
		"/occupations",
		"/lists/" + careertest.ListSlug,
		"/schools?zip=" + careertest.ZIP + "&miles=25",
		"/occupations/" + careertest.SlugWritten, // the page that changes, twice as often
	}
	var requests, failures atomic.Int64
	var firstFailure atomic.Value
	fail := func(msg string) {
		failures.Add(1)
		firstFailure.CompareAndSwap(nil, msg)
	}
	stop := make(chan struct{})
	var wg sync.WaitGroup
	for c := range clients {
		wg.Go(func() {
			for i := 0; ; i++ {
				select {
				case <-stop:
					return
				default:
				}
				path := paths[(i+c)%len(paths)]
				resp, err := http.Get(ts.URL + path)
				if err != nil {
					fail(fmt.Sprintf("GET %s: %v", path, err))
					continue
				}
				body, err := io.ReadAll(resp.Body)
				resp.Body.Close()
				requests.Add(1)
				b := string(body)
				switch {
				case err != nil:
					fail(fmt.Sprintf("GET %s: reading the body: %v", path, err))
				case resp.StatusCode != http.StatusOK:
					fail(fmt.Sprintf("GET %s: status %d, want 200", path, resp.StatusCode))
				case !strings.Contains(b, "<h1") || !strings.HasSuffix(strings.TrimSpace(b), "</html>"):
					fail(fmt.Sprintf("GET %s: %d bytes, not a whole page", path, len(body)))
				case strings.Contains(b, "BROKEN"):
					fail(fmt.Sprintf("GET %s: the refused content is served", path))
				}
			}
		})
	}
	// waitRequests returns once the clients have finished n more requests,
	// so that every swap happens while pages are being served.
	waitRequests := func(n int64) {
		for target := requests.Load() + n; requests.Load() < target && failures.Load() == 0; {
			time.Sleep(time.Millisecond)
		}
	}

	lastGood := ""
	for i := range swaps {
		waitRequests(4)
		if bad(i) {
			careertest.SetSummary(t, dir, fmt.Sprintf("BROKEN edition %d: they earn $90,000.", i))
			if err := live.Reload(ctx); err == nil {
				t.Errorf("swap %d: content with a figure in its summary was published", i)
			}
			if len(live.Problems()) == 0 {
				t.Errorf("swap %d: the refused content's problems are not reported", i)
			}
			continue
		}
		lastGood = fmt.Sprintf("Medical records specialists keep charts right, edition %d.", i)
		careertest.SetSummary(t, dir, lastGood)
		if err := live.Reload(ctx); err != nil {
			t.Fatalf("swap %d: %v", i, err)
		}
		if p := live.Problems(); p != nil {
			t.Errorf("swap %d: problems remain after a good reload: %q", i, p)
		}
	}
	waitRequests(4)
	close(stop)
	wg.Wait()
	t.Logf("%d requests while the content was swapped %d times", requests.Load(), swaps)
	if n := failures.Load(); n > 0 {
		t.Errorf("%d of %d requests failed; first: %v", n, requests.Load(), firstFailure.Load())
	}

	resp, err := http.Get(ts.URL + "/occupations/" + careertest.SlugWritten)
	if err != nil {
		t.Fatal(err)
	}
	body, _ := io.ReadAll(resp.Body)
	resp.Body.Close()
	if !strings.Contains(string(body), lastGood) {
		t.Errorf("the profile does not show the last good summary %q", lastGood)
	}
}

// TestWatchReloadsOnSave checks that a saved edit is picked up without a
// signal, as serve -dev does.
func TestWatchReloadsOnSave(t *testing.T) {
	t.Parallel()
	ctx, cancel := context.WithCancel(context.Background())
	defer cancel()
	dir := careertest.Dir(t)
	live := mustStart(t, dir, mustFixtureDB(t), discardLog())
	first := live.Current()
	watched := make(chan struct{})
	go func() {
		defer close(watched)
		live.Watch(ctx, 10*time.Millisecond)
	}()
	defer func() { cancel(); <-watched }()

	// Save until the watcher publishes a save: one made before the
	// watcher took its first look would go unnoticed, so give it a moment
	// first. The test's own deadline stops a watcher that never publishes.
	time.Sleep(50 * time.Millisecond)
	saved := ""
	for i := 0; live.Current() == first; i++ {
		saved = fmt.Sprintf("Saved while the site was running, save %d.", i)
		careertest.SetSummary(t, dir, saved)
		for range 200 {
			if live.Current() != first {
				break
			}
			time.Sleep(10 * time.Millisecond)
		}
	}
	// The watcher may have published an earlier save; the last one follows.
	for {
		if db, _ := servedSummary(t, live.Current()); db == saved {
			break
		}
		time.Sleep(10 * time.Millisecond)
	}
	wantComplete(t, live.Current())
	wantSummary(t, live.Current(), saved)
}
