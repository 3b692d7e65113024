package store

import (
	"context"
	"database/sql"
	"fmt"

	"github.com/careeratlas/careeratlas/internal/career"
)

// Groups returns the major occupational groups in SOC order.
func (s *DB) Groups(ctx context.Context) ([]*career.Group, error) {
	gs, err := s.findGroups(ctx, "1 = 1")
	if err != nil {
		return nil, fmt.Errorf("store: groups: %w", err)
	}
	return gs, nil
}

// GroupBySlug returns one major group.
func (s *DB) GroupBySlug(ctx context.Context, slug string) (*career.Group, error) {
	gs, err := s.findGroups(ctx, "g.slug = ?", slug)
	if err != nil {
		return nil, fmt.Errorf("store: group %q: %w", slug, err)
	}
	if len(gs) == 0 {
		return nil, fmt.Errorf("store: group %q: %w", slug, career.ErrNotFound)
	}
	return gs[0], nil
}

func (s *DB) findGroups(ctx context.Context, where string, args ...any) ([]*career.Group, error) {
	rows, err := s.db.QueryContext(ctx, `SELECT g.code, g.slug, g.title, g.count, `+wageColumns+`, `+projectionColumns+`
		FROM groups g
		LEFT JOIN wages w ON w.soc = g.code AND w.area = '99'
		LEFT JOIN projections p ON p.soc = g.code
		WHERE `+where+` ORDER BY g.code`, args...)
	if err != nil {
		return nil, err
	}
	defer rows.Close()
	var out []*career.Group
	for rows.Next() {
		g := &career.Group{}
		var w wageRow
		var p projectionRow
		dest := append([]any{&g.Code, &g.Slug, &g.Title, &g.Count}, w.dest()...)
		if err := rows.Scan(append(dest, p.dest()...)...); err != nil {
			return nil, err
		}
		g.Wages, g.Projection = w.wages(), p.projection()
		out = append(out, g)
	}
	return out, rows.Err()
}

// Sources returns where each dataset came from.
func (s *DB) Sources(ctx context.Context) ([]career.Source, error) {
	rows, err := s.db.QueryContext(ctx, `SELECT dataset, name, release, file, sha256, rows,
		top_hourly, top_annual, base_year, projected_year FROM sources ORDER BY dataset`)
	if err != nil {
		return nil, fmt.Errorf("store: sources: %w", err)
	}
	defer rows.Close()
	var out []career.Source
	for rows.Next() {
		var src career.Source
		var th, ta sql.NullFloat64
		var by, py sql.NullInt64
		if err := rows.Scan(&src.Dataset, &src.Name, &src.Release, &src.File, &src.SHA256, &src.Rows, &th, &ta, &by, &py); err != nil {
			return nil, fmt.Errorf("store: sources: %w", err)
		}
		src.TopHourly, src.TopAnnual = th.Float64, ta.Float64
		src.BaseYear, src.ProjectedYear = int(by.Int64), int(py.Int64)
		out = append(out, src)
	}
	return out, rows.Err()
}

// Projection returns the projection line for a SOC code, including group
// and all-occupation totals ("00-0000").
func (s *DB) Projection(ctx context.Context, soc string) (*career.Projection, error) {
	var p projectionRow
	err := s.db.QueryRowContext(ctx, `SELECT `+projectionColumns+` FROM projections p WHERE p.soc = ?`, soc).Scan(p.dest()...)
	if err != nil {
		return nil, fmt.Errorf("store: projection %s: %w", soc, notFound(err))
	}
	return p.projection(), nil
}
