package form_test

import (
	"net/url"
	"reflect"
	"testing"

	"github.com/careeratlas/careeratlas/internal/career"
	"github.com/careeratlas/careeratlas/internal/finder"
	"github.com/careeratlas/careeratlas/internal/view/form"
)

var finderGroups = []*career.Group{{Code: "11-0000", Title: "Management Occupations"}, {Code: "29-0000", Title: "Healthcare Practitioners and Technical Occupations"}}

func TestParseFinder(t *testing.T) {
	tests := []struct {
		name   string
		raw    string
		want   finder.Filter
		wantBy finder.Sort
	}{
		{"empty query: everything by title", "", finder.Filter{}, finder.ByTitle},
		{
			"every field",
			"group=29-0000&edu=Associate%27s+degree&edu=Postsecondary+nondegree+award&exp=None&train=Apprenticeship" +
				"&growth=faster&growth=much-faster&openings=5000&pay_min=40000&pay_max=90000&interest=Social&sort=pay",
			finder.Filter{Group: "29-0000", Education: []string{"Associate's degree", "Postsecondary nondegree award"},
				Experience: "None", Training: "Apprenticeship", Growth: []string{"faster", "much-faster"},
				OpeningsMin: 5000, PayMin: 40000, PayMax: 90000, Interest: "Social"},
			finder.ByPay,
		},
		{
			"dollar signs, commas and spaces",
			"pay_min=+%2445%2C000+&pay_max=%24120%2C500.50&openings=1%2C000",
			finder.Filter{PayMin: 45000, PayMax: 120500.50, OpeningsMin: 1000},
			finder.ByTitle,
		},
		{"repeated and blank choices dropped", "edu=Some+college%2C+no+degree&edu=&edu=Some+college%2C+no+degree&growth=decline&growth=decline",
			finder.Filter{Education: []string{"Some college, no degree"}, Growth: []string{"decline"}}, finder.ByTitle},
		{"zero is no minimum", "pay_min=0", finder.Filter{}, finder.ByTitle},
		{"the largest figure", "openings=10000000", finder.Filter{OpeningsMin: 10_000_000}, finder.ByTitle},
		{"sort by employment", "sort=employment", finder.Filter{}, finder.ByEmployment},
		{"sort by growth", "sort=+growth+", finder.Filter{}, finder.ByGrowth},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			f := form.ParseFinder(query(t, tt.raw), finderGroups)
			if len(f.Problems) > 0 {
				t.Fatalf("problems %q, want none", f.Problems)
			}
			if !reflect.DeepEqual(f.Filter, tt.want) {
				t.Errorf("Filter:\n got %+v\nwant %+v", f.Filter, tt.want)
			}
			if f.By != tt.wantBy || f.Sort != string(tt.wantBy) {
				t.Errorf("By %q, Sort %q; want %q for both", f.By, f.Sort, tt.wantBy)
			}
		})
	}
}

func TestParseFinderProblems(t *testing.T) {
	const (
		openings = "Openings must be a whole number of dollars or jobs"
		payMin   = "The lowest median pay must be a whole number of dollars or jobs"
		payMax   = "The highest median pay must be a whole number of dollars or jobs"
	)
	tests := []struct {
		name string
		raw  string
		want []string
	}{
		{"pay not a number", "pay_min=lots", []string{payMin + `, like 50000; "lots" is not.`}},
		{"negative pay", "pay_max=-5", []string{payMax}},
		{"negative openings", "openings=-1", []string{openings}},
		{"NaN", "pay_min=NaN", []string{payMin}},
		{"infinity", "openings=Inf", []string{openings}},
		{"over the largest figure", "pay_max=10%2C000%2C001", []string{payMax}},
		{"huge", "pay_min=1e300", []string{payMin}},
		{"unknown group", "group=77-0000", []string{`"77-0000" is not an occupational group.`}},
		{"unknown education", "edu=PhD", []string{`"PhD" is not an education level BLS uses.`}},
		{"unknown experience", "exp=Forever", []string{`"Forever" is not a level of work experience BLS uses.`}},
		{"unknown training", "train=Hogwarts", []string{`"Hogwarts" is not a kind of on-the-job training BLS uses.`}},
		{"unknown growth band", "growth=rocket", []string{`"rocket" is not a growth band.`}},
		{"unknown interest", "interest=Sporty", []string{`"Sporty" is not an interest area`}},
		{"lowest pay above highest", "pay_min=90000&pay_max=10000", []string{"The lowest pay is above the highest pay."}},
		{"bad sort", "sort=random", []string{`"random" is not a way to sort: choose title, pay, growth, openings or employment.`}},
		{
			"several at once",
			"openings=x&pay_min=y&pay_max=z&group=77-0000&interest=Sporty&sort=random",
			[]string{openings, payMin, payMax, "is not an occupational group", "is not an interest area", "is not a way to sort"},
		},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			f := form.ParseFinder(query(t, tt.raw), finderGroups)
			checkProblems(t, f.Problems, tt.want)
		})
	}
}

// A bad figure does not filter, and a bad sort falls back to title, so
// the form can be shown back with the rest of the query intact.
func TestParseFinderFallbacks(t *testing.T) {
	f := form.ParseFinder(query(t, "pay_min=-5&openings=NaN&pay_max=90000&sort=random"), finderGroups)
	if f.Filter.PayMin != 0 || f.Filter.OpeningsMin != 0 || f.Filter.PayMax != 90000 {
		t.Errorf("PayMin %v, OpeningsMin %v, PayMax %v; want 0, 0, 90000", f.Filter.PayMin, f.Filter.OpeningsMin, f.Filter.PayMax)
	}
	if f.By != finder.ByTitle || f.Sort != "title" {
		t.Errorf("By %q, Sort %q after a bad sort; want title", f.By, f.Sort)
	}
	if f.PayMin != "-5" || f.Openings != "NaN" {
		t.Errorf("typed figures not kept: PayMin %q, Openings %q", f.PayMin, f.Openings)
	}
}

func TestFinderQuery(t *testing.T) {
	v := url.Values{
		"group": {"29-0000"}, "edu": {"None", "Associate's degree"}, "sort": {"pay"}, "pay_min": {"40000"},
		"q": {"nurse"}, "page": {"2"}, "utm_source": {"mail"}, "format": {"csv"},
	}
	f := form.ParseFinder(v, finderGroups)
	got := f.Query(v)
	want := url.Values{"group": {"29-0000"}, "edu": {"None", "Associate's degree"}, "sort": {"pay"}, "pay_min": {"40000"}}
	if !reflect.DeepEqual(got, want) {
		t.Errorf("Query = %v, want %v", got, want)
	}
	if got := f.Query(url.Values{"q": {"x"}}); len(got) != 0 {
		t.Errorf("Query of no finder params = %v, want empty", got)
	}
	// Every finder param survives; the list and the form agree.
	all := url.Values{}
	for _, p := range form.FinderParams {
		all.Set(p, "x")
	}
	if got := f.Query(all); !reflect.DeepEqual(got, all) {
		t.Errorf("Query dropped finder params: got %v, want %v", got, all)
	}
}
