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
	lo := min(f.Offset, len(all))
	hi := len(all)
	if f.Limit > 0 {
		hi = min(lo+f.Limit, len(all))
	}
	res.Schools = all[lo:hi]
	if err := attachPrograms(ctx, tx, res.Schools, f); err != nil {
		return nil, fmt.Errorf("store: schools: %w", err)
	}
	return res, nil
}

// schoolQuery builds the candidate query of a search.
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
	var q string
	if f.ProgramFilter() {
		pw, pa := programWhere(f)
		where, args = append(where, pw...), append(args, pa...)
		// Without named programs, the sums by area and credential serve.
		from := "completions"
		if len(f.CIPs) == 0 {
			from = "family_awards"
		}
		q = `SELECT i.unitid, i.slug, i.name, i.address, i.city, i.state, i.zip, i.website, i.control, i.level, i.lat, i.lon, i.total,
			SUM(c.total) FROM ` + from + ` c JOIN institutions i ON i.unitid = c.unitid
			WHERE ` + strings.Join(where, " AND ") + ` GROUP BY i.unitid`
	} else {
		if len(where) == 0 {
			where = []string{"1 = 1"}
		}
		q = `SELECT i.unitid, i.slug, i.name, i.address, i.city, i.state, i.zip, i.website, i.control, i.level, i.lat, i.lon, i.total,
			i.total FROM institutions i WHERE ` + strings.Join(where, " AND ")
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
		if err := rows.Scan(&sc.UnitID, &sc.Slug, &sc.Name, &sc.Address, &sc.City, &sc.State, &sc.ZIP, &sc.Website,
			&sc.Control, &sc.Level, &lat, &lon, &sc.Total, &sc.Matched); err != nil {
			return nil, err
		}
		sc.Lat, sc.Lon, sc.HasGeo = lat.Float64, lon.Float64, lat.Valid && lon.Valid
		if p := f.Near; p != nil {
			if !sc.HasGeo {
				continue
			}
			sc.Distance = career.Miles(p.Lat, p.Lon, sc.Lat, sc.Lon)
			if sc.Distance > p.Miles {
				continue
			}
		}
		out = append(out, sc)
	}
	return out, rows.Err()
}

// ExplainSchoolSearch returns SQLite's plan for a search's main query, one
// line per step, to show that it runs on indexes.
func (s *DB) ExplainSchoolSearch(ctx context.Context, f career.SchoolFilter) ([]string, error) {
	q, args := schoolQuery(f)
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
	if len(f.Groups) > 0 {
		where = append(where, "c.grp IN ("+placeholders(len(f.Groups))+")")
		for _, g := range f.Groups {
			args = append(args, string(g))
		}
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
func attachPrograms(ctx context.Context, tx *sql.Tx, ss []career.School, f career.SchoolFilter) error {
	if f.ProgramFilter() || f.ProgramsPerSchool <= 0 {
		return attachMatching(ctx, tx, ss, f)
	}
	return attachTop(ctx, tx, ss, f.ProgramsPerSchool)
}

// attachMatching reads every matching program of the page's schools in one
// query: a program filter keeps the rows few.
func attachMatching(ctx context.Context, tx *sql.Tx, ss []career.School, f career.SchoolFilter) error {
	if len(ss) == 0 {
		return nil
	}
	where, args := programWhere(f)
	where = append(where, "c.unitid IN ("+placeholders(len(ss))+")")
	pos := map[string]int{}
	for i, sc := range ss {
		args = append(args, sc.UnitID)
		pos[sc.UnitID] = i
	}
	rows, err := tx.QueryContext(ctx, `SELECT c.unitid, c.cip, p.title, c.award, c.total
		FROM completions c JOIN programs p ON p.cip = c.cip
		WHERE `+strings.Join(where, " AND ")+`
		ORDER BY c.unitid, c.total DESC, p.title, c.award`, args...)
	if err != nil {
		return err
	}
	defer rows.Close()
	for rows.Next() {
		var id string
		var pa career.ProgramAward
		if err := rows.Scan(&id, &pa.CIP, &pa.Title, &pa.Award, &pa.Total); err != nil {
			return err
		}
		sc := &ss[pos[id]]
		if f.ProgramsPerSchool > 0 && len(sc.Programs) >= f.ProgramsPerSchool {
			sc.MorePrograms++
			continue
		}
		sc.Programs = append(sc.Programs, pa)
	}
	return rows.Err()
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

// SchoolByID returns one school with all its programs.
func (s *DB) SchoolByID(ctx context.Context, unitID string) (*career.School, error) {
	tx, err := s.db.BeginTx(ctx, &sql.TxOptions{ReadOnly: true})
	if err != nil {
		return nil, fmt.Errorf("store: school %s: %w", unitID, err)
	}
	defer tx.Rollback()
	var sc career.School
	var lat, lon sql.NullFloat64
	err = tx.QueryRowContext(ctx, `SELECT unitid, slug, name, address, city, state, zip, website, control, level, lat, lon, total
		FROM institutions WHERE unitid = ?`, unitID).Scan(&sc.UnitID, &sc.Slug, &sc.Name, &sc.Address, &sc.City, &sc.State,
		&sc.ZIP, &sc.Website, &sc.Control, &sc.Level, &lat, &lon, &sc.Total)
	if err != nil {
		return nil, fmt.Errorf("store: school %s: %w", unitID, notFound(err))
	}
	sc.Lat, sc.Lon, sc.HasGeo = lat.Float64, lon.Float64, lat.Valid && lon.Valid
	ss := []career.School{sc}
	if err := attachPrograms(ctx, tx, ss, career.SchoolFilter{}); err != nil {
		return nil, fmt.Errorf("store: school %s: %w", unitID, err)
	}
	return &ss[0], nil
}

// Place returns the location of a ZIP code.
func (s *DB) Place(ctx context.Context, zip string) (*career.Place, error) {
	var p career.Place
	err := s.db.QueryRowContext(ctx, `SELECT zip, name, state, lat, lon FROM places WHERE zip = ?`, zip).
		Scan(&p.ZIP, &p.Name, &p.State, &p.Lat, &p.Lon)
	if err != nil {
		return nil, fmt.Errorf("store: ZIP %s: %w", zip, notFound(err))
	}
	return &p, nil
}

// States returns the states, districts and territories that have schools,
// by name.
func (s *DB) States(ctx context.Context) ([]career.State, error) {
	rows, err := s.db.QueryContext(ctx, `SELECT DISTINCT i.state, COALESCE(st.name, i.state), COALESCE(st.fips, '')
		FROM institutions i LEFT JOIN states st ON st.code = i.state ORDER BY 2`)
	if err != nil {
		return nil, fmt.Errorf("store: states: %w", err)
	}
	defer rows.Close()
	var out []career.State
	for rows.Next() {
		var st career.State
		if err := rows.Scan(&st.Code, &st.Name, &st.FIPS); err != nil {
			return nil, fmt.Errorf("store: states: %w", err)
		}
		if name, ok := career.FreelyAssociatedStates[st.Code]; ok && st.Name == st.Code {
			st.Name = name
		}
		out = append(out, st)
	}
	if err := rows.Err(); err != nil {
		return nil, fmt.Errorf("store: states: %w", err)
	}
	slices.SortFunc(out, func(a, b career.State) int { return strings.Compare(a.Name, b.Name) })
	return out, nil
}

// Families returns the 2-digit CIP families that have completions.
func (s *DB) Families(ctx context.Context) ([]career.Program, error) {
	return s.queryPrograms(ctx, `SELECT p.cip, p.title FROM programs p
		WHERE length(p.cip) = 2 AND EXISTS (SELECT 1 FROM completions c WHERE c.family = p.cip) ORDER BY p.title`)
}

// ProgramsInFamily returns the 6-digit programs of a family that some
// school offers.
func (s *DB) ProgramsInFamily(ctx context.Context, family string) ([]career.Program, error) {
	return s.queryPrograms(ctx, `SELECT p.cip, p.title FROM programs p
		WHERE p.family = ? AND length(p.cip) = 7 AND EXISTS (SELECT 1 FROM completions c WHERE c.cip = p.cip)
		ORDER BY p.title`, family)
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
func (s *DB) ProgramsForOccupation(ctx context.Context, soc string) ([]career.ProgramOffer, error) {
	rows, err := s.db.QueryContext(ctx, `SELECT p.cip, p.title,
		(SELECT COUNT(DISTINCT c.unitid) FROM completions c WHERE c.cip = p.cip)
		FROM pathways pw JOIN programs p ON p.cip = pw.cip WHERE pw.soc = ? ORDER BY 3 DESC, p.title`, soc)
	if err != nil {
		return nil, fmt.Errorf("store: programs for %s: %w", soc, err)
	}
	defer rows.Close()
	var out []career.ProgramOffer
	for rows.Next() {
		var po career.ProgramOffer
		if err := rows.Scan(&po.Code, &po.Title, &po.Schools); err != nil {
			return nil, fmt.Errorf("store: programs for %s: %w", soc, err)
		}
		out = append(out, po)
	}
	return out, rows.Err()
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

func (s *DB) queryPrograms(ctx context.Context, q string, args ...any) ([]career.Program, error) {
	rows, err := s.db.QueryContext(ctx, q, args...)
	if err != nil {
		return nil, fmt.Errorf("store: programs: %w", err)
	}
	defer rows.Close()
	var out []career.Program
	for rows.Next() {
		var p career.Program
		if err := rows.Scan(&p.Code, &p.Title); err != nil {
			return nil, fmt.Errorf("store: programs: %w", err)
		}
		out = append(out, p)
	}
	return out, rows.Err()
}

func placeholders(n int) string {
	return strings.TrimSuffix(strings.Repeat("?, ", n), ", ")
}

// escapeLike escapes the LIKE wildcards in user text.
func escapeLike(s string) string {
	return strings.NewReplacer(`\`, `\\`, `%`, `\%`, `_`, `\_`).Replace(s)
}

// OccupationsByProgram returns, for each of the given programs, the
// occupations the crosswalk links it to, by title.
func (s *DB) OccupationsByProgram(ctx context.Context, cips []string) (map[string][]career.OccupationLink, error) {
	out := map[string][]career.OccupationLink{}
	if len(cips) == 0 {
		return out, nil
	}
	args := make([]any, len(cips))
	for i, c := range cips {
		args[i] = c
	}
	rows, err := s.db.QueryContext(ctx, `SELECT pw.cip, o.soc, o.slug, o.title FROM pathways pw
		JOIN occupations o ON o.soc = pw.soc WHERE pw.cip IN (`+placeholders(len(cips))+`) ORDER BY o.title`, args...)
	if err != nil {
		return nil, fmt.Errorf("store: occupations by program: %w", err)
	}
	defer rows.Close()
	for rows.Next() {
		var cip string
		var l career.OccupationLink
		if err := rows.Scan(&cip, &l.SOC, &l.Slug, &l.Title); err != nil {
			return nil, fmt.Errorf("store: occupations by program: %w", err)
		}
		out[cip] = append(out[cip], l)
	}
	return out, rows.Err()
}

// SchoolRefs returns every school's ID and slug, for the sitemap.
func (s *DB) SchoolRefs(ctx context.Context) ([]career.SchoolRef, error) {
	rows, err := s.db.QueryContext(ctx, `SELECT unitid, slug FROM institutions ORDER BY unitid`)
	if err != nil {
		return nil, fmt.Errorf("store: schools: %w", err)
	}
	defer rows.Close()
	var out []career.SchoolRef
	for rows.Next() {
		var r career.SchoolRef
		if err := rows.Scan(&r.UnitID, &r.Slug); err != nil {
			return nil, fmt.Errorf("store: schools: %w", err)
		}
		out = append(out, r)
	}
	return out, rows.Err()
}

// OfferedPrograms returns the 6-digit programs some school offers.
func (s *DB) OfferedPrograms(ctx context.Context) ([]string, error) {
	rows, err := s.db.QueryContext(ctx, `SELECT DISTINCT cip FROM completions ORDER BY cip`)
	if err != nil {
		return nil, fmt.Errorf("store: programs: %w", err)
	}
	defer rows.Close()
	var out []string
	for rows.Next() {
		var c string
		if err := rows.Scan(&c); err != nil {
			return nil, fmt.Errorf("store: programs: %w", err)
		}
		out = append(out, c)
	}
	return out, rows.Err()
}

// Places returns every ZIP code with its location.
func (s *DB) Places(ctx context.Context) ([]career.Place, error) {
	rows, err := s.db.QueryContext(ctx, `SELECT zip, name, state, lat, lon FROM places ORDER BY zip`)
	if err != nil {
		return nil, fmt.Errorf("store: places: %w", err)
	}
	defer rows.Close()
	var out []career.Place
	for rows.Next() {
		var p career.Place
		if err := rows.Scan(&p.ZIP, &p.Name, &p.State, &p.Lat, &p.Lon); err != nil {
			return nil, fmt.Errorf("store: places: %w", err)
		}
		out = append(out, p)
	}
	return out, rows.Err()
}

// Programs returns every CIP code with its title: families, series and
// programs.
func (s *DB) Programs(ctx context.Context) ([]career.Program, error) {
	return s.queryPrograms(ctx, `SELECT cip, title FROM programs ORDER BY cip`)
}
