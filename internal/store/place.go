package store

import (
	"context"
	"database/sql"
	"fmt"
	"slices"
	"strings"

	"github.com/careeratlas/careeratlas/internal/career"
	"github.com/careeratlas/careeratlas/internal/content"
)

// Place returns the location of a ZIP code.
func (s *DB) Place(ctx context.Context, zip string) (*career.Place, error) {
	var p career.Place
	err := s.db.QueryRowContext(ctx, `SELECT zip, name, state, lat, lon FROM places WHERE zip = ?`, zip).
		Scan(&p.ZIP, &p.Name, &p.State, &p.Lat, &p.Lon)
	if err != nil {
		return nil, fmt.Errorf("store: ZIP %s: %w", zip, notFound(err))
	}
	return &p, nil
}

// States returns the states, districts and territories that have schools,
// by name.
func (s *DB) States(ctx context.Context) ([]career.State, error) {
	out, err := scanAll(ctx, s.db, func(rows *sql.Rows, st *career.State) error {
		if err := rows.Scan(&st.Code, &st.Name, &st.FIPS); err != nil {
			return err
		}
		if name, ok := career.FreelyAssociatedStates[st.Code]; ok && st.Name == st.Code {
			st.Name = name
		}
		return nil
	}, `SELECT DISTINCT i.state, COALESCE(st.name, i.state), COALESCE(st.fips, '')
		FROM institutions i LEFT JOIN states st ON st.code = i.state ORDER BY 2`)
	if err != nil {
		return nil, wrap("states", err)
	}
	slices.SortFunc(out, func(a, b career.State) int { return strings.Compare(a.Name, b.Name) })
	return out, nil
}

// Places returns every ZIP code with its location.
func (s *DB) Places(ctx context.Context) ([]career.Place, error) {
	out, err := scanAll(ctx, s.db, func(rows *sql.Rows, p *career.Place) error {
		return rows.Scan(&p.ZIP, &p.Name, &p.State, &p.Lat, &p.Lon)
	}, `SELECT zip, name, state, lat, lon FROM places ORDER BY zip`)
	return out, wrap("places", err)
}

func insertPlaces(ctx context.Context, tx *sql.Tx, cat *content.Catalog) error {
	for _, s := range cat.States {
		if _, err := tx.ExecContext(ctx, `INSERT INTO states (code, fips, name) VALUES (?, ?, ?)`, s.Code, s.FIPS, s.Name); err != nil {
			return fmt.Errorf("state %s: %w", s.Code, err)
		}
	}
	rows := make([][]any, len(cat.Places))
	for i, p := range cat.Places {
		rows[i] = []any{p.ZIP, p.Name, p.State, p.Lat, p.Lon}
	}
	if err := batchInsert(ctx, tx, "places", []string{"zip", "name", "state", "lat", "lon"}, rows); err != nil {
		return fmt.Errorf("places: %w", err)
	}
	return nil
}
