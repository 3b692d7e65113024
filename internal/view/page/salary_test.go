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
	f := form.ParseSalary(v, fx, fx.All)
	in := page.SalaryInput{Common: common(), Form: f, All: fx.All, States: fx.States}
	if len(f.Problems) == 0 && f.Occupation != nil {
		if in.StatePay, err = fx.DB.StateMeans(ctx, f.Occupation.SOC); err != nil {
			t.Fatal(err)
		}
		if in.Prices, err = fx.DB.PriceParities(ctx); err != nil {
			t.Fatal(err)
		}
		in.StateName = fx.StateName(f.State)
	}
	return in
}

func TestNewSalaryPage(t *testing.T) {
	t.Run("the empty form", func(t *testing.T) {
		p := page.NewSalaryPage(salaryInput(t, ""))
		checkMeta(t, p.Meta, "What are you worth?", "/salary", false, home, crumb("Salary", ""))
		if p.Meta.Section != "salary" || p.Result != nil || !p.PerYear || p.Pay != "" {
			t.Errorf("section %q, result %v, per year %v, pay %q; want the empty form", p.Meta.Section, p.Result, p.PerYear, p.Pay)
		}
		if len(p.Titles) != careertest.Occupations {
			t.Errorf("the box offers %d titles, want %d", len(p.Titles), careertest.Occupations)
		}
		if p.Job != "" || p.Invalid || len(p.Suggestions) != 0 {
			t.Errorf("box %q (invalid %v), suggestions %v; want an empty box", p.Job, p.Invalid, p.Suggestions)
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
		// The fixture keeps OEWS May 2024, when the chief executives' 75th
		// and 90th percentiles and the managers' 90th were top-coded
		// ("$239,200 or more"): a pay above the ceiling is only known to be
		// above the highest percentile published as a number.
		{"at a top-coded 90th", "soc=11-1021&pay=239200", "$102,950", false,
			"Your pay is at or above the 75th percentile of General and Operations Managers. " +
				"The survey does not report pay above $239,200, so it cannot say how much higher yours stands."},
		{"above a top-coded 75th", "soc=11-1011&pay=250000", "$206,420", false,
			"Your pay is at or above the median (50th percentile) of Chief Executives. " +
				"The survey does not report pay above $239,200, so it cannot say how much higher yours stands."},
		{"under a top-coded 75th", "soc=11-1011&pay=230000", "$206,420", false,
			"Your pay is at or above the median (50th percentile) of Chief Executives. " +
				"The survey does not report pay above $239,200, so it cannot say how much higher yours stands."},
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
			if p.Job != o.Title || p.Invalid {
				t.Errorf("box %q (invalid %v), want %q", p.Job, p.Invalid, o.Title)
			}
			if len(r.State) != 0 {
				t.Errorf("state sentences %q without a state", r.State)
			}
			if p.Correction != nil {
				t.Errorf("correction %+v for a plausible pay", p.Correction)
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
		in.StatePay, in.Prices = nil, nil
		p := page.NewSalaryPage(in)
		if want := []string{"BLS publishes no average pay for Medical Records Specialists in Ohio."}; !slices.Equal(p.Result.State, want) {
			t.Errorf("State = %q, want %q", p.Result.State, want)
		}
		if got := sourceWhats(p.Result.Sources); slices.Contains(got, "Pay by state") || slices.Contains(got, "Price levels") {
			t.Errorf("Sources = %q, want no state credits without state figures", got)
		}
		if p.Result.States != nil {
			t.Errorf("States = %+v, want none without state figures", p.Result.States)
		}
	})

	t.Run("hourly-only work in a state", func(t *testing.T) {
		p := page.NewSalaryPage(salaryInput(t, "soc=27-2011&state=OH"))
		if got, want := p.Result.State[0], "In Ohio, Actors earned $13.03 an hour on average (May 2023)."; got != want {
			t.Errorf("State[0] = %q, want %q", got, want)
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
			in.Prices = map[string]career.PriceParity{"OH": {FIPS: "39", Name: "Ohio", Year: 2023, Index: c.index}}
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

func TestSalaryCorrection(t *testing.T) {
	tests := []struct {
		name, raw string
		want      *page.Link
	}{
		{"an hour's pay as a year's", "soc=29-2072&pay=21.50&per=year",
			&page.Link{Label: "$21.50 an hour", URL: "/salary?pay=21.50&per=hour&soc=29-2072"}},
		{"per left out", "soc=29-2072&state=oh&pay=21.5",
			&page.Link{Label: "$21.50 an hour", URL: "/salary?pay=21.5&per=hour&soc=29-2072&state=OH"}},
		{"a year's pay as an hour's", "soc=29-2072&pay=%2445%2C000&per=hour",
			&page.Link{Label: "$45,000 a year", URL: "/salary?pay=%2445%2C000&per=year&soc=29-2072"}},
		{"beyond any pay", "soc=29-2072&pay=4600000", nil},
		{"not a number", "soc=29-2072&pay=lots", nil},
		{"a plausible pay", "soc=29-2072&pay=45000", nil},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			p := page.NewSalaryPage(salaryInput(t, tt.raw))
			switch {
			case tt.want == nil && p.Correction != nil:
				t.Errorf("correction %+v, want none", *p.Correction)
			case tt.want != nil && (p.Correction == nil || *p.Correction != *tt.want):
				t.Errorf("correction %+v, want %+v", p.Correction, *tt.want)
			}
			if tt.want != nil && (p.Result != nil || len(p.Problems) != 1) {
				t.Errorf("result %v, problems %q; want the question only", p.Result, p.Problems)
			}
		})
	}
}

func TestSalaryStates(t *testing.T) {
	t.Run("the map without a state", func(t *testing.T) {
		p := page.NewSalaryPage(salaryInput(t, "soc=29-2072&pay=45000"))
		v := p.Result.States
		if v == nil || v.Map == nil {
			t.Fatalf("States = %+v, want the map", v)
		}
		if v.Map.Selected != "" || len(v.Rows) != 2 || v.Rows[0].Selected || v.Rows[1].Selected {
			t.Errorf("a state picked out without one chosen: %+v", v)
		}
		if got := sourceWhats(p.Result.Sources); !slices.Contains(got, "Pay by state") || !slices.Contains(got, "Price levels") {
			t.Errorf("Sources = %q, want the state figures credited", got)
		}
	})
	t.Run("the chosen state picked out", func(t *testing.T) {
		v := page.NewSalaryPage(salaryInput(t, "soc=29-2072&state=PA")).Result.States
		if v.Map.Selected != "PA" || v.Rows[0].Selected || !v.Rows[1].Selected {
			t.Errorf("map selects %q, rows %+v; want Pennsylvania", v.Map.Selected, v.Rows)
		}
	})
	t.Run("hourly-only work", func(t *testing.T) {
		v := page.NewSalaryPage(salaryInput(t, "soc=27-2011")).Result.States
		want := []page.StatePayRow{
			{State: "Ohio", Annual: format.NotAvailable, Hourly: "$13.03", PriceLevel: "91.8", Adjusted: "$14.19"},
			{State: "Pennsylvania", Annual: format.NotAvailable, Hourly: "$32.24", PriceLevel: "97.5", Adjusted: "$33.07"},
		}
		if !v.Hourly || !slices.Equal(v.Rows, want) {
			t.Errorf("hourly %v, rows %+v\nwant %+v", v.Hourly, v.Rows, want)
		}
		if v.Map.Title != "Average hourly pay of Actors by state, May 2023" {
			t.Errorf("map title %q", v.Map.Title)
		}
	})
}

// TestSalaryChartNote: the chart's caption speaks of a red mark only when
// there is one, and says so when the pay is past the end of the scale.
func TestSalaryChartNote(t *testing.T) {
	for raw, want := range map[string]string{
		"soc=29-2072":             "Pay by percentile, nationwide; a year counts as 2,080 hours of work.",
		"soc=29-2072&pay=45000":   "Pay by percentile, nationwide. The red mark is your pay; a year counts as 2,080 hours of work.",
		"soc=29-2072&pay=1000000": "Pay by percentile, nationwide. Your pay is past the end of the scale: the red mark sits at its end. A year counts as 2,080 hours of work.",
	} {
		p := page.NewSalaryPage(salaryInput(t, raw))
		if p.Result == nil {
			t.Fatalf("%s: no result; problems %q", raw, p.Problems)
		}
		if p.Result.ChartNote != want {
			t.Errorf("%s: note %q, want %q", raw, p.Result.ChartNote, want)
		}
		doc := render(t, page.Salary(p))
		if got := text(doc.Find(".chart-figure figcaption")); got != want {
			t.Errorf("%s: caption %q", raw, got)
		}
	}
}

// TestSalaryStatesWithPay: the state menu offers only the states the
// state wage survey covers, and keeps one chosen from outside it.
func TestSalaryStatesWithPay(t *testing.T) {
	in := salaryInput(t, "soc=29-2072")
	in.PayStates = map[string]bool{"OH": true}
	if got := values(page.NewSalaryPage(in).StateOptions); !slices.Equal(got, []string{"OH"}) {
		t.Errorf("states %q, want only Ohio", got)
	}
	in = salaryInput(t, "soc=29-2072&state=PA")
	in.PayStates = map[string]bool{"OH": true}
	if got := values(page.NewSalaryPage(in).StateOptions); !slices.Equal(got, []string{"OH", "PA"}) {
		t.Errorf("states %q, want Ohio and the chosen Pennsylvania", got)
	}
	if got := fx.PayStates; !got["OH"] || !got["PA"] {
		t.Errorf("the fixture's pay states %v, want Ohio and Pennsylvania", got)
	}
}

// TestSalaryChartHourlyPay: pay given by the hour is marked on a year's
// chart at its yearly value, with the hourly figure the person gave.
func TestSalaryChartHourlyPay(t *testing.T) {
	for raw, want := range map[string]string{
		"soc=29-2072&pay=30&per=hour":    "$62,400 ($30.00 an hour)",
		"soc=29-2072&pay=62400&per=year": "$62,400",
	} {
		p := page.NewSalaryPage(salaryInput(t, raw))
		if p.Result == nil || p.Result.Chart == nil || p.Result.Chart.You == nil {
			t.Fatalf("%s: no mark; problems %q", raw, p.Problems)
		}
		if got := p.Result.Chart.You.Value; got != want {
			t.Errorf("%s: mark %q, want %q", raw, got, want)
		}
	}
}
