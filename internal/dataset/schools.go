package dataset

import (
	"io/fs"
	"strconv"

	"github.com/careeratlas/careeratlas/internal/career"
)

// Dataset names of the school data.
const (
	InstitutionsName = "institutions"
	CompletionsName  = "completions"
	ProgramsName     = "cip"
	PathwaysName     = "cip_soc"
	PlacesName       = "zips"
	StatesName       = "states"
	// CharacteristicsName, AdmissionsName and AidName are what schools
	// reported to IPEDS IC, ADM and SFA.
	CharacteristicsName = "characteristics"
	AdmissionsName      = "admissions"
	AidName             = "student_aid"
)

var institutionColumns = []string{"unitid", "name", "address", "city", "state", "zip", "website", "control", "level", "lat", "lon", "system"}

// WriteInstitutions writes the IPEDS directory, sorted by UNITID.
func WriteInstitutions(dir string, is []career.Institution, src career.Source) error {
	t := table{header: institutionColumns}
	for _, in := range is {
		lat, lon := "", ""
		if in.HasGeo {
			lat, lon = strconv.FormatFloat(in.Lat, 'f', 6, 64), strconv.FormatFloat(in.Lon, 'f', 6, 64)
		}
		t.rows = append(t.rows, []string{in.UnitID, in.Name, in.Address, in.City, in.State, in.ZIP, in.Website,
			strconv.Itoa(int(in.Control)), strconv.Itoa(int(in.Level)), lat, lon, in.System})
	}
	sortedNumeric(t.rows, 0)
	return write(dir, InstitutionsName, t, src)
}

// ReadInstitutions reads what WriteInstitutions wrote.
func ReadInstitutions(fsys fs.FS, dir string) ([]career.Institution, career.Source, error) {
	var out []career.Institution
	// The system column came after the others: a directory imported
	// before it reads as schools of no system.
	want := institutionColumns[:len(institutionColumns)-1]
	src, err := read(fsys, dir, InstitutionsName, want, func(r record) {
		in := career.Institution{UnitID: r.get("unitid"), Name: r.get("name"), Address: r.get("address"), City: r.get("city"),
			State: r.get("state"), ZIP: r.get("zip"), Website: r.get("website"), System: r.get("system"),
			Control: career.Control(r.integer("control")), Level: career.Level(r.integer("level"))}
		if r.get("lat") != "" {
			in.Lat, in.Lon, in.HasGeo = r.float("lat"), r.float("lon"), true
		}
		if in.UnitID == "" || in.Name == "" {
			r.probs.Add(r.file, r.line, "unitid and name are required")
		}
		out = append(out, in)
	})
	return out, src, err
}

var completionColumns = []string{"unitid", "cip", "award", "total"}

// WriteCompletions writes completions sorted by UNITID, CIP code and award.
func WriteCompletions(dir string, cs []career.Completion, src career.Source) error {
	t := table{header: completionColumns}
	for _, c := range cs {
		t.rows = append(t.rows, []string{c.UnitID, c.CIP, strconv.Itoa(int(c.Award)), strconv.Itoa(c.Total)})
	}
	sortedNumeric(t.rows, 0, 1, 2)
	return write(dir, CompletionsName, t, src)
}

// ReadCompletions reads what WriteCompletions wrote.
func ReadCompletions(fsys fs.FS, dir string) ([]career.Completion, career.Source, error) {
	out := make([]career.Completion, 0, 300000)
	src, err := read(fsys, dir, CompletionsName, completionColumns, func(r record) {
		c := career.Completion{UnitID: r.get("unitid"), CIP: r.get("cip"), Award: career.Award(r.integer("award")), Total: r.integer("total")}
		if c.CIP != "99" && !career.ValidCIP(c.CIP) {
			r.probs.Add(r.file, r.line, "%q is not a CIP code", c.CIP)
		}
		if !c.Award.Known() {
			r.probs.Add(r.file, r.line, "award level %d is not one IPEDS uses", c.Award)
		}
		out = append(out, c)
	})
	return out, src, err
}

var programColumns = []string{"cip", "title"}

// WritePrograms writes the CIP list sorted by code.
func WritePrograms(dir string, ps []career.Program, src career.Source) error {
	t := table{header: programColumns}
	for _, p := range ps {
		t.rows = append(t.rows, []string{p.Code, p.Title})
	}
	sortedBy(t.rows, 0)
	return write(dir, ProgramsName, t, src)
}

// ReadPrograms reads what WritePrograms wrote.
func ReadPrograms(fsys fs.FS, dir string) ([]career.Program, career.Source, error) {
	var out []career.Program
	src, err := read(fsys, dir, ProgramsName, programColumns, func(r record) {
		out = append(out, career.Program{Code: r.get("cip"), Title: r.get("title")})
	})
	return out, src, err
}

var pathwayColumns = []string{"cip", "soc"}

// WritePathways writes the CIP–SOC crosswalk sorted by CIP then SOC.
func WritePathways(dir string, ps []career.Pathway, src career.Source) error {
	t := table{header: pathwayColumns}
	for _, p := range ps {
		t.rows = append(t.rows, []string{p.CIP, p.SOC})
	}
	sortedBy(t.rows, 0, 1)
	return write(dir, PathwaysName, t, src)
}

// ReadPathways reads what WritePathways wrote.
func ReadPathways(fsys fs.FS, dir string) ([]career.Pathway, career.Source, error) {
	var out []career.Pathway
	src, err := read(fsys, dir, PathwaysName, pathwayColumns, func(r record) {
		p := career.Pathway{CIP: r.get("cip"), SOC: r.get("soc")}
		if !career.ValidCIP(p.CIP) || !career.ValidSOC(p.SOC) {
			r.probs.Add(r.file, r.line, "%q → %q is not a CIP code and a SOC code", p.CIP, p.SOC)
		}
		out = append(out, p)
	})
	return out, src, err
}

var placeColumns = []string{"zip", "place", "state", "lat", "lon"}

// WritePlaces writes ZIP codes sorted by ZIP.
func WritePlaces(dir string, ps []career.Place, src career.Source) error {
	t := table{header: placeColumns}
	for _, p := range ps {
		t.rows = append(t.rows, []string{p.ZIP, p.Name, p.State,
			strconv.FormatFloat(p.Lat, 'f', 4, 64), strconv.FormatFloat(p.Lon, 'f', 4, 64)})
	}
	sortedBy(t.rows, 0)
	return write(dir, PlacesName, t, src)
}

// ReadPlaces reads what WritePlaces wrote.
func ReadPlaces(fsys fs.FS, dir string) ([]career.Place, career.Source, error) {
	var out []career.Place
	src, err := read(fsys, dir, PlacesName, placeColumns, func(r record) {
		out = append(out, career.Place{ZIP: r.get("zip"), Name: r.get("place"), State: r.get("state"), Lat: r.float("lat"), Lon: r.float("lon")})
	})
	return out, src, err
}

var stateColumns = []string{"fips", "code", "name"}

// WriteStates writes the state list sorted by USPS code.
func WriteStates(dir string, ss []career.State, src career.Source) error {
	t := table{header: stateColumns}
	for _, s := range ss {
		t.rows = append(t.rows, []string{s.FIPS, s.Code, s.Name})
	}
	sortedBy(t.rows, 1)
	return write(dir, StatesName, t, src)
}

// ReadStates reads what WriteStates wrote.
func ReadStates(fsys fs.FS, dir string) ([]career.State, career.Source, error) {
	var out []career.State
	src, err := read(fsys, dir, StatesName, stateColumns, func(r record) {
		out = append(out, career.State{FIPS: r.get("fips"), Code: r.get("code"), Name: r.get("name")})
	})
	return out, src, err
}

// Answers and figures that schools report to IPEDS are written as "yes",
// "no" or a whole number; "n/a" when the question does not apply to the
// school, and nothing when the school did not report (or NCES imputed the
// figure), so that a missing answer never reads as "no" or 0.

const notApplicable = "n/a"

func formatAnswer(a career.Answer) string {
	switch a.Reporting {
	case career.Reported:
		if a.Yes {
			return "yes"
		}
		return "no"
	case career.NotApplicable:
		return notApplicable
	}
	return ""
}

func formatFigure(f career.Figure) string {
	switch f.Reporting {
	case career.Reported:
		return strconv.Itoa(f.Value)
	case career.NotApplicable:
		return notApplicable
	}
	return ""
}

func (r record) answer(col string) career.Answer {
	switch v := r.get(col); v {
	case "yes":
		return career.Answer{Yes: true, Reporting: career.Reported}
	case "no":
		return career.Answer{Reporting: career.Reported}
	case notApplicable:
		return career.Answer{Reporting: career.NotApplicable}
	case "":
		return career.Answer{}
	default:
		r.probs.Add(r.file, r.line, "column %s: %q is not yes, no, n/a or empty (not reported)", col, v)
		return career.Answer{}
	}
}

func (r record) figure(col string) career.Figure {
	switch v := r.get(col); v {
	case notApplicable:
		return career.Figure{Reporting: career.NotApplicable}
	case "":
		return career.Figure{}
	default:
		n, err := strconv.Atoi(v)
		if err != nil || n < 0 {
			r.probs.Add(r.file, r.line, "column %s: %q is not a whole number, n/a or empty (not reported)", col, v)
			return career.Figure{}
		}
		return career.Figure{Value: n, Reporting: career.Reported}
	}
}

func (r record) unitID() string {
	id := r.get("unitid")
	if _, err := strconv.Atoi(id); err != nil {
		r.probs.Add(r.file, r.line, "unitid %q is not a number", id)
	}
	return id
}

var characteristicsColumns = []string{"unitid", "open_admission", "online_programs", "online_undergrad", "online_graduate", "all_online", "online_courses"}

// WriteCharacteristics writes schools' IPEDS IC answers, sorted by UNITID.
func WriteCharacteristics(dir string, cs []career.Characteristics, src career.Source) error {
	t := table{header: characteristicsColumns}
	for _, c := range cs {
		t.rows = append(t.rows, []string{c.UnitID, formatAnswer(c.OpenAdmission), formatAnswer(c.OnlinePrograms),
			formatAnswer(c.OnlineUndergrad), formatAnswer(c.OnlineGraduate), formatAnswer(c.AllOnline), formatAnswer(c.OnlineCourses)})
	}
	sortedNumeric(t.rows, 0)
	return write(dir, CharacteristicsName, t, src)
}

// ReadCharacteristics reads what WriteCharacteristics wrote.
func ReadCharacteristics(fsys fs.FS, dir string) ([]career.Characteristics, career.Source, error) {
	var out []career.Characteristics
	src, err := read(fsys, dir, CharacteristicsName, characteristicsColumns, func(r record) {
		out = append(out, career.Characteristics{UnitID: r.unitID(), OpenAdmission: r.answer("open_admission"),
			OnlinePrograms: r.answer("online_programs"), OnlineUndergrad: r.answer("online_undergrad"),
			OnlineGraduate: r.answer("online_graduate"), AllOnline: r.answer("all_online"), OnlineCourses: r.answer("online_courses")})
	})
	return out, src, err
}

var admissionsColumns = []string{"unitid", "applicants", "admitted"}

// WriteAdmissions writes schools' IPEDS ADM figures, sorted by UNITID.
func WriteAdmissions(dir string, as []career.Admissions, src career.Source) error {
	t := table{header: admissionsColumns}
	for _, a := range as {
		t.rows = append(t.rows, []string{a.UnitID, formatFigure(a.Applicants), formatFigure(a.Admitted)})
	}
	sortedNumeric(t.rows, 0)
	return write(dir, AdmissionsName, t, src)
}

// ReadAdmissions reads what WriteAdmissions wrote.
func ReadAdmissions(fsys fs.FS, dir string) ([]career.Admissions, career.Source, error) {
	var out []career.Admissions
	src, err := read(fsys, dir, AdmissionsName, admissionsColumns, func(r record) {
		a := career.Admissions{UnitID: r.unitID(), Applicants: r.figure("applicants"), Admitted: r.figure("admitted")}
		if a.Applicants.Known() && a.Admitted.Known() && a.Admitted.Value > a.Applicants.Value {
			r.probs.Add(r.file, r.line, "%d admitted of %d applicants", a.Admitted.Value, a.Applicants.Value)
		}
		out = append(out, a)
	})
	return out, src, err
}

var aidColumns = []string{"unitid", "students", "grant_pct", "grant_avg", "fed_loan_pct", "fed_loan_avg"}

// WriteAid writes schools' IPEDS SFA figures, sorted by UNITID.
func WriteAid(dir string, as []career.StudentAid, src career.Source) error {
	t := table{header: aidColumns}
	for _, a := range as {
		t.rows = append(t.rows, []string{a.UnitID, formatFigure(a.Students), formatFigure(a.GrantPct), formatFigure(a.GrantAvg),
			formatFigure(a.LoanPct), formatFigure(a.LoanAvg)})
	}
	sortedNumeric(t.rows, 0)
	return write(dir, AidName, t, src)
}

// ReadAid reads what WriteAid wrote.
func ReadAid(fsys fs.FS, dir string) ([]career.StudentAid, career.Source, error) {
	var out []career.StudentAid
	src, err := read(fsys, dir, AidName, aidColumns, func(r record) {
		a := career.StudentAid{UnitID: r.unitID(), Students: r.figure("students"), GrantPct: r.figure("grant_pct"),
			GrantAvg: r.figure("grant_avg"), LoanPct: r.figure("fed_loan_pct"), LoanAvg: r.figure("fed_loan_avg")}
		for _, p := range []career.Figure{a.GrantPct, a.LoanPct} {
			if p.Known() && p.Value > 100 {
				r.probs.Add(r.file, r.line, "%d percent is more than 100", p.Value)
			}
		}
		out = append(out, a)
	})
	return out, src, err
}
