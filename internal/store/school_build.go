package store

import (
	"context"
	"database/sql"
	"fmt"
	"strconv"

	"github.com/careeratlas/careeratlas/internal/career"
	"github.com/careeratlas/careeratlas/internal/content"
)

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

func insertSchools(ctx context.Context, tx *sql.Tx, cat *content.Catalog) error {
	for _, p := range cat.Programs {
		if _, err := tx.ExecContext(ctx, `INSERT INTO programs (cip, title, family) VALUES (?, ?, ?)`,
			p.Code, career.PlainTitle(p.Title), career.CIPFamily(p.Code)); err != nil {
			return fmt.Errorf("program %s: %w", p.Code, err)
		}
	}
	totals := map[string]int{}
	for _, c := range cat.Completions {
		if c.CIP == "99" {
			totals[c.UnitID] += c.Total
		}
	}
	stmt, err := tx.PrepareContext(ctx, `INSERT INTO institutions
		(unitid, slug, name, address, city, state, zip, website, control, level, lat, lon, total)
		VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`)
	if err != nil {
		return err
	}
	defer stmt.Close()
	for _, in := range cat.Institutions {
		var lat, lon any
		if in.HasGeo {
			lat, lon = in.Lat, in.Lon
		}
		id, err := strconv.Atoi(in.UnitID)
		if err != nil {
			return fmt.Errorf("institution %q: %w", in.UnitID, err)
		}
		if _, err := stmt.ExecContext(ctx, id, career.Slugify(in.Name), in.Name, in.Address, in.City, in.State, in.ZIP,
			in.Website, int(in.Control), int(in.Level), lat, lon, totals[in.UnitID]); err != nil {
			return fmt.Errorf("institution %s: %w", in.UnitID, err)
		}
	}
	rows := make([][]any, 0, len(cat.Completions))
	for _, c := range cat.Completions {
		if c.CIP == "99" {
			continue
		}
		id, _ := strconv.Atoi(c.UnitID)
		rows = append(rows, []any{id, c.CIP, career.CIPFamily(c.CIP), int(c.Award), string(c.Award.Group()), c.Total})
	}
	if err := batchInsert(ctx, tx, "completions", []string{"unitid", "cip", "family", "award", "grp", "total"}, rows); err != nil {
		return fmt.Errorf("completions: %w", err)
	}
	if _, err := tx.ExecContext(ctx, `INSERT INTO family_awards (family, unitid, grp, total)
		SELECT family, unitid, grp, SUM(total) FROM completions GROUP BY family, unitid, grp`); err != nil {
		return fmt.Errorf("family awards: %w", err)
	}
	for _, p := range cat.Pathways {
		if _, err := tx.ExecContext(ctx, `INSERT OR IGNORE INTO pathways (cip, soc) VALUES (?, ?)`, p.CIP, p.SOC); err != nil {
			return fmt.Errorf("pathway %s → %s: %w", p.CIP, p.SOC, err)
		}
	}
	return nil
}
