package page_test

import (
	"net/url"
	"slices"
	"strconv"
	"strings"
	"testing"

	"github.com/careeratlas/careeratlas/internal/career"
	"github.com/careeratlas/careeratlas/internal/career/careertest"
	"github.com/careeratlas/careeratlas/internal/finder"
	"github.com/careeratlas/careeratlas/internal/view/form"
	"github.com/careeratlas/careeratlas/internal/view/page"
)

// assessmentInput parses answers and, when complete, matches them, as the
// server does.
func assessmentInput(t *testing.T, v url.Values) page.AssessmentInput {
	t.Helper()
	f := form.ParseAssessment(v, fx.Assessment)
	in := page.AssessmentInput{Common: common(), Items: fx.Assessment, Form: f}
	if f.Complete {
		in.Profile = finder.Profile(fx.Assessment, f.Answers)
		in.Matches = finder.MatchInterests(in.Profile, fx.All, fx.Interests, finder.Filter{EducationMax: f.EduMax}, 10)
	}
	return in
}

// likes answers every item: like for the areas given, dislike for the rest.
func likes(areas ...string) url.Values {
	v := url.Values{}
	for _, it := range fx.Assessment {
		a := "0"
		if slices.Contains(areas, it.Area) {
			a = "2"
		}
		v.Set(it.ID, a)
	}
	return v
}

func TestNewAssessmentPage(t *testing.T) {
	t.Run("the empty form", func(t *testing.T) {
		p := page.NewAssessmentPage(assessmentInput(t, nil))
		checkMeta(t, p.Meta, "Career assessment", "/assessment", false, home, crumb("Career assessment", ""))
		if p.Meta.Section != "assessment" || p.HasResult || len(p.Problems) != 0 || len(p.Hidden) != 0 {
			t.Errorf("section %q, result %v, problems %q, hidden %v; want the empty form", p.Meta.Section, p.HasResult, p.Problems, p.Hidden)
		}
		if len(p.Questions) != len(fx.Assessment) || len(p.Questions) != 18 {
			t.Fatalf("%d questions, want 18", len(p.Questions))
		}
		for i, q := range p.Questions {
			if q.ID != fx.Assessment[i].ID || q.Text != fx.Assessment[i].Text {
				t.Errorf("question %d is %s %q, want the item in order", i, q.ID, q.Text)
			}
		}
		want := []page.Option{{Value: "0", Label: "Dislike"}, {Value: "1", Label: "Not sure"}, {Value: "2", Label: "Like"}}
		if !slices.Equal(p.Questions[0].Choices, want) {
			t.Errorf("choices %+v, want %+v", p.Questions[0].Choices, want)
		}
		if len(p.EduOptions) != len(career.Educations) || len(selected(p.EduOptions)) != 0 {
			t.Errorf("education options %+v, want every level, none selected", p.EduOptions)
		}
		if p.Interests != nil || p.Matches != nil || p.Top != "" || p.Sources != nil {
			t.Error("the empty form has a result")
		}
	})

	t.Run("one area liked, the rest not", func(t *testing.T) {
		p := page.NewAssessmentPage(assessmentInput(t, likes("Social")))
		if !p.HasResult || p.NoPattern || p.Top != "Social" || len(p.Matches) == 0 {
			t.Fatalf("no pattern %v, top %q, %d matches; want Social alone and matches", p.NoPattern, p.Top, len(p.Matches))
		}
		if m := p.Matches[0]; !strings.HasPrefix(m.Reason, "Social (") || !strings.Contains(m.Reason, "leads this work, as it leads your answers") {
			t.Errorf("first match %s: %q", m.Title, m.Reason)
		}
		for _, m := range p.Matches {
			if strings.Contains(m.Reason, "which you rated lowest") {
				t.Errorf("%s: %q, but five areas tie for lowest", m.Title, m.Reason)
			}
		}
	})

	t.Run("a result", func(t *testing.T) {
		v := likes("Social", "Investigative")
		v.Set("edu_max", "Doctoral or professional degree")
		in := assessmentInput(t, v)
		p := page.NewAssessmentPage(in)
		if !p.HasResult || !p.Meta.NoIndex {
			t.Fatalf("result %v, noindex %v; problems %q", p.HasResult, p.Meta.NoIndex, p.Problems)
		}
		if p.Top != "Investigative and Social" {
			t.Errorf("Top = %q, want Investigative and Social", p.Top)
		}
		if len(p.Interests) != 6 {
			t.Fatalf("%d interest rows, want 6", len(p.Interests))
		}
		if r := p.Interests[3]; r.Name != "Social" || r.Score != "7.0" || !r.Top || r.Width != 100 {
			t.Errorf("Social = %+v, want top at 7.0, full width", r)
		}
		if r := p.Interests[0]; r.Score != "1.0" || r.Top || r.Width != 2 {
			t.Errorf("Realistic = %+v, want 1.0 with the smallest bar", r)
		}
		if len(p.Matches) == 0 || len(p.Matches) != len(in.Matches) {
			t.Fatalf("%d matches, want %d", len(p.Matches), len(in.Matches))
		}
		// Nursing instructors fit Social and Investigative best of the fixture.
		want := "Social (7.0 of 7) and Investigative (4.8) lead this work, as they lead your answers. It has little Enterprising work (2.1), one of the areas you rated lowest. " +
			"Usually entered with a doctoral or professional degree, the limit you chose."
		if m := p.Matches[0]; m.SOC != careertest.SOCAnnualOnly || !strings.HasSuffix(m.Fit, "% fit") || m.Reason != want {
			t.Errorf("first match %s %q %q, want nursing instructors with a fit and %q", m.Title, m.Fit, m.Reason, want)
		}
		if got := selected(p.EduOptions); !slices.Equal(got, []string{"Doctoral or professional degree"}) {
			t.Errorf("education selected %q", got)
		}
		if len(p.Hidden) != 18 {
			t.Errorf("%d hidden answers, want 18", len(p.Hidden))
		}
		for _, q := range p.Questions {
			want := v.Get(q.ID)
			if got := selected(q.Choices); !slices.Equal(got, []string{want}) {
				t.Errorf("question %s selected %q, want %q", q.ID, got, want)
			}
		}
		if s := source(t, p.Sources, "Interest profiles of occupations"); s.Label != career.ONETCredit("O*NET 29.3") {
			t.Errorf("interests credited to %q", s.Label)
		}
	})

	t.Run("the result URL carries the answers", func(t *testing.T) {
		v := likes("Artistic")
		v.Set("r1", "1")
		p := page.NewAssessmentPage(assessmentInput(t, v))
		u, err := url.Parse(p.ResultURL())
		if err != nil || u.Path != "/assessment" {
			t.Fatalf("ResultURL = %q (%v), want /assessment?…", p.ResultURL(), err)
		}
		back := form.ParseAssessment(u.Query(), fx.Assessment)
		want := form.ParseAssessment(v, fx.Assessment)
		if !back.Complete || len(back.Answers) != 18 {
			t.Fatalf("the result URL reads back as %+v", back)
		}
		for id, a := range want.Answers {
			if back.Answers[id] != a {
				t.Errorf("answer %s reads back as %d, want %d", id, back.Answers[id], a)
			}
		}
	})

	t.Run("fit and reasons", func(t *testing.T) {
		in := assessmentInput(t, likes("Conventional", "Investigative"))
		in.Form.EduMax = "Bachelor's degree"
		match := func(soc string, fit float64) finder.Match {
			return finder.Match{Occupation: occupation(t, soc), Fit: fit, Scores: fx.Interests[soc]}
		}
		in.Matches = []finder.Match{
			match(careertest.SOCWritten, 0.923), // Conventional, Investigative; low Artistic
			match("15-1252", 0.4),               // Investigative, Conventional; low Enterprising
			match(careertest.SOCTopCoded, -0.3), // Enterprising, Conventional
			match("29-2061", 0.6),               // Social, Realistic
		}
		p := page.NewAssessmentPage(in)
		want := []struct{ fit, reason string }{
			{"92% fit", "Conventional (7.0 of 7) and Investigative (4.3) lead this work, as they lead your answers. It has little Artistic work (1.0), one of the areas you rated lowest. " +
				"Usually entered with a postsecondary nondegree award, below your limit of a bachelor's degree."},
			{"40% fit", "Investigative (5.9 of 7) and Conventional (5.5) lead this work, as they lead your answers. It has little Enterprising work (1.9), one of the areas you rated lowest. " +
				"Usually entered with a bachelor's degree, the limit you chose."},
			{"0% fit", "Enterprising (6.9 of 7) leads this work, then Conventional (5.0), one of your strongest areas. It has little Realistic work (1.3), one of the areas you rated lowest. " +
				"Usually entered with a bachelor's degree, the limit you chose."},
			{"60% fit", "Social (5.5 of 7) and Realistic (4.6) lead this work, in a mix close in shape to yours. It has little Artistic work (1.1), one of the areas you rated lowest. " +
				"Usually entered with a postsecondary nondegree award, below your limit of a bachelor's degree."},
		}
		for i, w := range want {
			if m := p.Matches[i]; m.Fit != w.fit || m.Reason != w.reason {
				t.Errorf("match %d: %q, %q\nwant %q, %q", i, m.Fit, m.Reason, w.fit, w.reason)
			}
		}
		if p.Matches[0].Median != "$50,250" {
			t.Errorf("match median %q, want $50,250", p.Matches[0].Median)
		}
	})

	// Each match says what is its own: its strongest area, named in its
	// reason, and not one sentence for every match.
	t.Run("reasons are the job's own", func(t *testing.T) {
		p := page.NewAssessmentPage(assessmentInput(t, likes("Social", "Investigative")))
		if len(p.Matches) < 2 {
			t.Fatalf("%d matches, want at least 2", len(p.Matches))
		}
		reasons := map[string]bool{}
		for _, m := range p.Matches {
			reasons[m.Reason] = true
			if top := finder.TopInterests(fx.Interests[m.SOC], 1)[0]; !strings.Contains(m.Reason, top) {
				t.Errorf("%s: reason %q does not name its strongest area, %s", m.Title, m.Reason, top)
			}
		}
		if len(reasons) != len(p.Matches) {
			t.Errorf("%d matches with %d different reasons", len(p.Matches), len(reasons))
		}
		// Registered nurses also call for Conventional, which these answers
		// dislike: the reason says so.
		i := slices.IndexFunc(p.Matches, func(m page.MatchRow) bool { return m.SOC == careertest.SOCNurse })
		if want := "It also calls for Conventional (4.6), which you rated low."; i < 0 || !strings.Contains(p.Matches[i].Reason, want) {
			t.Errorf("nurses: want a match whose reason has %q; matches %+v", want, p.Matches)
		}
	})

	// Answers that rate every area alike show no pattern: the result says so,
	// names no strongest interests, lists no occupation and says what to do.
	t.Run("no clear pattern", func(t *testing.T) {
		for _, answer := range []string{"0", "1", "2"} {
			v := url.Values{}
			for _, it := range fx.Assessment {
				v.Set(it.ID, answer)
			}
			p := page.NewAssessmentPage(assessmentInput(t, v))
			if !p.HasResult || !p.NoPattern || p.Top != "" || len(p.Matches) != 0 {
				t.Errorf("every answer %s: result %v, no pattern %v, top %q, %d matches; want a result with no pattern", answer, p.HasResult, p.NoPattern, p.Top, len(p.Matches))
			}
			doc := render(t, page.Assessment(p))
			if got := text(doc.Find(".lede")); strings.Contains(got, "strongest interests") || !strings.Contains(got, "do not single out") {
				t.Errorf("every answer %s: lede %q", answer, got)
			}
			if doc.Find(".result").Length() != 0 || doc.Find(`#next-h`).Length() != 1 {
				t.Errorf("every answer %s: %d results, %d suggestions; want none and the suggestions", answer, doc.Find(".result").Length(), doc.Find(`#next-h`).Length())
			}
			for _, href := range []string{"/occupations", "/lists"} {
				if doc.Find(`section a[href="`+href+`"]`).Length() == 0 {
					t.Errorf("every answer %s: no link to %s", answer, href)
				}
			}
		}
	})

	t.Run("too few answers", func(t *testing.T) {
		v := url.Values{}
		for _, it := range fx.Assessment[:5] {
			v.Set(it.ID, "2")
		}
		in := assessmentInput(t, v)
		in.Profile = [6]float64{7, 1, 1, 1, 1, 1} // ignored without a complete form
		p := page.NewAssessmentPage(in)
		if p.HasResult || p.Interests != nil || len(p.Problems) != 1 {
			t.Errorf("result %v, %d interest rows, problems %q; want the problem and no result", p.HasResult, len(p.Interests), p.Problems)
		}
		if !p.Meta.NoIndex {
			t.Error("a page with answers is indexed")
		}
		answered := 0
		for _, q := range p.Questions {
			if got := selected(q.Choices); len(got) == 1 {
				answered++
				if got[0] != "2" {
					t.Errorf("question %s selected %q, want 2", q.ID, got)
				}
			}
		}
		if answered != 5 || len(p.Hidden) != 5 {
			t.Errorf("%d answered, %d hidden; want 5 of each", answered, len(p.Hidden))
		}
		for _, h := range p.Hidden {
			if n, err := strconv.Atoi(h.Value); err != nil || n != 2 || h.Label == "" {
				t.Errorf("hidden answer %+v, want an item ID with 2", h)
			}
		}
	})
}
