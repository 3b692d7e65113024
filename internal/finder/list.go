package finder

import "github.com/careeratlas/careeratlas/internal/career"

// List is an editorial list of occupations, with our prose: either a
// filter, an order and a length chosen by an editor, which update
// themselves with each release, or occupations picked by hand, each with
// the reason it is there.
type List struct {
	Slug    string
	Title   string
	Summary string
	Body    string // trusted HTML rendered from our Markdown
	Updated string
	Filter  Filter
	Sort    Sort
	Limit   int
	// Picks are a hand-picked list's occupations, in the editor's order;
	// such a list has no filter, order or length.
	Picks []Pick
}

// Pick is one occupation of a hand-picked list.
type Pick struct {
	SOC string
	Why string // our reason for choosing it, one short sentence
}

// HandPicked reports whether the editor chose the list's occupations one
// by one rather than by a filter.
func (l List) HandPicked() bool { return len(l.Picks) > 0 }

// Path is the list's page.
func (l List) Path() string { return "/lists/" + l.Slug }

// Members returns the list's occupations: those picked, in the editor's
// order; or those that pass the filter, in the list's order and length.
// A filtered list leaves out the "All Other" categories, which are not
// jobs anyone applies for.
func (l List) Members(all []*career.Occupation, interests map[string][6]float64) []*career.Occupation {
	if l.HandPicked() {
		bySOC := make(map[string]*career.Occupation, len(all))
		for _, o := range all {
			bySOC[o.SOC] = o
		}
		var out []*career.Occupation
		for _, p := range l.Picks {
			if o := bySOC[p.SOC]; o != nil {
				out = append(out, o)
			}
		}
		return out
	}
	var named []*career.Occupation
	for _, o := range all {
		if !o.Residual() {
			named = append(named, o)
		}
	}
	os := Apply(named, l.Filter, l.Sort, interests)
	return os[:min(l.Limit, len(os))]
}

// Why returns the reason an occupation is on a hand-picked list, or "".
func (l List) Why(soc string) string {
	for _, p := range l.Picks {
		if p.SOC == soc {
			return p.Why
		}
	}
	return ""
}
