// Package layout holds the page frame every page shares: head, header,
// breadcrumbs and footer.
package layout

// Meta is what every page tells the frame about itself.
type Meta struct {
	Title       string // without the site name
	Description string
	// Path is the page's canonical path, "/occupations/nurses"; the
	// canonical URL is BaseURL + Path.
	Path        string
	BaseURL     string
	Breadcrumbs []Crumb
	// Stylesheet is the fingerprinted URL of the site's CSS.
	Stylesheet string
	// NoIndex keeps error pages out of search engines.
	NoIndex bool
	// Section marks the current area in the navigation: "occupations", "about".
	Section string
	// Query fills the header's search box on the search page.
	Query string
	// DevProblems, in development, lists content that could not be
	// published; the page shows them above everything else.
	DevProblems []string
}

// Crumb is one step of the breadcrumb trail; the last has no link.
type Crumb struct {
	Label string
	Path  string
}

// SiteName is the name shown in titles and the header.
const SiteName = "Career Atlas"

// FullTitle is the document title: "Registered Nurses · Career Atlas".
func (m Meta) FullTitle() string {
	if m.Title == "" || m.Title == SiteName {
		return SiteName + " · What jobs pay, how they grow, how to get in"
	}
	return m.Title + " · " + SiteName
}

// Canonical is the page's absolute URL.
func (m Meta) Canonical() string { return m.BaseURL + m.Path }
