package career

import "math"

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
	Key   string // "much-faster", stable for URLs and CSS
}

// Growth bands for the 2024–34 projections, when employment in all
// occupations is projected to grow 3.1 percent. BLS assigns the words
// by the percent change rounded to a whole number: 7 or more, 5–6, 3–4,
// 1–2, 0, and −1 or lower.
var growthBands = []struct {
	min float64
	g   Growth
}{
	{7, Growth{"Much faster than average", "much-faster"}},
	{5, Growth{"Faster than average", "faster"}},
	{3, Growth{"As fast as average", "average"}},
	{1, Growth{"Slower than average", "slower"}},
	{0, Growth{"Little or no change", "little-change"}},
	{math.Inf(-1), Growth{"Decline", "decline"}},
}

// GrowthFor returns the band for a percent change.
func GrowthFor(pct float64) Growth {
	r := math.Round(pct)
	for _, b := range growthBands {
		if r >= b.min {
			return b.g
		}
	}
	return growthBands[len(growthBands)-1].g
}

// GrowthBands lists the bands, fastest first.
func GrowthBands() []Growth {
	out := make([]Growth, len(growthBands))
	for i, b := range growthBands {
		out[i] = b.g
	}
	return out
}
