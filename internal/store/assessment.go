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
	rows, err := s.db.QueryContext(ctx, `SELECT id, area, text FROM assessment_items ORDER BY position`)
	if err != nil {
		return nil, fmt.Errorf("store: assessment: %w", err)
	}
	defer rows.Close()
	var out []finder.AssessmentItem
	for rows.Next() {
		var it finder.AssessmentItem
		if err := rows.Scan(&it.ID, &it.Area, &it.Text); err != nil {
			return nil, fmt.Errorf("store: assessment: %w", err)
		}
		out = append(out, it)
	}
	return out, rows.Err()
}
