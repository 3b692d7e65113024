package server

import (
	"errors"
	"net/http"
	"regexp"
	"strings"

	"github.com/a-h/templ"
	"github.com/go-chi/chi/v5"

	"github.com/careeratlas/careeratlas/internal/career"
	"github.com/careeratlas/careeratlas/internal/finder"
	"github.com/careeratlas/careeratlas/internal/site"
	"github.com/careeratlas/careeratlas/internal/view/page"
)

// slugPattern is what our slugs look like; anything else is a 404 without
// asking the database.
var slugPattern = regexp.MustCompile(`^[a-z0-9]+(-[a-z0-9]+)*$`)

// Profile limits: how many related occupations, career moves and other
// titles a profile shows, and how many related ones moves are drawn from.
const (
	relatedShown   = 8
	relatedRead    = 20
	movesShown     = 6
	altTitlesShown = 3000 // all of them: the longest list (51-9199, Production Workers, All Other) has 2,751
)

// handleOccupationShow serves a profile; a SOC code in the path redirects
// to the profile's slug.
func (s *Server) handleOccupationShow(w http.ResponseWriter, r *http.Request, st *site.Site) error {
	slug := chi.URLParam(r, "slug")
	if career.ValidSOC(slug) {
		o := st.Occupation(slug)
		if o == nil {
			return notFound("occupation " + slug)
		}
		http.Redirect(w, r, "/occupations/"+o.Slug, http.StatusMovedPermanently)
		return nil
	}
	if lower := strings.ToLower(slug); lower != slug && slugPattern.MatchString(lower) {
		http.Redirect(w, r, "/occupations/"+lower, http.StatusMovedPermanently)
		return nil
	}
	if len(slug) > 200 {
		return notFound("occupation " + slug)
	}
	if !slugPattern.MatchString(slug) {
		return s.occupationNotFound(w, r, st, slug)
	}
	err := s.renderCached(w, r, st, "occupation/"+slug, func() (templ.Component, error) {
		ctx := r.Context()
		o, err := st.DB.OccupationBySlug(ctx, slug)
		if err != nil {
			return nil, err
		}
		in := page.OccupationInput{Common: s.common(st), Occupation: o, Group: st.Group(o.Group), States: st.States,
			JobZone: st.JobZones[o.SOC], Lists: st.ListsWith(o.SOC)}
		if in.Offers, err = st.DB.ProgramsForOccupation(ctx, o.SOC); err != nil {
			return nil, err
		}
		if in.StatePay, err = st.DB.StateMeans(ctx, o.SOC); err != nil {
			return nil, err
		}
		if in.Prices, err = st.DB.PriceParities(ctx); err != nil {
			return nil, err
		}
		if in.AltTitles, err = st.DB.AltTitles(ctx, o.SOC, altTitlesShown); err != nil {
			return nil, err
		}
		if in.ReportedTitles, err = st.DB.ReportedTitles(ctx, o.SOC); err != nil {
			return nil, err
		}
		if in.Technology, err = st.DB.Technology(ctx, o.SOC); err != nil {
			return nil, err
		}
		socs, err := st.DB.RelatedSOCs(ctx, o.SOC, relatedRead)
		if err != nil {
			return nil, err
		}
		// "All Other" categories are not jobs one can aim for: neither
		// suggested as related nor as moves.
		var related []*career.Occupation
		for _, soc := range socs {
			if x := st.Occupation(soc); x != nil && !x.Residual() {
				related = append(related, x)
			}
		}
		in.Related = related[:min(relatedShown, len(related))]
		in.Moves = finder.Moves(st.Occupation(o.SOC), related, st.All, st.Interests, movesShown)
		if v, ok := st.Interests[o.SOC]; ok {
			in.Interests = &v
		}
		if o.Residual() {
			in.Neighbours = career.NamedNeighbours(st.All, o.SOC)
		}
		return page.Occupation(page.NewOccupationPage(in)), nil
	})
	if errors.Is(err, career.ErrNotFound) {
		return s.occupationNotFound(w, r, st, slug)
	}
	return err
}

// handleGroupShow serves one major group.
func (s *Server) handleGroupShow(w http.ResponseWriter, r *http.Request, st *site.Site) error {
	slug := chi.URLParam(r, "slug")
	if !slugPattern.MatchString(slug) {
		return notFound("group " + slug)
	}
	return s.renderCached(w, r, st, "group/"+slug, func() (templ.Component, error) {
		g, err := st.DB.GroupBySlug(r.Context(), slug)
		if err != nil {
			return nil, err
		}
		var occs []*career.Occupation
		for _, o := range st.All {
			if o.Group == g.Code {
				occs = append(occs, o)
			}
		}
		return page.Group(page.NewGroupPage(page.GroupInput{Common: s.common(st), Group: g, Occupations: occs})), nil
	})
}
