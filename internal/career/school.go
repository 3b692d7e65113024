package career

import (
	"fmt"
	"math"
	"slices"
	"strconv"
	"strings"
)

// Institution is one postsecondary school from the IPEDS directory.
type Institution struct {
	UnitID  string // IPEDS unit ID, "100654"
	Name    string
	Address string
	City    string
	State   string // USPS code, "AL"
	ZIP     string
	Website string // as IPEDS records it, often without a scheme
	Control Control
	Level   Level
	Lat     float64
	Lon     float64
	HasGeo  bool // whether Lat and Lon are known
	// System is the IPEDS code (F1SYSCOD) of the multi-institution system
	// the school belongs to, such as "133010" for the State University of
	// New York; empty when it belongs to none.
	System string
}

// Control is who runs a school.
type Control int

// IPEDS CONTROL codes.
const (
	Public           Control = 1
	PrivateNonprofit Control = 2
	PrivateForProfit Control = 3
)

// Controls lists the kinds of control with their plain names and URL keys.
var Controls = []struct {
	Control Control
	Key     string
	Label   string
}{
	{Public, "public", "Public"},
	{PrivateNonprofit, "nonprofit", "Private nonprofit"},
	{PrivateForProfit, "forprofit", "Private for-profit"},
}

// Label is the plain name of a control.
func (c Control) Label() string {
	for _, x := range Controls {
		if x.Control == c {
			return x.Label
		}
	}
	return "Unknown"
}

// Level is the highest level of award a school offers, by IPEDS ICLEVEL.
type Level int

// IPEDS ICLEVEL codes.
const (
	FourYear    Level = 1
	TwoYear     Level = 2
	LessThanTwo Level = 3
)

// Label is the plain name of a level.
func (l Level) Label() string {
	switch l {
	case FourYear:
		return "Four-year or above"
	case TwoYear:
		return "Two-year"
	case LessThanTwo:
		return "Less than two-year"
	}
	return "Unknown"
}

// Completion is the number of awards a school conferred in one program of
// study (a 6-digit CIP code) at one award level, first majors only.
type Completion struct {
	UnitID string
	CIP    string // "51.0707"; "99" is the school's total
	Award  Award
	Total  int
}

// AwardYear is the academic year whose awards an IPEDS Completions
// release counts: release "2024" (file c2024_a) holds the awards of July
// 2023 to June 2024, "2023–24". A release that is not a year is returned
// as it is.
func AwardYear(release string) string {
	y, err := strconv.Atoi(release)
	if err != nil || len(release) != 4 {
		return release
	}
	return fmt.Sprintf("%d–%02d", y-1, y%100)
}

// Award is an IPEDS award level (AWLEVEL).
type Award int

// AwardCount is how many awards of a level were conferred.
type AwardCount struct {
	Award Award
	Total int
}

// Awards lists the IPEDS award levels we know, in order of length.
var Awards = []struct {
	Award Award
	Label string
	Group CredentialGroup
}{
	{20, "Certificate under 12 weeks", CertificateShort},
	{21, "Certificate, 12 weeks to under 1 year", CertificateShort},
	{1, "Certificate under 1 year", CertificateShort},
	{2, "Certificate, 1 to under 2 years", CertificateLong},
	{3, "Associate's degree", Associate},
	{4, "Certificate, 2 to under 4 years", CertificateLong},
	{5, "Bachelor's degree", Bachelor},
	{6, "Postbaccalaureate certificate", Graduate},
	{7, "Master's degree", Graduate},
	{8, "Post-master's certificate", Graduate},
	{17, "Doctor's degree, research/scholarship", Graduate},
	{18, "Doctor's degree, professional practice", Graduate},
	{19, "Doctor's degree, other", Graduate},
}

// Label is the plain name of an award level.
func (a Award) Label() string {
	for _, x := range Awards {
		if x.Award == a {
			return x.Label
		}
	}
	return "Other award"
}

// Rank is the place of an award level in Awards, shortest first; one we
// do not know comes after all.
func (a Award) Rank() int {
	for i, x := range Awards {
		if x.Award == a {
			return i
		}
	}
	return len(Awards)
}

// Group is the credential group an award level belongs to.
func (a Award) Group() CredentialGroup {
	for _, x := range Awards {
		if x.Award == a {
			return x.Group
		}
	}
	return ""
}

// Known reports whether a is an IPEDS award level.
func (a Award) Known() bool { return a.Group() != "" }

// CredentialGroup is how the school finder groups award levels.
type CredentialGroup string

// Credential groups, from shortest to longest.
const (
	CertificateShort CredentialGroup = "certificate-short"
	CertificateLong  CredentialGroup = "certificate-long"
	Associate        CredentialGroup = "associate"
	Bachelor         CredentialGroup = "bachelor"
	Graduate         CredentialGroup = "graduate"
)

// CredentialGroups lists the groups with their plain names.
var CredentialGroups = []struct {
	Group CredentialGroup
	Label string
}{
	{CertificateShort, "Certificate, under 1 year"},
	{CertificateLong, "Certificate, 1 year or more"},
	{Associate, "Associate's degree"},
	{Bachelor, "Bachelor's degree"},
	{Graduate, "Graduate degree or certificate"},
}

// Label is the plain name of a credential group.
func (g CredentialGroup) Label() string {
	for _, x := range CredentialGroups {
		if x.Group == g {
			return x.Label
		}
	}
	return ""
}

// StudyGroups returns the credential groups that lead into an occupation,
// for "where to study" links: those its profile names (Study), else those
// that fit BLS's typical entry education.
func (o *Occupation) StudyGroups() []CredentialGroup {
	if len(o.Study) > 0 {
		return o.Study
	}
	if o.Projection == nil {
		return nil
	}
	return GroupsForEducation(o.Projection.Education)
}

// EntryEducation is the least education that usually leads into an
// occupation, one of Educations: that of the shortest credential its
// profile names in study, else BLS's typical entry education; "" when
// neither is known.
func EntryEducation(education string, study []CredentialGroup) string {
	least := ""
	for _, g := range study {
		e := g.Education()
		if least == "" || slices.Index(Educations, e) < slices.Index(Educations, least) {
			least = e
		}
	}
	if least != "" && (education == "" || slices.Index(Educations, least) < slices.Index(Educations, education)) {
		return least
	}
	return education
}

// Rank is a credential group's place in CredentialGroups, shortest
// first; -1 for one we do not know.
func (g CredentialGroup) Rank() int {
	for i, x := range CredentialGroups {
		if x.Group == g {
			return i
		}
	}
	return -1
}

// Education is the entry education a credential group meets, one of
// Educations.
func (g CredentialGroup) Education() string {
	switch g {
	case CertificateShort, CertificateLong:
		return "Postsecondary nondegree award"
	case Associate:
		return "Associate's degree"
	case Bachelor:
		return "Bachelor's degree"
	case Graduate:
		return "Master's degree"
	}
	return ""
}

// GroupsForEducation returns the credential groups that fit an
// occupation's typical entry-level education, for "where to study" links.
func GroupsForEducation(education string) []CredentialGroup {
	switch education {
	case "Postsecondary nondegree award":
		return []CredentialGroup{CertificateShort, CertificateLong, Associate}
	case "Associate's degree":
		return []CredentialGroup{Associate, CertificateLong}
	case "Bachelor's degree":
		return []CredentialGroup{Bachelor}
	case "Master's degree", "Doctoral or professional degree":
		return []CredentialGroup{Graduate}
	case "Some college, no degree", "High school diploma or equivalent", "No formal educational credential":
		return []CredentialGroup{CertificateShort, CertificateLong, Associate}
	}
	return nil
}

// Place is a U.S. ZIP code with its location (GeoNames).
type Place struct {
	ZIP   string
	Name  string
	State string
	Lat   float64
	Lon   float64
}

// State is a U.S. state, district or territory (Census codes).
type State struct {
	FIPS string
	Code string // USPS, "OH"
	Name string
}

// InSentence is a state's name as it reads inside a sentence: "the" before
// the names that take it ("the District of Columbia", "the U.S. Virgin
// Islands"), the name alone for the rest.
func InSentence(name string) string {
	switch {
	case strings.HasPrefix(name, "District of"), strings.HasPrefix(name, "U.S. "), strings.HasPrefix(name, "United States"),
		strings.HasSuffix(name, " Islands"), strings.HasPrefix(name, "Federated States"):
		return "the " + name
	}
	return name
}

// FreelyAssociatedStates names the Pacific nations whose schools report to
// IPEDS under USPS codes but that the Census state list leaves out.
var FreelyAssociatedStates = map[string]string{
	"FM": "Federated States of Micronesia",
	"MH": "Marshall Islands",
	"PW": "Palau",
}

// earthRadiusMiles is the mean radius of the Earth.
const earthRadiusMiles = 3958.8

// Miles is the great-circle distance between two points, in miles.
func Miles(lat1, lon1, lat2, lon2 float64) float64 {
	rad := math.Pi / 180
	dlat := (lat2 - lat1) * rad
	dlon := (lon2 - lon1) * rad
	a := math.Sin(dlat/2)*math.Sin(dlat/2) + math.Cos(lat1*rad)*math.Cos(lat2*rad)*math.Sin(dlon/2)*math.Sin(dlon/2)
	return 2 * earthRadiusMiles * math.Asin(math.Min(1, math.Sqrt(a)))
}

// PriceParity is a state's regional price parity: how the price of goods
// and services there compares with the nation (100), by BEA.
type PriceParity struct {
	FIPS  string // state FIPS code, "39"; "00" for the nation
	Name  string
	Year  int
	Index float64
}

// Reporting says whether a school reported an answer or a figure to an
// IPEDS survey. The zero value is NotReported, so that a school missing
// from a survey's file reads as not reported, never as "no" or 0.
type Reporting uint8

// Kinds of reporting.
const (
	// NotReported: the school did not answer. Figures that NCES imputed
	// for a school that did not answer are not reported either: they are
	// estimates, not the school's own.
	NotReported Reporting = iota
	// Reported: the school's own answer (or one NCES corrected or derived
	// from the school's answers).
	Reported
	// NotApplicable: the question does not apply to the school (IPEDS
	// code -2 or flag A), e.g. no graduate level, or no first-time
	// undergraduates.
	NotApplicable
)

// Answer is a school's answer to a yes-or-no question of an IPEDS survey.
type Answer struct {
	Yes       bool
	Reporting Reporting
}

// IsYes reports whether the school answered yes.
func (a Answer) IsYes() bool { return a.Reporting == Reported && a.Yes }

// IsNo reports whether the school answered no.
func (a Answer) IsNo() bool { return a.Reporting == Reported && !a.Yes }

// Figure is a count, a whole percent or a whole-dollar amount a school
// reported to an IPEDS survey.
type Figure struct {
	Value     int
	Reporting Reporting
}

// Known reports whether the figure was reported.
func (f Figure) Known() bool { return f.Reporting == Reported }

// Characteristics is what a school answered in IPEDS Institutional
// Characteristics (IC): its admission policy and distance education.
type Characteristics struct {
	UnitID string
	// OpenAdmission: the school admits any first-time undergraduate who
	// applies (OPENADMP).
	OpenAdmission Answer
	// OnlinePrograms: some programs can be completed entirely through
	// distance education (DISTPGS); OnlineUndergrad and OnlineGraduate
	// at which level (DSTNUGP, DSTNGP).
	OnlinePrograms, OnlineUndergrad, OnlineGraduate Answer
	// AllOnline: every program is offered completely through distance
	// education (DISTNCED).
	AllOnline Answer
	// OnlineCourses: some courses are taught entirely at a distance
	// (DISTCRS).
	OnlineCourses Answer
}

// Admissions is a school's first-time undergraduate applicants and
// admissions in one fall (IPEDS ADM).
type Admissions struct {
	UnitID     string
	Applicants Figure // APPLCN
	Admitted   Figure // ADMSSN
}

// Rate is the share of applicants admitted, in percent, when both
// figures were reported and there were applicants.
func (a Admissions) Rate() (float64, bool) {
	if !a.Applicants.Known() || !a.Admitted.Known() || a.Applicants.Value <= 0 {
		return 0, false
	}
	return 100 * float64(a.Admitted.Value) / float64(a.Applicants.Value), true
}

// StudentAid is the grant aid and federal loans of a school's full-time,
// first-time degree- or certificate-seeking undergraduates in one academic
// year (IPEDS SFA). Percents are whole percents of those students;
// averages are whole dollars per student who received that aid.
type StudentAid struct {
	UnitID   string
	Students Figure // SCUGFFN: full-time first-time undergraduates
	GrantPct Figure // AGRNT_P: awarded federal, state, local or institutional grant aid
	GrantAvg Figure // AGRNT_A
	LoanPct  Figure // FLOAN_P: awarded federal student loans
	LoanAvg  Figure // FLOAN_A
}

// SchoolFacts are what a school reported to IPEDS beyond its directory
// entry and completions. The zero value is a school that reported
// nothing.
type SchoolFacts struct {
	Characteristics Characteristics
	Admissions      Admissions
	Aid             StudentAid
}
