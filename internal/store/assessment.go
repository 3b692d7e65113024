package store

import (
	"context"
	"database/sql"
	"fmt"

	"github.com/careeratlas/careeratlas/internal/content"
	"github.com/careeratlas/careeratlas/internal/finder"
)

func insertAssessment(ctx context.Context, tx *sql.Tx, cat *content.Catalog) error {
	for i, it := range cat.Assessment {
		if _, err := tx.ExecContext(ctx, `INSERT INTO assessment_items (id, area, text, position) VALUES (?, ?, ?, ?)`,
			it.ID, it.Area, it.Text, i); err != nil {
			return fmt.Errorf("assessment item %s: %w", it.ID, err)
		}
	}
	return nil
}

// AssessmentItems returns the career assessment's activities in order.
func (s *DB) AssessmentItems(ctx context.Context) ([]finder.AssessmentItem, error) {
	out, err := scanAll(ctx, s.db, func(rows *sql.Rows, it *finder.AssessmentItem) error {
		return rows.Scan(&it.ID, &it.Area, &it.Text)
	}, `SELECT id, area, text FROM assessment_items ORDER BY position`)
	return out, wrap("assessment", err)
}
