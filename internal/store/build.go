package store

import (
	"context"
	"database/sql"
	"fmt"
	"net/url"
	"os"
	"path/filepath"
	"strings"

	"github.com/careeratlas/careeratlas/internal/career"
	"github.com/careeratlas/careeratlas/internal/content"
)

// Build writes the catalog into a new database file next to path and then
// renames it over path. Readers of the old file keep it until they close
// it; a failed build leaves the old file untouched.
func Build(ctx context.Context, path string, cat *content.Catalog) error {
	dir, base := filepath.Dir(path), filepath.Base(path)
	if err := os.MkdirAll(dir, 0o755); err != nil {
		return fmt.Errorf("store: build: %w", err)
	}
	removeStale(dir, base)
	tmp, err := os.CreateTemp(dir, "."+base+".build-*")
	if err != nil {
		return fmt.Errorf("store: build: %w", err)
	}
	tmpPath := tmp.Name()
	tmp.Close()
	defer os.Remove(tmpPath) // a no-op once renamed

	dsn := "file:" + (&url.URL{Path: tmpPath}).EscapedPath() +
		"?_pragma=foreign_keys(1)&_pragma=journal_mode(OFF)&_pragma=synchronous(OFF)"
	db, err := sql.Open("sqlite", dsn)
	if err != nil {
		return fmt.Errorf("store: build: %w", err)
	}
	db.SetMaxOpenConns(1)
	err = fill(ctx, db, cat)
	if cerr := db.Close(); err == nil {
		err = cerr
	}
	if err != nil {
		return err
	}
	if err := os.Chmod(tmpPath, 0o644); err != nil {
		return fmt.Errorf("store: build: %w", err)
	}
	if err := os.Rename(tmpPath, path); err != nil {
		return fmt.Errorf("store: build: %w", err)
	}
	return nil
}

func fill(ctx context.Context, db *sql.DB, cat *content.Catalog) error {
	if err := migrate(ctx, db); err != nil {
		return err
	}
	tx, err := db.BeginTx(ctx, nil)
	if err != nil {
		return fmt.Errorf("store: build: %w", err)
	}
	defer tx.Rollback()
	steps := []func(context.Context, *sql.Tx, *content.Catalog) error{
		insertSources, insertGroups, insertOccupations, insertWages, insertProjections,
		insertPlaces, insertSchools, insertONET, insertSearch, insertLists, insertPrices, insertAssessment,
	}
	for _, step := range steps {
		if err := step(ctx, tx, cat); err != nil {
			return fmt.Errorf("store: build: %w", err)
		}
	}
	if _, err := tx.ExecContext(ctx, `INSERT INTO meta (key, value) VALUES ('content_hash', ?)`, cat.Hash); err != nil {
		return fmt.Errorf("store: build: %w", err)
	}
	if err := tx.Commit(); err != nil {
		return fmt.Errorf("store: build: %w", err)
	}
	if _, err := db.ExecContext(ctx, `ANALYZE`); err != nil {
		return fmt.Errorf("store: build: %w", err)
	}
	return nil
}

func insertSources(ctx context.Context, tx *sql.Tx, cat *content.Catalog) error {
	for _, s := range cat.Sources {
		_, err := tx.ExecContext(ctx, `INSERT INTO sources
			(dataset, name, release, file, sha256, rows, top_hourly, top_annual, base_year, projected_year)
			VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
			s.Dataset, s.Name, s.Release, s.File, s.SHA256, s.Rows,
			nullIfZero(s.TopHourly), nullIfZero(s.TopAnnual), nullIfZero(float64(s.BaseYear)), nullIfZero(float64(s.ProjectedYear)))
		if err != nil {
			return fmt.Errorf("source %s: %w", s.Dataset, err)
		}
	}
	return nil
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

func insertOccupations(ctx context.Context, tx *sql.Tx, cat *content.Catalog) error {
	stmt, err := tx.PrepareContext(ctx, `INSERT INTO occupations
		(soc, slug, title, group_code, summary, what_they_do, work_environment, how_to_become, updated)
		VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)`)
	if err != nil {
		return err
	}
	defer stmt.Close()
	for _, o := range cat.Occupations {
		if _, err := stmt.ExecContext(ctx, o.SOC, o.Slug, o.Title, o.Group, o.Summary,
			o.Sections.WhatTheyDo, o.Sections.WorkEnvironment, o.Sections.HowToBecome, o.Updated); err != nil {
			return fmt.Errorf("occupation %s: %w", o.SOC, err)
		}
	}
	return nil
}

func insertWages(ctx context.Context, tx *sql.Tx, cat *content.Catalog) error {
	stmt, err := tx.PrepareContext(ctx, `INSERT INTO wages
		(area, area_title, area_type, soc, title, level, employment, hourly_mean, annual_mean,
		 hourly_p10, hourly_p25, hourly_p50, hourly_p75, hourly_p90,
		 annual_p10, annual_p25, annual_p50, annual_p75, annual_p90,
		 top_coded, annual_only, hourly_only)
		VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`)
	if err != nil {
		return err
	}
	defer stmt.Close()
	insert := func(w *career.Wages) error {
		amounts := wageAmounts(w)
		args := []any{w.Area, w.AreaTitle, w.AreaType, w.SOC, w.Title, w.Level, nullAmount(w.Employment)}
		top := 0
		for i, a := range amounts {
			args = append(args, nullAmount(a))
			if a.State == career.TopCoded {
				top |= 1 << i
			}
		}
		args = append(args, top, w.AnnualOnly, w.HourlyOnly)
		if _, err := stmt.ExecContext(ctx, args...); err != nil {
			return fmt.Errorf("wages %s %s: %w", w.Area, w.SOC, err)
		}
		return nil
	}
	for _, o := range cat.Occupations {
		if o.Wages != nil {
			if err := insert(o.Wages); err != nil {
				return err
			}
		}
	}
	for _, g := range cat.Groups {
		if g.Wages != nil {
			if err := insert(g.Wages); err != nil {
				return err
			}
		}
	}
	for i := range cat.Areas {
		if err := insert(&cat.Areas[i]); err != nil {
			return err
		}
	}
	return nil
}

// wageAmounts lists a Wages' figures in column order, the order of the
// top_coded bits.
func wageAmounts(w *career.Wages) []career.Amount {
	out := []career.Amount{w.HourlyMean, w.AnnualMean}
	out = append(out, w.Hourly[:]...)
	return append(out, w.Annual[:]...)
}

func insertProjections(ctx context.Context, tx *sql.Tx, cat *content.Catalog) error {
	stmt, err := tx.PrepareContext(ctx, `INSERT INTO projections
		(soc, title, summary, emp_base, emp_projected, change, pct_change, openings,
		 median_wage, median_top, education, experience, training)
		VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`)
	if err != nil {
		return err
	}
	defer stmt.Close()
	insert := func(p *career.Projection) error {
		_, err := stmt.ExecContext(ctx, p.SOC, p.Title, p.Summary,
			nullAmount(p.EmpBase), nullAmount(p.EmpProjected), nullAmount(p.Change), nullAmount(p.PctChange),
			nullAmount(p.Openings), nullAmount(p.MedianWage), p.MedianWage.State == career.TopCoded,
			p.Education, p.Experience, p.Training)
		if err != nil {
			return fmt.Errorf("projection %s: %w", p.SOC, err)
		}
		return nil
	}
	if cat.Total != nil {
		if err := insert(cat.Total); err != nil {
			return err
		}
	}
	for _, g := range cat.Groups {
		if g.Projection != nil {
			if err := insert(g.Projection); err != nil {
				return err
			}
		}
	}
	for _, o := range cat.Occupations {
		if o.Projection != nil {
			if err := insert(o.Projection); err != nil {
				return err
			}
		}
	}
	return nil
}

func nullAmount(a career.Amount) any {
	if a.State == career.Missing {
		return nil
	}
	return a.Value
}

func nullIfZero(v float64) any {
	if v == 0 {
		return nil
	}
	return v
}

// batchSize rows go into one multi-row INSERT, which is much faster than
// one statement a row for the large tables.
const batchSize = 200

// batchInsert inserts rows (each len(cols) values) into table.
func batchInsert(ctx context.Context, tx *sql.Tx, table string, cols []string, rows [][]any) error {
	one := "(" + placeholders(len(cols)) + ")"
	prefix := "INSERT INTO " + table + " (" + strings.Join(cols, ", ") + ") VALUES "
	var full *sql.Stmt
	defer func() {
		if full != nil {
			full.Close()
		}
	}()
	for start := 0; start < len(rows); start += batchSize {
		chunk := rows[start:min(start+batchSize, len(rows))]
		args := make([]any, 0, len(chunk)*len(cols))
		for _, r := range chunk {
			args = append(args, r...)
		}
		q := prefix + strings.TrimSuffix(strings.Repeat(one+", ", len(chunk)), ", ")
		if len(chunk) == batchSize {
			if full == nil {
				var err error
				if full, err = tx.PrepareContext(ctx, q); err != nil {
					return err
				}
			}
			if _, err := full.ExecContext(ctx, args...); err != nil {
				return err
			}
			continue
		}
		if _, err := tx.ExecContext(ctx, q, args...); err != nil {
			return err
		}
	}
	return nil
}
