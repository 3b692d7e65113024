package publish

import (
	"database/sql"
	"log/slog"
	"os"
	"path/filepath"
	"testing"

	_ "modernc.org/sqlite"

	"github.com/careeratlas/careeratlas/internal/career/careertest"
)

// TestStartRemovesStaleBuilds: a rebuild killed midway leaves a build file
// beside the database; the next start removes it even when the content is
// unchanged and nothing is built.
func TestStartRemovesStaleBuilds(t *testing.T) {
	t.Parallel()
	dir := careertest.Dir(t)
	path := mustFixtureDB(t)
	stale := filepath.Join(filepath.Dir(path), "."+filepath.Base(path)+".build-123456")
	if err := os.WriteFile(stale, make([]byte, 1<<20), 0o600); err != nil {
		t.Fatal(err)
	}
	other := filepath.Join(filepath.Dir(path), "notes.txt")
	if err := os.WriteFile(other, []byte("keep"), 0o600); err != nil {
		t.Fatal(err)
	}
	rec := &logRecorder{}
	mustStart(t, dir, path, slog.New(rec))
	if rec.builds() != 0 {
		t.Errorf("built %d databases for unchanged content", rec.builds())
	}
	if _, err := os.Stat(stale); !os.IsNotExist(err) {
		t.Errorf("stale build file still there: %v", err)
	}
	if _, err := os.Stat(other); err != nil {
		t.Errorf("another file was removed: %v", err)
	}
}

// TestStartRebuildsOlderSchema: a database built from the same content by
// code with fewer migrations is rebuilt, not served to queries it cannot
// answer.
func TestStartRebuildsOlderSchema(t *testing.T) {
	t.Parallel()
	dir := careertest.Dir(t)
	path := mustFixtureDB(t)
	db, err := sql.Open("sqlite", path)
	if err != nil {
		t.Fatal(err)
	}
	if _, err := db.Exec(`DELETE FROM goose_db_version WHERE version_id = (SELECT MAX(version_id) FROM goose_db_version)`); err != nil {
		t.Fatal(err)
	}
	db.Close()
	rec := &logRecorder{}
	l := mustStart(t, dir, path, slog.New(rec))
	if rec.builds() != 1 {
		t.Errorf("built %d databases over an older schema, want 1", rec.builds())
	}
	wantComplete(t, l.Current())
}
