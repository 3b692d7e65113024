package page_test

import "github.com/careeratlas/careeratlas/internal/view/page"

// pickerValues lists the occupations a picker offers.
func pickerValues(groups []page.OptionGroup) []string {
	var out []string
	for _, g := range groups {
		out = append(out, values(g.Options)...)
	}
	return out
}
