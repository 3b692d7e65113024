package page

import (
	"net/url"

	"github.com/careeratlas/careeratlas/internal/career"
	"github.com/careeratlas/careeratlas/internal/view/layout"
)

// SearchInput is what the search handler found.
type SearchInput struct {
	Common
	Query       string
	Searched    bool
	Corrected   string // the corrected query, when the typed one found nothing
	Occupations []*career.Occupation
	Schools     []career.School
	SchoolsURL  string
	Groups      []*career.Group
}

// SearchPage is the search results page.
type SearchPage struct {
	Meta        layout.Meta
	Query       string
	Searched    bool
	Corrected   string
	Occupations []OccupationRow
	Schools     []SchoolLink
	SchoolsURL  string
	Popular     []Link
	Groups      []GroupSummary
}

// SchoolLink is a school found by name.
type SchoolLink struct {
	Name, URL, Place, Control string
}

// popularSearches are offered when a search finds nothing.
var popularSearches = []string{"nurse", "electrician", "medical coder", "software developer", "truck driver", "teacher", "accountant", "dental hygienist"}

// NewSearchPage builds the results page.
func NewSearchPage(in SearchInput) SearchPage {
	title := "Search"
	if in.Query != "" {
		title = "Search: " + in.Query
	}
	p := SearchPage{
		Meta: in.Common.meta(title, "Search every occupation and school on Career Atlas.", "/search",
			layout.Crumb{Label: "Home", Path: "/"}, layout.Crumb{Label: "Search"}),
		Query: in.Query, Searched: in.Searched, Corrected: in.Corrected, SchoolsURL: in.SchoolsURL,
	}
	p.Meta.Query = in.Query
	p.Meta.NoIndex = in.Query != ""
	for _, o := range in.Occupations {
		p.Occupations = append(p.Occupations, newOccupationRow(o))
	}
	for _, sc := range in.Schools {
		p.Schools = append(p.Schools, SchoolLink{sc.Name, sc.Path(), sc.City + ", " + sc.State, sc.Control.Label()})
	}
	if len(p.Occupations) == 0 {
		for _, q := range popularSearches {
			p.Popular = append(p.Popular, Link{q, "/search?q=" + url.QueryEscape(q)})
		}
		for _, g := range in.Groups {
			p.Groups = append(p.Groups, newGroupSummary(g))
		}
	}
	return p
}
