package store

import (
	"context"
	"database/sql"
	"encoding/json"
	"fmt"

	"github.com/careeratlas/careeratlas/internal/content"
	"github.com/careeratlas/careeratlas/internal/finder"
)

// Lists returns the editorial lists by title.
func (s *DB) Lists(ctx context.Context) ([]finder.List, error) {
	out, err := scanAll(ctx, s.db, func(rows *sql.Rows, l *finder.List) error {
		var f, picks string
		if err := rows.Scan(&l.Slug, &l.Title, &l.Summary, &l.Body, &l.Updated, &f, &l.Sort, &l.Limit, &picks); err != nil {
			return err
		}
		if err := json.Unmarshal([]byte(f), &l.Filter); err != nil {
			return fmt.Errorf("list %s: %w", l.Slug, err)
		}
		if err := json.Unmarshal([]byte(picks), &l.Picks); err != nil {
			return fmt.Errorf("list %s: %w", l.Slug, err)
		}
		if len(l.Picks) == 0 {
			l.Picks = nil // a filtered list, as content reads it
		}
		return nil
	}, `SELECT slug, title, summary, body, updated, filter, sort, size, picks FROM lists ORDER BY title`)
	return out, wrap("lists", err)
}

func insertLists(ctx context.Context, tx *sql.Tx, cat *content.Catalog) error {
	for _, l := range cat.Lists {
		f, err := json.Marshal(l.Filter)
		if err != nil {
			return fmt.Errorf("list %s: %w", l.Slug, err)
		}
		if l.Picks == nil {
			l.Picks = []finder.Pick{} // "[]", as the column's default
		}
		picks, err := json.Marshal(l.Picks)
		if err != nil {
			return fmt.Errorf("list %s: %w", l.Slug, err)
		}
		if _, err := tx.ExecContext(ctx, `INSERT INTO lists (slug, title, summary, body, updated, filter, sort, size, picks)
			VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)`, l.Slug, l.Title, l.Summary, l.Body, l.Updated, string(f), string(l.Sort), l.Limit, string(picks)); err != nil {
			return fmt.Errorf("list %s: %w", l.Slug, err)
		}
	}
	return nil
}
