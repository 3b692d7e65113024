package store

import (
	"context"
	"database/sql"
	"fmt"

	"github.com/careeratlas/careeratlas/internal/career"
	"github.com/careeratlas/careeratlas/internal/content"
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

func insertGroups(ctx context.Context, tx *sql.Tx, cat *content.Catalog) error {
	for _, g := range cat.Groups {
		if _, err := tx.ExecContext(ctx, `INSERT INTO groups (code, slug, title, count) VALUES (?, ?, ?, ?)`,
			g.Code, g.Slug, g.Title, g.Count); err != nil {
			return fmt.Errorf("group %s: %w", g.Code, err)
		}
	}
	return nil
}
