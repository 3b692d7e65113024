package page_test

import (
	"context"
	"net/url"
	"slices"
	"testing"

	"github.com/careeratlas/careeratlas/internal/career"
	"github.com/careeratlas/careeratlas/internal/career/careertest"
	"github.com/careeratlas/careeratlas/internal/view/form"
	"github.com/careeratlas/careeratlas/internal/view/format"
	"github.com/careeratlas/careeratlas/internal/view/page"
)

// salaryInput parses a salary query and looks up the state's figures, as
// the server does.
func salaryInput(t *testing.T, raw string) page.SalaryInput {
	t.Helper()
	ctx := context.Background()
	v, err := url.ParseQuery(raw)
	if err != nil {
		t.Fatal(err)
	}
	f := form.ParseSalary(v, fx)
	in := page.SalaryInput{Common: common(), Form: f, All: fx.All, Groups: fx.Groups, States: fx.States}
	if len(f.Problems) == 0 && f.Occupation != nil && f.State != "" {
		means, err := fx.DB.StateMeans(ctx, f.Occupation.SOC)
		if err != nil {
			t.Fatal(err)
		}
		for i := range means {
			if means[i].Area == f.State {
				in.StateWages = &means[i]
			}
		}
		if in.Parity, err = fx.DB.PriceParity(ctx, f.State); err != nil {
			t.Fatal(err)
		}
		in.StateName = fx.StateName(f.State)
	}
	return in
}

func pickerSelected(groups []page.OptionGroup) []string {
	var out []string
	for _, g := range groups {
		out = append(out, selected(g.Options)...)
	}
	return out
}

func TestNewSalaryPage(t *testing.T) {
	t.Run("the empty form", func(t *testing.T) {
		p := page.NewSalaryPage(salaryInput(t, ""))
		checkMeta(t, p.Meta, "What are you worth?", "/salary", false, home, crumb("Salary", ""))
		if p.Meta.Section != "salary" || p.Result != nil || !p.PerYear || p.Pay != "" {
			t.Errorf("section %q, result %v, per year %v, pay %q; want the empty form", p.Meta.Section, p.Result, p.PerYear, p.Pay)
		}
		if got := pickerValues(p.Picker); len(got) != careertest.Occupations {
			t.Errorf("picker offers %d occupations, want %d", len(got), careertest.Occupations)
		}
		if got := pickerSelected(p.Picker); len(got) != 0 {
			t.Errorf("picker selected %q, want none", got)
		}
		if !slices.Equal(values(p.StateOptions), []string{"OH", "PA"}) || len(selected(p.StateOptions)) != 0 {
			t.Errorf("state options %+v, want OH and PA, none selected", p.StateOptions)
		}
	})

	standing := []struct {
		name, raw    string
		wantMedian   string
		wantHourly   bool
		wantStanding string
	}{
		{"at the median", "soc=29-2072&pay=%2450%2C250", "$50,250", false,
			"You earn more than about 50% of Medical Records Specialists nationwide."},
		{"between percentiles", "soc=29-2072&pay=45925", "$50,250", false,
			"You earn more than about 38% of Medical Records Specialists nationwide."},
		{"below the 10th", "soc=29-2072&pay=30000", "$50,250", false,
			"Your pay is below the 10th percentile: fewer than one in ten Medical Records Specialists earn as little."},
		{"above the 90th", "soc=29-2072&pay=90000", "$50,250", false,
			"Your pay is at or above the 90th percentile: more than nine in ten Medical Records Specialists earn less."},
		{"above a top-coded 75th", "soc=11-1011&pay=250000", "$206,420", false,
			"Your pay is at or above the 75th percentile, at the top of the range the survey reports."},
		{"hourly only compares hourly", "soc=27-2011&pay=23.33&per=hour", "$23.33", true,
			"You earn more than about 50% of Actors nationwide."},
		{"hourly only, a year's pay", "soc=27-2011&pay=48526.40", "$23.33", true,
			"You earn more than about 50% of Actors nationwide."},
		{"no wages", "soc=45-3031&pay=40000", format.NotAvailable, false,
			"BLS does not publish enough pay figures for " + "Fishing and hunting workers" + " to say where your pay stands."},
		{"no pay, no standing", "soc=29-2072", "$50,250", false, ""},
	}
	for _, tt := range standing {
		t.Run(tt.name, func(t *testing.T) {
			in := salaryInput(t, tt.raw)
			p := page.NewSalaryPage(in)
			r := p.Result
			if r == nil {
				t.Fatalf("no result; problems %q", p.Problems)
			}
			o := in.Form.Occupation
			if r.Title != o.Title || r.Path != "/occupations/"+o.Slug || r.Release != "May 2024" {
				t.Errorf("title %q, path %q, release %q", r.Title, r.Path, r.Release)
			}
			if r.Median != tt.wantMedian || r.Hourly != tt.wantHourly {
				t.Errorf("median %q, hourly %v; want %q, %v", r.Median, r.Hourly, tt.wantMedian, tt.wantHourly)
			}
			if r.Standing != tt.wantStanding {
				t.Errorf("Standing = %q\nwant %q", r.Standing, tt.wantStanding)
			}
			if (r.Chart != nil) != (o.Wages != nil) {
				t.Errorf("chart %v with wages %v", r.Chart, o.Wages)
			}
			if !p.Meta.NoIndex {
				t.Error("a result page is indexed")
			}
			if got := pickerSelected(p.Picker); !slices.Equal(got, []string{o.SOC}) {
				t.Errorf("picker selected %q, want %s", got, o.SOC)
			}
			if len(r.State) != 0 {
				t.Errorf("state sentences %q without a state", r.State)
			}
		})
	}

	t.Run("per hour is shown back", func(t *testing.T) {
		p := page.NewSalaryPage(salaryInput(t, "soc=27-2011&pay=23.33&per=hour"))
		if p.PerYear || p.Pay != "23.33" {
			t.Errorf("per year %v, pay %q; want hour and the pay as typed", p.PerYear, p.Pay)
		}
	})

	t.Run("in a state, with pay", func(t *testing.T) {
		p := page.NewSalaryPage(salaryInput(t, "soc=29-2072&state=oh&pay=50250"))
		want := []string{
			"In Ohio, Medical Records Specialists earned $51,190 a year on average (May 2023).",
			"Prices in Ohio are 8.2% below the national average (2023).",
			"Your $50,250 there buys about what $54,730 buys in a place with average prices.",
		}
		if !slices.Equal(p.Result.State, want) {
			t.Errorf("State:\n got %q\nwant %q", p.Result.State, want)
		}
		if got := selected(p.StateOptions); !slices.Equal(got, []string{"OH"}) {
			t.Errorf("state selected %q, want OH", got)
		}
		if s := source(t, p.Result.Sources, "Pay by state"); s.Label != "BLS OEWS state mean wages, May 2023" {
			t.Errorf("state pay credited to %q", s.Label)
		}
		if s := source(t, p.Result.Sources, "Price levels"); s.Label != "BEA Regional Price Parities, 2023" {
			t.Errorf("price levels credited to %q", s.Label)
		}
	})

	t.Run("in a state, without pay", func(t *testing.T) {
		p := page.NewSalaryPage(salaryInput(t, "soc=29-2072&state=PA"))
		want := []string{
			"In Pennsylvania, Medical Records Specialists earned $49,680 a year on average (May 2023).",
			"Prices in Pennsylvania are 2.5% below the national average (2023).",
			"The national median, $50,250, goes as far there as $51,540 would where prices are average.",
		}
		if !slices.Equal(p.Result.State, want) {
			t.Errorf("State:\n got %q\nwant %q", p.Result.State, want)
		}
	})

	t.Run("a state without figures", func(t *testing.T) {
		in := salaryInput(t, "soc=29-2072&state=OH")
		in.StateWages, in.Parity = nil, nil
		p := page.NewSalaryPage(in)
		if want := []string{"BLS publishes no average pay for Medical Records Specialists in Ohio."}; !slices.Equal(p.Result.State, want) {
			t.Errorf("State = %q, want %q", p.Result.State, want)
		}
		if got := sourceWhats(p.Result.Sources); slices.Contains(got, "Pay by state") || slices.Contains(got, "Price levels") {
			t.Errorf("Sources = %q, want no state credits without state figures", got)
		}
	})

	t.Run("price levels", func(t *testing.T) {
		for _, c := range []struct {
			index float64
			want  string
		}{
			{100.3, "Prices in Ohio are about the national average (2023)."},
			{99.6, "Prices in Ohio are about the national average (2023)."},
			{104, "Prices in Ohio are 4.0% above the national average (2023)."},
			{90, "Prices in Ohio are 10.0% below the national average (2023)."},
		} {
			in := salaryInput(t, "soc=29-2072&state=OH")
			in.Parity = &career.PriceParity{FIPS: "39", Name: "Ohio", Year: 2023, Index: c.index}
			p := page.NewSalaryPage(in)
			if got := p.Result.State[1]; got != c.want {
				t.Errorf("index %v: %q, want %q", c.index, got, c.want)
			}
		}
	})

	t.Run("problems: no result", func(t *testing.T) {
		p := page.NewSalaryPage(salaryInput(t, "soc=29-2072&pay=-5"))
		if p.Result != nil || len(p.Problems) != 1 {
			t.Errorf("result %v, problems %q; want the problem only", p.Result, p.Problems)
		}
		if p.Pay != "-5" {
			t.Errorf("Pay = %q, want it shown back", p.Pay)
		}
	})
}
