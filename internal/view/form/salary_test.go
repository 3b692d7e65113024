package form_test

import (
	"testing"

	"github.com/careeratlas/careeratlas/internal/career"
	"github.com/careeratlas/careeratlas/internal/salary"
	"github.com/careeratlas/careeratlas/internal/view/form"
)

func TestParseSalary(t *testing.T) {
	const (
		chooseOccupation = "Choose an occupation to compare your pay with"
		notMoney         = "is not an amount of money"
		notZero          = "Your pay must be more than zero."
		tooMuch          = "is beyond the pay the wage survey covers"
		notYear          = "is far less than anyone is paid for a year's work."
		notHour          = "is far more than anyone is paid for an hour's work."
		badPer           = "Say whether your pay is a year's or an hour's."
	)
	tests := []struct {
		name           string
		raw            string
		wantOccupation *career.Occupation
		wantState      string
		wantPer        string
		wantAnnual     float64
		wantMeant      string
		wantProblems   []string
	}{
		{name: "empty query", raw: "", wantPer: "year"},
		{name: "a title typed", raw: "job=+medical+records++SPECIALISTS+&state=OH", wantOccupation: records, wantState: "OH", wantPer: "year"},
		{name: "a code typed", raw: "job=27-2011", wantOccupation: actors, wantPer: "year"},
		{name: "the box wins over soc=", raw: "soc=29-2072&job=Actors", wantOccupation: actors, wantPer: "year"},
		{name: "an unknown title", raw: "job=nurse&pay=45000", wantPer: "year", wantAnnual: 45000, wantProblems: []string{`"nurse" is not the full title of an occupation`}},
		{name: "the box sent empty", raw: "job=&state=&pay=", wantPer: "year", wantProblems: []string{chooseOccupation}},
		{name: "occupation only", raw: "soc=29-2072", wantOccupation: records, wantPer: "year"},
		{name: "a year's pay", raw: "soc=29-2072&pay=%2445%2C000&per=year", wantOccupation: records, wantPer: "year", wantAnnual: 45000},
		{name: "per defaults to a year", raw: "soc=29-2072&pay=52000", wantOccupation: records, wantPer: "year", wantAnnual: 52000},
		{
			name: "an hour's pay is made a year's", raw: "soc=27-2011&pay=21.50&per=hour",
			wantOccupation: actors, wantPer: "hour", wantAnnual: 21.50 * salary.HoursPerYear,
		},
		{name: "state, upper-cased", raw: "soc=29-2072&state=+oh", wantOccupation: records, wantState: "OH", wantPer: "year"},
		{name: "zero pay", raw: "soc=29-2072&pay=0", wantOccupation: records, wantPer: "year", wantProblems: []string{notZero}},
		{name: "negative pay", raw: "soc=29-2072&pay=-100", wantOccupation: records, wantPer: "year", wantProblems: []string{notZero}},
		{name: "pay not a number", raw: "soc=29-2072&pay=plenty", wantOccupation: records, wantPer: "year", wantProblems: []string{`"plenty" ` + notMoney}},
		{name: "pay over the cap", raw: "soc=29-2072&pay=20000000", wantOccupation: records, wantPer: "year", wantProblems: []string{tooMuch}},
		{name: "millions a year", raw: "soc=29-2072&pay=%244%2C600%2C000", wantOccupation: records, wantPer: "year", wantProblems: []string{"$4,600,000 " + tooMuch}},
		{name: "hourly pay over the cap", raw: "soc=29-2072&pay=6000&per=hour", wantOccupation: records, wantPer: "hour", wantProblems: []string{tooMuch}},
		{
			name: "an hour's pay as a year's", raw: "soc=29-2072&pay=21.50&per=year", wantOccupation: records, wantPer: "year",
			wantMeant: "hour", wantProblems: []string{"$21.50 " + notYear},
		},
		{
			name: "an hour's pay, per left out", raw: "soc=29-2072&pay=21.50", wantOccupation: records, wantPer: "year",
			wantMeant: "hour", wantProblems: []string{notYear},
		},
		{
			name: "a year's pay as an hour's", raw: "soc=29-2072&pay=45000&per=hour", wantOccupation: records, wantPer: "hour",
			wantMeant: "year", wantProblems: []string{"$45,000 " + notHour},
		},
		{name: "unknown occupation", raw: "soc=99-9999", wantPer: "year", wantProblems: []string{`We do not know an occupation with the code "99-9999"`}},
		{name: "pay without an occupation", raw: "pay=45000", wantPer: "year", wantAnnual: 45000, wantProblems: []string{chooseOccupation}},
		{name: "state without an occupation", raw: "state=OH", wantState: "OH", wantPer: "year", wantProblems: []string{chooseOccupation}},
		{
			name: "unknown state", raw: "soc=29-2072&state=zz", wantOccupation: records, wantState: "ZZ", wantPer: "year",
			wantProblems: []string{`We do not know a state or territory with the code "ZZ".`},
		},
		{
			name: "bad per and bad pay both reported", raw: "soc=29-2072&pay=lots&per=week", wantOccupation: records, wantPer: "week",
			wantProblems: []string{badPer, `"lots" ` + notMoney},
		},
		{
			name: "everything wrong", raw: "soc=99-9999&state=ZZ&pay=-1&per=month", wantState: "ZZ", wantPer: "month",
			wantProblems: []string{"We do not know an occupation", "We do not know a state", badPer, notZero},
		},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			f := form.ParseSalary(query(t, tt.raw), lookup, all)
			checkProblems(t, f.Problems, tt.wantProblems)
			if f.Occupation != tt.wantOccupation {
				t.Errorf("Occupation = %v, want %v", f.Occupation, tt.wantOccupation)
			}
			if f.State != tt.wantState || f.Per != tt.wantPer {
				t.Errorf("State %q, Per %q; want %q, %q", f.State, f.Per, tt.wantState, tt.wantPer)
			}
			if f.Annual != tt.wantAnnual || f.Meant != tt.wantMeant {
				t.Errorf("Annual = %v, Meant %q; want %v, %q", f.Annual, f.Meant, tt.wantAnnual, tt.wantMeant)
			}
			// Found by the box, the answer moves to its own address.
			if typed := query(t, tt.raw).Get("job"); f.Named != (typed != "" && f.Occupation != nil) {
				t.Errorf("Named = %v for job=%q", f.Named, typed)
			}
		})
	}
}

// TestSalaryQuery: the address of an answer names the occupation by code,
// and the pay with its unit only when a pay was given.
func TestSalaryQuery(t *testing.T) {
	for raw, want := range map[string]string{
		"job=Actors":                             "soc=27-2011",
		"job=Actors&state=oh&pay=21.50&per=hour": "pay=21.50&per=hour&soc=27-2011&state=OH",
		"soc=29-2072&pay=&per=hour":              "soc=29-2072",
	} {
		if got := form.ParseSalary(query(t, raw), lookup, all).Query().Encode(); got != want {
			t.Errorf("%s: query %q, want %q", raw, got, want)
		}
	}
}
