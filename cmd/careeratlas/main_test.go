package main

import (
	"bufio"
	"context"
	"io"
	"net/http"
	"path/filepath"
	"regexp"
	"strings"
	"testing"
	"time"
)

// startServe runs the real serve command on a free port with a fresh
// database built from the committed content, and returns its base URL.
// The server stops, and its clean exit is checked, when the test ends.
func startServe(t *testing.T) string {
	t.Helper()
	db := filepath.Join(t.TempDir(), "e2e.db")
	env := map[string]string{"CAREERATLAS_DB": db}
	getenv := func(k string) string { return env[k] }

	ctx, cancel := context.WithCancel(context.Background())
	outR, outW := io.Pipe()
	done := make(chan error, 1)
	go func() {
		done <- run(ctx, []string{"careeratlas", "serve", "-addr", "127.0.0.1:0", "-content", "../../content"}, getenv, outW, io.Discard)
		outW.Close()
	}()
	addr := make(chan string, 1)
	go func() {
		sc := bufio.NewScanner(outR)
		for sc.Scan() {
			if m := regexp.MustCompile(`listening on (\S+)\)`).FindStringSubmatch(sc.Text()); m != nil {
				addr <- m[1]
			}
		}
	}()
	t.Cleanup(func() {
		cancel()
		select {
		case err := <-done:
			if err != nil {
				t.Errorf("serve returned %v after shutdown", err)
			}
		case <-time.After(15 * time.Second):
			t.Error("serve did not shut down")
		}
	})
	select {
	case a := <-addr:
		return "http://" + a
	case err := <-done:
		t.Fatalf("serve stopped: %v", err)
	case <-time.After(90 * time.Second):
		t.Fatal("serve did not start")
	}
	return ""
}

// TestServeEndToEnd runs the real command: it seeds a database from the
// committed content, serves on a free port, answers pages, and shuts down
// cleanly when its context ends.
func TestServeEndToEnd(t *testing.T) {
	base := startServe(t)
	for _, tc := range []struct {
		path, want string
		status     int
	}{
		{"/healthz", "ok", 200},
		{"/occupations/medical-records-specialists", "$50,250 a year", 200},
		{"/occupations", "All 832 occupations", 200},
		{"/occupations/not-a-job", "Page not found", 404},
	} {
		resp, err := http.Get(base + tc.path)
		if err != nil {
			t.Fatal(err)
		}
		body, _ := io.ReadAll(resp.Body)
		resp.Body.Close()
		if resp.StatusCode != tc.status || !strings.Contains(string(body), tc.want) {
			t.Errorf("GET %s: %d, want %d with %q", tc.path, resp.StatusCode, tc.status, tc.want)
		}
	}

}

func TestCommandLine(t *testing.T) {
	ctx := context.Background()
	none := func(string) string { return "" }
	var out, errOut strings.Builder
	if err := run(ctx, []string{"careeratlas"}, none, &out, &errOut); err == nil || !strings.Contains(errOut.String(), "usage: careeratlas COMMAND") {
		t.Errorf("no command: %v, stderr %q", err, errOut.String())
	}
	if err := run(ctx, []string{"careeratlas", "frobnicate"}, none, &out, &errOut); err == nil || !strings.Contains(err.Error(), `unknown command "frobnicate"`) {
		t.Errorf("unknown command: %v", err)
	}
	err := run(ctx, []string{"careeratlas", "serve", "-addr", "nonsense", "-log", "xml", "-content", "/nowhere"}, none, &out, io.Discard)
	if err == nil {
		t.Fatal("serve accepted a bad configuration")
	}
	for _, want := range []string{`-addr "nonsense"`, `-log "xml"`, `-content "/nowhere"`} {
		if !strings.Contains(err.Error(), want) {
			t.Errorf("config error lacks %s: %v", want, err)
		}
	}
	out.Reset()
	if err := run(ctx, []string{"careeratlas", "check", "-content", "../../content"}, none, &out, io.Discard); err != nil || !strings.Contains(out.String(), "content OK: 832 occupations") {
		t.Errorf("check: %v, %q", err, out.String())
	}
	if err := run(ctx, []string{"careeratlas", "import", "weather", "x.csv"}, none, &out, io.Discard); err == nil || !strings.Contains(err.Error(), `unknown source "weather"`) {
		t.Errorf("import of an unknown source: %v", err)
	}
}
