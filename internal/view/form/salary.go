package form

import (
	"fmt"
	"net/url"
	"strings"

	"github.com/careeratlas/careeratlas/internal/career"
	"github.com/careeratlas/careeratlas/internal/salary"
)

// Salary is the query of "What are you worth?".
type Salary struct {
	// As typed, to show back in the form.
	SOC, State string
	Pay, Per   string // Per is "year" or "hour"

	// Occupation is the chosen occupation, once found.
	Occupation *career.Occupation
	// Annual is the person's pay for a year; 0 when not given.
	Annual float64
	// Meant, when the pay is impossible in the unit given but a pay in
	// the other (21.50 "a year"), is that unit, "hour" or "year", so the
	// page can ask whether it was meant; the pay is a problem until then.
	// Amount is then the amount typed, as a number.
	Meant    string
	Amount   float64
	Problems []string
}

// ParseSalary reads and checks the salary tool's query.
func ParseSalary(v url.Values, lk Lookup) Salary {
	f := Salary{SOC: strings.TrimSpace(v.Get("soc")), State: strings.ToUpper(strings.TrimSpace(v.Get("state"))),
		Pay: strings.TrimSpace(v.Get("pay")), Per: strings.TrimSpace(v.Get("per"))}
	if f.Per == "" {
		f.Per = "year"
	}
	if f.SOC != "" {
		if f.Occupation = lk.Occupation(f.SOC); f.Occupation == nil {
			f.Problems = append(f.Problems, fmt.Sprintf("We do not know an occupation with the code %q. Choose one from the list.", f.SOC))
		}
	} else if f.Pay != "" || f.State != "" {
		f.Problems = append(f.Problems, "Choose an occupation to compare your pay with.")
	}
	if f.State != "" && lk.State(f.State) == nil {
		f.Problems = append(f.Problems, fmt.Sprintf("We do not know a state or territory with the code %q.", f.State))
	}
	if f.Per != "year" && f.Per != "hour" {
		f.Problems = append(f.Problems, "Say whether your pay is a year's or an hour's.")
	}
	if f.Pay != "" {
		pay := salary.ParsePay(f.Pay, f.Per)
		if pay.Problem != "" {
			f.Problems = append(f.Problems, pay.Problem)
		}
		f.Annual, f.Meant, f.Amount = pay.Annual, pay.Meant, pay.Amount
	}
	return f
}
