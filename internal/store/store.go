// Package store keeps the site's data in SQLite. The database is a build
// product of content/: Build writes a new file through the goose
// migrations and renames it into place; Open reads one, read-only.
package store

import (
	"context"
	"database/sql"
	"errors"
	"fmt"
	"io/fs"
	"net/url"
	"os"
	"path/filepath"
	"runtime"

	"github.com/pressly/goose/v3"
	_ "modernc.org/sqlite" // registers the "sqlite" driver

	"github.com/careeratlas/careeratlas/internal/career"
	"github.com/careeratlas/careeratlas/migrations"
)

// DB is an open, read-only Career Atlas database.
type DB struct {
	db   *sql.DB
	path string
	// titles maps every CIP code to its title, read once at Open: school
	// results name their programs from it instead of joining each row.
	titles map[string]string
}

// Open opens the database at path read-only. The file is never changed in
// place (Build renames a new one over it), so SQLite may treat it as
// immutable and skip locking.
func Open(ctx context.Context, path string) (*DB, error) {
	if _, err := os.Stat(path); err != nil {
		return nil, fmt.Errorf("store: open %s: %w", path, err)
	}
	dsn := "file:" + (&url.URL{Path: path}).EscapedPath() + "?mode=ro&immutable=1&_pragma=query_only(1)&_pragma=cache_size(-32768)&_pragma=mmap_size(134217728)"
	db, err := sql.Open("sqlite", dsn)
	if err != nil {
		return nil, fmt.Errorf("store: open %s: %w", path, err)
	}
	s := &DB{db: db, path: path}
	if err := s.pin(ctx, 4*runtime.GOMAXPROCS(0)); err != nil {
		db.Close()
		return nil, fmt.Errorf("store: open %s: %w", path, err)
	}
	if _, err := s.ContentHash(ctx); err != nil {
		db.Close()
		return nil, fmt.Errorf("store: open %s: not a Career Atlas database: %w", path, err)
	}
	ps, err := s.Programs(ctx)
	if err != nil {
		db.Close()
		return nil, fmt.Errorf("store: open %s: %w", path, err)
	}
	s.titles = make(map[string]string, len(ps))
	for _, p := range ps {
		s.titles[p.Code] = p.Title
	}
	return s, nil
}

// pin opens all n connections of the pool now and keeps them for the
// life of the database. A rebuild renames a new file over the path while
// this one may still serve requests for a while; connections opened later
// by path would read the new file, so none are.
func (s *DB) pin(ctx context.Context, n int) error {
	s.db.SetMaxOpenConns(n)
	s.db.SetMaxIdleConns(n)
	s.db.SetConnMaxLifetime(0)
	s.db.SetConnMaxIdleTime(0)
	conns := make([]*sql.Conn, 0, n)
	defer func() {
		for _, c := range conns {
			c.Close() // back to the pool, idle
		}
	}()
	for range n {
		c, err := s.db.Conn(ctx)
		if err != nil {
			return err
		}
		if err := c.PingContext(ctx); err != nil {
			return err
		}
		conns = append(conns, c)
	}
	return nil
}

// Close closes the database.
func (s *DB) Close() error { return s.db.Close() }

// Path is the file the database was opened from.
func (s *DB) Path() string { return s.path }

// Ping checks that the database answers.
func (s *DB) Ping(ctx context.Context) error { return s.db.PingContext(ctx) }

// ContentHash is the hash of the content tree the database was built from.
func (s *DB) ContentHash(ctx context.Context) (string, error) {
	var h string
	err := s.db.QueryRowContext(ctx, `SELECT value FROM meta WHERE key = 'content_hash'`).Scan(&h)
	if err != nil {
		return "", fmt.Errorf("store: content hash: %w", notFound(err))
	}
	return h, nil
}

// ContentHashOf reads the content hash of the database file at path, or ""
// when there is no usable database there: none, or one built by an older
// schema, which this code cannot read.
func ContentHashOf(ctx context.Context, path string) string {
	db, err := Open(ctx, path)
	if err != nil {
		return ""
	}
	defer db.Close()
	var version int64
	if err := db.db.QueryRowContext(ctx, `SELECT MAX(version_id) FROM goose_db_version`).Scan(&version); err != nil {
		return ""
	}
	if latest, err := latestMigration(); err != nil || version != latest {
		return ""
	}
	h, _ := db.ContentHash(ctx)
	return h
}

// latestMigration is the version of the newest embedded migration, the
// number its file name starts with (00009_profile_depth.sql is 9).
func latestMigration() (int64, error) {
	names, err := fs.Glob(migrations.FS, "*.sql")
	if err != nil {
		return 0, err
	}
	var latest int64
	for _, n := range names {
		v, err := goose.NumericComponent(n)
		if err != nil {
			return 0, err
		}
		latest = max(latest, v)
	}
	return latest, nil
}

// migrate applies the embedded migrations to db.
func migrate(ctx context.Context, db *sql.DB) error {
	p, err := goose.NewProvider(goose.DialectSQLite3, db, migrations.FS)
	if err != nil {
		return fmt.Errorf("store: migrations: %w", err)
	}
	if _, err := p.Up(ctx); err != nil {
		return fmt.Errorf("store: migrate: %w", err)
	}
	return nil
}

// notFound turns sql.ErrNoRows into career.ErrNotFound.
func notFound(err error) error {
	if errors.Is(err, sql.ErrNoRows) {
		return career.ErrNotFound
	}
	return err
}

// removeStale deletes leftovers of builds that died half way.
// RemoveStale deletes the build files a rebuild stopped midway (a crash,
// a kill) left beside the database at path.
func RemoveStale(path string) { removeStale(filepath.Dir(path), filepath.Base(path)) }

func removeStale(dir, base string) {
	matches, _ := filepath.Glob(filepath.Join(dir, "."+base+".build-*"))
	for _, m := range matches {
		if fi, err := os.Stat(m); err == nil && fi.Mode().IsRegular() {
			os.Remove(m)
		}
	}
}
