package ipeds

// Three more IPEDS files describe each school beyond its directory entry:
// Institutional Characteristics (icYYYY.csv), Admissions (admYYYY.csv)
// and Student Financial Aid (sfaYYZZ.csv). The variables read, from each
// file's data dictionary (sheets Varlist, Description, Frequencies and
// Imputation values):
//
// IC, one row per school, coded answers without imputation flags:
//   - OPENADMP: open admission policy for first-time undergraduates;
//     1 yes, 2 no, -2 not applicable (no first-time undergraduates, or
//     a system office).
//   - DISTPGS: distance education programs offered (any level); 1 yes,
//     0 implied no, -2 not reported.
//   - DSTNUGP, DSTNGP: distance education programs at the undergraduate
//     and graduate level; 1 yes, 0 implied no, -2 not applicable (no such
//     level).
//   - DISTNCED: all programs offered completely via distance education;
//     1 yes, 2 no, -2 not applicable.
//   - DISTCRS: distance education courses offered; 1 yes, 0 implied no,
//     -2 not applicable.
//
// In every IC variable -1 is "not reported". A "distance education
// program" is one whose required coursework can all be completed through
// distance education courses (the dictionary's definition).
//
// ADM (only schools without open admission report it): APPLCN applicants
// and ADMSSN admitted, first-time degree/certificate-seeking
// undergraduates, fall; the admission rate is ADMSSN ÷ APPLCN.
//
// SFA, full-time first-time degree/certificate-seeking undergraduates
// (the financial aid cohort, SCUGFFN): AGRNT_P and AGRNT_A, the percent
// awarded federal, state, local or institutional grant aid and their
// average grant; FLOAN_P and FLOAN_A, the percent awarded federal student
// loans and their average loan. (PGRNT_* is Pell grants alone, LOAN_*
// adds private loans, UAGRNTP and UFLOANP are all undergraduates.)
//
// Each ADM and SFA value has an X… flag beside it. R (reported), C
// (analyst corrected reported value), G (generated from other values the
// school reported) and Z (implied zero) are the school's own figures; A
// is not applicable (no applicants, no such students, nobody awarded
// that aid). Every other flag (B left blank, D do not know, H not
// derived, J logical imputation, K ratio adjustment, L group median, N
// nearest neighbor, P carry forward) marks a figure the school did not
// report: NCES imputed it, and we record it as not reported rather than
// show an estimate as the school's.

import (
	"bytes"
	"errors"
	"fmt"
	"regexp"
	"strconv"
	"strings"

	"github.com/careeratlas/careeratlas/internal/career"
	"github.com/careeratlas/careeratlas/internal/importer/sheet"
)

// Kind is which IPEDS file a file is, told by its header.
type Kind int

// Kinds of IPEDS files.
const (
	UnknownKind Kind = iota
	DirectoryKind
	CompletionsKind
	CharacteristicsKind
	AdmissionsKind
	AidKind
)

// String names a kind the way IPEDS names its survey.
func (k Kind) String() string {
	switch k {
	case DirectoryKind:
		return "directory (HD)"
	case CompletionsKind:
		return "completions (C)"
	case CharacteristicsKind:
		return "institutional characteristics (IC)"
	case AdmissionsKind:
		return "admissions (ADM)"
	case AidKind:
		return "student financial aid (SFA)"
	}
	return "unknown"
}

// KindOf tells which IPEDS file data is from the column names on its
// first line: the variable each file is read for.
func KindOf(data []byte) Kind {
	first, _, _ := bytes.Cut(data, []byte("\n"))
	first = bytes.TrimPrefix(first, []byte("\ufeff"))
	cols := map[string]bool{}
	for _, c := range strings.Split(string(first), ",") {
		cols[sheet.NormalizeHeader(strings.Trim(c, "\" \r"))] = true
	}
	switch {
	case !cols["unitid"]:
		return UnknownKind
	case cols["instnm"]:
		return DirectoryKind
	case cols["cipcode"]:
		return CompletionsKind
	case cols["openadmp"]:
		return CharacteristicsKind
	case cols["applcn"]:
		return AdmissionsKind
	case cols["agrnt_p"]:
		return AidKind
	}
	return UnknownKind
}

var (
	icName  = regexp.MustCompile(`(?i)(?:^|[^a-z])ic(\d{4})`)
	admName = regexp.MustCompile(`(?i)(?:^|[^a-z])adm(\d{4})`)
	sfaName = regexp.MustCompile(`(?i)(?:^|[^a-z])sfa(\d{2})(\d{2})`)
)

// release names a file's release from its IPEDS file name: ic2024.csv is
// the 2024–25 collection, adm2024.csv fall 2024, sfa2324.csv the 2023–24
// academic year.
func release(k Kind, name string) string {
	base := name[strings.LastIndexAny(name, `/\`)+1:]
	switch k {
	case CharacteristicsKind:
		if m := icName.FindStringSubmatch(base); m != nil {
			y, _ := strconv.Atoi(m[1])
			return fmt.Sprintf("%d–%02d", y, (y+1)%100)
		}
	case AdmissionsKind:
		if m := admName.FindStringSubmatch(base); m != nil {
			return "Fall " + m[1]
		}
	case AidKind:
		if m := sfaName.FindStringSubmatch(base); m != nil {
			return "20" + m[1] + "–" + m[2]
		}
	}
	return ""
}

// Characteristics is what an IC file holds.
type Characteristics struct {
	Release string // "2024–25"
	Rows    []career.Characteristics
}

// Admissions is what an ADM file holds.
type Admissions struct {
	Release string // "Fall 2024"
	Rows    []career.Admissions
}

// Aid is what an SFA file holds.
type Aid struct {
	Release string // "2023–24"
	Rows    []career.StudentAid
}

// cells gives a parser one row's cells by column name, with the row's
// line for problems.
type cells struct {
	name  string
	line  int
	row   []string
	cols  map[string]int
	probs *career.Problems
}

func (c cells) get(col string) string { return sheet.Cell(c.row, c.cols[col]) }

// answer reads a coded IC answer: 1 is yes, no the code for no, -1 (or
// nothing) not reported, and -2 naMeans.
func (c cells) answer(col string, no int, naMeans career.Reporting) career.Answer {
	v := c.get(col)
	switch v {
	case "1":
		return career.Answer{Yes: true, Reporting: career.Reported}
	case strconv.Itoa(no):
		return career.Answer{Reporting: career.Reported}
	case "-1", "":
		return career.Answer{}
	case "-2":
		return career.Answer{Reporting: naMeans}
	}
	c.probs.Add(c.name, c.line, "%s %q is not one of its codes (1, %d, -1, -2)", strings.ToUpper(col), v, no)
	return career.Answer{}
}

// figure reads a value with its X… imputation flag (see the package
// comment above for what each flag means here).
func (c cells) figure(col string) career.Figure {
	flag, v := c.get("x"+col), c.get(col)
	switch flag {
	case "R", "C", "G", "Z":
		if v == "" && flag == "Z" {
			return career.Figure{Reporting: career.Reported}
		}
		n, err := strconv.Atoi(v)
		if err != nil || n < 0 {
			c.probs.Add(c.name, c.line, "%s %q (flag %s) is not a whole number", strings.ToUpper(col), v, flag)
			return career.Figure{}
		}
		if flag == "Z" && n != 0 {
			c.probs.Add(c.name, c.line, "%s is %d but flagged Z (implied zero)", strings.ToUpper(col), n)
			return career.Figure{}
		}
		return career.Figure{Value: n, Reporting: career.Reported}
	case "A":
		return career.Figure{Reporting: career.NotApplicable}
	case "B", "D", "H", "J", "K", "L", "N", "P":
		return career.Figure{}
	}
	c.probs.Add(c.name, c.line, "X%s %q is not an IPEDS imputation flag", strings.ToUpper(col), flag)
	return career.Figure{}
}

// eachSchool reads an IPEDS file of one row per school: it checks the
// columns, the unit IDs and their uniqueness, and calls fn for each row.
func eachSchool(name string, data []byte, want []string, fn func(id string, c cells)) error {
	sh, err := sheet.Read(data, func(string) bool { return true })
	if err != nil {
		return fmt.Errorf("%s: %w", name, err)
	}
	var probs career.Problems
	hi, cols := header(name, sh, "unitid", &probs)
	if hi < 0 {
		return probs.Err()
	}
	idx := need(name, hi+1, cols, &probs, append([]string{"unitid"}, want...)...)
	if len(probs) > 0 {
		return probs.Err()
	}
	seen := map[string]int{}
	for ri := hi + 1; ri < len(sh.Rows); ri++ {
		c := cells{name: name, line: ri + 1, row: sh.Rows[ri], cols: idx, probs: &probs}
		id := c.get("unitid")
		if id == "" {
			continue
		}
		if _, err := strconv.Atoi(id); err != nil {
			probs.Add(name, c.line, "UNITID %q is not a number", id)
			continue
		}
		if prev, dup := seen[id]; dup {
			probs.Add(name, c.line, "UNITID %s already appears on line %d", id, prev)
			continue
		}
		seen[id] = c.line
		fn(id, c)
	}
	return probs.Err()
}

// withFlags lists each column with its X… flag column.
func withFlags(cols ...string) []string {
	out := make([]string, 0, 2*len(cols))
	for _, c := range cols {
		out = append(out, "x"+c, c)
	}
	return out
}

// ParseCharacteristics reads an IPEDS Institutional Characteristics file
// (icYYYY.csv): admission policy and distance education.
func ParseCharacteristics(name string, data []byte) (*Characteristics, error) {
	out := &Characteristics{Release: release(CharacteristicsKind, name)}
	err := eachSchool(name, data, []string{"openadmp", "distpgs", "dstnugp", "dstngp", "distnced", "distcrs"}, func(id string, c cells) {
		out.Rows = append(out.Rows, career.Characteristics{
			UnitID:          id,
			OpenAdmission:   c.answer("openadmp", 2, career.NotApplicable),
			OnlinePrograms:  c.answer("distpgs", 0, career.NotReported),
			OnlineUndergrad: c.answer("dstnugp", 0, career.NotApplicable),
			OnlineGraduate:  c.answer("dstngp", 0, career.NotApplicable),
			AllOnline:       c.answer("distnced", 2, career.NotApplicable),
			OnlineCourses:   c.answer("distcrs", 0, career.NotApplicable),
		})
	})
	return out, nameProblem(err, name, out.Release, "ic2024.csv")
}

// ParseAdmissions reads an IPEDS Admissions file (admYYYY.csv):
// applicants and admissions of first-time undergraduates.
func ParseAdmissions(name string, data []byte) (*Admissions, error) {
	out := &Admissions{Release: release(AdmissionsKind, name)}
	err := eachSchool(name, data, withFlags("applcn", "admssn"), func(id string, c cells) {
		a := career.Admissions{UnitID: id, Applicants: c.figure("applcn"), Admitted: c.figure("admssn")}
		if a.Applicants.Known() && a.Admitted.Known() && a.Admitted.Value > a.Applicants.Value {
			c.probs.Add(name, c.line, "ADMSSN %d is more than APPLCN %d", a.Admitted.Value, a.Applicants.Value)
		}
		out.Rows = append(out.Rows, a)
	})
	return out, nameProblem(err, name, out.Release, "adm2024.csv")
}

// ParseAid reads an IPEDS Student Financial Aid file (sfaYYZZ.csv): grant
// aid and federal loans of full-time first-time undergraduates.
func ParseAid(name string, data []byte) (*Aid, error) {
	out := &Aid{Release: release(AidKind, name)}
	err := eachSchool(name, data, withFlags("scugffn", "agrnt_p", "agrnt_a", "floan_p", "floan_a"), func(id string, c cells) {
		a := career.StudentAid{UnitID: id, Students: c.figure("scugffn"),
			GrantPct: c.figure("agrnt_p"), GrantAvg: c.figure("agrnt_a"),
			LoanPct: c.figure("floan_p"), LoanAvg: c.figure("floan_a")}
		for _, p := range []struct {
			col string
			f   career.Figure
		}{{"AGRNT_P", a.GrantPct}, {"FLOAN_P", a.LoanPct}} {
			if p.f.Known() && p.f.Value > 100 {
				c.probs.Add(name, c.line, "%s %d is more than 100 percent", p.col, p.f.Value)
			}
		}
		out.Rows = append(out.Rows, a)
	})
	return out, nameProblem(err, name, out.Release, "sfa2324.csv")
}

// nameProblem adds, to a file's other problems, that its release cannot
// be told from its name: every figure shown names its year.
func nameProblem(err error, name, release, example string) error {
	if release != "" {
		return err
	}
	var probs career.Problems
	var inv *career.InvalidError
	switch {
	case errors.As(err, &inv):
		probs = inv.Problems
	case err != nil:
		return err
	}
	probs.Add(name, 0, "the year is not in the file name: keep the IPEDS name (%s)", example)
	return probs.Err()
}
