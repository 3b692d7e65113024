package dataset

import (
	"os"
	"path/filepath"
	"testing"
	"time"

	"github.com/careeratlas/careeratlas/internal/career"
)

// TestImportedOn: the import day is kept while the same official file is
// imported again, and moves to today when the file changes.
func TestImportedOn(t *testing.T) {
	dir := t.TempDir()
	day1 := time.Date(2026, 11, 27, 23, 0, 0, 0, time.UTC)
	day2 := day1.Add(72 * time.Hour)
	src := career.Source{Name: "test", Release: "May 2025", File: "x.csv", SHA256: "aaa"}
	tbl := table{header: []string{"a"}, rows: [][]string{{"1"}}}
	if err := write(filepath.Join(dir, "data"), "t", tbl, src); err != nil {
		t.Fatal(err)
	}
	got, err := read(os.DirFS(dir), "data", "t", []string{"a"}, func(record) {})
	if err != nil {
		t.Fatal(err)
	}
	first := got.Imported
	if first != time.Now().UTC().Format(time.DateOnly) {
		t.Errorf("first import recorded %q, want today", first)
	}
	sidecar := filepath.Join(dir, "data", "t.source.yaml")
	if got := importedOn(sidecar, career.Source{SHA256: "aaa", Rows: 1}, day2); got != first {
		t.Errorf("same file again: %q, want the first day %q", got, first)
	}
	if got := importedOn(sidecar, career.Source{SHA256: "bbb", Rows: 1}, day2); got != "2026-11-30" {
		t.Errorf("another file: %q, want the day of this import", got)
	}
	if got := importedOn(filepath.Join(dir, "none.source.yaml"), src, day1); got != "2026-11-27" {
		t.Errorf("no sidecar yet: %q", got)
	}
}
