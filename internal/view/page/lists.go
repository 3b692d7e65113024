package page

import (
	"net/url"
	"strconv"
	"strings"

	"github.com/careeratlas/careeratlas/internal/career"
	"github.com/careeratlas/careeratlas/internal/finder"
	"github.com/careeratlas/careeratlas/internal/view/format"
	"github.com/careeratlas/careeratlas/internal/view/layout"
)

// ListIndexPage is /lists.
type ListIndexPage struct {
	Meta  layout.Meta
	Lists []ListCard
}

// ListCard is one list on the index.
type ListCard struct {
	Title, Summary, URL string
}

// ListIndexInput is every editorial list, by title.
type ListIndexInput struct {
	Common
	Lists []finder.List
}

// NewListIndexPage builds /lists.
func NewListIndexPage(in ListIndexInput) ListIndexPage {
	p := ListIndexPage{Meta: in.Common.meta("Lists of occupations", "Our editors' lists of occupations: high pay with little schooling, fast growth, many openings and more.",
		"/lists", layout.Crumb{Label: "Home", Path: "/"}, layout.Crumb{Label: "Lists"})}
	p.Meta.Section = "lists"
	for _, l := range in.Lists {
		p.Lists = append(p.Lists, ListCard{l.Title, l.Summary, l.Path()})
	}
	return p
}

// ListPage is one editorial list.
type ListPage struct {
	Meta    layout.Meta
	Title   string
	Summary string
	Body    string // trusted HTML
	Updated string
	// HandPicked lists show each occupation with the reason it was chosen,
	// in the editor's order; the others say what puts a job on them.
	HandPicked bool
	Criteria   []string
	Rows       []ListRow
	Sources    []SourceLine
	UsesONET   bool
}

// ListRow is one occupation on a list.
type ListRow struct {
	OccupationRow
	Rank                 int
	Openings             string
	Experience, Training string // BLS entry requirements, "None" where none
	Why                  string // a hand-picked list's reason
	// SchoolsURL is the school finder for the occupation, empty when no
	// school awards a program for it.
	SchoolsURL string
}

// ListInput is one editorial list with its occupations, in order.
type ListInput struct {
	Common
	List        finder.List
	Occupations []*career.Occupation
	// Taught reports whether schools award a program for an occupation;
	// rows link to those schools when they do.
	Taught func(soc string) bool
}

// NewListPage builds a list's page.
func NewListPage(in ListInput) ListPage {
	c, l := in.Common, in.List
	p := ListPage{
		Meta: c.meta(l.Title, l.Summary, l.Path(), layout.Crumb{Label: "Home", Path: "/"},
			layout.Crumb{Label: "Lists", Path: "/lists"}, layout.Crumb{Label: l.Title}),
		Title: l.Title, Summary: l.Summary, Body: l.Body, Updated: l.Updated, HandPicked: l.HandPicked(),
	}
	p.Meta.Section = "lists"
	if !p.HandPicked {
		p.Criteria = listCriteria(l)
	}
	for i, o := range in.Occupations {
		row := ListRow{OccupationRow: newOccupationRow(o), Rank: i + 1, Openings: format.NotAvailable,
			Experience: format.NotAvailable, Training: format.NotAvailable, Why: l.Why(o.SOC)}
		if pr := o.Projection; pr != nil {
			row.Openings = format.Thousands(pr.Openings)
			row.Experience, row.Training = format.Or(pr.Experience), format.Or(pr.Training)
		}
		if in.Taught != nil && in.Taught(o.SOC) {
			row.SchoolsURL = "/schools?soc=" + url.QueryEscape(o.SOC)
		}
		p.Rows = append(p.Rows, row)
	}
	p.Sources = sourceLines(c)
	if l.Filter.Interest != "" {
		p.Sources = append(p.Sources, SourceLine{"Interests", c.onetCredit(), ""})
	}
	return p
}

// listCriteria says in words what puts an occupation on a filtered list,
// so that a reader can check the list against its title.
func listCriteria(l finder.List) []string {
	f := l.Filter
	var out []string
	lower := func(s string) string { return strings.ToLower(s[:1]) + s[1:] }
	if f.Group != "" {
		out = append(out, "In the occupational group "+f.Group)
	}
	if len(f.Education) > 0 {
		out = append(out, "Usually entered with "+orList(f.Education, withArticle))
	}
	if f.EducationMax != "" {
		out = append(out, "Usually entered with "+withArticle(f.EducationMax)+" or less")
	}
	switch f.Experience {
	case "":
	case "None":
		out = append(out, "No work experience in a related job needed")
	default:
		out = append(out, "Work experience in a related job: "+lower(f.Experience))
	}
	if f.Training != "" {
		out = append(out, "On-the-job training: "+lower(f.Training))
	}
	if len(f.Growth) > 0 {
		out = append(out, "Projected growth: "+orList(f.Growth, growthWords))
	}
	switch f.GrowthMin {
	case "":
	case "little-change":
		out = append(out, "Not projected to decline")
	default:
		out = append(out, "Projected growth "+growthWords(f.GrowthMin)+" or faster")
	}
	if f.OpeningsMin > 0 {
		out = append(out, "At least "+format.Number(f.OpeningsMin, 0)+" openings a year")
	}
	if f.PayMin > 0 {
		out = append(out, "Median pay of at least $"+format.Number(f.PayMin, 0)+" a year")
	}
	if f.PayMax > 0 {
		out = append(out, "Median pay of at most $"+format.Number(f.PayMax, 0)+" a year")
	}
	if f.Interest != "" {
		s := f.Interest + " among the work's two strongest interest areas"
		if f.InterestMin > 0 {
			s += ", rated at least " + strconv.FormatFloat(f.InterestMin, 'f', -1, 64) + " of 7"
		}
		out = append(out, s)
	}
	order := map[finder.Sort]string{finder.ByPay: "by median pay, highest first", finder.ByGrowth: "by projected growth, fastest first",
		finder.ByOpenings: "by openings a year, most first", finder.ByEmployment: "by jobs now, most first"}[l.Sort]
	if order == "" {
		order = "by title"
	}
	return append(out, "The first "+strconv.Itoa(l.Limit)+", "+order)
}

// growthWords words a growth band key in lower case: "faster than average".
func growthWords(key string) string {
	if g, ok := career.GrowthByKey(key); ok {
		return strings.ToLower(g.Label)
	}
	return key
}

// orList joins values as a sentence does, each worded by word: "a or b".
func orList(vals []string, word func(string) string) string {
	ws := make([]string, len(vals))
	for i, v := range vals {
		ws[i] = word(v)
	}
	if len(ws) < 2 {
		return strings.Join(ws, "")
	}
	return strings.Join(ws[:len(ws)-1], ", ") + " or " + ws[len(ws)-1]
}
