// Package form reads the site's GET forms: each Parse function takes a
// query string and returns what was typed (to show back in the form), the
// checked query it stands for, and every problem worded for a person, so a
// form can explain all of them at once. Nothing here reads a database; what
// a form must look up comes through Lookup.
package form

import (
	"fmt"
	"strings"

	"github.com/careeratlas/careeratlas/internal/career"
)

// Lookup is what checking the forms needs to know about the site's data.
// *site.Site implements it.
type Lookup interface {
	Occupation(soc string) *career.Occupation
	State(code string) *career.State
	Family(code string) *career.Program
	Program(cip string) *career.Program
	Place(zip string) *career.Place
}

// cleanList drops empty and repeated values, keeping order, and reads at
// most limit of them: a query can carry thousands of values, and none of
// our forms takes more than a few dozen. It adds a problem, named by what
// the values are, when there were more.
func cleanList(vs []string, limit int, what string, problems *[]string) []string {
	var out []string
	seen := make(map[string]bool, min(len(vs), limit))
	for _, v := range vs {
		v = strings.TrimSpace(v)
		if v == "" || seen[v] {
			continue
		}
		if len(out) == limit {
			*problems = append(*problems, fmt.Sprintf("Choose at most %d %s at a time.", limit, what))
			break
		}
		seen[v] = true
		out = append(out, v)
	}
	return out
}

// Used reports whether any of params is in the query.
func Used(v map[string][]string, params []string) bool {
	for _, p := range params {
		if _, ok := v[p]; ok {
			return true
		}
	}
	return false
}
