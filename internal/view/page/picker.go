package page

import "github.com/careeratlas/careeratlas/internal/career"

// OptionGroup is a labelled group of options (an optgroup).
type OptionGroup struct {
	Label   string
	Options []Option
}

// occupationPicker groups occupations under their major groups for a
// select. pick says whether to offer an occupation and whether it is the
// one selected.
func occupationPicker(all []*career.Occupation, groups []*career.Group, pick func(*career.Occupation) (offer, selected bool)) []OptionGroup {
	byGroup := map[string][]Option{}
	for _, o := range all {
		if offer, selected := pick(o); offer {
			byGroup[o.Group] = append(byGroup[o.Group], Option{Value: o.SOC, Label: o.Title, Selected: selected})
		}
	}
	var out []OptionGroup
	for _, g := range groups {
		out = append(out, OptionGroup{g.Title, byGroup[g.Code]})
	}
	return out
}
