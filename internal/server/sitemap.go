package server

import (
	"bytes"
	"context"
	"encoding/xml"
	"net/http"
	"slices"

	"github.com/go-chi/chi/v5"

	"github.com/careeratlas/careeratlas/internal/site"
)

// sitemapURL is one address in a sitemap, with the day it last changed.
type sitemapURL struct {
	Loc     string `xml:"loc"`
	LastMod string `xml:"lastmod,omitempty"`
}

// sitemapPart is one sitemap of the index: its name and what it lists.
type sitemapPart struct {
	name string
	urls func(ctx context.Context, s *Server, st *site.Site) ([]sitemapURL, error)
}

// sitemapParts split the site by kind of page, so each file stays well
// under the 50,000 addresses a sitemap may hold and says when its pages
// last changed: a profile when its prose was reviewed or its figures were
// imported, a school when IPEDS was.
var sitemapParts = []sitemapPart{
	{"pages", func(_ context.Context, s *Server, st *site.Site) ([]sitemapURL, error) {
		day := lastDay(st, "")
		var out []sitemapURL
		for _, p := range []string{"/", "/occupations", "/schools", "/lists", "/compare", "/salary", "/assessment", "/about/data"} {
			out = append(out, sitemapURL{s.opts.BaseURL + p, day})
		}
		for _, g := range st.Groups {
			out = append(out, sitemapURL{s.opts.BaseURL + "/groups/" + g.Slug, lastDay(st, "", "oews_national", "projections")})
		}
		return out, nil
	}},
	{"occupations", func(_ context.Context, s *Server, st *site.Site) ([]sitemapURL, error) {
		var out []sitemapURL
		for _, o := range st.All {
			out = append(out, sitemapURL{s.opts.BaseURL + "/occupations/" + o.Slug,
				lastDay(st, o.Updated, "oews_national", "projections", "oews_state_means", "onet_related", "onet_titles",
					"onet_reported_titles", "onet_technology", "onet_interests", "completions", "cip_soc")})
		}
		return out, nil
	}},
	{"lists", func(_ context.Context, s *Server, st *site.Site) ([]sitemapURL, error) {
		var out []sitemapURL
		for _, l := range st.Lists {
			out = append(out, sitemapURL{s.opts.BaseURL + l.Path(), lastDay(st, l.Updated, "oews_national", "projections", "onet_interests")})
		}
		return out, nil
	}},
	{"schools", func(ctx context.Context, s *Server, st *site.Site) ([]sitemapURL, error) {
		schools, err := st.DB.SchoolRefs(ctx)
		if err != nil {
			return nil, err
		}
		day := lastDay(st, "", "institutions", "completions", "cip_soc")
		out := make([]sitemapURL, 0, len(schools))
		for _, sc := range schools {
			out = append(out, sitemapURL{s.opts.BaseURL + "/schools/" + sc.UnitID + "/" + sc.Slug, day})
		}
		return out, nil
	}},
	{"programs", func(ctx context.Context, s *Server, st *site.Site) ([]sitemapURL, error) {
		programs, err := st.DB.OfferedPrograms(ctx)
		if err != nil {
			return nil, err
		}
		day := lastDay(st, "", "cip", "cip_soc", "completions", "institutions")
		out := make([]sitemapURL, 0, len(programs))
		for _, c := range programs {
			out = append(out, sitemapURL{s.opts.BaseURL + "/programs/" + c, day})
		}
		return out, nil
	}},
}

// lastDay is the latest of a content date and the import days of
// datasets; with no datasets named, of every dataset.
func lastDay(st *site.Site, content string, datasets ...string) string {
	day := content
	for _, src := range st.Sources {
		if len(datasets) == 0 || slices.Contains(datasets, src.Dataset) {
			day = max(day, src.Imported)
		}
	}
	return day
}

const xmlType = "application/xml; charset=utf-8"

// handleSitemapIndex lists the sitemaps, each with its latest change.
func (s *Server) handleSitemapIndex(w http.ResponseWriter, r *http.Request, st *site.Site) error {
	return s.serveCached(w, r, st, "sitemap.xml", false, func() ([]byte, string, error) {
		type entry struct {
			Loc     string `xml:"loc"`
			LastMod string `xml:"lastmod,omitempty"`
		}
		var entries []entry
		for _, p := range sitemapParts {
			urls, err := p.urls(r.Context(), s, st)
			if err != nil {
				return nil, "", err
			}
			day := ""
			for _, u := range urls {
				day = max(day, u.LastMod)
			}
			entries = append(entries, entry{s.opts.BaseURL + "/sitemaps/" + p.name + ".xml", day})
		}
		b, err := encodeXML(struct {
			XMLName xml.Name `xml:"sitemapindex"`
			NS      string   `xml:"xmlns,attr"`
			Entries []entry  `xml:"sitemap"`
		}{NS: sitemapNS, Entries: entries})
		return b, xmlType, err
	})
}

// handleSitemap serves one sitemap of the index.
func (s *Server) handleSitemap(w http.ResponseWriter, r *http.Request, st *site.Site) error {
	name := chi.URLParam(r, "name")
	for _, p := range sitemapParts {
		if p.name+".xml" != name {
			continue
		}
		return s.serveCached(w, r, st, "sitemaps/"+p.name, false, func() ([]byte, string, error) {
			urls, err := p.urls(r.Context(), s, st)
			if err != nil {
				return nil, "", err
			}
			b, err := encodeXML(struct {
				XMLName xml.Name     `xml:"urlset"`
				NS      string       `xml:"xmlns,attr"`
				URLs    []sitemapURL `xml:"url"`
			}{NS: sitemapNS, URLs: urls})
			return b, xmlType, err
		})
	}
	return notFound("sitemap " + name)
}

const sitemapNS = "http://www.sitemaps.org/schemas/sitemap/0.9"

func encodeXML(v any) ([]byte, error) {
	var buf bytes.Buffer
	buf.WriteString(xml.Header)
	if err := xml.NewEncoder(&buf).Encode(v); err != nil {
		return nil, err
	}
	return buf.Bytes(), nil
}
