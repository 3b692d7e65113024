package page

import (
	"math"

	"github.com/careeratlas/careeratlas/internal/career"
	"github.com/careeratlas/careeratlas/internal/view/format"
)

// SchoolFact is one thing a school reported to IPEDS, in words, with the
// survey and year it comes from.
type SchoolFact struct {
	Label  string // "Admission"
	Value  string // "58% admitted", "Not reported"
	Detail string // "13,564 of 23,406 applicants"
	// Source and Release name the survey and its year: "IPEDS
	// Admissions", "Fall 2024".
	Source, Release string
	// Missing marks an answer the school did not give or that does not
	// apply to it.
	Missing bool
}

// What a missing answer reads as. A school that did not report a figure
// shows this, never 0.
const (
	notReported   = "Not reported"
	notApplicable = "Not applicable"
)

// The datasets of the schools' IPEDS IC, ADM and SFA answers.
const (
	characteristicsData = "characteristics"
	admissionsData      = "admissions"
	aidData             = "student_aid"
)

// schoolFacts words a school's IPEDS answers: the admission policy (IC)
// or rate (ADM), distance education (IC) and aid (SFA). A survey that has
// not been imported is left out; a school missing from one that has is
// "not reported".
func schoolFacts(c Common, f career.SchoolFacts) []SchoolFact {
	ic, haveIC := c.Source(characteristicsData)
	adm, haveADM := c.Source(admissionsData)
	sfa, haveSFA := c.Source(aidData)
	var out []SchoolFact
	if haveIC || haveADM {
		out = append(out, admissionFact(f, ic, haveIC, adm, haveADM))
	}
	if haveIC {
		out = append(out, distanceFact(f.Characteristics, ic))
	}
	if haveSFA {
		out = append(out, aidFacts(f.Aid, sfa)...)
	}
	return out
}

// from sets the survey and year a fact comes from.
func (f *SchoolFact) from(s career.Source) { f.Source, f.Release = s.Name, s.Release }

func admissionFact(f career.SchoolFacts, ic career.Source, haveIC bool, adm career.Source, haveADM bool) SchoolFact {
	fact := SchoolFact{Label: "Admission"}
	if haveIC {
		fact.from(ic)
	} else {
		fact.from(adm)
	}
	open, a := f.Characteristics.OpenAdmission, f.Admissions
	switch rate, ok := a.Rate(); {
	case haveIC && open.IsYes():
		fact.Value, fact.Detail = "Open admission", "Any first-time undergraduate who applies is admitted"
	case haveADM && ok:
		fact.from(adm)
		fact.Value = format.Number(math.Round(rate), 0) + "% admitted"
		fact.Detail = format.Number(float64(a.Admitted.Value), 0) + " of " + format.Number(float64(a.Applicants.Value), 0) + " applicants"
	case haveADM && a.Applicants.Known() && a.Applicants.Value == 0:
		fact.from(adm)
		fact.Value, fact.Detail, fact.Missing = "No applicants", "No first-time undergraduate applied", true
	case haveIC && open.Reporting == career.NotApplicable:
		fact.Value, fact.Detail, fact.Missing = notApplicable, "Enrolls no first-time undergraduates", true
	case haveIC && open.IsNo() && !haveADM:
		fact.Value = "Not open admission"
	case haveIC && open.IsNo():
		fact.Value, fact.Detail, fact.Missing = notReported, "Not open admission; applicants and admissions not reported", true
		fact.from(adm)
	default:
		fact.Value, fact.Missing = notReported, true
	}
	return fact
}

func distanceFact(c career.Characteristics, source career.Source) SchoolFact {
	fact := SchoolFact{Label: "Programs fully online"}
	fact.from(source)
	switch {
	case c.AllOnline.IsYes():
		fact.Value, fact.Detail = "All programs", "Every program can be completed through distance education"
	case c.OnlinePrograms.IsYes():
		switch ug, grad := c.OnlineUndergrad.IsYes(), c.OnlineGraduate.IsYes(); {
		case ug && grad:
			fact.Value = "Undergraduate and graduate"
		case ug:
			fact.Value = "Undergraduate"
		case grad:
			fact.Value = "Graduate"
		default:
			fact.Value = "Some programs"
		}
		fact.Detail = "Some programs can be completed entirely through distance education"
	case c.OnlinePrograms.IsNo():
		fact.Value = "None"
		switch {
		case c.OnlineCourses.IsYes():
			fact.Detail = "Some courses are taught online"
		case c.OnlineCourses.IsNo():
			fact.Detail = "No courses are taught online"
		}
	case c.OnlinePrograms.Reporting == career.NotApplicable:
		fact.Value, fact.Missing = notApplicable, true
	default:
		fact.Value, fact.Missing = notReported, true
	}
	return fact
}

// aidFacts words the grant aid and federal loans of full-time first-time
// undergraduates.
func aidFacts(a career.StudentAid, source career.Source) []SchoolFact {
	noStudents := a.Students.Known() && a.Students.Value == 0
	one := func(label, what, avgLabel string, pct, avg career.Figure) SchoolFact {
		fact := SchoolFact{Label: label}
		fact.from(source)
		switch {
		case pct.Known():
			fact.Value = format.Number(float64(pct.Value), 0) + "%"
			fact.Detail = "of full-time first-time undergraduates " + what
			switch {
			case pct.Value == 0:
			case avg.Known():
				fact.Detail += "; " + avgLabel + " $" + format.Number(float64(avg.Value), 0)
			default:
				fact.Detail += "; " + avgLabel + " not reported"
			}
		case noStudents || pct.Reporting == career.NotApplicable:
			fact.Value, fact.Detail, fact.Missing = notApplicable, "No full-time first-time undergraduates", true
		default:
			fact.Value, fact.Missing = notReported, true
		}
		return fact
	}
	return []SchoolFact{
		one("Grant aid", "were awarded grants", "average grant", a.GrantPct, a.GrantAvg),
		one("Federal student loans", "were awarded federal loans", "average loan", a.LoanPct, a.LoanAvg),
	}
}

// factSources credits the surveys behind a school's facts.
func factSources(c Common) []SourceLine {
	var out []SourceLine
	if s, ok := c.Source(characteristicsData); ok {
		out = append(out, SourceLine{"Admission policy and distance education", "IPEDS Institutional Characteristics " + s.Release, s.File})
	}
	if s, ok := c.Source(admissionsData); ok {
		out = append(out, SourceLine{"Applicants and admissions", "IPEDS Admissions, " + s.Release, s.File})
	}
	if s, ok := c.Source(aidData); ok {
		out = append(out, SourceLine{"Grant aid and federal loans", "IPEDS Student Financial Aid " + s.Release, s.File})
	}
	return out
}
