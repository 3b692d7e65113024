package page

import "strconv"

// Pagination links the pages of a list of results: school searches and
// the site search.
type Pagination struct {
	Prev, Next string
	Pages      []PageLink
}

// PageLink is one link of the pagination.
type PageLink struct {
	Label   string
	URL     string
	Current bool
	Gap     bool
}

// newPagination links pages 1 to pages around the current one: the
// first, the last and two either side, with gaps between.
func newPagination(current, pages int, link func(int) string) Pagination {
	var p Pagination
	if pages <= 1 {
		return p
	}
	if current > 1 {
		p.Prev = link(current - 1)
	}
	if current < pages {
		p.Next = link(current + 1)
	}
	last := 0
	for n := 1; n <= pages; n++ {
		if n != 1 && n != pages && (n < current-2 || n > current+2) {
			continue
		}
		if last != 0 && n > last+1 {
			p.Pages = append(p.Pages, PageLink{Gap: true})
		}
		p.Pages = append(p.Pages, PageLink{Label: strconv.Itoa(n), URL: link(n), Current: n == current})
		last = n
	}
	return p
}
