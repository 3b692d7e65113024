package page

import (
	"cmp"
	"fmt"
	"net/url"
	"strconv"

	"github.com/careeratlas/careeratlas/internal/career"
	"github.com/careeratlas/careeratlas/internal/search"
	"github.com/careeratlas/careeratlas/internal/view/format"
	"github.com/careeratlas/careeratlas/internal/view/layout"
)

// SearchPerPage is how many occupations a page of search results lists.
const SearchPerPage = 20

// SearchInput is what the search handler found.
type SearchInput struct {
	Common
	Query     string
	Searched  bool
	Corrected string // the corrected query, when the typed one found nothing
	// Missing is the address that does not exist, when the search stands
	// in for a page not found: its words are the query.
	Missing string
	// Results is the page of occupations found, Page its number from 1.
	Results *search.Results
	Page    int
	// Problems say why the page asked for cannot be shown.
	Problems   []string
	Schools    []career.School
	SchoolsURL string
	Groups     []*career.Group
}

// SearchPage is the search results page.
type SearchPage struct {
	Meta      layout.Meta
	Query     string
	Searched  bool
	Corrected string
	Missing   string
	Problems  []string
	// FirstPage links the first page of results, when the page asked for
	// does not exist.
	FirstPage string
	// Summary says how many occupations match: "105 occupations match
	// “nurse”"; Range which of them this page shows, when there are more
	// pages.
	Summary    string
	Range      string
	Results    []SearchResult
	Start      int // the number of the first result on this page
	Pages      Pagination
	Schools    []SchoolLink
	SchoolsURL string
	Popular    []Link
	Groups     []GroupSummary
	Sources    []SourceLine
}

// SearchResult is an occupation found, on one line of text.
type SearchResult struct {
	OccupationRow
	// AlsoCalled is the other title that holds the words searched for.
	AlsoCalled string
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
	if in.Page > 1 && len(in.Problems) == 0 {
		title += fmt.Sprintf(", page %d", in.Page)
	}
	if in.Missing != "" {
		title = "Page not found"
	}
	p := SearchPage{
		Meta: in.Common.meta(title, "Search every occupation and school on Career Atlas.", "/search",
			layout.Crumb{Label: "Home", Path: "/"}, layout.Crumb{Label: "Search"}),
		Query: in.Query, Searched: in.Searched, Corrected: in.Corrected, Missing: in.Missing,
		Problems: in.Problems, SchoolsURL: in.SchoolsURL,
	}
	p.Meta.Query = in.Query
	p.Meta.NoIndex = in.Query != "" || in.Missing != ""
	if in.Missing != "" {
		p.Meta.Path, p.Meta.Breadcrumbs = "", nil // a page not found has no address of its own
	}
	total, pageNum := 0, max(in.Page, 1)
	p.Start = (pageNum-1)*SearchPerPage + 1
	if res := in.Results; res != nil && len(in.Problems) == 0 {
		total = res.Total
		for _, h := range res.Hits {
			p.Results = append(p.Results, SearchResult{OccupationRow: newOccupationRow(h.Occupation), AlsoCalled: h.AlsoCalled})
		}
		matched := cmp.Or(in.Corrected, in.Query)
		p.Summary = fmt.Sprintf("%s occupations match “%s”", format.Number(float64(total), 0), matched)
		if total == 1 {
			p.Summary = "1 occupation matches “" + matched + "”"
		}
		pages := SearchPages(total)
		if pages > 1 && len(p.Results) > 0 {
			p.Range = fmt.Sprintf("Showing %s–%s", format.Number(float64(p.Start), 0), format.Number(float64(p.Start+len(p.Results)-1), 0))
		}
		p.Pages = newPagination(pageNum, pages, func(n int) string { return searchURL(in.Query, n) })
		if len(p.Results) > 0 {
			p.Sources = sourceLines(in.Common)
		}
	}
	for _, sc := range in.Schools {
		p.Schools = append(p.Schools, SchoolLink{sc.Name, sc.Path(), sc.City + ", " + sc.State, sc.Control.Label()})
	}
	if len(in.Problems) > 0 {
		p.FirstPage = searchURL(in.Query, 1)
	} else if total == 0 {
		for _, q := range popularSearches {
			p.Popular = append(p.Popular, Link{q, searchURL(q, 1)})
		}
		for _, g := range in.Groups {
			p.Groups = append(p.Groups, newGroupSummary(g))
		}
	}
	return p
}

// SearchPages is the number of pages of results a search that found
// total occupations has: at least one.
func SearchPages(total int) int { return max(1, (total+SearchPerPage-1)/SearchPerPage) }

// searchURL is the address of a page of the results for q.
func searchURL(q string, page int) string {
	v := url.Values{"q": {q}}
	if page > 1 {
		v.Set("page", strconv.Itoa(page))
	}
	return "/search?" + v.Encode()
}
