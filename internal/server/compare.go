package server

import (
	"fmt"
	"net/http"

	"github.com/careeratlas/careeratlas/internal/career"
	"github.com/careeratlas/careeratlas/internal/view/page"
)

// maxCompare is the most occupations a comparison holds.
const maxCompare = 4

// handleCompare shows two to four occupations side by side. The URL is the
// comparison: /compare?soc=29-2072&soc=29-9021.
func (s *Server) handleCompare(w http.ResponseWriter, r *http.Request) error {
	st, err := s.site(r.Context())
	if err != nil {
		return err
	}
	var chosen []*career.Occupation
	var probs []string
	for _, soc := range cleanList(r.URL.Query()["soc"]) {
		o := st.bySOC[soc]
		switch {
		case !career.ValidSOC(soc):
			probs = append(probs, fmt.Sprintf("%q is not an occupation code; codes look like 29-2072.", soc))
		case o == nil:
			probs = append(probs, fmt.Sprintf("We do not know an occupation with the code %s.", soc))
		default:
			chosen = append(chosen, o)
		}
	}
	if len(chosen) > maxCompare {
		probs = append(probs, fmt.Sprintf("You can compare up to %d occupations at once; remove %d.", maxCompare, len(chosen)-maxCompare))
	}
	status := http.StatusOK
	if len(probs) > 0 {
		status = http.StatusBadRequest
	}
	in := page.CompareInput{Common: st.common, Chosen: chosen, All: st.all, Groups: st.groups,
		Interests: st.interests, JobZones: st.jobZones, Problems: probs, Max: maxCompare}
	return s.render(w, r, status, page.Compare(page.NewComparePage(in)))
}
