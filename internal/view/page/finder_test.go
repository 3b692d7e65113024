package page_test

import (
	"net/url"
	"slices"
	"testing"

	"github.com/careeratlas/careeratlas/internal/career"
	"github.com/careeratlas/careeratlas/internal/career/careertest"
	"github.com/careeratlas/careeratlas/internal/finder"
	"github.com/careeratlas/careeratlas/internal/view/form"
	"github.com/careeratlas/careeratlas/internal/view/format"
	"github.com/careeratlas/careeratlas/internal/view/page"
)

// finderInput parses a finder query and, when it searches, finds its
// results, as the server does.
func finderInput(t *testing.T, raw string) page.FinderInput {
	t.Helper()
	v, err := url.ParseQuery(raw)
	if err != nil {
		t.Fatal(err)
	}
	f := form.ParseFinder(v, fx.Groups)
	in := page.FinderInput{Common: common(), Form: f, Groups: fx.Groups, All: fx.All, Searched: form.Used(v, form.FinderParams)}
	if in.Searched {
		in.Results = finder.Apply(fx.All, f.Filter, f.By, fx.Interests)
		in.CSVURL = "/occupations.csv?" + f.Query(v).Encode()
	}
	return in
}

func TestNewOccupationIndexPage(t *testing.T) {
	t.Run("the A–Z index", func(t *testing.T) {
		p := page.NewOccupationIndexPage(finderInput(t, ""))
		checkMeta(t, p.Meta, "All occupations", "/occupations", false, home, crumb("Occupations", ""))
		if p.Meta.Section != "occupations" || p.Searched || p.Results != nil || p.Summary != "" {
			t.Errorf("section %q, searched %v, %d results, summary %q; want the index", p.Meta.Section, p.Searched, len(p.Results), p.Summary)
		}
		if p.Total != careertest.Occupations || len(p.Groups) != careertest.Groups {
			t.Errorf("%d occupations in %d groups, want %d in %d", p.Total, len(p.Groups), careertest.Occupations, careertest.Groups)
		}
		n := 0
		for _, g := range p.Groups {
			n += len(g.Occupations)
			if len(g.Occupations) != g.Count {
				t.Errorf("group %s lists %d occupations, counts %d", g.Title, len(g.Occupations), g.Count)
			}
		}
		if n != careertest.Occupations {
			t.Errorf("groups list %d occupations, want %d", n, careertest.Occupations)
		}
		i := slices.IndexFunc(p.Groups, func(g page.IndexGroup) bool { return g.ID == "g29" })
		if i < 0 {
			t.Fatal("no group with ID g29")
		}
		if r := row(t, p.Groups[i].Occupations, "Medical Records Specialists"); r.Median != "$50,250" {
			t.Errorf("medical records median %q, want $50,250", r.Median)
		}
		// Nothing chosen: nothing selected except the default order.
		for name, opts := range map[string][]page.Option{"group": p.GroupOptions, "education": p.EducationOptions,
			"experience": p.ExperienceOptions, "training": p.TrainingOptions, "growth": p.GrowthOptions,
			"openings": p.OpeningsOptions, "interest": p.InterestOptions} {
			if got := selected(opts); len(got) != 0 {
				t.Errorf("%s options selected %q, want none", name, got)
			}
		}
		if got := selected(p.SortOptions); !slices.Equal(got, []string{"title"}) {
			t.Errorf("sort selected %q, want title", got)
		}
		if len(p.GroupOptions) != careertest.Groups || len(p.EducationOptions) != len(career.Educations) ||
			len(p.GrowthOptions) != len(career.GrowthBands()) || len(p.InterestOptions) != 6 || len(p.SortOptions) != len(finder.Sorts) {
			t.Errorf("option counts: %d groups, %d educations, %d growth, %d interests, %d sorts",
				len(p.GroupOptions), len(p.EducationOptions), len(p.GrowthOptions), len(p.InterestOptions), len(p.SortOptions))
		}
		if o := p.GroupOptions[slices.IndexFunc(p.GroupOptions, func(o page.Option) bool { return o.Value == "29-0000" })]; o.Label != "Healthcare Practitioners and Technical" {
			t.Errorf("group label %q, want it without Occupations", o.Label)
		}
		if o := p.InterestOptions[3]; o.Value != "Social" || o.Label != "Social: "+career.RIASECPlain[3] {
			t.Errorf("interest option %+v", o)
		}
		if o := p.OpeningsOptions[0]; o.Value != "1000" || o.Label != "At least 1,000 a year" {
			t.Errorf("openings option %+v, want At least 1,000 a year", o)
		}
	})

	t.Run("options selected from the form", func(t *testing.T) {
		p := page.NewOccupationIndexPage(finderInput(t, "group=29-0000&edu=Associate%27s+degree&edu=Postsecondary+nondegree+award"+
			"&exp=None&train=Apprenticeship&growth=faster&growth=much-faster&openings=5000&pay_min=%2440%2C000&pay_max=90000&interest=Social&sort=pay"))
		for _, c := range []struct {
			name string
			opts []page.Option
			want []string
		}{
			{"group", p.GroupOptions, []string{"29-0000"}},
			{"education", p.EducationOptions, []string{"Postsecondary nondegree award", "Associate's degree"}},
			{"experience", p.ExperienceOptions, []string{"None"}},
			{"training", p.TrainingOptions, []string{"Apprenticeship"}},
			{"growth", p.GrowthOptions, []string{"much-faster", "faster"}},
			{"openings", p.OpeningsOptions, []string{"5000"}},
			{"interest", p.InterestOptions, []string{"Social"}},
			{"sort", p.SortOptions, []string{"pay"}},
		} {
			if got := selected(c.opts); !slices.Equal(got, c.want) {
				t.Errorf("%s options selected %q, want %q", c.name, got, c.want)
			}
		}
		if p.PayMin != "$40,000" || p.PayMax != "90000" {
			t.Errorf("pay shown back as %q and %q, want as typed", p.PayMin, p.PayMax)
		}
	})

	t.Run("openings not offered are kept", func(t *testing.T) {
		p := page.NewOccupationIndexPage(finderInput(t, "openings=1234"))
		last := p.OpeningsOptions[len(p.OpeningsOptions)-1]
		if want := (page.Option{Value: "1234", Label: "At least 1234 a year", Selected: true}); last != want || len(selected(p.OpeningsOptions)) != 1 {
			t.Errorf("openings options end %+v, want %+v and only it selected", last, want)
		}
	})

	t.Run("results", func(t *testing.T) {
		in := finderInput(t, "group=29-0000&sort=pay")
		p := page.NewOccupationIndexPage(in)
		if !p.Searched || !p.Meta.NoIndex || p.Groups != nil {
			t.Errorf("searched %v, noindex %v, %d groups; want results, not indexed, no A–Z", p.Searched, p.Meta.NoIndex, len(p.Groups))
		}
		var titles []string
		for _, r := range p.Results {
			titles = append(titles, r.Title)
		}
		if want := []string{"Registered Nurses", "Licensed Practical and Licensed Vocational Nurses", "Medical Records Specialists"}; !slices.Equal(titles, want) {
			t.Errorf("results %q, want %q", titles, want)
		}
		if p.Total != 3 || p.Summary != "3 occupations" {
			t.Errorf("Total %d, Summary %q; want 3 occupations", p.Total, p.Summary)
		}
		if r := p.Results[2]; r.Openings != "14,200" || r.Jobs != "194,800" || r.Median != "$50,250" {
			t.Errorf("medical records row %+v", r)
		}
		if p.CSVURL != in.CSVURL || p.CSVURL != "/occupations.csv?group=29-0000&sort=pay" {
			t.Errorf("CSVURL = %q, want the finder's query", p.CSVURL)
		}
	})

	t.Run("one result, and figures missing", func(t *testing.T) {
		in := finderInput(t, "group=29-0000")
		in.Results = []*career.Occupation{{SOC: "99-0001", Slug: "x", Title: "X"}}
		p := page.NewOccupationIndexPage(in)
		if p.Summary != "1 occupation" {
			t.Errorf("Summary = %q, want 1 occupation", p.Summary)
		}
		if r := p.Results[0]; r.Openings != format.NotAvailable || r.Jobs != format.NotAvailable {
			t.Errorf("row %+v, want openings and jobs not available", r)
		}
	})

	t.Run("problems", func(t *testing.T) {
		p := page.NewOccupationIndexPage(finderInput(t, "pay_min=lots&sort=random"))
		if len(p.Problems) != 2 {
			t.Errorf("Problems = %q, want the form's two", p.Problems)
		}
		if got := selected(p.SortOptions); !slices.Equal(got, []string{"title"}) {
			t.Errorf("sort selected %q after a bad sort, want title", got)
		}
	})
}
