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
	stmt, err := tx.PrepareContext(ctx, `INSERT INTO places (zip, name, state, lat, lon) VALUES (?, ?, ?, ?, ?)`)
	if err != nil {
		return err
	}
	defer stmt.Close()
	for _, p := range cat.Places {
		if _, err := stmt.ExecContext(ctx, p.ZIP, p.Name, p.State, p.Lat, p.Lon); err != nil {
			return fmt.Errorf("ZIP %s: %w", p.ZIP, err)
		}
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
	cstmt, err := tx.PrepareContext(ctx, `INSERT INTO completions (unitid, cip, family, award, grp, total) VALUES (?, ?, ?, ?, ?, ?)`)
	if err != nil {
		return err
	}
	defer cstmt.Close()
	for _, c := range cat.Completions {
		if c.CIP == "99" {
			continue
		}
		id, _ := strconv.Atoi(c.UnitID)
		if _, err := cstmt.ExecContext(ctx, id, c.CIP, career.CIPFamily(c.CIP), int(c.Award), string(c.Award.Group()), c.Total); err != nil {
			return fmt.Errorf("completions %s %s %d: %w", c.UnitID, c.CIP, c.Award, err)
		}
	}
	for _, p := range cat.Pathways {
		if _, err := tx.ExecContext(ctx, `INSERT OR IGNORE INTO pathways (cip, soc) VALUES (?, ?)`, p.CIP, p.SOC); err != nil {
			return fmt.Errorf("pathway %s → %s: %w", p.CIP, p.SOC, err)
		}
	}
	return nil
}
