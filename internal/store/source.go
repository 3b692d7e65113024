package store

import (
	"context"
	"database/sql"
	"fmt"

	"github.com/careeratlas/careeratlas/internal/career"
	"github.com/careeratlas/careeratlas/internal/content"
)

// Sources returns where each dataset came from.
func (s *DB) Sources(ctx context.Context) ([]career.Source, error) {
	out, err := scanAll(ctx, s.db, func(rows *sql.Rows, src *career.Source) error {
		var th, ta sql.NullFloat64
		var by, py sql.NullInt64
		if err := rows.Scan(&src.Dataset, &src.Name, &src.Release, &src.File, &src.SHA256, &src.Rows, &th, &ta, &by, &py, &src.Imported); err != nil {
			return err
		}
		src.TopHourly, src.TopAnnual = th.Float64, ta.Float64
		src.BaseYear, src.ProjectedYear = int(by.Int64), int(py.Int64)
		return nil
	}, `SELECT dataset, name, release, file, sha256, rows,
		top_hourly, top_annual, base_year, projected_year, imported FROM sources ORDER BY dataset`)
	return out, wrap("sources", err)
}

func insertSources(ctx context.Context, tx *sql.Tx, cat *content.Catalog) error {
	for _, s := range cat.Sources {
		_, err := tx.ExecContext(ctx, `INSERT INTO sources
			(dataset, name, release, file, sha256, rows, top_hourly, top_annual, base_year, projected_year, imported)
			VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
			s.Dataset, s.Name, s.Release, s.File, s.SHA256, s.Rows,
			nullIfZero(s.TopHourly), nullIfZero(s.TopAnnual), nullIfZero(float64(s.BaseYear)), nullIfZero(float64(s.ProjectedYear)), s.Imported)
		if err != nil {
			return fmt.Errorf("source %s: %w", s.Dataset, err)
		}
	}
	return nil
}
