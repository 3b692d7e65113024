package career

import (
	"regexp"
	"strings"
)

// Program is a program of study in the Classification of Instructional
// Programs (CIP 2020): a 2-digit family ("51"), 4-digit series ("51.07")
// or 6-digit program ("51.0707").
type Program struct {
	Code  string
	Title string
}

var (
	cipFamily  = regexp.MustCompile(`^\d{2}$`)
	cipProgram = regexp.MustCompile(`^\d{2}\.\d{4}$`)
	cipSeries  = regexp.MustCompile(`^\d{2}\.\d{2}$`)
)

// ValidCIPFamily reports whether code is a 2-digit CIP family.
func ValidCIPFamily(code string) bool { return cipFamily.MatchString(code) }

// ValidCIP reports whether code is a 6-digit CIP program code.
func ValidCIP(code string) bool { return cipProgram.MatchString(code) }

// ValidCIPSeries reports whether code is a 4-digit CIP series.
func ValidCIPSeries(code string) bool { return cipSeries.MatchString(code) }

// Pathway links a program of study to an occupation it prepares for
// (the NCES/BLS CIP–SOC crosswalk).
type Pathway struct {
	CIP string
	SOC string
}

// smallWords stay lower-case inside a title.
var smallWords = map[string]bool{"and": true, "or": true, "of": true, "the": true, "in": true, "for": true, "to": true, "a": true, "an": true, "on": true, "with": true}

// PlainTitle turns an official CIP title into the form we show: family
// titles lose their capitals ("HEALTH PROFESSIONS AND RELATED PROGRAMS." →
// "Health Professions and Related Programs") and every title its final period.
func PlainTitle(title string) string {
	t := strings.TrimSuffix(strings.TrimSpace(title), ".")
	if strings.ToUpper(t) != t {
		return t
	}
	words := strings.Fields(strings.ToLower(t))
	for i, w := range words {
		if i > 0 && smallWords[w] {
			continue
		}
		words[i] = capitalizeParts(w)
	}
	return strings.Join(words, " ")
}

// capitalizeParts capitalises each part of a word joined by / or -.
func capitalizeParts(w string) string {
	b := []byte(w)
	up := true
	for i, c := range b {
		if up && c >= 'a' && c <= 'z' {
			b[i] = c - 'a' + 'A'
		}
		up = c == '/' || c == '-' || c == '('
	}
	return string(b)
}

// CIPFamily returns the 2-digit family of a CIP code: "51.0707" → "51".
func CIPFamily(code string) string {
	if len(code) < 2 {
		return code
	}
	return code[:2]
}

// ProgramOffer is a program with the number of schools offering it.
type ProgramOffer struct {
	Program
	Schools int
}

// OccupationLink is an occupation named by a program of study.
type OccupationLink struct {
	SOC, Slug, Title string
	// Education and Experience are BLS's typical entry education and
	// related work experience (Educations, Experiences); empty when the
	// projections do not cover the occupation.
	Education, Experience string
	// Study is the occupation's own credentials, when its profile names
	// them (Occupation.Study).
	Study []CredentialGroup
}
