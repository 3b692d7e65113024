package store

import (
	"context"
	"database/sql"
	"fmt"
	"io"
	"net/url"
	"os"
	"path/filepath"
	"strings"

	"github.com/careeratlas/careeratlas/internal/career"
	"github.com/careeratlas/careeratlas/internal/content"
)

// Build writes the catalog into a new database file next to path and then
// renames it over path. Readers of the old file keep it until they close
// it; a failed build leaves the old file untouched.
func Build(ctx context.Context, path string, cat *content.Catalog) error {
	return replace(path, nil, func(db *sql.DB) error { return fill(ctx, db, cat) })
}

// replace writes a new database file next to path with write, starting
// from a copy of the file at from when from is set, and renames it over
// path. The file's bytes reach the disk before its name does, and the new
// name before replace returns: a crash at any point leaves either the old
// database or the whole new one at path, never a torn file, and the next
// start removes what a crash left behind.
func replace(path string, from *string, write func(*sql.DB) error) error {
	dir, base := filepath.Dir(path), filepath.Base(path)
	if err := os.MkdirAll(dir, 0o755); err != nil {
		return fmt.Errorf("store: build: %w", err)
	}
	removeStale(dir, base)
	tmp, err := os.CreateTemp(dir, "."+base+".build-*")
	if err != nil {
		return fmt.Errorf("store: build: %w", err)
	}
	tmpPath := tmp.Name()
	defer os.Remove(tmpPath) // a no-op once renamed
	if from != nil {
		err = copyFile(tmp, *from)
	}
	if cerr := tmp.Close(); err == nil {
		err = cerr
	}
	if err != nil {
		return fmt.Errorf("store: build: %w", err)
	}

	dsn := "file:" + (&url.URL{Path: tmpPath}).EscapedPath() +
		"?_pragma=foreign_keys(1)&_pragma=journal_mode(OFF)&_pragma=synchronous(OFF)"
	db, err := sql.Open("sqlite", dsn)
	if err != nil {
		return fmt.Errorf("store: build: %w", err)
	}
	db.SetMaxOpenConns(1)
	err = write(db)
	if cerr := db.Close(); err == nil {
		err = cerr
	}
	if err != nil {
		return err
	}
	if err := os.Chmod(tmpPath, 0o644); err != nil {
		return fmt.Errorf("store: build: %w", err)
	}
	if err := syncPath(tmpPath); err != nil {
		return fmt.Errorf("store: build: %w", err)
	}
	if err := os.Rename(tmpPath, path); err != nil {
		return fmt.Errorf("store: build: %w", err)
	}
	if err := syncPath(dir); err != nil {
		return fmt.Errorf("store: build: %w", err)
	}
	return nil
}

// copyFile copies the file at path into dst.
func copyFile(dst *os.File, path string) error {
	src, err := os.Open(path)
	if err != nil {
		return err
	}
	defer src.Close()
	_, err = io.Copy(dst, src)
	return err
}

// syncPath flushes a file, or a directory's entries, to the disk.
func syncPath(p string) error {
	f, err := os.Open(p)
	if err != nil {
		return err
	}
	err = f.Sync()
	if cerr := f.Close(); err == nil {
		err = cerr
	}
	return err
}

func fill(ctx context.Context, db *sql.DB, cat *content.Catalog) error {
	if err := migrate(ctx, db); err != nil {
		return err
	}
	tx, err := db.BeginTx(ctx, nil)
	if err != nil {
		return fmt.Errorf("store: build: %w", err)
	}
	defer tx.Rollback()
	steps := []func(context.Context, *sql.Tx, *content.Catalog) error{
		insertSources, insertGroups, insertOccupations, insertWages, insertProjections, insertGrowthScale,
		insertPlaces, insertPrograms, insertSchools, insertONET, insertSearch, insertLists, insertPrices, insertAssessment,
	}
	for _, step := range steps {
		if err := step(ctx, tx, cat); err != nil {
			return fmt.Errorf("store: build: %w", err)
		}
	}
	if err := setHashes(ctx, tx, cat); err != nil {
		return fmt.Errorf("store: build: %w", err)
	}
	if err := tx.Commit(); err != nil {
		return fmt.Errorf("store: build: %w", err)
	}
	if _, err := db.ExecContext(ctx, `ANALYZE`); err != nil {
		return fmt.Errorf("store: build: %w", err)
	}
	return nil
}

func nullAmount(a career.Amount) any {
	if a.State == career.Missing {
		return nil
	}
	return a.Value
}

func nullIfZero(v float64) any {
	if v == 0 {
		return nil
	}
	return v
}

// batchSize rows go into one multi-row INSERT, which is much faster than
// one statement a row for the large tables.
const batchSize = 200

// batchInsert inserts rows (each len(cols) values) into table.
func batchInsert(ctx context.Context, tx *sql.Tx, table string, cols []string, rows [][]any) error {
	one := "(" + placeholders(len(cols)) + ")"
	prefix := "INSERT INTO " + table + " (" + strings.Join(cols, ", ") + ") VALUES "
	var full *sql.Stmt
	defer func() {
		if full != nil {
			full.Close()
		}
	}()
	for start := 0; start < len(rows); start += batchSize {
		chunk := rows[start:min(start+batchSize, len(rows))]
		args := make([]any, 0, len(chunk)*len(cols))
		for _, r := range chunk {
			args = append(args, r...)
		}
		q := prefix + strings.TrimSuffix(strings.Repeat(one+", ", len(chunk)), ", ")
		if len(chunk) == batchSize {
			if full == nil {
				var err error
				if full, err = tx.PrepareContext(ctx, q); err != nil {
					return err
				}
			}
			if _, err := full.ExecContext(ctx, args...); err != nil {
				return err
			}
			continue
		}
		if _, err := tx.ExecContext(ctx, q, args...); err != nil {
			return err
		}
	}
	return nil
}
