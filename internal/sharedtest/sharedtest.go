// Package sharedtest finds the official source files that tests read from
// the shared/ folder beside the repository.
package sharedtest

import (
	"os"
	"path/filepath"
	"testing"
)

// Dir returns shared/data/<parts…>, found by walking up from the test's
// package directory. Tests of the official files are the second tier: they
// are skipped by -short, and when the folder is absent, except in CI (CI
// set), where the official files must be there.
func Dir(t testing.TB, parts ...string) string {
	t.Helper()
	if testing.Short() {
		t.Skip("official files in shared/data: skipped in -short")
	}
	wd, err := os.Getwd()
	if err != nil {
		t.Fatal(err)
	}
	for d := wd; ; d = filepath.Dir(d) {
		dir := filepath.Join(append([]string{d, "shared", "data"}, parts...)...)
		if fi, err := os.Stat(dir); err == nil && fi.IsDir() {
			return dir
		}
		if filepath.Dir(d) == d {
			break
		}
	}
	if os.Getenv("CI") != "" {
		t.Fatalf("CI is set but no shared/data/%s was found above %s", filepath.Join(parts...), wd)
	}
	t.Skipf("no shared/data/%s here", filepath.Join(parts...))
	return ""
}
