package store

import (
	"context"
	"database/sql"
	"encoding/json"
	"fmt"

	"github.com/careeratlas/careeratlas/internal/content"
	"github.com/careeratlas/careeratlas/internal/finder"
)

// AllInterests returns every occupation's RIASEC scores by SOC code.
func (s *DB) AllInterests(ctx context.Context) (map[string][6]float64, error) {
	rows, err := s.db.QueryContext(ctx, `SELECT soc, realistic, investigative, artistic, social, enterprising, conventional FROM interests`)
	if err != nil {
		return nil, fmt.Errorf("store: interests: %w", err)
	}
	defer rows.Close()
	out := map[string][6]float64{}
	for rows.Next() {
		var soc string
		var v [6]float64
		if err := rows.Scan(&soc, &v[0], &v[1], &v[2], &v[3], &v[4], &v[5]); err != nil {
			return nil, fmt.Errorf("store: interests: %w", err)
		}
		out[soc] = v
	}
	return out, rows.Err()
}

// RelatedSOCs returns the O*NET related occupations of one, closest first.
func (s *DB) RelatedSOCs(ctx context.Context, soc string, limit int) ([]string, error) {
	rows, err := s.db.QueryContext(ctx, `SELECT related FROM related WHERE soc = ? ORDER BY rank LIMIT ?`, soc, limit)
	if err != nil {
		return nil, fmt.Errorf("store: related %s: %w", soc, err)
	}
	defer rows.Close()
	var out []string
	for rows.Next() {
		var r string
		if err := rows.Scan(&r); err != nil {
			return nil, fmt.Errorf("store: related %s: %w", soc, err)
		}
		out = append(out, r)
	}
	return out, rows.Err()
}

// AltTitles returns other titles of an occupation, alphabetically.
func (s *DB) AltTitles(ctx context.Context, soc string, limit int) ([]string, error) {
	rows, err := s.db.QueryContext(ctx, `SELECT title FROM alt_titles WHERE soc = ? ORDER BY title COLLATE NOCASE LIMIT ?`, soc, limit)
	if err != nil {
		return nil, fmt.Errorf("store: other titles %s: %w", soc, err)
	}
	defer rows.Close()
	var out []string
	for rows.Next() {
		var t string
		if err := rows.Scan(&t); err != nil {
			return nil, fmt.Errorf("store: other titles %s: %w", soc, err)
		}
		out = append(out, t)
	}
	return out, rows.Err()
}

// JobZones returns every occupation's job zone by SOC code.
func (s *DB) JobZones(ctx context.Context) (map[string]int, error) {
	rows, err := s.db.QueryContext(ctx, `SELECT soc, zone FROM job_zones`)
	if err != nil {
		return nil, fmt.Errorf("store: job zones: %w", err)
	}
	defer rows.Close()
	out := map[string]int{}
	for rows.Next() {
		var soc string
		var z int
		if err := rows.Scan(&soc, &z); err != nil {
			return nil, fmt.Errorf("store: job zones: %w", err)
		}
		out[soc] = z
	}
	return out, rows.Err()
}

// Lists returns the editorial lists by title.
func (s *DB) Lists(ctx context.Context) ([]finder.List, error) {
	rows, err := s.db.QueryContext(ctx, `SELECT slug, title, summary, body, updated, filter, sort, size FROM lists ORDER BY title`)
	if err != nil {
		return nil, fmt.Errorf("store: lists: %w", err)
	}
	defer rows.Close()
	var out []finder.List
	for rows.Next() {
		var l finder.List
		var f string
		if err := rows.Scan(&l.Slug, &l.Title, &l.Summary, &l.Body, &l.Updated, &f, &l.Sort, &l.Limit); err != nil {
			return nil, fmt.Errorf("store: lists: %w", err)
		}
		if err := json.Unmarshal([]byte(f), &l.Filter); err != nil {
			return nil, fmt.Errorf("store: list %s: %w", l.Slug, err)
		}
		out = append(out, l)
	}
	return out, rows.Err()
}

func insertLists(ctx context.Context, tx *sql.Tx, cat *content.Catalog) error {
	for _, l := range cat.Lists {
		f, err := json.Marshal(l.Filter)
		if err != nil {
			return fmt.Errorf("list %s: %w", l.Slug, err)
		}
		if _, err := tx.ExecContext(ctx, `INSERT INTO lists (slug, title, summary, body, updated, filter, sort, size)
			VALUES (?, ?, ?, ?, ?, ?, ?, ?)`, l.Slug, l.Title, l.Summary, l.Body, l.Updated, string(f), string(l.Sort), l.Limit); err != nil {
			return fmt.Errorf("list %s: %w", l.Slug, err)
		}
	}
	return nil
}
