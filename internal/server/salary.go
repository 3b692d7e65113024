package server

import (
	"fmt"
	"math"
	"net/http"
	"strconv"
	"strings"

	"github.com/careeratlas/careeratlas/internal/view/page"
)

// maxPay is the most we accept as a year's pay.
const maxPay = 10_000_000

// handleSalary is "What are you worth?": an occupation, a state and, if
// given, the person's pay, against the published figures.
func (s *Server) handleSalary(w http.ResponseWriter, r *http.Request) error {
	st, err := s.site(r.Context())
	if err != nil {
		return err
	}
	v := r.URL.Query()
	in := page.SalaryInput{Common: st.common, All: st.all, Groups: st.groups, States: st.states,
		SOC: strings.TrimSpace(v.Get("soc")), State: strings.ToUpper(strings.TrimSpace(v.Get("state"))),
		Pay: strings.TrimSpace(v.Get("pay")), Per: strings.TrimSpace(v.Get("per"))}
	if in.Per == "" {
		in.Per = "year"
	}
	var probs []string
	if in.SOC != "" {
		if in.Occupation = st.bySOC[in.SOC]; in.Occupation == nil {
			probs = append(probs, fmt.Sprintf("We do not know an occupation with the code %q. Choose one from the list.", in.SOC))
		}
	} else if in.Pay != "" || in.State != "" {
		probs = append(probs, "Choose an occupation to compare your pay with.")
	}
	if in.State != "" && st.state(in.State) == nil {
		probs = append(probs, fmt.Sprintf("We do not know a state or territory with the code %q.", in.State))
	}
	if in.Per != "year" && in.Per != "hour" {
		probs = append(probs, "Say whether your pay is a year's or an hour's.")
	}
	if in.Pay != "" {
		n, err := strconv.ParseFloat(strings.NewReplacer(",", "", "$", "").Replace(in.Pay), 64)
		switch {
		case err != nil || math.IsNaN(n) || math.IsInf(n, 0):
			probs = append(probs, fmt.Sprintf("%q is not an amount of money; write it like 45000 or 21.50.", in.Pay))
		case n <= 0:
			probs = append(probs, "Your pay must be more than zero.")
		default:
			annual := n
			if in.Per == "hour" {
				annual = n * 2080
			}
			if annual > maxPay {
				probs = append(probs, "That pay is more than we can compare; check the amount and whether it is a year's or an hour's.")
			} else {
				in.Annual = annual
			}
		}
	}
	status := http.StatusOK
	if len(probs) > 0 {
		status = http.StatusBadRequest
		in.Problems = probs
	} else if in.Occupation != nil {
		if in.State != "" {
			means, err := st.db.StateMeans(r.Context(), in.SOC)
			if err != nil {
				return err
			}
			for i := range means {
				if means[i].Area == in.State {
					in.StateWages = &means[i]
				}
			}
			if p, err := st.db.PriceParity(r.Context(), in.State); err == nil {
				in.Parity = p
			} else if !isNotFound(err) {
				return err
			}
			in.StateName = st.stateName(in.State)
		}
	}
	return s.render(w, r, status, page.Salary(page.NewSalaryPage(in)))
}
