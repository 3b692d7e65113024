package store

import (
	"context"
	"database/sql"
	"fmt"

	"github.com/careeratlas/careeratlas/internal/career"
	"github.com/careeratlas/careeratlas/internal/content"
)

// Families returns the 2-digit CIP families that have completions.
func (s *DB) Families(ctx context.Context) ([]career.Program, error) {
	return s.queryPrograms(ctx, `SELECT p.cip, p.title FROM programs p
		WHERE length(p.cip) = 2 AND EXISTS (SELECT 1 FROM completions c WHERE c.family = p.cip) ORDER BY p.title`)
}

// TaughtOccupations returns the occupations that some school awarded a
// program for in the completions year, by the crosswalk: those a link to
// the school finder by occupation finds schools for.
func (s *DB) TaughtOccupations(ctx context.Context) (map[string]bool, error) {
	return s.stringSet(ctx, "taught occupations", `SELECT DISTINCT w.soc FROM pathways w
		WHERE EXISTS (SELECT 1 FROM completions c WHERE c.cip = w.cip AND c.total > 0)`)
}

// OfferedByFamily returns the 6-digit programs some school offers, by
// title, under their 2-digit family.
func (s *DB) OfferedByFamily(ctx context.Context) (map[string][]career.Program, error) {
	ps, err := s.queryPrograms(ctx, `SELECT p.cip, p.title FROM programs p
		WHERE length(p.cip) = 7 AND EXISTS (SELECT 1 FROM completions c WHERE c.cip = p.cip)
		ORDER BY p.title`)
	if err != nil {
		return nil, err
	}
	out := map[string][]career.Program{}
	for _, p := range ps {
		f := career.CIPFamily(p.Code)
		out[f] = append(out[f], p)
	}
	return out, nil
}

// Program returns one CIP code with its title.
func (s *DB) Program(ctx context.Context, cip string) (*career.Program, error) {
	ps, err := s.queryPrograms(ctx, `SELECT cip, title FROM programs WHERE cip = ?`, cip)
	if err != nil {
		return nil, err
	}
	if len(ps) == 0 {
		return nil, fmt.Errorf("store: program %s: %w", cip, career.ErrNotFound)
	}
	return &ps[0], nil
}

// ProgramsForOccupation returns the programs the crosswalk links to an
// occupation, with how many schools offer each.
// A school counts only if it awarded the program in the completions year,
// as the finder lists it.
func (s *DB) ProgramsForOccupation(ctx context.Context, soc string) ([]career.ProgramOffer, error) {
	out, err := scanAll(ctx, s.db, func(rows *sql.Rows, po *career.ProgramOffer) error {
		return rows.Scan(&po.Code, &po.Title, &po.Schools)
	}, `SELECT p.cip, p.title,
		(SELECT COUNT(DISTINCT c.unitid) FROM completions c WHERE c.cip = p.cip AND c.total > 0)
		FROM pathways pw JOIN programs p ON p.cip = pw.cip WHERE pw.soc = ? ORDER BY 3 DESC, p.title`, soc)
	return out, wrap("programs for "+soc, err)
}

// OccupationsForProgram returns the occupations a program leads to, with
// their figures.
func (s *DB) OccupationsForProgram(ctx context.Context, cip string) ([]*career.Occupation, error) {
	tx, err := s.db.BeginTx(ctx, &sql.TxOptions{ReadOnly: true})
	if err != nil {
		return nil, fmt.Errorf("store: occupations for %s: %w", cip, err)
	}
	defer tx.Rollback()
	os, err := findOccupations(ctx, tx, false, "o.soc IN (SELECT soc FROM pathways WHERE cip = ?)", cip)
	if err != nil {
		return nil, fmt.Errorf("store: occupations for %s: %w", cip, err)
	}
	return os, nil
}

// ProgramAwards returns the award levels at which some school conferred a
// program in the completions year, with the awards at each nationwide, in
// IPEDS code order: the credentials the program actually leads to.
func (s *DB) ProgramAwards(ctx context.Context, cip string) ([]career.AwardCount, error) {
	out, err := scanAll(ctx, s.db, func(rows *sql.Rows, a *career.AwardCount) error {
		return rows.Scan(&a.Award, &a.Total)
	}, `SELECT award, SUM(total) FROM completions WHERE cip = ? AND total > 0 GROUP BY award ORDER BY award`, cip)
	return out, wrap("awards for "+cip, err)
}

func (s *DB) queryPrograms(ctx context.Context, q string, args ...any) ([]career.Program, error) {
	out, err := scanAll(ctx, s.db, func(rows *sql.Rows, p *career.Program) error {
		return rows.Scan(&p.Code, &p.Title)
	}, q, args...)
	return out, wrap("programs", err)
}

// OccupationsByProgram returns, for each of the given programs, the
// occupations the crosswalk links it to, by title, with their typical
// entry education and experience.
func (s *DB) OccupationsByProgram(ctx context.Context, cips []string) (map[string][]career.OccupationLink, error) {
	out := map[string][]career.OccupationLink{}
	if len(cips) == 0 {
		return out, nil
	}
	args := make([]any, len(cips))
	for i, c := range cips {
		args[i] = c
	}
	err := eachRow(ctx, s.db, func(rows *sql.Rows) error {
		var cip, study string
		var l career.OccupationLink
		if err := rows.Scan(&cip, &l.SOC, &l.Slug, &l.Title, &l.Education, &l.Experience, &study); err != nil {
			return err
		}
		l.Study = parseStudyText(study)
		out[cip] = append(out[cip], l)
		return nil
	}, `SELECT pw.cip, o.soc, o.slug, o.title, coalesce(pr.education, ''), coalesce(pr.experience, ''), o.study FROM pathways pw
		JOIN occupations o ON o.soc = pw.soc LEFT JOIN projections pr ON pr.soc = o.soc
		WHERE pw.cip IN (`+placeholders(len(cips))+`) ORDER BY o.title`, args...)
	return out, wrap("occupations by program", err)
}

// OfferedPrograms returns the 6-digit programs some school offers.
func (s *DB) OfferedPrograms(ctx context.Context) ([]string, error) {
	out, err := scanAll(ctx, s.db, scanOne[string], `SELECT DISTINCT cip FROM completions ORDER BY cip`)
	return out, wrap("programs", err)
}

// Programs returns every CIP code with its title: families, series and
// programs.
func (s *DB) Programs(ctx context.Context) ([]career.Program, error) {
	return s.queryPrograms(ctx, `SELECT cip, title FROM programs ORDER BY cip`)
}

// insertPrograms writes the CIP codes and the crosswalk from programs to
// occupations.
func insertPrograms(ctx context.Context, tx *sql.Tx, cat *content.Catalog) error {
	for _, p := range cat.Programs {
		if _, err := tx.ExecContext(ctx, `INSERT INTO programs (cip, title, family) VALUES (?, ?, ?)`,
			p.Code, career.PlainTitle(p.Title), career.CIPFamily(p.Code)); err != nil {
			return fmt.Errorf("program %s: %w", p.Code, err)
		}
	}
	for _, p := range cat.Pathways {
		if _, err := tx.ExecContext(ctx, `INSERT OR IGNORE INTO pathways (cip, soc) VALUES (?, ?)`, p.CIP, p.SOC); err != nil {
			return fmt.Errorf("pathway %s → %s: %w", p.CIP, p.SOC, err)
		}
	}
	return nil
}
