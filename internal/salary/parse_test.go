package salary

import (
	"strings"
	"testing"
)

func TestParsePay(t *testing.T) {
	const (
		notMoney = "is not an amount of money"
		notZero  = "more than zero"
		tooMuch  = "more than we can compare"
	)
	tests := []struct {
		name        string
		text, per   string
		want        float64
		wantProblem string // a part of the problem; "" for none
	}{
		{"plain year", "45000", "year", 45000, ""},
		{"commas and dollar sign", "$45,000", "year", 45000, ""},
		{"spaces around", "  52000.50 ", "year", 52000.50, ""},
		{"hourly times hours a year", "$21.50", "hour", 21.50 * HoursPerYear, ""},
		{"hourly with commas", "1,000", "hour", 1000 * HoursPerYear, ""},
		{"exactly the cap", "10,000,000", "year", MaxPay, ""},
		{"an unknown per counts as a year", "45000", "week", 45000, ""},
		{"zero", "0", "year", 0, notZero},
		{"negative", "-5000", "year", 0, notZero},
		{"negative hourly", "-$12", "hour", 0, notZero},
		{"words", "lots", "year", 0, notMoney},
		{"empty", "", "year", 0, notMoney},
		{"NaN", "NaN", "year", 0, notMoney},
		{"infinity", "Inf", "year", 0, notMoney},
		{"two numbers", "45000 50000", "year", 0, notMoney},
		{"over the cap", "10000001", "year", 0, tooMuch},
		{"hourly over the cap", "5000", "hour", 0, tooMuch},
		{"huge", "1e300", "year", 0, tooMuch},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got, problem := ParsePay(tt.text, tt.per)
			if got != tt.want {
				t.Errorf("ParsePay(%q, %q) = %v, want %v", tt.text, tt.per, got, tt.want)
			}
			switch {
			case tt.wantProblem == "" && problem != "":
				t.Errorf("ParsePay(%q, %q): problem %q, want none", tt.text, tt.per, problem)
			case tt.wantProblem != "" && !strings.Contains(problem, tt.wantProblem):
				t.Errorf("ParsePay(%q, %q): problem %q, want one saying %q", tt.text, tt.per, problem, tt.wantProblem)
			}
		})
	}
	// The problem quotes what was typed, so the person sees what was wrong.
	if _, problem := ParsePay("forty", "year"); !strings.Contains(problem, `"forty"`) {
		t.Errorf("problem %q does not quote the text", problem)
	}
}
