package salary

import (
	"os"
	"strings"
	"testing"

	"github.com/careeratlas/careeratlas/internal/career"
	"github.com/careeratlas/careeratlas/internal/dataset"
)

func TestParsePay(t *testing.T) {
	const (
		notMoney  = "is not an amount of money"
		notZero   = "more than zero"
		tooMuch   = "is beyond the pay the wage survey covers"
		tooLittle = "below any wage the survey covers"
		partTime  = "If you work part time, give your pay for an hour instead."
		notHour   = "is far more than anyone is paid for an hour's work."
		notYear   = "is far less than anyone is paid for a year's work."
	)
	tests := []struct {
		name        string
		text, per   string
		want        float64
		wantProblem string // a part of the problem; "" for none
		wantMeant   string
	}{
		{"plain year", "45000", "year", 45000, "", ""},
		{"commas and dollar sign", "$45,000", "year", 45000, "", ""},
		{"spaces around", "  52000.50 ", "year", 52000.50, "", ""},
		{"a dollar sign and a space", "$ 52,000", "year", 52000, "", ""},
		{"hourly times hours a year", "$21.50", "hour", 21.50 * HoursPerYear, "", ""},
		{"an unknown per counts as a year", "45000", "week", 45000, "", ""},
		{"the least a year", "8,320", "year", MinAnnual, "", ""},
		{"the most a year", "1,456,000", "year", MaxAnnual, "", ""},
		{"the least an hour", "4", "hour", MinHourly * HoursPerYear, "", ""},
		{"the most an hour", "700.00", "hour", MaxHourly * HoursPerYear, "", ""},

		{"zero", "0", "year", 0, notZero, ""},
		{"negative", "-5000", "year", 0, notZero, ""},
		{"negative hourly", "-$12", "hour", 0, notZero, ""},
		{"words", "lots", "year", 0, notMoney, ""},
		{"empty", "", "year", 0, notMoney, ""},
		{"NaN", "NaN", "year", 0, notMoney, ""},
		{"infinity", "Inf", "year", 0, notMoney, ""},
		{"an exponent", "1e5", "year", 0, notMoney, ""},
		{"hexadecimal", "0x10", "hour", 0, notMoney, ""},
		{"two numbers", "45000 50000", "year", 0, notMoney, ""},
		{"commas in the wrong places", "4,50,00", "year", 0, notMoney, ""},
		{"a trailing point", "45000.", "year", 0, notMoney, ""},
		{"huge", "1" + strings.Repeat("0", 300), "year", 0, notMoney, ""},

		// 21.50 "a year" can only be an hour's pay, 45,000 "an hour" only a year's.
		{"an hour's pay typed as a year's", "21.50", "year", 0, notYear, "hour"},
		{"the most an hour typed as a year's", "700", "year", 0, notYear, "hour"},
		{"a year's pay typed as an hour's", "45,000", "hour", 0, notHour, "year"},
		{"the least a year typed as an hour's", "8320", "hour", 0, notHour, "year"},

		// Beyond any plausible pay in either unit.
		{"millions a year", "$4,600,000", "year", 0, tooMuch, ""},
		{"an hour's pay that is neither", "5000", "hour", 0, tooMuch, ""},
		{"millions an hour", "4600000", "hour", 0, tooMuch, ""},
		{"pennies an hour", "2", "hour", 0, tooLittle, ""},
		{"pennies a year", "2", "year", 0, partTime, ""},
		{"a part-time year", "5,000", "year", 0, partTime, ""},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got := ParsePay(tt.text, tt.per)
			if got.Annual != tt.want || got.Meant != tt.wantMeant {
				t.Errorf("ParsePay(%q, %q) = %v meant %q, want %v meant %q", tt.text, tt.per, got.Annual, got.Meant, tt.want, tt.wantMeant)
			}
			switch {
			case tt.wantProblem == "" && got.Problem != "":
				t.Errorf("ParsePay(%q, %q): problem %q, want none", tt.text, tt.per, got.Problem)
			case tt.wantProblem != "" && !strings.Contains(got.Problem, tt.wantProblem):
				t.Errorf("ParsePay(%q, %q): problem %q, want one saying %q", tt.text, tt.per, got.Problem, tt.wantProblem)
			}
		})
	}
	// The problem quotes what was typed, so the person sees what was wrong.
	if p := ParsePay("forty", "year"); !strings.Contains(p.Problem, `"forty"`) {
		t.Errorf("problem %q does not quote the text", p.Problem)
	}
	// A unit mix-up names the amount as the person would write it.
	if p := ParsePay("21.50", "year"); p.Amount != 21.50 || !strings.HasPrefix(p.Problem, "$21.50 ") {
		t.Errorf("21.50 a year: amount %v, problem %q", p.Amount, p.Problem)
	}
	if p := ParsePay("$4,600,000", "year"); !strings.Contains(p.Problem, "$1,456,000 a year, or $700 an hour") {
		t.Errorf("the ceiling is not explained: %q", p.Problem)
	}
}

// TestBoundsFitTheData checks, against the current release, the margins
// the bounds of plausible pay were chosen with: the least we compare is
// at most half the lowest 10th percentile of any occupation, and the
// most at least about twice the highest 90th percentile.
func TestBoundsFitTheData(t *testing.T) {
	if testing.Short() {
		t.Skip("reads the real content")
	}
	ws, src, err := dataset.ReadWages(os.DirFS("../../content"), "data", dataset.WagesName("national"))
	if err != nil {
		t.Fatal(err)
	}
	lowHourly, lowAnnual, highHourly, highAnnual := 1e9, 1e12, 0.0, 0.0
	for _, w := range ws {
		if w.Level != "detailed" {
			continue
		}
		if a := w.Hourly[0]; a.State == career.Known {
			lowHourly = min(lowHourly, a.Value)
		}
		if a := w.Annual[0]; a.State == career.Known {
			lowAnnual = min(lowAnnual, a.Value)
		}
		if a := w.Hourly[4]; a.Available() {
			highHourly = max(highHourly, a.Value)
		}
		if a := w.Annual[4]; a.Available() {
			highAnnual = max(highAnnual, a.Value)
		}
	}
	t.Logf("%s: 10th percentiles from $%.2f an hour, $%.0f a year; 90th up to $%.2f an hour, $%.0f a year",
		src.Release, lowHourly, lowAnnual, highHourly, highAnnual)
	if MinHourly > lowHourly/2 || MinAnnual > lowAnnual/2 {
		t.Errorf("the least we compare ($%.2f an hour, $%.0f a year) is not under half the lowest 10th percentile", MinHourly, MinAnnual)
	}
	if MaxHourly < 1.9*highHourly || MaxAnnual < 1.9*highAnnual {
		t.Errorf("the most we compare ($%.2f an hour, $%.0f a year) is not about twice the highest 90th percentile", MaxHourly, MaxAnnual)
	}
}
