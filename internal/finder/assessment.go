package finder

import (
	"slices"

	"github.com/careeratlas/careeratlas/internal/career"
)

// AssessmentItem is one activity of the career assessment, which a person
// rates dislike (0), not sure (1) or like (2).
type AssessmentItem struct {
	ID   string
	Area string // a RIASEC area
	Text string
}

// Interleave orders the items round-robin across interest areas, so that
// the form does not ask about one area at a time.
func Interleave(items []AssessmentItem) []AssessmentItem {
	byArea := map[string][]AssessmentItem{}
	longest := 0
	for _, it := range items {
		byArea[it.Area] = append(byArea[it.Area], it)
		longest = max(longest, len(byArea[it.Area]))
	}
	out := make([]AssessmentItem, 0, len(items))
	for i := range longest {
		for _, a := range career.RIASEC {
			if i < len(byArea[a]) {
				out = append(out, byArea[a][i])
			}
		}
	}
	// Items of any other area (content refuses them) go last, not lost.
	for _, it := range items {
		if !slices.Contains(career.RIASEC[:], it.Area) {
			out = append(out, it)
		}
	}
	return out
}

// Profile turns a person's answers (item ID → 0, 1 or 2) into an interest
// profile on O*NET's 1-to-7 scale: each area's mean answer, stretched to
// the scale; an area with no answers sits in the middle (4).
func Profile(items []AssessmentItem, answers map[string]int) [6]float64 {
	var sums, counts [6]float64
	for _, it := range items {
		n, ok := answers[it.ID]
		k := slices.Index(career.RIASEC[:], it.Area)
		if !ok || k < 0 {
			continue
		}
		sums[k] += float64(n)
		counts[k]++
	}
	var p [6]float64
	for k := range p {
		p[k] = 4
		if counts[k] > 0 {
			p[k] = 1 + 3*sums[k]/counts[k]
		}
	}
	return p
}
