package form_test

import (
	"fmt"
	"maps"
	"net/url"
	"testing"

	"github.com/careeratlas/careeratlas/internal/career"
	"github.com/careeratlas/careeratlas/internal/finder"
	"github.com/careeratlas/careeratlas/internal/view/form"
)

// assessmentItems are three activities in each interest area, as the real
// assessment has at least.
func assessmentItems() []finder.AssessmentItem {
	var items []finder.AssessmentItem
	for _, area := range career.RIASEC {
		for i := 1; i <= 3; i++ {
			id := fmt.Sprintf("%c%d", area[0]+'a'-'A', i)
			items = append(items, finder.AssessmentItem{ID: id, Area: area, Text: area + " activity " + id})
		}
	}
	return items
}

// answered answers the first n items, cycling through 0, 1 and 2.
func answered(items []finder.AssessmentItem, n int) (url.Values, map[string]int) {
	v, want := url.Values{}, map[string]int{}
	for i, it := range items[:n] {
		v.Set(it.ID, fmt.Sprint(i%3))
		want[it.ID] = i % 3
	}
	return v, want
}

func TestParseAssessment(t *testing.T) {
	items := assessmentItems()
	if len(items) != 18 {
		t.Fatalf("test needs 18 items, has %d", len(items))
	}
	with := func(n int, extra string) (url.Values, map[string]int) {
		v, want := answered(items, n)
		more, err := url.ParseQuery(extra)
		if err != nil {
			t.Fatal(err)
		}
		for k, vs := range more {
			v[k] = vs
		}
		return v, want
	}
	tests := []struct {
		name         string
		answers      int    // how many items are answered, from the first
		extra        string // more of the query
		wantEduMax   string
		wantComplete bool
		wantProblems []string
	}{
		{name: "no answers: the form, without problems"},
		{name: "one answer too few", answers: form.MinAnswers - 1,
			wantProblems: []string{fmt.Sprintf("You answered %d of 18. Answer at least %d", form.MinAnswers-1, form.MinAnswers)}},
		{name: "a few answers", answers: 5, wantProblems: []string{"You answered 5 of 18."}},
		{name: "just enough", answers: form.MinAnswers, wantComplete: true},
		{name: "all", answers: 18, wantComplete: true},
		{name: "answers to unknown items are ignored", answers: form.MinAnswers - 1, extra: "zz=2&q=1",
			wantProblems: []string{fmt.Sprintf("You answered %d of 18.", form.MinAnswers-1)}},
		{name: "with an education limit", answers: 18, extra: "edu_max=Associate%27s+degree", wantEduMax: "Associate's degree", wantComplete: true},
		{name: "bad education limit", answers: 18, extra: "edu_max=PhD", wantEduMax: "PhD",
			wantProblems: []string{`"PhD" is not an education level BLS uses.`}},
		{name: "a bad answer among enough good ones", answers: 17, extra: "c3=3",
			wantProblems: []string{"The answer to “Conventional activity c3” must be dislike, not sure or like."}},
		{name: "a word for an answer", answers: 0, extra: "r1=like",
			wantProblems: []string{"The answer to “Realistic activity r1” must be"}},
		{name: "bad answer and bad education both reported", answers: 3, extra: "s1=-1&edu_max=lots",
			wantEduMax: "lots", wantProblems: []string{"The answer to “Social activity s1”", `"lots" is not an education level`}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			v, want := with(tt.answers, tt.extra)
			f := form.ParseAssessment(v, items)
			if !maps.Equal(f.Answers, want) {
				t.Errorf("Answers = %v, want %v", f.Answers, want)
			}
			if f.EduMax != tt.wantEduMax {
				t.Errorf("EduMax = %q, want %q", f.EduMax, tt.wantEduMax)
			}
			if f.Complete != tt.wantComplete {
				t.Errorf("Complete = %v, want %v", f.Complete, tt.wantComplete)
			}
			checkProblems(t, f.Problems, tt.wantProblems)
		})
	}
}

func TestParseAssessmentReadsEachAnswer(t *testing.T) {
	items := assessmentItems()
	v := url.Values{"r1": {"0"}, "r2": {"1"}, "r3": {"2"}}
	f := form.ParseAssessment(v, items)
	if want := map[string]int{"r1": 0, "r2": 1, "r3": 2}; !maps.Equal(f.Answers, want) {
		t.Errorf("Answers = %v, want %v", f.Answers, want)
	}
}
