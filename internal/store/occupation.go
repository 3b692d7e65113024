package store

import (
	"context"
	"database/sql"
	"fmt"
	"strings"

	"github.com/careeratlas/careeratlas/internal/career"
	"github.com/careeratlas/careeratlas/internal/content"
)

// OccupationBySlug returns the occupation with its profile, national wages
// and projection.
func (s *DB) OccupationBySlug(ctx context.Context, slug string) (*career.Occupation, error) {
	tx, err := s.db.BeginTx(ctx, &sql.TxOptions{ReadOnly: true})
	if err != nil {
		return nil, fmt.Errorf("store: occupation %q: %w", slug, err)
	}
	defer tx.Rollback()
	os, err := findOccupations(ctx, tx, true, "o.slug = ?", slug)
	if err != nil {
		return nil, fmt.Errorf("store: occupation %q: %w", slug, err)
	}
	if len(os) == 0 {
		return nil, fmt.Errorf("store: occupation %q: %w", slug, career.ErrNotFound)
	}
	o := os[0]
	o.Resources, err = scanAll(ctx, tx, func(rows *sql.Rows, r *career.Resource) error {
		return rows.Scan(&r.Name, &r.URL, &r.About)
	}, `SELECT name, url, about FROM occupation_resources WHERE soc = ? ORDER BY position`, o.SOC)
	if err != nil {
		return nil, fmt.Errorf("store: occupation %q resources: %w", slug, err)
	}
	return o, nil
}

// OccupationSlug returns the slug of the occupation with a SOC code.
func (s *DB) OccupationSlug(ctx context.Context, soc string) (string, error) {
	var slug string
	err := s.db.QueryRowContext(ctx, `SELECT slug FROM occupations WHERE soc = ?`, soc).Scan(&slug)
	if err != nil {
		return "", fmt.Errorf("store: occupation %s: %w", soc, notFound(err))
	}
	return slug, nil
}

// ListOccupations returns occupations with their figures but without the
// written sections, ordered by title.
func (s *DB) ListOccupations(ctx context.Context, f career.OccupationFilter) ([]*career.Occupation, error) {
	tx, err := s.db.BeginTx(ctx, &sql.TxOptions{ReadOnly: true})
	if err != nil {
		return nil, fmt.Errorf("store: occupations: %w", err)
	}
	defer tx.Rollback()
	where, args := []string{"1 = 1"}, []any{}
	if f.Group != nil {
		where, args = append(where, "o.group_code = ?"), append(args, *f.Group)
	}
	if f.Written {
		where = append(where, "o.summary <> ''")
	}
	os, err := findOccupations(ctx, tx, false, strings.Join(where, " AND "), args...)
	if err != nil {
		return nil, fmt.Errorf("store: occupations: %w", err)
	}
	return os, nil
}

const wageColumns = `w.area, w.area_title, w.area_type, w.soc, w.title, w.level, w.employment,
	w.hourly_mean, w.annual_mean, w.hourly_p10, w.hourly_p25, w.hourly_p50, w.hourly_p75, w.hourly_p90,
	w.annual_p10, w.annual_p25, w.annual_p50, w.annual_p75, w.annual_p90,
	w.top_coded, w.annual_only, w.hourly_only`

const projectionColumns = `p.soc, p.title, p.summary, p.emp_base, p.emp_projected, p.change,
	p.pct_change, p.openings, p.median_wage, p.median_top, p.education, p.experience, p.training, p.growth`

// findOccupations runs the one occupation query every reader shares.
func findOccupations(ctx context.Context, tx *sql.Tx, prose bool, where string, args ...any) ([]*career.Occupation, error) {
	sections := `'', '', '', ''`
	if prose {
		sections = `o.what_they_do, o.work_environment, o.how_to_become, o.job_outlook`
	}
	q := `SELECT o.soc, o.slug, o.title, o.group_code, o.summary, ` + sections + `, o.updated, o.license, o.license_note, o.study,
		` + wageColumns + `, ` + projectionColumns + `
		FROM occupations o
		LEFT JOIN wages w ON w.soc = o.soc AND w.area = '99'
		LEFT JOIN projections p ON p.soc = o.soc
		WHERE ` + where + `
		ORDER BY o.title COLLATE NOCASE`
	rows, err := tx.QueryContext(ctx, q, args...)
	if err != nil {
		return nil, err
	}
	defer rows.Close()
	var out []*career.Occupation
	for rows.Next() {
		o := &career.Occupation{}
		var w wageRow
		var p projectionRow
		var study string
		dest := []any{&o.SOC, &o.Slug, &o.Title, &o.Group, &o.Summary,
			&o.Sections.WhatTheyDo, &o.Sections.WorkEnvironment, &o.Sections.HowToBecome, &o.Sections.Outlook,
			&o.Updated, &o.License, &o.LicenseNote, &study}
		dest = append(dest, w.dest()...)
		dest = append(dest, p.dest()...)
		if err := rows.Scan(dest...); err != nil {
			return nil, err
		}
		o.Wages, o.Projection, o.Study = w.wages(), p.projection(), parseStudyText(study)
		out = append(out, o)
	}
	return out, rows.Err()
}

// wageRow scans the nullable wage columns of a LEFT JOIN.
type wageRow struct {
	area, areaTitle, areaType, soc, title, level sql.NullString
	employment                                   sql.NullFloat64
	figures                                      [12]sql.NullFloat64
	topCoded                                     sql.NullInt64
	annualOnly, hourlyOnly                       sql.NullBool
}

func (r *wageRow) dest() []any {
	d := []any{&r.area, &r.areaTitle, &r.areaType, &r.soc, &r.title, &r.level, &r.employment}
	for i := range r.figures {
		d = append(d, &r.figures[i])
	}
	return append(d, &r.topCoded, &r.annualOnly, &r.hourlyOnly)
}

func (r *wageRow) wages() *career.Wages {
	if !r.soc.Valid {
		return nil
	}
	w := &career.Wages{
		Area: r.area.String, AreaTitle: r.areaTitle.String, AreaType: r.areaType.String,
		SOC: r.soc.String, Title: r.title.String, Level: r.level.String,
		Employment: amount(r.employment, false),
		AnnualOnly: r.annualOnly.Bool, HourlyOnly: r.hourlyOnly.Bool,
	}
	top := func(i int) bool { return r.topCoded.Int64&(1<<i) != 0 }
	w.HourlyMean = amount(r.figures[0], top(0))
	w.AnnualMean = amount(r.figures[1], top(1))
	for i := range 5 {
		w.Hourly[i] = amount(r.figures[2+i], top(2+i))
		w.Annual[i] = amount(r.figures[7+i], top(7+i))
	}
	return w
}

// projectionRow scans the nullable projection columns of a LEFT JOIN.
type projectionRow struct {
	soc, title                      sql.NullString
	summary                         sql.NullBool
	base, projected, change, pct    sql.NullFloat64
	openings, median                sql.NullFloat64
	medianTop                       sql.NullBool
	education, experience, training sql.NullString
	growth                          sql.NullString
}

func (r *projectionRow) dest() []any {
	return []any{&r.soc, &r.title, &r.summary, &r.base, &r.projected, &r.change, &r.pct,
		&r.openings, &r.median, &r.medianTop, &r.education, &r.experience, &r.training, &r.growth}
}

func (r *projectionRow) projection() *career.Projection {
	if !r.soc.Valid {
		return nil
	}
	g, _ := career.GrowthByKey(r.growth.String)
	return &career.Projection{
		SOC: r.soc.String, Title: r.title.String, Summary: r.summary.Bool,
		EmpBase: amount(r.base, false), EmpProjected: amount(r.projected, false),
		Change: amount(r.change, false), PctChange: amount(r.pct, false),
		Openings: amount(r.openings, false), MedianWage: amount(r.median, r.medianTop.Bool),
		Education: r.education.String, Experience: r.experience.String, Training: r.training.String,
		Growth: g,
	}
}

func amount(v sql.NullFloat64, topCoded bool) career.Amount {
	switch {
	case !v.Valid:
		return career.Amount{}
	case topCoded:
		return career.Amount{Value: v.Float64, State: career.TopCoded}
	default:
		return career.KnownAmount(v.Float64)
	}
}

// PayStates returns the states and territories the state wage survey
// covers, by USPS code.
func (s *DB) PayStates(ctx context.Context) (map[string]bool, error) {
	return s.stringSet(ctx, "pay states", `SELECT DISTINCT area FROM wages WHERE area_type = 'state-mean'`)
}

// stringSet reads a query's one column of text as a set.
func (s *DB) stringSet(ctx context.Context, what, query string) (map[string]bool, error) {
	keys, err := scanAll(ctx, s.db, scanOne[string], query)
	if err != nil {
		return nil, wrap(what, err)
	}
	out := make(map[string]bool, len(keys))
	for _, k := range keys {
		out[k] = true
	}
	return out, nil
}

// StateMeans returns an occupation's mean wages by state, by state name.
func (s *DB) StateMeans(ctx context.Context, soc string) ([]career.Wages, error) {
	out, err := scanAll(ctx, s.db, func(rows *sql.Rows, w *career.Wages) error {
		var r wageRow
		if err := rows.Scan(r.dest()...); err != nil {
			return err
		}
		*w = *r.wages()
		return nil
	}, `SELECT `+wageColumns+` FROM wages w
		WHERE w.soc = ? AND w.area_type = 'state-mean' ORDER BY w.area_title`, soc)
	return out, wrap("state wages "+soc, err)
}

// Projection returns the projection line for a SOC code, including group
// and all-occupation totals ("00-0000").
func (s *DB) Projection(ctx context.Context, soc string) (*career.Projection, error) {
	var p projectionRow
	err := s.db.QueryRowContext(ctx, `SELECT `+projectionColumns+` FROM projections p WHERE p.soc = ?`, soc).Scan(p.dest()...)
	if err != nil {
		return nil, fmt.Errorf("store: projection %s: %w", soc, notFound(err))
	}
	return p.projection(), nil
}

func insertOccupations(ctx context.Context, tx *sql.Tx, cat *content.Catalog) error {
	stmt, err := tx.PrepareContext(ctx, `INSERT INTO occupations
		(soc, slug, title, group_code, summary, what_they_do, work_environment, how_to_become, job_outlook,
		 updated, license, license_note, study)
		VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`)
	if err != nil {
		return err
	}
	defer stmt.Close()
	for _, o := range cat.Occupations {
		s := o.Sections
		if _, err := stmt.ExecContext(ctx, o.SOC, o.Slug, o.Title, o.Group, o.Summary,
			s.WhatTheyDo, s.WorkEnvironment, s.HowToBecome, s.Outlook, o.Updated, o.License, o.LicenseNote, studyText(o.Study)); err != nil {
			return fmt.Errorf("occupation %s: %w", o.SOC, err)
		}
	}
	return insertResources(ctx, tx, cat)
}

// updateOccupationProse rewrites the written parts of the catalog's
// occupations, for RefreshProse.
func updateOccupationProse(ctx context.Context, tx *sql.Tx, cat *content.Catalog) error {
	stmt, err := tx.PrepareContext(ctx, `UPDATE occupations SET summary = ?, what_they_do = ?, work_environment = ?,
		how_to_become = ?, job_outlook = ?, updated = ?, license = ?, license_note = ?, study = ? WHERE soc = ?`)
	if err != nil {
		return err
	}
	defer stmt.Close()
	for _, o := range cat.Occupations {
		s := o.Sections
		if _, err := stmt.ExecContext(ctx, o.Summary, s.WhatTheyDo, s.WorkEnvironment, s.HowToBecome, s.Outlook,
			o.Updated, o.License, o.LicenseNote, studyText(o.Study), o.SOC); err != nil {
			return fmt.Errorf("occupation %s: %w", o.SOC, err)
		}
	}
	return nil
}

// insertResources writes every occupation's "More information" links.
func insertResources(ctx context.Context, tx *sql.Tx, cat *content.Catalog) error {
	res, err := tx.PrepareContext(ctx, `INSERT INTO occupation_resources (soc, position, name, url, about) VALUES (?, ?, ?, ?, ?)`)
	if err != nil {
		return err
	}
	defer res.Close()
	for _, o := range cat.Occupations {
		for i, r := range o.Resources {
			if _, err := res.ExecContext(ctx, o.SOC, i, r.Name, r.URL, r.About); err != nil {
				return fmt.Errorf("occupation %s resource %d: %w", o.SOC, i, err)
			}
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
		 median_wage, median_top, education, experience, training, growth)
		VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`)
	if err != nil {
		return err
	}
	defer stmt.Close()
	insert := func(p *career.Projection) error {
		_, err := stmt.ExecContext(ctx, p.SOC, p.Title, p.Summary,
			nullAmount(p.EmpBase), nullAmount(p.EmpProjected), nullAmount(p.Change), nullAmount(p.PctChange),
			nullAmount(p.Openings), nullAmount(p.MedianWage), p.MedianWage.State == career.TopCoded,
			p.Education, p.Experience, p.Training, p.Growth.Key)
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

// studyText stores an occupation's Study as its keys, space-separated.
func studyText(gs []career.CredentialGroup) string {
	keys := make([]string, len(gs))
	for i, g := range gs {
		keys[i] = string(g)
	}
	return strings.Join(keys, " ")
}

// parseStudyText reads what studyText stored; nil for none.
func parseStudyText(s string) []career.CredentialGroup {
	var out []career.CredentialGroup
	for _, k := range strings.Fields(s) {
		out = append(out, career.CredentialGroup(k))
	}
	return out
}
