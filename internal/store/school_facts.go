package store

import (
	"context"
	"database/sql"
	"errors"
	"strconv"
	"strings"

	"github.com/careeratlas/careeratlas/internal/career"
	"github.com/careeratlas/careeratlas/internal/content"
)

// The schools' IPEDS IC, ADM and SFA figures (migration 00012): each
// answer or figure is a column, NULL unless reported, and an *_na column.

var (
	characteristicColumns = []string{"open_admission", "online_programs", "online_undergrad", "online_graduate", "all_online", "online_courses"}
	admissionColumns      = []string{"applicants", "admitted"}
	aidColumns            = []string{"students", "grant_pct", "grant_avg", "fed_loan_pct", "fed_loan_avg"}
)

// withNA lists each column followed by its _na column.
func withNA(cols []string) []string {
	out := make([]string, 0, 2*len(cols))
	for _, c := range cols {
		out = append(out, c, c+"_na")
	}
	return out
}

// figureArgs are a figure's value (NULL unless reported) and _na flag.
func figureArgs(f career.Figure) (any, int) {
	na := 0
	if f.Reporting == career.NotApplicable {
		na = 1
	}
	if f.Reporting != career.Reported {
		return nil, na
	}
	return f.Value, na
}

func answerArgs(a career.Answer) (any, int) {
	f := career.Figure{Reporting: a.Reporting}
	if a.Yes {
		f.Value = 1
	}
	return figureArgs(f)
}

// fact scans a value and its _na flag.
type fact struct {
	v  sql.NullInt64
	na sql.NullInt64
}

func (f fact) figure() career.Figure {
	switch {
	case f.v.Valid:
		return career.Figure{Value: int(f.v.Int64), Reporting: career.Reported}
	case f.na.Int64 == 1:
		return career.Figure{Reporting: career.NotApplicable}
	}
	return career.Figure{}
}

func (f fact) answer() career.Answer {
	g := f.figure()
	return career.Answer{Yes: g.Known() && g.Value == 1, Reporting: g.Reporting}
}

// insertSchoolFacts writes what schools reported to IC, ADM and SFA.
func insertSchoolFacts(ctx context.Context, tx *sql.Tx, cat *content.Catalog) error {
	rows := make([][]any, 0, len(cat.Characteristics))
	for _, c := range cat.Characteristics {
		r := []any{unitNumber(c.UnitID)}
		for _, a := range []career.Answer{c.OpenAdmission, c.OnlinePrograms, c.OnlineUndergrad, c.OnlineGraduate, c.AllOnline, c.OnlineCourses} {
			v, na := answerArgs(a)
			r = append(r, v, na)
		}
		rows = append(rows, r)
	}
	if err := batchInsert(ctx, tx, "school_characteristics", append([]string{"unitid"}, withNA(characteristicColumns)...), rows); err != nil {
		return err
	}
	rows = rows[:0]
	for _, a := range cat.Admissions {
		r := []any{unitNumber(a.UnitID)}
		for _, f := range []career.Figure{a.Applicants, a.Admitted} {
			v, na := figureArgs(f)
			r = append(r, v, na)
		}
		rows = append(rows, r)
	}
	if err := batchInsert(ctx, tx, "school_admissions", append([]string{"unitid"}, withNA(admissionColumns)...), rows); err != nil {
		return err
	}
	rows = rows[:0]
	for _, a := range cat.Aid {
		r := []any{unitNumber(a.UnitID)}
		for _, f := range []career.Figure{a.Students, a.GrantPct, a.GrantAvg, a.LoanPct, a.LoanAvg} {
			v, na := figureArgs(f)
			r = append(r, v, na)
		}
		rows = append(rows, r)
	}
	return batchInsert(ctx, tx, "school_aid", append([]string{"unitid"}, withNA(aidColumns)...), rows)
}

// unitNumber is a unit ID as the tables key it; the content loader has
// checked that it is a number.
func unitNumber(s string) int {
	n, _ := strconv.Atoi(s)
	return n
}

// findSchoolFacts reads what one school reported to IC, ADM and SFA; a
// survey the school is not in stays the zero value, not reported.
func findSchoolFacts(ctx context.Context, tx *sql.Tx, id string) (career.SchoolFacts, error) {
	var out career.SchoolFacts
	one := func(table string, cols []string, dst []*fact) error {
		q := "SELECT " + strings.Join(withNA(cols), ", ")
		args := make([]any, 0, 2*len(dst))
		for _, f := range dst {
			args = append(args, &f.v, &f.na)
		}
		err := tx.QueryRowContext(ctx, q+" FROM "+table+" WHERE unitid = ?", unitNumber(id)).Scan(args...)
		if errors.Is(err, sql.ErrNoRows) {
			return nil
		}
		return err
	}
	var ic [6]fact
	if err := one("school_characteristics", characteristicColumns, []*fact{&ic[0], &ic[1], &ic[2], &ic[3], &ic[4], &ic[5]}); err != nil {
		return out, err
	}
	out.Characteristics = career.Characteristics{UnitID: id, OpenAdmission: ic[0].answer(), OnlinePrograms: ic[1].answer(),
		OnlineUndergrad: ic[2].answer(), OnlineGraduate: ic[3].answer(), AllOnline: ic[4].answer(), OnlineCourses: ic[5].answer()}
	var adm [2]fact
	if err := one("school_admissions", admissionColumns, []*fact{&adm[0], &adm[1]}); err != nil {
		return out, err
	}
	out.Admissions = career.Admissions{UnitID: id, Applicants: adm[0].figure(), Admitted: adm[1].figure()}
	var aid [5]fact
	if err := one("school_aid", aidColumns, []*fact{&aid[0], &aid[1], &aid[2], &aid[3], &aid[4]}); err != nil {
		return out, err
	}
	out.Aid = career.StudentAid{UnitID: id, Students: aid[0].figure(), GrantPct: aid[1].figure(), GrantAvg: aid[2].figure(),
		LoanPct: aid[3].figure(), LoanAvg: aid[4].figure()}
	return out, nil
}
