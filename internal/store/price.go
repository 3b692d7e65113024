package store

import (
	"context"
	"database/sql"
	"fmt"

	"github.com/careeratlas/careeratlas/internal/career"
	"github.com/careeratlas/careeratlas/internal/content"
)

func insertPrices(ctx context.Context, tx *sql.Tx, cat *content.Catalog) error {
	for _, p := range cat.Prices {
		if _, err := tx.ExecContext(ctx, `INSERT INTO price_parities (fips, name, year, idx) VALUES (?, ?, ?, ?)`,
			p.FIPS, p.Name, p.Year, p.Index); err != nil {
			return fmt.Errorf("price parity %s: %w", p.FIPS, err)
		}
	}
	return nil
}

// PriceParity returns the price parity of a state by its USPS code.
func (s *DB) PriceParity(ctx context.Context, state string) (*career.PriceParity, error) {
	var p career.PriceParity
	err := s.db.QueryRowContext(ctx, `SELECT p.fips, p.name, p.year, p.idx FROM price_parities p
		JOIN states st ON st.fips = p.fips WHERE st.code = ?`, state).Scan(&p.FIPS, &p.Name, &p.Year, &p.Index)
	if err != nil {
		return nil, fmt.Errorf("store: price parity %s: %w", state, notFound(err))
	}
	return &p, nil
}

// PriceParities returns the price parity of every state that has one, by
// USPS code.
func (s *DB) PriceParities(ctx context.Context) (map[string]career.PriceParity, error) {
	rows, err := s.db.QueryContext(ctx, `SELECT st.code, p.fips, p.name, p.year, p.idx FROM price_parities p
		JOIN states st ON st.fips = p.fips`)
	if err != nil {
		return nil, fmt.Errorf("store: price parities: %w", err)
	}
	defer rows.Close()
	out := map[string]career.PriceParity{}
	for rows.Next() {
		var code string
		var p career.PriceParity
		if err := rows.Scan(&code, &p.FIPS, &p.Name, &p.Year, &p.Index); err != nil {
			return nil, fmt.Errorf("store: price parities: %w", err)
		}
		out[code] = p
	}
	if err := rows.Err(); err != nil {
		return nil, fmt.Errorf("store: price parities: %w", err)
	}
	return out, nil
}
