package store

import (
	"context"
	"database/sql"
	"fmt"

	"github.com/careeratlas/careeratlas/internal/career"
	"github.com/careeratlas/careeratlas/internal/content"
)

// OfficeByID returns the administrative office of a system of schools
// with the system's campuses, by name. It returns career.ErrNotFound when
// the unit ID is not an office's.
func (s *DB) OfficeByID(ctx context.Context, unitID string) (*career.SystemOffice, error) {
	tx, err := s.db.BeginTx(ctx, &sql.TxOptions{ReadOnly: true})
	if err != nil {
		return nil, fmt.Errorf("store: system office %s: %w", unitID, err)
	}
	defer tx.Rollback()
	var o career.SystemOffice
	err = tx.QueryRowContext(ctx, `SELECT unitid, slug, name, system_code, system
		FROM system_offices WHERE unitid = ?`, unitID).Scan(&o.UnitID, &o.Slug, &o.Name, &o.SystemCode, &o.System)
	if err != nil {
		return nil, fmt.Errorf("store: system office %s: %w", unitID, notFound(err))
	}
	if o.SystemCode == "" {
		return &o, nil
	}
	o.Campuses, err = scanAll(ctx, tx, func(rows *sql.Rows, sc *career.School) error {
		return rows.Scan(&sc.UnitID, &sc.Slug, &sc.Name, &sc.City, &sc.State, &sc.System)
	}, `SELECT unitid, slug, name, city, state, system FROM institutions WHERE system = ? ORDER BY name, unitid`, o.SystemCode)
	if err != nil {
		return nil, fmt.Errorf("store: system office %s: campuses: %w", unitID, err)
	}
	return &o, nil
}

// insertOffices writes the systems' offices.
func insertOffices(ctx context.Context, tx *sql.Tx, cat *content.Catalog) error {
	rows := make([][]any, 0, len(cat.Offices))
	for _, o := range cat.Offices {
		rows = append(rows, []any{unitNumber(o.UnitID), o.Slug, o.Name, o.SystemCode, o.System})
	}
	return batchInsert(ctx, tx, "system_offices", []string{"unitid", "slug", "name", "system_code", "system"}, rows)
}
