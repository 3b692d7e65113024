package page

import (
	"math"
	"net/url"
	"slices"
	"strconv"
	"strings"

	"github.com/careeratlas/careeratlas/internal/career"
	"github.com/careeratlas/careeratlas/internal/finder"
	"github.com/careeratlas/careeratlas/internal/view/form"
	"github.com/careeratlas/careeratlas/internal/view/layout"
)

// AssessmentInput is what the assessment handler worked out.
type AssessmentInput struct {
	Common
	Items []finder.AssessmentItem
	Form  form.Assessment
	// Profile and Matches are the result, when the form is complete.
	Profile [6]float64
	Matches []finder.Match
}

// AssessmentPage is the assessment's form and, with answers, its result.
type AssessmentPage struct {
	Meta      layout.Meta
	Problems  []string
	Questions []Question
	HasResult bool
	// NoPattern is set when the answers rate every kind of activity about
	// the same: the result says so and suggests what to do, with no matches.
	NoPattern  bool
	Top        string // "Social and Investigative"
	Interests  []InterestRow
	Matches    []MatchRow
	EduOptions []Option
	Hidden     []Option // the answers, carried by the education filter's form
	Sources    []SourceLine
}

// Question is one activity with its three answers.
type Question struct {
	ID, Text string
	Choices  []Option
}

// MatchRow is an occupation in the result.
type MatchRow struct {
	OccupationRow
	Fit    string // "92% fit"
	Reason string
}

var answerLabels = []string{"Dislike", "Not sure", "Like"}

// NewAssessmentPage builds the assessment page.
func NewAssessmentPage(in AssessmentInput) AssessmentPage {
	p := AssessmentPage{
		Meta: in.Common.meta("Career assessment", "Rate thirty everyday activities and see which occupations fit your interests, with the reason for each match.",
			"/assessment", layout.Crumb{Label: "Home", Path: "/"}, layout.Crumb{Label: "Career assessment"}),
		Problems: in.Form.Problems, HasResult: in.Form.Complete,
	}
	p.Meta.Section = "assessment"
	if len(in.Form.Answers) > 0 {
		p.Meta.NoIndex = true
	}
	for _, it := range in.Items {
		q := Question{ID: it.ID, Text: it.Text}
		a, answered := in.Form.Answers[it.ID]
		for i, l := range answerLabels {
			q.Choices = append(q.Choices, Option{Value: strconv.Itoa(i), Label: l, Selected: answered && a == i})
		}
		p.Questions = append(p.Questions, q)
		if answered {
			p.Hidden = append(p.Hidden, Option{Value: strconv.Itoa(a), Label: it.ID})
		}
	}
	for _, e := range career.Educations {
		p.EduOptions = append(p.EduOptions, Option{Value: e, Label: e, Selected: e == in.Form.EduMax})
	}
	if !in.Form.Complete {
		return p
	}
	top := finder.Strongest(in.Profile)
	p.NoPattern = top == nil
	p.Top = andList(top)
	for i, name := range career.RIASEC {
		v := in.Profile[i]
		p.Interests = append(p.Interests, InterestRow{Name: name, Plain: career.RIASECPlain[i],
			Score: strconv.FormatFloat(v, 'f', 1, 64), Width: math.Max(2, (v-1)/6*100), Top: slices.Contains(top, name)})
	}
	low := finder.Weakest(in.Profile)
	for _, m := range in.Matches {
		row := MatchRow{OccupationRow: newOccupationRow(m.Occupation), Fit: strconv.Itoa(int(math.Round(math.Max(0, m.Fit)*100))) + "% fit",
			Reason: matchReason(m, in.Profile, top, low, in.Form.EduMax)}
		p.Matches = append(p.Matches, row)
	}
	if p.NoPattern {
		return p // no occupation's figures, so nothing to credit
	}
	p.Sources = sourceLines(in.Common)
	p.Sources = append(p.Sources, SourceLine{"Interest profiles of occupations", in.Common.onetCredit(), ""})
	return p
}

// matchReason says what makes one occupation fit, in its own figures: how
// its two strongest interest areas meet the person's strongest (mine), an
// area it calls for that the person rated low, whether its weakest is one
// they rated lowest (low), and, under an education limit, where its usual
// entry education sits against that limit.
func matchReason(m finder.Match, person [6]float64, mine, low []string, eduMax string) string {
	score := func(area string) string {
		return strconv.FormatFloat(m.Scores[slices.Index(career.RIASEC[:], area)], 'f', 1, 64)
	}
	order := finder.TopInterests(m.Scores, 6)
	a, b := order[0], order[1]
	lead := a + " (" + score(a) + " of 7) and " + b + " (" + score(b) + ")"
	var s []string
	switch inA, inB := slices.Contains(mine, a), slices.Contains(mine, b); {
	case inA && inB && len(mine) == 2:
		s = append(s, lead+" lead this work, as they lead your answers.")
	case inA && inB:
		s = append(s, lead+" lead this work; both are among your strongest areas.")
	case inA && len(mine) == 1:
		s = append(s, a+" ("+score(a)+" of 7) leads this work, as it leads your answers; "+b+" ("+score(b)+") comes next.")
	case inA:
		s = append(s, a+" ("+score(a)+" of 7) leads this work, one of your strongest areas; "+b+" ("+score(b)+") comes next.")
	case inB:
		s = append(s, a+" ("+score(a)+" of 7) leads this work, then "+b+" ("+score(b)+"), one of your strongest areas.")
	default:
		s = append(s, lead+" lead this work, in a mix close in shape to yours.")
	}
	// Its third area, when the work calls for it and the person does not
	// care for it: worth knowing before applying.
	if c := order[2]; m.Scores[slices.Index(career.RIASEC[:], c)] >= midScale && person[slices.Index(career.RIASEC[:], c)] < midScale {
		s = append(s, "It also calls for "+c+" ("+score(c)+"), which you rated low.")
	}
	if w := order[5]; slices.Contains(low, w) && len(low) == 1 {
		s = append(s, "It has little "+w+" work ("+score(w)+"), which you rated lowest.")
	} else if slices.Contains(low, w) {
		s = append(s, "It has little "+w+" work ("+score(w)+"), one of the areas you rated lowest.")
	}
	if p := m.Occupation.Projection; eduMax != "" && p != nil && p.Education != "" {
		switch edu := withArticle(p.Education); {
		case p.Education == eduMax:
			s = append(s, "Usually entered with "+edu+", the limit you chose.")
		default:
			s = append(s, "Usually entered with "+edu+", below your limit of "+withArticle(eduMax)+".")
		}
	}
	return strings.Join(s, " ")
}

// midScale is the middle of O*NET's interest scale, and of a person's
// profile on it: "not sure".
const midScale = 4

// withArticle words an education level inside a sentence: "a bachelor's
// degree", "no formal educational credential".
func withArticle(edu string) string {
	e := strings.ToLower(edu[:1]) + edu[1:]
	switch {
	case strings.HasPrefix(e, "no ") || strings.HasPrefix(e, "some "):
		return e
	case strings.HasPrefix(e, "associate"):
		return "an " + e
	}
	return "a " + e
}

// andList joins names as a sentence does: "A", "A and B", "A, B and C".
func andList(names []string) string {
	if len(names) < 2 {
		return strings.Join(names, "")
	}
	return strings.Join(names[:len(names)-1], ", ") + " and " + names[len(names)-1]
}

// ResultURL is the shareable address of a set of answers.
func (p AssessmentPage) ResultURL() string {
	v := url.Values{}
	for _, h := range p.Hidden {
		v.Set(h.Label, h.Value)
	}
	return "/assessment?" + v.Encode()
}
