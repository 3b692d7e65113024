package store

import (
	"context"
	"database/sql"
	"fmt"
	"slices"

	"github.com/careeratlas/careeratlas/internal/career"
	"github.com/careeratlas/careeratlas/internal/content"
)

// RefreshProse writes a new database at path from the one there, with
// the prose of cat: for an edit of our words that changed no figure (the
// database's data hash is cat's). It copies the file and rewrites only
// what the edit changed: the written parts, links out and search row of
// each occupation whose prose differs, and the lists and the assessment,
// which are small. A save of one file takes a fraction of a build.
// ErrDataChanged means a full Build is needed.
func RefreshProse(ctx context.Context, path string, cat *content.Catalog) error {
	from := path
	return replace(path, &from, func(db *sql.DB) error {
		tx, err := db.BeginTx(ctx, nil)
		if err != nil {
			return fmt.Errorf("store: refresh: %w", err)
		}
		defer tx.Rollback()
		var dataHash string
		if err := tx.QueryRowContext(ctx, `SELECT value FROM meta WHERE key = 'data_hash'`).Scan(&dataHash); err != nil || dataHash != cat.DataHash {
			return ErrDataChanged
		}
		if err := refreshOccupations(ctx, tx, cat); err != nil {
			return fmt.Errorf("store: refresh: %w", err)
		}
		for _, table := range proseTables {
			if _, err := tx.ExecContext(ctx, `DELETE FROM `+table); err != nil {
				return fmt.Errorf("store: refresh %s: %w", table, err)
			}
		}
		for _, step := range []func(context.Context, *sql.Tx, *content.Catalog) error{insertLists, insertAssessment, setHashes} {
			if err := step(ctx, tx, cat); err != nil {
				return fmt.Errorf("store: refresh: %w", err)
			}
		}
		return tx.Commit()
	})
}

// refreshOccupations rewrites the prose, the links out and the search row
// of each occupation whose written parts differ from the database's.
func refreshOccupations(ctx context.Context, tx *sql.Tx, cat *content.Catalog) error {
	stored := map[string]career.Occupation{}
	err := eachRow(ctx, tx, func(rows *sql.Rows) error {
		var o career.Occupation
		var study string
		s := &o.Sections
		if err := rows.Scan(&o.SOC, &o.Summary, &s.WhatTheyDo, &s.WorkEnvironment, &s.HowToBecome, &s.Outlook,
			&o.Updated, &o.License, &o.LicenseNote, &study); err != nil {
			return err
		}
		o.Study = parseStudyText(study)
		stored[o.SOC] = o
		return nil
	}, `SELECT soc, summary, what_they_do, work_environment, how_to_become, job_outlook, updated, license, license_note, study FROM occupations`)
	if err != nil {
		return err
	}
	err = eachRow(ctx, tx, func(rows *sql.Rows) error {
		var soc string
		var r career.Resource
		if err := rows.Scan(&soc, &r.Name, &r.URL, &r.About); err != nil {
			return err
		}
		o := stored[soc]
		o.Resources = append(o.Resources, r)
		stored[soc] = o
		return nil
	}, `SELECT soc, name, url, about FROM occupation_resources ORDER BY soc, position`)
	if err != nil {
		return err
	}
	var changed []*career.Occupation
	for _, o := range cat.Occupations {
		old := stored[o.SOC]
		if old.Summary != o.Summary || old.Sections != o.Sections || old.Updated != o.Updated || old.License != o.License ||
			old.LicenseNote != o.LicenseNote || !slices.Equal(old.Resources, o.Resources) || !slices.Equal(old.Study, o.Study) {
			changed = append(changed, o)
		}
	}
	if len(changed) == 0 {
		return nil
	}
	one := *cat
	one.Occupations = changed
	if err := updateOccupationProse(ctx, tx, &one); err != nil {
		return err
	}
	alts := otherTitles(cat)
	for _, o := range changed {
		if _, err := tx.ExecContext(ctx, `DELETE FROM occupation_resources WHERE soc = ?`, o.SOC); err != nil {
			return err
		}
		if _, err := tx.ExecContext(ctx, `DELETE FROM occupation_search WHERE soc = ?`, o.SOC); err != nil {
			return err
		}
		if err := batchInsert(ctx, tx, "occupation_search", occupationSearchColumns, [][]any{occupationSearchRow(o, alts[o.SOC])}); err != nil {
			return err
		}
	}
	return insertResources(ctx, tx, &one)
}

// ErrDataChanged is RefreshProse's answer when the figures changed too.
var ErrDataChanged = fmt.Errorf("store: the data changed, not only prose: build the database again")

// proseTables are the small tables whose every row comes from content/
// files other than data/; RefreshProse empties them and writes them
// again. A new table filled from such files belongs here (occupations'
// prose is refreshed row by row, above).
var proseTables = []string{"lists", "assessment_items"}

// setHashes records what the database was built from: the whole content
// tree, and its data alone.
func setHashes(ctx context.Context, tx *sql.Tx, cat *content.Catalog) error {
	for k, v := range map[string]string{"content_hash": cat.Hash, "data_hash": cat.DataHash} {
		if _, err := tx.ExecContext(ctx, `INSERT INTO meta (key, value) VALUES (?, ?)
			ON CONFLICT (key) DO UPDATE SET value = excluded.value`, k, v); err != nil {
			return fmt.Errorf("meta %s: %w", k, err)
		}
	}
	return nil
}

// DataHash is the hash of the data the database was built from.
func (s *DB) DataHash(ctx context.Context) (string, error) {
	var h string
	err := s.db.QueryRowContext(ctx, `SELECT value FROM meta WHERE key = 'data_hash'`).Scan(&h)
	return h, wrap("data hash", notFound(err))
}
