package store

import (
	"context"
	"database/sql"
	"fmt"
)

// querier runs a query: the database or a transaction.
type querier interface {
	QueryContext(ctx context.Context, query string, args ...any) (*sql.Rows, error)
}

// eachRow runs a query and calls scan once for each row.
func eachRow(ctx context.Context, q querier, scan func(*sql.Rows) error, query string, args ...any) error {
	rows, err := q.QueryContext(ctx, query, args...)
	if err != nil {
		return err
	}
	defer rows.Close()
	for rows.Next() {
		if err := scan(rows); err != nil {
			return err
		}
	}
	return rows.Err()
}

// scanAll runs a query and returns its rows, each read by scan.
func scanAll[T any](ctx context.Context, q querier, scan func(*sql.Rows, *T) error, query string, args ...any) ([]T, error) {
	var out []T
	err := eachRow(ctx, q, func(rows *sql.Rows) error {
		var v T
		if err := scan(rows, &v); err != nil {
			return err
		}
		out = append(out, v)
		return nil
	}, query, args...)
	return out, err
}

// wrap prefixes a store error with what was being read, or returns nil.
func wrap(what string, err error) error {
	if err == nil {
		return nil
	}
	return fmt.Errorf("store: %s: %w", what, err)
}

// scanOne reads a row of one column.
func scanOne[T any](rows *sql.Rows, v *T) error { return rows.Scan(v) }

// scanMap runs a query of (key, value) rows and returns them as a map.
func scanMap[V any](ctx context.Context, q querier, query string, args ...any) (map[string]V, error) {
	out := map[string]V{}
	err := eachRow(ctx, q, func(rows *sql.Rows) error {
		var k string
		var v V
		if err := rows.Scan(&k, &v); err != nil {
			return err
		}
		out[k] = v
		return nil
	}, query, args...)
	return out, err
}
