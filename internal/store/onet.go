package store

import (
	"context"
	"database/sql"
	"fmt"

	"github.com/careeratlas/careeratlas/internal/career"
	"github.com/careeratlas/careeratlas/internal/content"
)

// AllInterests returns every occupation's RIASEC scores by SOC code.
func (s *DB) AllInterests(ctx context.Context) (map[string][6]float64, error) {
	out := map[string][6]float64{}
	err := eachRow(ctx, s.db, func(rows *sql.Rows) error {
		var soc string
		var v [6]float64
		if err := rows.Scan(&soc, &v[0], &v[1], &v[2], &v[3], &v[4], &v[5]); err != nil {
			return err
		}
		out[soc] = v
		return nil
	}, `SELECT soc, realistic, investigative, artistic, social, enterprising, conventional FROM interests`)
	return out, wrap("interests", err)
}

// RelatedSOCs returns the O*NET related occupations of one, closest first.
func (s *DB) RelatedSOCs(ctx context.Context, soc string, limit int) ([]string, error) {
	out, err := scanAll(ctx, s.db, scanOne[string], `SELECT related FROM related WHERE soc = ? ORDER BY rank LIMIT ?`, soc, limit)
	return out, wrap("related "+soc, err)
}

// AltTitles returns other titles of an occupation, alphabetically.
func (s *DB) AltTitles(ctx context.Context, soc string, limit int) ([]string, error) {
	out, err := scanAll(ctx, s.db, scanOne[string], `SELECT title FROM alt_titles WHERE soc = ? ORDER BY title COLLATE NOCASE LIMIT ?`, soc, limit)
	return out, wrap("other titles "+soc, err)
}

// ReportedTitles returns the titles O*NET shows its users for an
// occupation, in O*NET's order.
func (s *DB) ReportedTitles(ctx context.Context, soc string) ([]string, error) {
	out, err := scanAll(ctx, s.db, scanOne[string], `SELECT title FROM reported_titles WHERE soc = ? ORDER BY position`, soc)
	return out, wrap("reported titles "+soc, err)
}

// Technology returns the software and technology of an occupation, by
// kind and name.
func (s *DB) Technology(ctx context.Context, soc string) ([]career.Technology, error) {
	out, err := scanAll(ctx, s.db, func(rows *sql.Rows, t *career.Technology) error {
		t.SOC = soc
		return rows.Scan(&t.Name, &t.Kind, &t.Hot, &t.InDemand)
	}, `SELECT name, kind, hot, in_demand FROM technology WHERE soc = ? ORDER BY kind, name COLLATE NOCASE`, soc)
	return out, wrap("technology "+soc, err)
}

// JobZones returns every occupation's job zone by SOC code.
func (s *DB) JobZones(ctx context.Context) (map[string]int, error) {
	out, err := scanMap[int](ctx, s.db, `SELECT soc, zone FROM job_zones`)
	return out, wrap("job zones", err)
}

func insertONET(ctx context.Context, tx *sql.Tx, cat *content.Catalog) error {
	for _, in := range cat.Interests {
		s := in.Scores
		if _, err := tx.ExecContext(ctx, `INSERT INTO interests (soc, realistic, investigative, artistic, social, enterprising, conventional)
			VALUES (?, ?, ?, ?, ?, ?, ?)`, in.SOC, s[0], s[1], s[2], s[3], s[4], s[5]); err != nil {
			return fmt.Errorf("interests %s: %w", in.SOC, err)
		}
	}
	rows := make([][]any, len(cat.Related))
	for i, r := range cat.Related {
		rows[i] = []any{r.SOC, r.Related, r.Rank}
	}
	if err := batchInsert(ctx, tx, "related", []string{"soc", "related", "rank"}, rows); err != nil {
		return fmt.Errorf("related: %w", err)
	}
	for _, z := range cat.JobZones {
		if _, err := tx.ExecContext(ctx, `INSERT INTO job_zones (soc, zone) VALUES (?, ?)`, z.SOC, z.Zone); err != nil {
			return fmt.Errorf("job zone %s: %w", z.SOC, err)
		}
	}
	rows = make([][]any, len(cat.AltTitles))
	for i, a := range cat.AltTitles {
		rows[i] = []any{a.SOC, a.Title}
	}
	if err := batchInsert(ctx, tx, "alt_titles", []string{"soc", "title"}, rows); err != nil {
		return fmt.Errorf("other titles: %w", err)
	}
	rows = make([][]any, len(cat.ReportedTitles))
	for i, r := range cat.ReportedTitles {
		rows[i] = []any{r.SOC, r.Title, i}
	}
	if err := batchInsert(ctx, tx, "reported_titles", []string{"soc", "title", "position"}, rows); err != nil {
		return fmt.Errorf("reported titles: %w", err)
	}
	rows = make([][]any, len(cat.Technology))
	for i, t := range cat.Technology {
		rows[i] = []any{t.SOC, t.Name, t.Kind, t.Hot, t.InDemand}
	}
	if err := batchInsert(ctx, tx, "technology", []string{"soc", "name", "kind", "hot", "in_demand"}, rows); err != nil {
		return fmt.Errorf("technology: %w", err)
	}
	return nil
}
