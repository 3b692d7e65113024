package form

import (
	"fmt"
	"net/url"
	"slices"
	"strings"

	"github.com/careeratlas/careeratlas/internal/career"
	"github.com/careeratlas/careeratlas/internal/finder"
)

// MinAnswers is how many activities must be rated for a result.
const MinAnswers = 12

// Assessment is the career assessment's answers, as a result's URL holds
// them.
type Assessment struct {
	Answers map[string]int // item ID → 0 dislike, 1 not sure, 2 like
	EduMax  string
	// Complete reports whether enough was answered, without problems, for
	// a result.
	Complete bool
	Problems []string
}

// ParseAssessment reads the answers to items.
func ParseAssessment(v url.Values, items []finder.AssessmentItem) Assessment {
	f := Assessment{Answers: map[string]int{}, EduMax: strings.TrimSpace(v.Get("edu_max"))}
	for _, it := range items {
		a := v.Get(it.ID)
		if a == "" {
			continue
		}
		n := slices.Index([]string{"0", "1", "2"}, a)
		if n < 0 {
			f.Problems = append(f.Problems, fmt.Sprintf("The answer to “%s” must be dislike, not sure or like.", it.Text))
			continue
		}
		f.Answers[it.ID] = n
	}
	if f.EduMax != "" && !slices.Contains(career.Educations, f.EduMax) {
		f.Problems = append(f.Problems, fmt.Sprintf("%q is not an education level BLS uses.", f.EduMax))
	}
	answered := len(f.Answers)
	switch {
	case len(f.Problems) > 0 || answered == 0:
	case answered < MinAnswers:
		f.Problems = append(f.Problems, fmt.Sprintf("You answered %d of %d. Answer at least %d so the result means something.", answered, len(items), MinAnswers))
	default:
		f.Complete = true
	}
	return f
}
