package finder

import "github.com/careeratlas/careeratlas/internal/career"

// List is an editorial list of occupations: a filter, an order and a
// length chosen by an editor, with our prose.
type List struct {
	Slug    string
	Title   string
	Summary string
	Body    string // trusted HTML rendered from our Markdown
	Updated string
	Filter  Filter
	Sort    Sort
	Limit   int
}

// Path is the list's page.
func (l List) Path() string { return "/lists/" + l.Slug }

// Members applies the list's filter, order and length to all occupations.
func (l List) Members(all []*career.Occupation, interests map[string][6]float64) []*career.Occupation {
	os := Apply(all, l.Filter, l.Sort, interests)
	return os[:min(l.Limit, len(os))]
}
