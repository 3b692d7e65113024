package store

import (
	"cmp"
	"context"
	"database/sql"
	"fmt"
	"math"
	"slices"
	"strconv"
	"strings"

	"github.com/careeratlas/careeratlas/internal/career"
	"github.com/careeratlas/careeratlas/internal/content"
	"github.com/careeratlas/careeratlas/internal/search"
)

// SearchSchools finds schools. Filters on the institution and its programs
// run in SQLite on indexes; distance is measured in Go on the few
// candidates inside the search circle's bounding box.
func (s *DB) SearchSchools(ctx context.Context, f career.SchoolFilter) (*career.SchoolResults, error) {
	tx, err := s.db.BeginTx(ctx, &sql.TxOptions{ReadOnly: true})
	if err != nil {
		return nil, fmt.Errorf("store: schools: %w", err)
	}
	defer tx.Rollback()
	all, err := findSchools(ctx, tx, f)
	if err != nil {
		return nil, fmt.Errorf("store: schools: %w", err)
	}
	sortSchools(all, f.Sort)
	res := &career.SchoolResults{Total: len(all)}
	lo := min(max(f.Offset, 0), len(all))
	hi := len(all)
	if f.Limit > 0 {
		hi = min(lo+f.Limit, len(all))
	}
	res.Schools = all[lo:hi]
	if err := attachDetails(ctx, tx, res.Schools); err != nil {
		return nil, fmt.Errorf("store: schools: %w", err)
	}
	if err := s.attachPrograms(ctx, tx, res.Schools, f); err != nil {
		return nil, fmt.Errorf("store: schools: %w", err)
	}
	if f.WithFacts {
		if err := attachFacts(ctx, tx, res.Schools); err != nil {
			return nil, fmt.Errorf("store: schools: %w", err)
		}
	}
	return res, nil
}

// schoolQuery builds the candidate query of a search. It reads only what
// the filters and the sorts need; the page's schools get the rest from
// attachDetails, so that a state with 700 schools is not read whole for
// the 20 on a page.
func schoolQuery(f career.SchoolFilter) (string, []any) {
	var where []string
	var args []any
	if f.State != "" {
		where, args = append(where, "i.state = ?"), append(args, f.State)
	}
	if f.Control != 0 {
		where, args = append(where, "i.control = ?"), append(args, int(f.Control))
	}
	if name := strings.TrimSpace(f.Name); name != "" {
		// Words of the name go through the full-text index; text with no
		// words at all is matched literally.
		if terms := search.Terms(name); len(terms) > 0 {
			where = append(where, "i.unitid IN (SELECT unitid FROM school_search WHERE school_search MATCH ?)")
			args = append(args, "name : ("+ftsQuery(terms)+")")
		} else {
			where, args = append(where, `i.name LIKE ? ESCAPE '\'`), append(args, "%"+escapeLike(name)+"%")
		}
	}
	if p := f.Near; p != nil {
		// A bounding box first, on the latitude index; the exact circle in Go.
		dLat := p.Miles / 69.0
		dLon := p.Miles / (69.0 * math.Max(0.01, math.Cos(p.Lat*math.Pi/180)))
		where = append(where, "i.lat BETWEEN ? AND ?", "i.lon BETWEEN ? AND ?")
		args = append(args, p.Lat-dLat, p.Lat+dLat, p.Lon-dLon, p.Lon+dLon)
	}
	// The IPEDS IC, ADM and SFA tables are joined on their primary keys,
	// and only when a filter or the sort needs them.
	var joins string
	switch {
	case f.Online || f.OpenAdmission:
		joins += " JOIN school_characteristics ch ON ch.unitid = i.unitid"
		if f.Online {
			where = append(where, "ch.online_programs = 1")
		}
		if f.OpenAdmission {
			where = append(where, "ch.open_admission = 1")
		}
	case f.Sort == career.SortAdmission:
		// Open admission sorts first, as a rate of all.
		joins += " LEFT JOIN school_characteristics ch ON ch.unitid = i.unitid"
	}
	// Coordinates are read only to measure distance: they are not in the
	// state index, and reading them costs a row lookup a school.
	geo := "NULL, NULL"
	if f.Near != nil {
		geo = "i.lat, i.lon"
	}
	facts := "NULL, NULL, NULL, NULL, NULL"
	switch f.Sort {
	case career.SortAdmission:
		joins += " LEFT JOIN school_admissions a ON a.unitid = i.unitid"
		facts = "a.applicants, a.admitted, NULL, ch.open_admission, ch.open_admission_na"
	case career.SortGrant:
		joins += " LEFT JOIN school_aid sa ON sa.unitid = i.unitid"
		facts = "NULL, NULL, sa.grant_avg, NULL, NULL"
	}
	var q string
	if f.ProgramFilter() {
		pw, pa := programWhere(f)
		where, args = append(where, pw...), append(args, pa...)
		// Without named programs, the sums by area and credential serve.
		from := "completions"
		if len(f.CIPs) == 0 && f.SOC == "" {
			from = "family_awards"
		}
		q = `SELECT i.unitid, i.name, ` + geo + `, SUM(c.total), ` + facts + ` FROM ` + from + ` c JOIN institutions i ON i.unitid = c.unitid` + joins + `
			WHERE ` + strings.Join(where, " AND ") + ` GROUP BY i.unitid`
	} else {
		if len(where) == 0 {
			where = []string{"1 = 1"}
		}
		q = `SELECT i.unitid, i.name, ` + geo + `, i.total, ` + facts + ` FROM institutions i` + joins + ` WHERE ` + strings.Join(where, " AND ")
	}
	return q, args
}

func findSchools(ctx context.Context, tx *sql.Tx, f career.SchoolFilter) ([]career.School, error) {
	q, args := schoolQuery(f)
	rows, err := tx.QueryContext(ctx, q, args...)
	if err != nil {
		return nil, err
	}
	defer rows.Close()
	var out []career.School
	for rows.Next() {
		var sc career.School
		var lat, lon sql.NullFloat64
		var applicants, admitted, grantAvg, open fact
		if err := rows.Scan(&sc.UnitID, &sc.Name, &lat, &lon, &sc.Matched, &applicants.v, &admitted.v, &grantAvg.v, &open.v, &open.na); err != nil {
			return nil, err
		}
		// The figures a sort needs; the page's schools get all their facts later.
		sc.Facts.Admissions = career.Admissions{UnitID: sc.UnitID, Applicants: applicants.figure(), Admitted: admitted.figure()}
		sc.Facts.Aid.GrantAvg = grantAvg.figure()
		sc.Facts.Characteristics.OpenAdmission = open.answer()
		if p := f.Near; p != nil {
			if !lat.Valid || !lon.Valid {
				continue
			}
			sc.Distance = career.Miles(p.Lat, p.Lon, lat.Float64, lon.Float64)
			if sc.Distance > p.Miles {
				continue
			}
		}
		out = append(out, sc)
	}
	return out, rows.Err()
}

// ExplainSchoolSearch returns SQLite's plans for a search's main query
// and, when it searches by program, for the query that reads the matching
// programs of a page of schools: one line per step, to show that they run
// on indexes.
func (s *DB) ExplainSchoolSearch(ctx context.Context, f career.SchoolFilter) ([]string, error) {
	q, args := schoolQuery(f)
	out, err := s.explain(ctx, q, args)
	if err != nil || !f.ProgramFilter() {
		return out, err
	}
	page := make([]int, 20) // unit IDs do not change the plan
	for i := range page {
		page[i] = 100000 + i
	}
	q, args = matchingQuery(f, page)
	more, err := s.explain(ctx, q, args)
	return append(out, more...), err
}

func (s *DB) explain(ctx context.Context, q string, args []any) ([]string, error) {
	rows, err := s.db.QueryContext(ctx, "EXPLAIN QUERY PLAN "+q, args...)
	if err != nil {
		return nil, fmt.Errorf("store: explain: %w", err)
	}
	defer rows.Close()
	var out []string
	for rows.Next() {
		var id, parent, unused int
		var detail string
		if err := rows.Scan(&id, &parent, &unused, &detail); err != nil {
			return nil, fmt.Errorf("store: explain: %w", err)
		}
		out = append(out, detail)
	}
	return out, rows.Err()
}

// programWhere is the part of a query that limits completions rows (c).
func programWhere(f career.SchoolFilter) ([]string, []any) {
	var where []string
	var args []any
	if f.Family != "" {
		where, args = append(where, "c.family = ?"), append(args, f.Family)
	}
	if len(f.CIPs) > 0 {
		where = append(where, "c.cip IN ("+placeholders(len(f.CIPs))+")")
		for _, c := range f.CIPs {
			args = append(args, c)
		}
	}
	if f.SOC != "" {
		where, args = append(where, "c.cip IN (SELECT cip FROM pathways WHERE soc = ?)"), append(args, f.SOC)
	}
	if len(f.Groups) > 0 {
		where = append(where, "c.grp IN ("+placeholders(len(f.Groups))+")")
		for _, g := range f.Groups {
			args = append(args, string(g))
		}
	}
	if len(where) > 0 {
		// A school is listed for a program only if it awarded at least one
		// credential in it in the year shown; IPEDS lists some at zero.
		where = append(where, "c.total > 0")
	}
	return where, args
}

// sortSchools orders schools in place; names compare without case, and
// the unit ID breaks ties so that pages never overlap.
func sortSchools(ss []career.School, by career.SchoolSort) {
	type keyed struct {
		name string
		i    int
	}
	keys := make([]keyed, len(ss))
	for i := range ss {
		keys[i] = keyed{strings.ToLower(ss[i].Name), i}
	}
	byName := func(a, b keyed) int {
		if c := strings.Compare(a.name, b.name); c != 0 {
			return c
		}
		return strings.Compare(ss[a.i].UnitID, ss[b.i].UnitID)
	}
	switch by {
	case career.SortDistance:
		slices.SortFunc(keys, func(a, b keyed) int {
			if c := cmp.Compare(ss[a.i].Distance, ss[b.i].Distance); c != 0 {
				return c
			}
			return byName(a, b)
		})
	case career.SortCompletions:
		slices.SortFunc(keys, func(a, b keyed) int {
			if c := cmp.Compare(ss[b.i].Matched, ss[a.i].Matched); c != 0 {
				return c
			}
			return byName(a, b)
		})
	case career.SortAdmission, career.SortGrant:
		// Highest first; a school with no figure has none, and comes last.
		// Open admission admits everyone who applies: before any rate.
		figure := func(sc *career.School) (float64, bool) {
			if by == career.SortGrant {
				g := sc.Facts.Aid.GrantAvg
				return float64(g.Value), g.Known()
			}
			if sc.Facts.Characteristics.OpenAdmission.IsYes() {
				return math.Inf(1), true
			}
			return sc.Facts.Admissions.Rate()
		}
		slices.SortFunc(keys, func(a, b keyed) int {
			va, oka := figure(&ss[a.i])
			vb, okb := figure(&ss[b.i])
			switch {
			case oka && !okb:
				return -1
			case !oka && okb:
				return 1
			}
			if c := cmp.Compare(vb, va); c != 0 {
				return c
			}
			return byName(a, b)
		})
	default:
		slices.SortFunc(keys, byName)
	}
	sorted := make([]career.School, len(ss))
	for j, k := range keys {
		sorted[j] = ss[k.i]
	}
	copy(ss, sorted)
}

// attachPrograms loads the matching programs of the schools on a page,
// most awards first, at most ProgramsPerSchool each.
func (s *DB) attachPrograms(ctx context.Context, tx *sql.Tx, ss []career.School, f career.SchoolFilter) error {
	if f.ProgramFilter() || f.ProgramsPerSchool <= 0 {
		return s.attachMatching(ctx, tx, ss, f)
	}
	return attachTop(ctx, tx, ss, f.ProgramsPerSchool)
}

// attachMatching reads every matching program of the page's schools in one
// query: a program filter keeps the rows few, and the index on (family,
// unitid, grp, total) answers it without the table. Titles come from the
// map read at Open, and each school's programs are ordered here.
func (s *DB) attachMatching(ctx context.Context, tx *sql.Tx, ss []career.School, f career.SchoolFilter) error {
	if len(ss) == 0 {
		return nil
	}
	ids := make([]int, len(ss))
	pos := map[int]int{}
	for i, sc := range ss {
		ids[i] = unitNumber(sc.UnitID)
		pos[ids[i]] = i
	}
	q, args := matchingQuery(f, ids)
	rows, err := tx.QueryContext(ctx, q, args...)
	if err != nil {
		return err
	}
	defer rows.Close()
	all := make([][]career.ProgramAward, len(ss))
	for rows.Next() {
		var id int
		var pa career.ProgramAward
		if err := rows.Scan(&id, &pa.CIP, &pa.Award, &pa.Total); err != nil {
			return err
		}
		pa.Title = s.titles[pa.CIP]
		i := pos[id]
		all[i] = append(all[i], pa)
	}
	if err := rows.Err(); err != nil {
		return err
	}
	for i, ps := range all {
		slices.SortFunc(ps, func(a, b career.ProgramAward) int {
			if c := cmp.Compare(b.Total, a.Total); c != 0 {
				return c
			}
			if c := strings.Compare(a.Title, b.Title); c != 0 {
				return c
			}
			return cmp.Compare(a.Award, b.Award)
		})
		if n := f.ProgramsPerSchool; n > 0 && len(ps) > n {
			ss[i].MorePrograms = len(ps) - n
			ps = ps[:n]
		}
		ss[i].Programs = ps
	}
	return nil
}

// matchingQuery reads the programs matching a search of some schools.
func matchingQuery(f career.SchoolFilter, ids []int) (string, []any) {
	where, args := programWhere(f)
	where = append(where, "c.unitid IN ("+placeholders(len(ids))+")")
	for _, id := range ids {
		args = append(args, id)
	}
	return `SELECT c.unitid, c.cip, c.award, c.total FROM completions c WHERE ` + strings.Join(where, " AND "), args
}

// attachTop reads each school's n largest programs from the (unitid,
// total) index, and counts the rest, so that a large university does not
// send all of its rows for four to be shown.
func attachTop(ctx context.Context, tx *sql.Tx, ss []career.School, n int) error {
	list := `SELECT c.cip, p.title, c.award, c.total FROM completions c JOIN programs p ON p.cip = c.cip
		WHERE c.unitid = ? ORDER BY c.total DESC, p.title, c.award LIMIT ` + strconv.Itoa(n)
	for i := range ss {
		sc := &ss[i]
		rows, err := tx.QueryContext(ctx, list, sc.UnitID)
		if err != nil {
			return err
		}
		for rows.Next() {
			var pa career.ProgramAward
			if err := rows.Scan(&pa.CIP, &pa.Title, &pa.Award, &pa.Total); err != nil {
				rows.Close()
				return err
			}
			sc.Programs = append(sc.Programs, pa)
		}
		rows.Close()
		if err := rows.Err(); err != nil {
			return err
		}
		if len(sc.Programs) == n {
			var total int
			if err := tx.QueryRowContext(ctx, `SELECT COUNT(*) FROM completions WHERE unitid = ?`, sc.UnitID).Scan(&total); err != nil {
				return err
			}
			sc.MorePrograms = total - n
		}
	}
	return nil
}

// SchoolByID returns one school with all its programs and what it
// reported to IPEDS IC, ADM and SFA.
func (s *DB) SchoolByID(ctx context.Context, unitID string) (*career.School, error) {
	tx, err := s.db.BeginTx(ctx, &sql.TxOptions{ReadOnly: true})
	if err != nil {
		return nil, fmt.Errorf("store: school %s: %w", unitID, err)
	}
	defer tx.Rollback()
	var sc career.School
	var lat, lon sql.NullFloat64
	err = tx.QueryRowContext(ctx, `SELECT unitid, slug, name, address, city, state, zip, website, control, level, lat, lon, total, system
		FROM institutions WHERE unitid = ?`, unitID).Scan(&sc.UnitID, &sc.Slug, &sc.Name, &sc.Address, &sc.City, &sc.State,
		&sc.ZIP, &sc.Website, &sc.Control, &sc.Level, &lat, &lon, &sc.Total, &sc.System)
	if err != nil {
		return nil, fmt.Errorf("store: school %s: %w", unitID, notFound(err))
	}
	sc.Lat, sc.Lon, sc.HasGeo = lat.Float64, lon.Float64, lat.Valid && lon.Valid
	if sc.Facts, err = findSchoolFacts(ctx, tx, sc.UnitID); err != nil {
		return nil, fmt.Errorf("store: school %s: %w", unitID, err)
	}
	ss := []career.School{sc}
	if err := s.attachPrograms(ctx, tx, ss, career.SchoolFilter{}); err != nil {
		return nil, fmt.Errorf("store: school %s: %w", unitID, err)
	}
	return &ss[0], nil
}

func placeholders(n int) string {
	return strings.TrimSuffix(strings.Repeat("?, ", n), ", ")
}

// escapeLike escapes the LIKE wildcards in user text.
func escapeLike(s string) string {
	return strings.NewReplacer(`\`, `\\`, `%`, `\%`, `_`, `\_`).Replace(s)
}

// SchoolRefs returns every school's ID and slug, for the sitemap.
func (s *DB) SchoolRefs(ctx context.Context) ([]career.SchoolRef, error) {
	out, err := scanAll(ctx, s.db, func(rows *sql.Rows, r *career.SchoolRef) error {
		return rows.Scan(&r.UnitID, &r.Slug)
	}, `SELECT unitid, slug FROM institutions ORDER BY unitid`)
	return out, wrap("schools", err)
}

// insertSchools writes the institutions, their completions and the sums
// of completions by area and credential.
func insertSchools(ctx context.Context, tx *sql.Tx, cat *content.Catalog) error {
	totals := map[string]int{}
	for _, c := range cat.Completions {
		if c.CIP == "99" {
			totals[c.UnitID] += c.Total
		}
	}
	stmt, err := tx.PrepareContext(ctx, `INSERT INTO institutions
		(unitid, slug, name, address, city, state, zip, website, control, level, lat, lon, total, system)
		VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`)
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
			in.Website, int(in.Control), int(in.Level), lat, lon, totals[in.UnitID], in.System); err != nil {
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
	if err := insertSchoolFacts(ctx, tx, cat); err != nil {
		return fmt.Errorf("school facts: %w", err)
	}
	if err := insertOffices(ctx, tx, cat); err != nil {
		return fmt.Errorf("system offices: %w", err)
	}
	return nil
}

// unitChunk is how many schools one query of forUnits asks about: a CSV
// of every school reads them in a few queries, each well under SQLite's
// limit on parameters.
const unitChunk = 500

// forUnits runs a query over the schools' unit IDs, unitChunk at a time:
// query gets the list of placeholders, and each row is scanned into dst,
// whose first element is the *int that receives the unit ID; set then
// gets the school of that row.
func forUnits(ctx context.Context, tx *sql.Tx, ss []career.School, query func(in string) string, dst []any, set func(sc *career.School)) error {
	pos := make(map[int]int, len(ss))
	for i := range ss {
		pos[unitNumber(ss[i].UnitID)] = i
	}
	id := dst[0].(*int)
	for lo := 0; lo < len(ss); lo += unitChunk {
		part := ss[lo:min(lo+unitChunk, len(ss))]
		args := make([]any, len(part))
		for i, sc := range part {
			args[i] = unitNumber(sc.UnitID)
		}
		rows, err := tx.QueryContext(ctx, query(placeholders(len(part))), args...)
		if err != nil {
			return err
		}
		for rows.Next() {
			if err := rows.Scan(dst...); err != nil {
				rows.Close()
				return err
			}
			if i, ok := pos[*id]; ok {
				set(&ss[i])
			}
		}
		rows.Close()
		if err := rows.Err(); err != nil {
			return err
		}
	}
	return nil
}

// attachDetails reads the institution columns the candidate query left
// out: address, kind, location and total awards.
func attachDetails(ctx context.Context, tx *sql.Tx, ss []career.School) error {
	var id int
	var d career.School
	var lat, lon sql.NullFloat64
	dst := []any{&id, &d.Slug, &d.Address, &d.City, &d.State, &d.ZIP, &d.Website, &d.Control, &d.Level, &lat, &lon, &d.Total}
	return forUnits(ctx, tx, ss, func(in string) string {
		return `SELECT unitid, slug, address, city, state, zip, website, control, level, lat, lon, total
			FROM institutions WHERE unitid IN (` + in + `)`
	}, dst, func(sc *career.School) {
		sc.Slug, sc.Address, sc.City, sc.State, sc.ZIP, sc.Website = d.Slug, d.Address, d.City, d.State, d.ZIP, d.Website
		sc.Control, sc.Level, sc.Total = d.Control, d.Level, d.Total
		sc.Lat, sc.Lon, sc.HasGeo = lat.Float64, lon.Float64, lat.Valid && lon.Valid
	})
}

// attachFacts reads what the schools reported to IPEDS IC, ADM and SFA,
// on the tables' primary keys; a school missing from a survey keeps the
// zero value, not reported.
func attachFacts(ctx context.Context, tx *sql.Tx, ss []career.School) error {
	for i := range ss {
		ss[i].Facts = career.SchoolFacts{}
	}
	read := func(table string, cols []string, set func(sc *career.School, fs []fact)) error {
		var id int
		fs := make([]fact, len(cols))
		dst := make([]any, 0, 1+2*len(cols))
		dst = append(dst, &id)
		for i := range fs {
			dst = append(dst, &fs[i].v, &fs[i].na)
		}
		return forUnits(ctx, tx, ss, func(in string) string {
			return "SELECT unitid, " + strings.Join(withNA(cols), ", ") + " FROM " + table + " WHERE unitid IN (" + in + ")"
		}, dst, func(sc *career.School) { set(sc, fs) })
	}
	if err := read("school_characteristics", characteristicColumns, func(sc *career.School, f []fact) {
		sc.Facts.Characteristics = career.Characteristics{UnitID: sc.UnitID, OpenAdmission: f[0].answer(), OnlinePrograms: f[1].answer(),
			OnlineUndergrad: f[2].answer(), OnlineGraduate: f[3].answer(), AllOnline: f[4].answer(), OnlineCourses: f[5].answer()}
	}); err != nil {
		return err
	}
	if err := read("school_admissions", admissionColumns, func(sc *career.School, f []fact) {
		sc.Facts.Admissions = career.Admissions{UnitID: sc.UnitID, Applicants: f[0].figure(), Admitted: f[1].figure()}
	}); err != nil {
		return err
	}
	return read("school_aid", aidColumns, func(sc *career.School, f []fact) {
		sc.Facts.Aid = career.StudentAid{UnitID: sc.UnitID, Students: f[0].figure(), GrantPct: f[1].figure(), GrantAvg: f[2].figure(),
			LoanPct: f[3].figure(), LoanAvg: f[4].figure()}
	})
}
