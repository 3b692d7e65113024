package page

import (
	"math"
	"net/url"
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
	Meta       layout.Meta
	Problems   []string
	Questions  []Question
	HasResult  bool
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
	top := finder.TopInterests(in.Profile, 2)
	p.Top = top[0] + " and " + top[1]
	for i, name := range career.RIASEC {
		v := in.Profile[i]
		p.Interests = append(p.Interests, InterestRow{Name: name, Plain: career.RIASECPlain[i],
			Score: strconv.FormatFloat(v, 'f', 1, 64), Width: math.Max(2, (v-1)/6*100), Top: name == top[0] || name == top[1]})
	}
	for _, m := range in.Matches {
		row := MatchRow{OccupationRow: newOccupationRow(m.Occupation), Fit: strconv.Itoa(int(math.Round(math.Max(0, m.Fit)*100))) + "% fit"}
		switch len(m.Shared) {
		case 0:
			row.Reason = "Its mix of interests is close to yours"
		default:
			row.Reason = "Strong in " + strings.Join(m.Shared, " and ") + " interests, like you"
		}
		p.Matches = append(p.Matches, row)
	}
	p.Sources = sourceLines(in.Common)
	p.Sources = append(p.Sources, SourceLine{"Interest profiles of occupations", in.Common.onetCredit(), ""})
	return p
}

// ResultURL is the shareable address of a set of answers.
func (p AssessmentPage) ResultURL() string {
	v := url.Values{}
	for _, h := range p.Hidden {
		v.Set(h.Label, h.Value)
	}
	return "/assessment?" + v.Encode()
}
