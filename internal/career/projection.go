package career

import (
	"fmt"
	"math"
	"slices"
)

// Projection is one line of the BLS Employment Projections table: jobs now
// and in ten years, openings, and what it takes to enter the occupation.
// Employment figures are in thousands, as BLS publishes them.
type Projection struct {
	SOC          string
	Title        string
	Summary      bool // a group total rather than a detailed occupation
	EmpBase      Amount
	EmpProjected Amount
	Change       Amount // thousands
	PctChange    Amount // percent
	Openings     Amount // thousands a year, on average
	MedianWage   Amount // dollars a year
	Education    string
	Experience   string
	Training     string
	// Growth is the category of PctChange on the release's scale; zero
	// when there is no percent change.
	Growth Growth
}

// Educations are BLS's typical entry-level education categories, from
// least to most.
var Educations = []string{
	"No formal educational credential",
	"High school diploma or equivalent",
	"Some college, no degree",
	"Postsecondary nondegree award",
	"Associate's degree",
	"Bachelor's degree",
	"Master's degree",
	"Doctoral or professional degree",
}

// Experiences are BLS's categories of work experience in a related occupation.
var Experiences = []string{"None", "Less than 5 years", "5 years or more"}

// Trainings are BLS's categories of typical on-the-job training.
var Trainings = []string{
	"None",
	"Short-term on-the-job training",
	"Moderate-term on-the-job training",
	"Long-term on-the-job training",
	"Apprenticeship",
	"Internship/residency",
}

// Growth is how an occupation's projected change compares with all
// occupations, in the words BLS's Occupational Outlook Handbook uses.
type Growth struct {
	Label string // "Much faster than average"
	Key   string // "much-faster", stable for URLs, CSS and content/growth.yaml
}

// growths are BLS's six categories, fastest first. The words stay; where
// each starts changes with every projections release (GrowthScale).
var growths = []Growth{
	{"Much faster than average", "much-faster"},
	{"Faster than average", "faster"},
	{"As fast as average", "average"},
	{"Slower than average", "slower"},
	{"Little or no change", "little-change"},
	{"Decline", "decline"},
}

// GrowthBands lists the categories, fastest first.
func GrowthBands() []Growth { return slices.Clone(growths) }

// GrowthByKey returns the category with a key.
func GrowthByKey(key string) (Growth, bool) {
	i := slices.IndexFunc(growths, func(g Growth) bool { return g.Key == key })
	if i < 0 {
		return Growth{}, false
	}
	return growths[i], true
}

// GrowthScale is where each category starts in one projections release:
// Min[i] is the least percent change, rounded to a whole number, of
// GrowthBands()[i]; the last category, decline, takes everything below.
// BLS redraws the scale around each release's all-occupations average,
// so it is content (content/growth.yaml), not code.
type GrowthScale struct {
	Release string
	Min     []float64 // len(GrowthBands())-1, decreasing
}

// For returns the category of a percent change.
func (s GrowthScale) For(pct float64) Growth {
	r := math.Round(pct)
	for i, m := range s.Min {
		if r >= m {
			return growths[i]
		}
	}
	return growths[len(growths)-1]
}

// Range describes where a category starts and ends, "3 to 4 percent".
func (s GrowthScale) Range(i int) string {
	switch {
	case len(s.Min) != len(growths)-1 || i < 0 || i >= len(growths):
		return ""
	case i == 0:
		return fmt.Sprintf("%g percent or more", s.Min[0])
	case i == len(s.Min):
		return fmt.Sprintf("%g percent or less", s.Min[i-1]-1)
	case s.Min[i] == s.Min[i-1]-1:
		return fmt.Sprintf("%g percent", s.Min[i])
	default:
		return fmt.Sprintf("%g to %g percent", s.Min[i], s.Min[i-1]-1)
	}
}
