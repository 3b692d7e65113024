package page

import (
	"math"
	"slices"
	"strconv"
	"strings"

	"github.com/careeratlas/careeratlas/internal/career"
	"github.com/careeratlas/careeratlas/internal/finder"
	"github.com/careeratlas/careeratlas/internal/view/format"
)

// How many titles a profile names under its title: of those O*NET shows
// its users, or else of its other titles.
const (
	reportedShown = 5
	altShown      = 3
)

// MoveRow is a suggested next job.
type MoveRow struct {
	Title, Path string
	Pay         string // "+$12,300 a year (+24%)"
	PayUp       bool
	Education   string // "No higher level of education" or "Needs a bachelor's degree"
	Why         string
}

// InterestRow is one RIASEC area on a profile.
type InterestRow struct {
	Name, Plain, Score string
	Width              float64 // of 100, for the bar
	Top                bool
}

// withONET adds related occupations, career moves, interests, other titles
// and the lists an occupation is on.
func (p OccupationPage) withONET(in OccupationInput) OccupationPage {
	for _, o := range in.Related {
		p.Related = append(p.Related, newOccupationRow(o))
	}
	for _, m := range in.Moves {
		row := MoveRow{Title: m.To.Title, Path: "/occupations/" + m.To.Slug, Pay: movePay(m, finder.Median(p.Occupation)), PayUp: m.PayChange > 0 && m.PayBound != finder.Unknown}
		row.Education = "No higher level of education"
		if m.ExtraEducation > 0 && m.To.Projection != nil {
			row.Education = "Usually needs: " + strings.ToLower(m.To.Projection.Education[:1]) + m.To.Projection.Education[1:]
		}
		switch {
		case m.Related && m.SimilarTastes:
			row.Why = "Related work, similar interests"
		case m.Related:
			row.Why = "Related work"
		default:
			row.Why = "Similar interests"
		}
		p.Moves = append(p.Moves, row)
	}
	if in.Interests != nil {
		top := finder.TopInterests(*in.Interests, 2)
		for i, name := range career.RIASEC {
			v := in.Interests[i]
			p.Interests = append(p.Interests, InterestRow{
				Name: name, Plain: career.RIASECPlain[i], Score: strconv.FormatFloat(v, 'f', 1, 64),
				Width: math.Max(2, (v-1)/6*100), Top: name == top[0] || name == top[1],
			})
		}
		p.TopInterests = top[0] + " and " + top[1]
	}
	if in.JobZone > 0 {
		p.JobZone = strconv.Itoa(in.JobZone) + " of 5: " + career.JobZoneNames[in.JobZone]
	}
	p.Tech = newTechView(in.Technology, in.Common.onetCredit())
	// Under the title, the first few titles O*NET shows its users; every
	// other title, theirs included, behind a disclosure further down.
	p.AlsoCalled = in.ReportedTitles[:min(reportedShown, len(in.ReportedTitles))]
	p.AltTitles = in.AltTitles
	if rest := in.ReportedTitles[len(p.AlsoCalled):]; len(rest) > 0 {
		p.AltTitles = slices.Clone(in.AltTitles)
		for _, t := range rest {
			if !slices.ContainsFunc(p.AltTitles, func(a string) bool { return strings.EqualFold(a, t) }) {
				p.AltTitles = append(p.AltTitles, t)
			}
		}
		slices.SortFunc(p.AltTitles, func(a, b string) int { return strings.Compare(strings.ToLower(a), strings.ToLower(b)) })
	}
	if len(p.AlsoCalled) == 0 {
		p.AlsoCalled = in.AltTitles[:min(altShown, len(in.AltTitles))]
	}
	for _, l := range in.Lists {
		p.Lists = append(p.Lists, Link{Label: l.Title, URL: l.Path()})
	}
	if len(p.Related) > 0 || p.Interests != nil || len(p.AltTitles) > 0 || len(p.AlsoCalled) > 0 || p.Tech != nil {
		p.Sources = append(p.Sources, SourceLine{"Related occupations, interests, other titles and technology", p.common.onetCredit(), ""})
	}
	return p
}

// movePay words a move's change in median pay: exact, or the bound a
// top-coded median allows ("At least +$161,100 a year"), never a ceiling
// subtracted as if it were the median.
// base is the current median, whose percentage the change is.
func movePay(m finder.Move, base float64) string {
	dollars, pct := signedDollars(m.PayChange), ""
	if base > 0 {
		pct = format.Percent(career.KnownAmount(math.Round(m.PayChange/base*1000) / 10))
	}
	// with adds the percentage in brackets, worded like the dollars.
	with := func(s, before, after string) string {
		if pct == "" {
			return s
		}
		return s + " (" + before + pct + after + ")"
	}
	switch {
	case m.PayBound == finder.Unknown:
		return "Not known: both medians are " + format.Dollars(m.To.Wages.Median())
	case m.PayBound == finder.AtLeast:
		return with("At least "+dollars+" a year", "at least ", "")
	case m.PayBound == finder.AtMost && m.PayChange < 0:
		// From a top-coded median the drop is at least this much.
		dollars, pct = strings.TrimPrefix(dollars, "\u2212"), strings.TrimPrefix(pct, "\u2212")
		return with("At least "+dollars+" less a year", "at least ", " less")
	case m.PayBound == finder.AtMost:
		return with("At most "+dollars+" a year", "at most ", "")
	}
	return with(dollars+" a year", "", "")
}

// signedDollars formats a change in pay: "+$12,300", "−$4,100".
func signedDollars(v float64) string {
	s := "$" + format.Number(math.Abs(math.Round(v/100)*100), 0)
	switch {
	case v > 0:
		return "+" + s
	case v < 0:
		return "\u2212" + s
	}
	return s
}
