// Package page holds one templ component per page and the view model that
// feeds it. View models do all the formatting, so templates only loop and
// branch.
package page

import (
	"net/url"
	"slices"
	"strconv"
	"strings"

	"github.com/careeratlas/careeratlas/internal/career"
	"github.com/careeratlas/careeratlas/internal/finder"
	"github.com/careeratlas/careeratlas/internal/view/form"
	"github.com/careeratlas/careeratlas/internal/view/format"
	"github.com/careeratlas/careeratlas/internal/view/layout"
)

// OccupationPage is the profile of one occupation.
type OccupationPage struct {
	Meta       layout.Meta
	Occupation *career.Occupation
	Group      *career.Group
	Facts      []Fact
	Pay        *PayView
	// WageRelease names the wage survey of every pay figure on the page.
	WageRelease string
	// PayMissing, when the survey published no pay for the occupation,
	// says so and names the survey.
	PayMissing string
	Outlook    *OutlookView
	Sources    []SourceLine
	JSONLD     map[string]any
	Study      *StudyView
	Tech       *TechView

	// From O*NET and our lists; empty where there is nothing to show.
	Related      []OccupationRow
	Moves        []MoveRow
	Interests    []InterestRow
	TopInterests string
	JobZone      string
	// AlsoCalled is the short list under the title: the titles O*NET
	// shows its users, or else the first few other titles.
	AlsoCalled []string
	AltTitles  []string
	Lists      []Link
	CompareURL string
	// SalaryURL opens the salary tool with this occupation chosen.
	SalaryURL string
	// Resources are "More information": the profession's own bodies.
	Resources []career.Resource
	// Apprenticeship is set when BLS's typical training is an
	// apprenticeship, so "Where to study" explains how to find one.
	Apprenticeship bool
	// Neighbours, on an "All Other" page, are the named occupations of
	// the same SOC minor group.
	Neighbours []OccupationRow

	// StatePay is mean pay by state, as a map and a table; nil without
	// state figures.
	StatePay *StatePayView

	common Common
}

// StudyView is "Where to study": the programs that lead to an occupation
// and a way into the school finder.
type StudyView struct {
	Programs    []ProgramLink
	More        int
	FinderURL   string
	Credentials string // "certificates and associate's degrees"
	// SOC is the occupation the finder expands into its programs, so the
	// link and the form carry one code rather than every program's.
	SOC          string
	Creds        []string
	StateOptions []Option
	// DistanceOptions are the radii offered beside the ZIP code.
	DistanceOptions []Option
	// Year is the IPEDS completions year the school counts are from.
	Year string
}

// ProgramLink is a program of study with how many schools offer it.
type ProgramLink struct {
	Title, URL, Schools string
}

// studyPrograms is how many programs "Where to study" lists by name.
const studyPrograms = 8

// withStudy adds "Where to study" to a profile.
func (p OccupationPage) withStudy(offers []career.ProgramOffer, states []career.State) OccupationPage {
	offered := 0
	v := &StudyView{}
	for _, o := range offers {
		if o.Schools == 0 {
			continue
		}
		offered++
		if len(v.Programs) < studyPrograms {
			v.Programs = append(v.Programs, ProgramLink{o.Title, "/programs/" + o.Code,
				format.Number(float64(o.Schools), 0) + " school" + plural(o.Schools)})
		} else {
			v.More++
		}
	}
	if offered == 0 {
		return p
	}
	groups := p.Occupation.StudyGroups()
	for _, g := range groups {
		v.Creds = append(v.Creds, string(g))
	}
	v.Credentials = credentialPhrase(groups)
	v.SOC = p.Occupation.SOC
	v.FinderURL = occupationSchoolsURL(v.SOC, groups)
	for _, s := range states {
		v.StateOptions = append(v.StateOptions, Option{Value: s.Code, Label: s.Name})
	}
	for _, d := range form.Distances {
		m := strconv.Itoa(d)
		v.DistanceOptions = append(v.DistanceOptions, Option{Value: m, Label: "Within " + m + " miles", Selected: d == form.DefaultMiles})
	}
	p.Study = v
	if s, ok := p.common.Source("completions"); ok {
		v.Year = career.AwardYear(s.Release)
		p.Sources = append(p.Sources, SourceLine{"Programs and schools", "IPEDS Completions " + s.Release + " and the CIP 2020–SOC 2018 crosswalk", s.File})
	}
	return p
}

// occupationSchoolsURL is the finder's URL for the schools that teach
// the programs leading to an occupation, at some credential levels.
func occupationSchoolsURL(soc string, groups []career.CredentialGroup) string {
	v := url.Values{}
	v.Set("soc", soc)
	for _, g := range groups {
		v.Add("cred", string(g))
	}
	return "/schools?" + v.Encode()
}

// credentialPhrase names credential groups the way a person would:
// "certificates and associate's degrees".
func credentialPhrase(groups []career.CredentialGroup) string {
	var parts []string
	for _, g := range groups {
		var w string
		switch g {
		case career.CertificateShort, career.CertificateLong:
			w = "certificates"
		case career.Associate:
			w = "associate's degrees"
		case career.Bachelor:
			w = "bachelor's degrees"
		case career.Graduate:
			w = "graduate degrees and certificates"
		}
		if w != "" && !slices.Contains(parts, w) {
			parts = append(parts, w)
		}
	}
	switch len(parts) {
	case 0:
		return ""
	case 1:
		return parts[0]
	}
	return strings.Join(parts[:len(parts)-1], ", ") + " and " + parts[len(parts)-1]
}

// Fact is one line of the quick facts.
type Fact struct {
	Label, Value, Detail string
}

// SourceLine credits one dataset shown on a page.
type SourceLine struct {
	What, Label, File string
}

// Common is what every page builder needs from the server.
type Common struct {
	BaseURL    string
	Stylesheet string
	Sources    []career.Source
	// Total is the all-occupations projection, for "compared with average".
	Total *career.Projection
	// Growth is where each growth category starts, for the about page.
	Growth career.GrowthScale
	// DevProblems, in development, are the problems of unpublished content.
	DevProblems []string
}

func (c Common) meta(title, description, path string, crumbs ...layout.Crumb) layout.Meta {
	return layout.Meta{
		Title: title, Description: description, Path: path, BaseURL: c.BaseURL,
		Stylesheet: c.Stylesheet, Breadcrumbs: crumbs, DevProblems: c.DevProblems,
	}
}

// onetRelease is the O*NET release the site's O*NET data came from
// ("O*NET 29.3"), or "" when none is loaded.
func (c Common) onetRelease() string {
	if s, ok := c.Source("onet_interests"); ok {
		return s.Release
	}
	return ""
}

// onetCredit is the attribution O*NET's licence asks for.
func (c Common) onetCredit() string { return career.ONETCredit(c.onetRelease()) }

// Source returns the source of a dataset, and whether it is loaded.
func (c Common) Source(dataset string) (career.Source, bool) {
	for _, s := range c.Sources {
		if s.Dataset == dataset {
			return s, true
		}
	}
	return career.Source{}, false
}

// OccupationInput is what a profile shows: the occupation with its
// prose and figures, and what the site knows around it.
type OccupationInput struct {
	Common
	Occupation *career.Occupation
	Group      *career.Group
	// States are the states with schools, for "Where to study".
	States []career.State
	// Offers are the programs that lead to the occupation.
	Offers []career.ProgramOffer
	// StatePay is mean pay in each state, and Prices each state's price
	// parity by USPS code.
	StatePay []career.Wages
	Prices   map[string]career.PriceParity

	// From O*NET: related occupations, suggested moves, interest scores
	// (nil when O*NET has none), job zone (0 when unknown), other titles.
	Related   []*career.Occupation
	Moves     []finder.Move
	Interests *[6]float64
	JobZone   int
	AltTitles []string
	// ReportedTitles are the titles O*NET shows its users, in its order.
	ReportedTitles []string
	// Technology is the software and technology used in the work.
	Technology []career.Technology
	// Lists are the editorial lists the occupation is on.
	Lists []finder.List
	// Neighbours are the named occupations of the same SOC minor group,
	// shown on the page of an "All Other" category.
	Neighbours []*career.Occupation
}

// NewOccupationPage builds the profile view model.
func NewOccupationPage(in OccupationInput) OccupationPage {
	c, o, g := in.Common, in.Occupation, in.Group
	desc := o.Summary
	if desc == "" {
		desc = "What " + o.Title + " earn, how many jobs there are, the outlook to the next decade and what it takes to get started."
	}
	crumbs := []layout.Crumb{{Label: "Home", Path: "/"}, {Label: "Occupations", Path: "/occupations"}}
	if g != nil {
		crumbs = append(crumbs, layout.Crumb{Label: g.Title, Path: "/groups/" + g.Slug})
	}
	crumbs = append(crumbs, layout.Crumb{Label: o.Title})
	p := OccupationPage{
		Meta:       c.meta(o.Title, desc, "/occupations/"+o.Slug, crumbs...),
		Occupation: o,
		Group:      g,
		common:     c,
	}
	p.Meta.Section = "occupations"
	p.Facts = quickFacts(c, o)
	p.WageRelease = oewsRelease(c)
	if o.Wages != nil {
		p.Pay = newPayView(c, o.Wages)
	} else {
		p.PayMissing = "BLS did not publish pay for " + o.Title + " in its " + oewsRelease(c) +
			" survey of wages, so we have no national figures to show."
	}
	if o.Projection != nil {
		p.Outlook = newOutlookView(c, o.Projection)
	}
	if s, ok := c.Source("oews_national"); ok && o.Wages != nil {
		p.Sources = append(p.Sources, SourceLine{"Pay and employment", s.Label(), s.File})
	}
	if s, ok := c.Source("projections"); ok && o.Projection != nil {
		p.Sources = append(p.Sources, SourceLine{"Outlook, openings and entry requirements", s.Label(), s.File})
	}
	p.JSONLD = occupationJSONLD(p.Meta, o, c)
	p.CompareURL = "/compare?soc=" + o.SOC
	p.SalaryURL = "/salary?soc=" + o.SOC
	p.Resources = o.Resources
	p.Apprenticeship = o.Projection != nil && o.Projection.Training == apprenticeship
	if o.Residual() {
		for _, n := range in.Neighbours {
			p.Neighbours = append(p.Neighbours, newOccupationRow(n))
		}
	}
	return p.withStudy(in.Offers, in.States).withONET(in).withStatePay(in.StatePay, in.Prices)
}

func quickFacts(c Common, o *career.Occupation) []Fact {
	var facts []Fact
	if o.Wages == nil {
		facts = append(facts, Fact{Label: "Median pay", Value: "Not published", Detail: "not in the " + oewsRelease(c) + " wage survey"})
	}
	if w := o.Wages; w != nil {
		median := Fact{Label: "Median pay, " + oewsRelease(c), Value: format.Dollars(w.Annual[2]) + " a year", Detail: format.Hourly(w.Hourly[2]) + " an hour"}
		switch {
		case w.HourlyOnly || (!w.Annual[2].Available() && w.Hourly[2].Available()):
			median.Value, median.Detail = format.Hourly(w.Hourly[2])+" an hour", "published as an hourly wage only"
		case w.AnnualOnly || !w.Hourly[2].Available():
			median.Detail = "published as an annual wage only"
		}
		if !w.Annual[2].Available() && !w.Hourly[2].Available() {
			median.Value, median.Detail = format.NotAvailable, ""
		}
		facts = append(facts, median)
	}
	if p := o.Projection; p != nil {
		training := Fact{Label: "Typical on-the-job training", Value: format.Or(p.Training)}
		if p.Training == apprenticeship {
			training.Detail = "paid work with classes; see Where to study"
		}
		facts = append(facts,
			Fact{Label: "Typical entry-level education", Value: format.Or(p.Education)},
			Fact{Label: "Work experience in a related occupation", Value: format.Or(p.Experience)},
			training,
		)
		base, proj := yearLabels(c)
		facts = append(facts,
			Fact{Label: "Jobs, " + base, Value: format.Thousands(p.EmpBase)},
			Fact{Label: "Projected jobs, " + proj, Value: format.Thousands(p.EmpProjected)},
		)
		if p.PctChange.Available() {
			g := p.Growth
			detail := g.Label
			if c.Total != nil && c.Total.PctChange.Available() {
				detail += " (all occupations: " + format.Percent(c.Total.PctChange) + ")"
			}
			facts = append(facts, Fact{Label: "Change, " + base + "–" + proj[2:], Value: format.Percent(p.PctChange), Detail: detail})
		}
		facts = append(facts, Fact{Label: "Openings each year, " + base + "–" + proj[2:], Value: format.Thousands(p.Openings)})
	} else if w := o.Wages; w != nil {
		facts = append(facts, Fact{Label: "Jobs", Value: format.Count(w.Employment)})
	}
	if o.License != career.LicenseUnstated {
		facts = append(facts, Fact{Label: "License", Value: o.License.Label(), Detail: o.LicenseNote})
	}
	return facts
}

// apprenticeship is BLS's name for training by apprenticeship.
const apprenticeship = "Apprenticeship"

// oewsRelease names the wage survey the figures come from: "May 2025".
func oewsRelease(c Common) string {
	if s, ok := c.Source("oews_national"); ok && s.Release != "" {
		return s.Release
	}
	return "latest"
}

// yearLabels returns the base and projected years of the projections.
func yearLabels(c Common) (string, string) {
	if s, ok := c.Source("projections"); ok && s.BaseYear > 0 {
		return itoa(s.BaseYear), itoa(s.ProjectedYear)
	}
	return "now", "in ten years"
}

func itoa(n int) string { return strconv.Itoa(n) }

func occupationJSONLD(m layout.Meta, o *career.Occupation, c Common) map[string]any {
	ld := map[string]any{
		"@context":             "https://schema.org",
		"@type":                "Occupation",
		"name":                 o.Title,
		"url":                  m.Canonical(),
		"occupationalCategory": o.SOC,
		"occupationLocation":   map[string]any{"@type": "Country", "name": "United States"},
	}
	if o.Summary != "" {
		ld["description"] = o.Summary
	}
	if p := o.Projection; p != nil {
		if p.Education != "" {
			ld["educationRequirements"] = p.Education
		}
		if p.Experience != "" {
			ld["experienceRequirements"] = p.Experience
		}
	}
	if w := o.Wages; w != nil && w.Annual[2].State == career.Known {
		dist := map[string]any{
			"@type": "MonetaryAmountDistribution", "name": "base", "currency": "USD", "duration": "P1Y",
		}
		if s, ok := c.Source("oews_national"); ok {
			// The release the figures are from, as on the page.
			dist["description"] = "Annual wages of wage and salary workers in the United States, " + s.Label()
		}
		keys := []string{"percentile10", "percentile25", "median", "percentile75", "percentile90"}
		for i, a := range w.Annual {
			if a.State == career.Known {
				dist[keys[i]] = a.Value
			}
		}
		ld["estimatedSalary"] = []any{dist}
	}
	return ld
}
