package server

import (
	"context"
	"fmt"
	"net/http"
	"net/url"
	"strconv"
	"strings"

	"github.com/a-h/templ"

	"github.com/careeratlas/careeratlas/internal/search"
	"github.com/careeratlas/careeratlas/internal/site"
	"github.com/careeratlas/careeratlas/internal/view/page"
)

// searchSchools is how many schools found by name a search lists, above
// the occupations; the rest are a link away.
const searchSchools = 4

// maxSearchPage keeps page numbers sane; no search has this many pages.
const maxSearchPage = 10000

// handleSearch finds occupations by title, other titles and our prose, a
// page at a time (?q=…&page=2), and schools by name. A misspelt query is
// corrected and says so.
func (s *Server) handleSearch(w http.ResponseWriter, r *http.Request, st *site.Site) error {
	if served, err := s.fromCache(w, r, st, queryKey(r)); served {
		return err
	}
	q := strings.TrimSpace(r.URL.Query().Get("q"))
	if len(q) > search.MaxQuery {
		q = strings.ToValidUTF8(q[:search.MaxQuery], "")
	}
	in := page.SearchInput{Common: s.common(st), Groups: st.Groups, Query: q, Searched: q != ""}
	terms := search.Terms(q)
	if len(terms) == 0 {
		return s.render(w, r, http.StatusOK, page.Search(page.NewSearchPage(in)))
	}
	pageNum, problem := parseSearchPage(r.URL.Query().Get("page"))
	if problem != "" {
		in.Problems = []string{problem}
		return s.render(w, r, http.StatusBadRequest, page.Search(page.NewSearchPage(in)))
	}
	return s.renderByQuery(w, r, st, func() (templ.Component, error) {
		if err := searchInto(r.Context(), st, &in, terms, pageNum); err != nil {
			return nil, err
		}
		if pages := page.SearchPages(in.Results.Total); pageNum > pages {
			in.Problems = []string{fmt.Sprintf("There is no page %d: this search has %d page%s.", pageNum, pages, plural(pages))}
			return nil, &statusPage{http.StatusBadRequest, page.Search(page.NewSearchPage(in))}
		}
		return page.Search(page.NewSearchPage(in)), nil
	})
}

// parseSearchPage reads the page parameter: 1 when it is empty, or the
// problem with it.
func parseSearchPage(v string) (int, string) {
	if v == "" {
		return 1, ""
	}
	n, err := strconv.Atoi(v)
	if err != nil || n < 1 || n > maxSearchPage {
		return 0, fmt.Sprintf("%q is not a page number.", v)
	}
	return n, ""
}

// searchInto runs a search for one page of results: the occupations,
// with the words corrected when those typed find none, and on the first
// page the schools by name.
func searchInto(ctx context.Context, st *site.Site, in *page.SearchInput, terms []string, pageNum int) error {
	q := search.Query{Terms: terms, Offset: (pageNum - 1) * page.SearchPerPage, Limit: page.SearchPerPage}
	res, err := st.DB.SearchOccupationsPage(ctx, q)
	if err != nil {
		return err
	}
	if res.Total == 0 {
		if fixed, changed := st.Vocab.Correct(terms); changed {
			q.Terms = fixed
			corrected, err := st.DB.SearchOccupationsPage(ctx, q)
			if err != nil {
				return err
			}
			if corrected.Total > 0 {
				res, in.Corrected = corrected, strings.Join(fixed, " ")
			}
		}
	}
	in.Results, in.Page = res, pageNum
	if pageNum == 1 {
		if in.Schools, err = st.DB.SearchSchoolNames(ctx, terms, searchSchools); err != nil {
			return err
		}
		in.SchoolsURL = "/schools?name=" + url.QueryEscape(in.Query)
	}
	return nil
}

// maxMissingShown is how much of an address not found the page repeats.
const maxMissingShown = 100

// occupationNotFound answers an occupation address that does not exist
// (/occupations/medical-coder) with 404 and the search results for the
// words of its slug, so that a mistyped or outdated link still leads to
// the page wanted. The search runs in the gate, and the page is not kept.
func (s *Server) occupationNotFound(w http.ResponseWriter, r *http.Request, st *site.Site, slug string) error {
	terms := search.Terms(slug)
	if len(terms) == 0 {
		return notFound("occupation " + slug)
	}
	missing := r.URL.Path
	if len(missing) > maxMissingShown {
		missing = strings.ToValidUTF8(missing[:maxMissingShown], "") + "…"
	}
	in := page.SearchInput{Common: s.common(st), Groups: st.Groups, Query: strings.Join(terms, " "), Searched: true, Missing: missing}
	if err := s.limited(r.Context(), func() error { return searchInto(r.Context(), st, &in, terms, 1) }); err != nil {
		return err
	}
	w.Header().Set("Cache-Control", "no-store")
	return s.render(w, r, http.StatusNotFound, page.Search(page.NewSearchPage(in)))
}
