package publish

import (
	"context"
	"fmt"
	"io"
	"log/slog"
	"net/http"
	"net/http/httptest"
	"os"
	"path/filepath"
	"strings"
	"sync"
	"sync/atomic"
	"testing"
	"time"

	"github.com/careeratlas/careeratlas/internal/server"
)

// TestReloadUnderLoad swaps the content twenty times, five of them to
// content with a mistake, while clients keep asking for pages. Every
// request must get a whole page: no 5xx, nothing empty or half built, and
// the bad content must never be served.
func TestReloadUnderLoad(t *testing.T) {
	ctx := context.Background()
	dir := copyContent(t)
	log := slog.New(slog.NewTextHandler(io.Discard, nil))
	live := New(os.DirFS(dir), filepath.Join(t.TempDir(), "site.db"), log)
	if _, err := live.Start(ctx); err != nil {
		t.Fatal(err)
	}
	defer live.Close()
	h, err := server.New(log, func() server.Store {
		if db := live.Current(); db != nil {
			return db
		}
		return nil
	}, server.Options{BaseURL: "http://test"})
	if err != nil {
		t.Fatal(err)
	}
	ts := httptest.NewServer(h)
	defer ts.Close()

	var requests, failures atomic.Int64
	var firstFailure atomic.Value
	stop := make(chan struct{})
	var wg sync.WaitGroup
	for c := range 4 {
		wg.Add(1)
		go func() {
			defer wg.Done()
			paths := []string{"/occupations/registered-nurses", "/", "/occupations", "/groups/healthcare-practitioners-and-technical"}
			for i := 0; ; i++ {
				select {
				case <-stop:
					return
				default:
				}
				path := paths[(i+c)%len(paths)]
				resp, err := http.Get(ts.URL + path)
				if err != nil {
					failures.Add(1)
					firstFailure.CompareAndSwap(nil, err.Error())
					continue
				}
				body, _ := io.ReadAll(resp.Body)
				resp.Body.Close()
				requests.Add(1)
				b := string(body)
				if resp.StatusCode != 200 || !strings.Contains(b, "<h1") || !strings.HasSuffix(strings.TrimSpace(b), "</html>") || strings.Contains(b, "BROKEN") {
					failures.Add(1)
					firstFailure.CompareAndSwap(nil, fmt.Sprintf("GET %s: %d, %d bytes", path, resp.StatusCode, len(body)))
				}
			}
		}()
	}

	profile := filepath.Join(dir, "occupations", "registered-nurses.md")
	good, _ := os.ReadFile(profile)
	for i := range 20 {
		time.Sleep(20 * time.Millisecond)
		if i%4 == 3 {
			broken := strings.Replace(string(good), "summary:", "sumary: BROKEN\nsummary:", 1)
			os.WriteFile(profile, []byte(broken), 0o644)
			if err := live.Reload(ctx); err == nil {
				t.Errorf("swap %d: content with an unknown key was published", i)
			}
			if len(live.Problems()) == 0 {
				t.Errorf("swap %d: the refused content's problems are not reported", i)
			}
			continue
		}
		os.WriteFile(profile, good, 0o644) // mend the last broken edit
		setSummary(t, dir, fmt.Sprintf("Registered nurses care for patients, edition %d.", i))
		if err := live.Reload(ctx); err != nil {
			t.Fatalf("swap %d: %v", i, err)
		}
		if live.Problems() != nil {
			t.Errorf("swap %d: problems remain after a good reload", i)
		}
	}
	time.Sleep(50 * time.Millisecond)
	close(stop)
	wg.Wait()
	t.Logf("%d requests while the content was swapped 20 times", requests.Load())
	if requests.Load() < 50 {
		t.Errorf("only %d requests during the swaps", requests.Load())
	}
	if n := failures.Load(); n > 0 {
		t.Errorf("%d of %d requests failed; first: %v", n, requests.Load(), firstFailure.Load())
	}
	resp, err := http.Get(ts.URL + "/occupations/registered-nurses")
	if err != nil {
		t.Fatal(err)
	}
	body, _ := io.ReadAll(resp.Body)
	resp.Body.Close()
	if !strings.Contains(string(body), "edition 18") {
		t.Error("the last good edition is not the one served")
	}
}

// TestWatchReloadsOnSave checks that a saved edit is picked up without a
// signal, as serve -dev does.
func TestWatchReloadsOnSave(t *testing.T) {
	ctx, cancel := context.WithCancel(context.Background())
	defer cancel()
	dir := copyContent(t)
	live := New(os.DirFS(dir), filepath.Join(t.TempDir(), "site.db"), slog.New(slog.NewTextHandler(io.Discard, nil)))
	if _, err := live.Start(ctx); err != nil {
		t.Fatal(err)
	}
	defer live.Close()
	go live.Watch(ctx, 50*time.Millisecond)
	time.Sleep(20 * time.Millisecond)
	setSummary(t, dir, "Saved while the site was running.")
	deadline := time.Now().Add(5 * time.Second)
	for time.Now().Before(deadline) {
		if summary(t, live) == "Saved while the site was running." {
			return
		}
		time.Sleep(20 * time.Millisecond)
	}
	t.Error("the watcher did not publish the saved change")
}
