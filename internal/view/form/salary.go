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
	// Job is the title (or code) typed in the occupation box, job=. When
	// it names an occupation, Named is true and the answer is better shown
	// at its own address, by soc= (Query); when it names none, Unknown
	// holds it, for the page to offer occupations like it.
	Job     string
	Named   bool
	Unknown string

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

// ParseSalary reads and checks the salary tool's query. The occupation
// comes by code (soc=, the tool's own address) or as typed in its box
// (job=, a title or a code), which wins when both are sent.
func ParseSalary(v url.Values, lk Lookup, all []*career.Occupation) Salary {
	f := Salary{SOC: strings.TrimSpace(v.Get("soc")), State: strings.ToUpper(strings.TrimSpace(v.Get("state"))),
		Pay: strings.TrimSpace(v.Get("pay")), Per: strings.TrimSpace(v.Get("per"))}
	if f.Per == "" {
		f.Per = "year"
	}
	switch job := strings.TrimSpace(v.Get("job")); {
	case job != "":
		if len(job) > maxTyped {
			job = strings.ToValidUTF8(job[:maxTyped], "")
		}
		f.Job = job
		if o := occupationNamed(job, lk, all); o != nil {
			f.SOC, f.Occupation, f.Named = o.SOC, o, true
		} else {
			f.SOC, f.Unknown = "", job
			f.Problems = append(f.Problems, unknownAdd(job))
		}
	case f.SOC != "":
		if f.Occupation = lk.Occupation(f.SOC); f.Occupation == nil {
			f.Problems = append(f.Problems, fmt.Sprintf("We do not know an occupation with the code %q. Type part of a title and choose one from the list.", f.SOC))
		}
	case v.Has("job") || f.Pay != "" || f.State != "":
		f.Problems = append(f.Problems, "Choose an occupation to compare your pay with: type part of its title and pick it from the list.")
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

// Query is the tool's own address for the answer: the occupation by code,
// then the state and the pay as given.
func (f Salary) Query() url.Values {
	v := url.Values{"soc": {f.SOC}}
	if f.State != "" {
		v.Set("state", f.State)
	}
	if f.Pay != "" {
		v.Set("pay", f.Pay)
		v.Set("per", f.Per)
	}
	return v
}
