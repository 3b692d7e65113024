package server

import (
	"cmp"
	"net/http"
	"regexp"
	"slices"
	"strings"

	"github.com/a-h/templ"
	"github.com/go-chi/chi/v5"

	"github.com/careeratlas/careeratlas/internal/career"
	"github.com/careeratlas/careeratlas/internal/finder"
	"github.com/careeratlas/careeratlas/internal/store"
	"github.com/careeratlas/careeratlas/internal/view/page"
)

// slugPattern is what our slugs look like; anything else is a 404 without
// asking the database.
var slugPattern = regexp.MustCompile(`^[a-z0-9]+(-[a-z0-9]+)*$`)

// handleOccupationShow serves a profile; a SOC code in the path redirects
// to the profile's slug.
func (s *Server) handleOccupationShow(w http.ResponseWriter, r *http.Request) error {
	slug := chi.URLParam(r, "slug")
	st, err := s.site(r.Context())
	if err != nil {
		return err
	}
	if career.ValidSOC(slug) {
		target, err := st.db.OccupationSlug(r.Context(), slug)
		if err != nil {
			return err
		}
		http.Redirect(w, r, "/occupations/"+target, http.StatusMovedPermanently)
		return nil
	}
	if lower := strings.ToLower(slug); lower != slug && slugPattern.MatchString(lower) {
		http.Redirect(w, r, "/occupations/"+lower, http.StatusMovedPermanently)
		return nil
	}
	if !slugPattern.MatchString(slug) || len(slug) > 200 {
		return notFound("occupation " + slug)
	}
	return s.renderCached(w, r, st, "occupation/"+slug, func() (templ.Component, error) {
		o, err := st.db.OccupationBySlug(r.Context(), slug)
		if err != nil {
			return nil, err
		}
		offers, err := st.db.ProgramsForOccupation(r.Context(), o.SOC)
		if err != nil {
			return nil, err
		}
		in, err := s.onetFor(r, st, o)
		if err != nil {
			return nil, err
		}
		byState, err := st.db.StateMeans(r.Context(), o.SOC)
		if err != nil {
			return nil, err
		}
		vm := page.NewOccupationPage(st.common, o, st.group(o.Group)).WithStudy(offers, st.states).WithONET(in).WithStatePay(byState)
		return page.Occupation(vm), nil
	})
}

// handleGroupShow serves one major group.
func (s *Server) handleGroupShow(w http.ResponseWriter, r *http.Request) error {
	slug := chi.URLParam(r, "slug")
	if !slugPattern.MatchString(slug) {
		return notFound("group " + slug)
	}
	st, err := s.site(r.Context())
	if err != nil {
		return err
	}
	return s.renderCached(w, r, st, "group/"+slug, func() (templ.Component, error) {
		g, err := st.db.GroupBySlug(r.Context(), slug)
		if err != nil {
			return nil, err
		}
		occs, err := st.db.ListOccupations(r.Context(), store.OccupationFilter{Group: &g.Code})
		if err != nil {
			return nil, err
		}
		return page.Group(page.NewGroupPage(st.common, g, occs)), nil
	})
}

// handleHome serves the front page, featuring the written-up occupations
// with the most jobs.
func (s *Server) handleHome(w http.ResponseWriter, r *http.Request) error {
	st, err := s.site(r.Context())
	if err != nil {
		return err
	}
	return s.renderCached(w, r, st, "home", func() (templ.Component, error) {
		written, err := st.db.ListOccupations(r.Context(), store.OccupationFilter{Written: true})
		if err != nil {
			return nil, err
		}
		slices.SortStableFunc(written, func(a, b *career.Occupation) int {
			return cmp.Compare(jobs(b), jobs(a))
		})
		var lists []page.Link
		for _, l := range st.lists {
			lists = append(lists, page.Link{Label: l.Title, URL: "/lists/" + l.Slug})
		}
		return page.Home(page.NewHomePage(st.common, st.groups, written[:min(len(written), 6)], lists)), nil
	})
}

func jobs(o *career.Occupation) float64 {
	if o.Wages != nil && o.Wages.Employment.Available() {
		return o.Wages.Employment.Value
	}
	return 0
}

// group returns the major group with a code, or nil.
func (st *siteState) group(code string) *career.Group {
	for _, g := range st.groups {
		if g.Code == code {
			return g
		}
	}
	return nil
}

// relatedShown is how many related occupations a profile lists.
const relatedShown = 8

// onetFor gathers a profile's related occupations, career moves, interests,
// other titles and lists.
func (s *Server) onetFor(r *http.Request, st *siteState, o *career.Occupation) (page.ONETInput, error) {
	var in page.ONETInput
	socs, err := st.db.RelatedSOCs(r.Context(), o.SOC, 20)
	if err != nil {
		return in, err
	}
	var related []*career.Occupation
	for _, soc := range socs {
		if x := st.bySOC[soc]; x != nil {
			related = append(related, x)
		}
	}
	in.Related = related[:min(relatedShown, len(related))]
	in.Moves = finder.Moves(st.bySOC[o.SOC], related, st.all, st.interests, 6)
	if v, ok := st.interests[o.SOC]; ok {
		in.Interests = &v
	}
	in.JobZone = st.jobZones[o.SOC]
	if in.AltTitles, err = st.db.AltTitles(r.Context(), o.SOC, 40); err != nil {
		return in, err
	}
	for _, l := range st.lists {
		if slices.Contains(st.listMembers[l.Slug], o.SOC) {
			in.Lists = append(in.Lists, page.Link{Label: l.Title, URL: "/lists/" + l.Slug})
		}
	}
	return in, nil
}
