package store

import (
	"context"
	"database/sql"
	"fmt"

	"github.com/careeratlas/careeratlas/internal/career"
	"github.com/careeratlas/careeratlas/internal/content"
)

// GrowthScale returns where each growth category starts in the
// projections release the database was built from.
func (s *DB) GrowthScale(ctx context.Context) (career.GrowthScale, error) {
	var scale career.GrowthScale
	err := eachRow(ctx, s.db, func(rows *sql.Rows) error {
		var min float64
		if err := rows.Scan(&min, &scale.Release); err != nil {
			return err
		}
		scale.Min = append(scale.Min, min)
		return nil
	}, `SELECT min_pct, release FROM growth_scale ORDER BY position`)
	return scale, wrap("growth scale", err)
}

func insertGrowthScale(ctx context.Context, tx *sql.Tx, cat *content.Catalog) error {
	bands := career.GrowthBands()
	for i, min := range cat.Growth.Min {
		if _, err := tx.ExecContext(ctx, `INSERT INTO growth_scale (key, position, min_pct, release) VALUES (?, ?, ?, ?)`,
			bands[i].Key, i, min, cat.Growth.Release); err != nil {
			return fmt.Errorf("growth scale: %w", err)
		}
	}
	return nil
}
