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
