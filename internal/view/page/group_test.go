package page_test

import (
	"slices"
	"testing"

	"github.com/careeratlas/careeratlas/internal/career"
	"github.com/careeratlas/careeratlas/internal/view/format"
	"github.com/careeratlas/careeratlas/internal/view/page"
)

func TestNewGroupPage(t *testing.T) {
	g := fx.Group("29-0000")
	var occs []*career.Occupation
	for _, o := range fx.All {
		if o.Group == g.Code {
			occs = append(occs, o)
		}
	}
	p := page.NewGroupPage(page.GroupInput{Common: common(), Group: g, Occupations: occs})
	checkMeta(t, p.Meta, g.Title, "/groups/healthcare-practitioners-and-technical", false,
		home, crumb("Occupations", "/occupations"), crumb(g.Title, ""))
	if p.Meta.Section != "occupations" {
		t.Errorf("Section = %q, want occupations", p.Meta.Section)
	}
	if want := "Pay, outlook and entry education for the 3 Healthcare Practitioners and Technical Occupations BLS covers."; p.Meta.Description != want {
		t.Errorf("Description = %q, want %q", p.Meta.Description, want)
	}
	if p.Code != "29-0000" || p.Group.Median != "$83,090" || p.Group.Count != 3 || p.Growth != "+7.2%" {
		t.Errorf("code %q, median %q, count %d, growth %q; want 29-0000, $83,090, 3, +7.2%%", p.Code, p.Group.Median, p.Group.Count, p.Growth)
	}
	var titles []string
	for _, r := range p.Occupations {
		titles = append(titles, r.Title)
	}
	if want := []string{"Licensed Practical and Licensed Vocational Nurses", "Medical Records Specialists", "Registered Nurses"}; !slices.Equal(titles, want) {
		t.Errorf("occupations %q, want %q", titles, want)
	}
	if got := row(t, p.Occupations, "Registered Nurses").Median; got != "$93,600" {
		t.Errorf("nurses' median = %q, want $93,600", got)
	}
	if len(p.Sources) != 2 {
		t.Errorf("Sources = %+v, want pay and outlook", p.Sources)
	}

	// A group BLS publishes no figures for.
	bare := page.NewGroupPage(page.GroupInput{Common: common(), Group: &career.Group{Code: "55-0000", Slug: "military-specific", Title: "Military Specific Occupations"}})
	if bare.Growth != "" || bare.Group.Median != format.NotAvailable || len(bare.Occupations) != 0 {
		t.Errorf("bare group: growth %q, median %q, %d occupations; want none, not available, 0", bare.Growth, bare.Group.Median, len(bare.Occupations))
	}
}
