package server

import (
	"bytes"
	"encoding/xml"
	"net/http"

	"github.com/careeratlas/careeratlas/internal/site"
)

// handleSitemap lists every page a search engine should know, cached per
// database like the pages themselves.
func (s *Server) handleSitemap(w http.ResponseWriter, r *http.Request, st *site.Site) error {
	if served, err := s.fromCache(w, r, st, "sitemap.xml"); served {
		return err
	}
	type url struct {
		Loc string `xml:"loc"`
	}
	var urls []url
	add := func(path string) { urls = append(urls, url{s.opts.BaseURL + path}) }
	for _, p := range []string{"/", "/occupations", "/schools", "/lists", "/compare", "/salary", "/assessment", "/about/data"} {
		add(p)
	}
	for _, o := range st.All {
		add("/occupations/" + o.Slug)
	}
	for _, g := range st.Groups {
		add("/groups/" + g.Slug)
	}
	for _, l := range st.Lists {
		add("/lists/" + l.Slug)
	}
	schools, err := st.DB.SchoolRefs(r.Context())
	if err != nil {
		return err
	}
	for _, sc := range schools {
		add("/schools/" + sc.UnitID + "/" + sc.Slug)
	}
	programs, err := st.DB.OfferedPrograms(r.Context())
	if err != nil {
		return err
	}
	for _, c := range programs {
		add("/programs/" + c)
	}
	var buf bytes.Buffer
	buf.WriteString(xml.Header)
	enc := xml.NewEncoder(&buf)
	if err := enc.Encode(struct {
		XMLName xml.Name `xml:"urlset"`
		NS      string   `xml:"xmlns,attr"`
		URLs    []url    `xml:"url"`
	}{NS: "http://www.sitemaps.org/schemas/sitemap/0.9", URLs: urls}); err != nil {
		return err
	}
	return s.keep(w, r, st, "sitemap.xml", buf.Bytes(), "application/xml; charset=utf-8")
}
