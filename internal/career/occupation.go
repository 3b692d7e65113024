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

	Wages      *Wages      // national OEWS figures; nil when BLS publishes none
	Projection *Projection // Employment Projections; nil when there are none
}

// Sections are the written parts of a profile, as trusted HTML rendered
// from our own Markdown at load time.
type Sections struct {
	WhatTheyDo      string
	WorkEnvironment string
	HowToBecome     string
}

// Empty reports whether no section has been written.
func (s Sections) Empty() bool {
	return s.WhatTheyDo == "" && s.WorkEnvironment == "" && s.HowToBecome == ""
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
