package career

import (
	"regexp"
	"strings"
)

// Occupation is one detailed occupation of the Standard Occupational
// Classification (SOC 2018) as BLS publishes it, with our prose about it.
type Occupation struct {
	SOC   string // "29-2072"
	Slug  string // "medical-records-specialists"
	Title string // official title, "Medical Records Specialists"
	Group string // major group code, "29-0000"

	// Editorial content; empty where nobody has written it yet.
	Summary  string
	Sections Sections
	Updated  string // YYYY-MM-DD of the last editorial review
	// License says whether the work needs a licence by law; LicenseNote
	// names it briefly ("a state RN license after the NCLEX-RN").
	License     License
	LicenseNote string
	// Resources are the profession's own bodies, for "More information".
	Resources []Resource
	// Study names the credentials that usually lead into the work, where
	// BLS's one typical entry education leaves a common way in out
	// (registered nurses: associate's and bachelor's degrees); empty for
	// the rest, which go by BLS (StudyGroups).
	Study []CredentialGroup

	Wages      *Wages      // national OEWS figures; nil when BLS publishes none
	Projection *Projection // Employment Projections; nil when there are none
}

// Sections are the written parts of a profile, as trusted HTML rendered
// from our own Markdown at load time.
type Sections struct {
	WhatTheyDo      string
	WorkEnvironment string
	HowToBecome     string
	Outlook         string // why the job is growing or shrinking
}

// Empty reports whether no section has been written.
func (s Sections) Empty() bool {
	return s.WhatTheyDo == "" && s.WorkEnvironment == "" && s.HowToBecome == "" && s.Outlook == ""
}

// Full reports whether the three core sections of a profile are written.
func (s Sections) Full() bool {
	return s.WhatTheyDo != "" && s.WorkEnvironment != "" && s.HowToBecome != ""
}

// Residual reports whether the occupation is one of SOC's "All Other"
// catch-all categories, which gather jobs without a code of their own.
func (o *Occupation) Residual() bool {
	t := strings.ToLower(o.Title)
	return strings.HasSuffix(t, "all other") || strings.Contains(t, ", all other ") // "Dentists, All Other Specialists"
}

// MinorGroup returns the SOC minor group of a code: "29-2072" → "29-2000".
func MinorGroup(soc string) string {
	if len(soc) < 4 {
		return ""
	}
	return soc[:4] + "000"
}

// NamedNeighbours returns the occupations beside soc that have a name of
// their own, where an "All Other" page points its readers: those of its
// SOC broad group, or of its minor group when the broad group has fewer
// than minNeighbours.
func NamedNeighbours(all []*Occupation, soc string) []*Occupation {
	in := func(group func(string) string) []*Occupation {
		var out []*Occupation
		for _, o := range all {
			if o.SOC != soc && !o.Residual() && group(o.SOC) == group(soc) {
				out = append(out, o)
			}
		}
		return out
	}
	if broad := in(BroadGroup); len(broad) >= minNeighbours {
		return broad
	}
	return in(MinorGroup)
}

// minNeighbours is the fewest named occupations worth listing from a
// residual's broad group alone.
const minNeighbours = 3

// BroadGroup returns the SOC broad group of a code: "29-1229" → "29-1220".
func BroadGroup(soc string) string {
	if len(soc) < 6 {
		return ""
	}
	return soc[:6] + "0"
}

// combinedSOC names, for SOC codes that BLS publishes only as part of a
// combined occupation whose code is not their broad group's, the code of
// that occupation. Other sources (the CIP–SOC crosswalk, O*NET) use the
// parts, or the SOC 2010 codes a 2018 occupation merged.
var combinedSOC = map[string]string{
	"21-1011": "21-1018", // Substance Abuse and Behavioral Disorder Counselors (SOC 2010)
	"21-1014": "21-1018", // Mental Health Counselors (SOC 2010)
	"25-2055": "25-2052", // Special Education Teachers, Kindergarten
	"25-2056": "25-2052", // Special Education Teachers, Elementary School
	"25-9042": "25-9045", // Teaching Assistants, Preschool, Elementary, Middle, and Secondary School, Except Special Education
	"25-9043": "25-9045", // Teaching Assistants, Special Education
	"25-9049": "25-9045", // Teaching Assistants, All Other
	"53-1042": "53-1047", // First-Line Supervisors of Helpers, Laborers, and Material Movers, Hand
	"53-1043": "53-1047", // First-Line Supervisors of Material-Moving Machine and Vehicle Operators
	"53-1044": "53-1047", // First-Line Supervisors of Passenger Attendants
	"53-1049": "53-1047", // First-Line Supervisors of Transportation Workers, All Other
}

// PublishedAs returns the code of the occupation whose figures count soc,
// given which occupations exist (has): soc itself, the combined
// occupation combinedSOC names, or its broad group (29-2012 Clinical
// Laboratory Technicians is counted in 29-2010). folded is true when it
// is not soc; when none exists, soc comes back unfolded.
func PublishedAs(soc string, has func(string) bool) (code string, folded bool) {
	switch {
	case has(soc):
		return soc, false
	case combinedSOC[soc] != "" && has(combinedSOC[soc]):
		return combinedSOC[soc], true
	case BroadGroup(soc) != "" && has(BroadGroup(soc)):
		return BroadGroup(soc), true
	}
	return soc, false
}

// License says whether an occupation needs a licence by law.
type License string

// The licence requirements a profile can state.
const (
	LicenseUnstated   License = ""
	LicenseRequired   License = "required"    // in every state, or by federal rule
	LicenseSomeStates License = "some-states" // required in some states
	LicenseSomeRoles  License = "some-roles"  // required for some kinds of the work
)

// Licenses are the values a profile may give, in the order editors see them.
var Licenses = []License{LicenseRequired, LicenseSomeStates, LicenseSomeRoles}

// Label is how quick facts say it.
func (l License) Label() string {
	switch l {
	case LicenseRequired:
		return "Required"
	case LicenseSomeStates:
		return "Required in some states"
	case LicenseSomeRoles:
		return "Required for some roles"
	}
	return ""
}

// Resource is an organisation a profile points readers to: a licensing
// board, certifying body or professional association.
type Resource struct {
	Name  string // "AHIMA (American Health Information Management Association)"
	URL   string // https only
	About string // what a reader finds there, in our words
}

// Group is a major occupational group ("29-0000 Healthcare Practitioners
// and Technical Occupations").
type Group struct {
	Code  string
	Slug  string
	Title string
	// Count is the number of detailed occupations in the group.
	Count int
	// Wages and Projection summarise the group where BLS publishes them.
	Wages      *Wages
	Projection *Projection
}

var (
	socPattern     = regexp.MustCompile(`^\d{2}-\d{4}$`)
	nonSlug        = regexp.MustCompile(`[^a-z0-9]+`)
	apostrophes    = strings.NewReplacer("'", "", "\u2019", "")
	groupSuffixOne = " Occupations"
)

// ValidSOC reports whether code looks like a SOC 2018 code ("29-2072").
func ValidSOC(code string) bool { return socPattern.MatchString(code) }

// MajorGroup returns the major group code of a SOC code: "29-2072" → "29-0000".
func MajorGroup(soc string) string {
	if len(soc) < 2 {
		return ""
	}
	return soc[:2] + "-0000"
}

// Slugify turns a title into the path segment we use for it:
// "Police and Sheriff's Patrol Officers" → "police-and-sheriffs-patrol-officers".
func Slugify(title string) string {
	s := apostrophes.Replace(strings.ToLower(title))
	return strings.Trim(nonSlug.ReplaceAllString(s, "-"), "-")
}

// GroupSlug is the slug of a major group, without the trailing
// "Occupations" every group title carries: "healthcare-practitioners-and-technical".
func GroupSlug(title string) string {
	return Slugify(strings.TrimSuffix(title, groupSuffixOne))
}

// OccupationFilter narrows a list of occupations. Zero values do not filter.
type OccupationFilter struct {
	Group *string // major group code, "29-0000"
	// Written keeps only occupations with an editorial summary.
	Written bool
}
