package store

import (
	"context"
	"database/sql"
	"fmt"

	"github.com/careeratlas/careeratlas/internal/content"
)

// RefreshProse writes a new database at path from the one there, with
// the prose of cat: for an edit of our words that changed no figure (the
// database's data hash is cat's). It copies the file and rewrites only
// what prose decides, which takes a fraction of a build: the occupations'
// written parts and their links out, the lists, the assessment, and the
// search index, which reads the prose. ErrDataChanged means a full Build
// is needed.
func RefreshProse(ctx context.Context, path string, cat *content.Catalog) error {
	from := path
	return replace(path, &from, func(db *sql.DB) error {
		tx, err := db.BeginTx(ctx, nil)
		if err != nil {
			return fmt.Errorf("store: refresh: %w", err)
		}
		defer tx.Rollback()
		var dataHash string
		if err := tx.QueryRowContext(ctx, `SELECT value FROM meta WHERE key = 'data_hash'`).Scan(&dataHash); err != nil || dataHash != cat.DataHash {
			return ErrDataChanged
		}
		for _, table := range proseTables {
			if _, err := tx.ExecContext(ctx, `DELETE FROM `+table); err != nil {
				return fmt.Errorf("store: refresh %s: %w", table, err)
			}
		}
		steps := []func(context.Context, *sql.Tx, *content.Catalog) error{
			updateOccupationProse, insertLists, insertAssessment, insertSearch, setHashes,
		}
		for _, step := range steps {
			if err := step(ctx, tx, cat); err != nil {
				return fmt.Errorf("store: refresh: %w", err)
			}
		}
		return tx.Commit()
	})
}

// ErrDataChanged is RefreshProse's answer when the figures changed too.
var ErrDataChanged = fmt.Errorf("store: the data changed, not only prose: build the database again")

// proseTables are the tables whose every row comes from prose (or, for
// the search index, is rewritten with it); RefreshProse empties them and
// writes them again. A table filled from content/ files other than data/
// belongs here.
var proseTables = []string{
	"occupation_resources", "lists", "assessment_items",
	"occupation_search", "title_search", "tool_search", "school_search", "search_words",
}

// setHashes records what the database was built from: the whole content
// tree, and its data alone.
func setHashes(ctx context.Context, tx *sql.Tx, cat *content.Catalog) error {
	for k, v := range map[string]string{"content_hash": cat.Hash, "data_hash": cat.DataHash} {
		if _, err := tx.ExecContext(ctx, `INSERT INTO meta (key, value) VALUES (?, ?)
			ON CONFLICT (key) DO UPDATE SET value = excluded.value`, k, v); err != nil {
			return fmt.Errorf("meta %s: %w", k, err)
		}
	}
	return nil
}

// DataHash is the hash of the data the database was built from.
func (s *DB) DataHash(ctx context.Context) (string, error) {
	var h string
	err := s.db.QueryRowContext(ctx, `SELECT value FROM meta WHERE key = 'data_hash'`).Scan(&h)
	return h, wrap("data hash", notFound(err))
}
