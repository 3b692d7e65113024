package page_test

import (
	"slices"
	"testing"

	"github.com/PuerkitoBio/goquery"

	"github.com/careeratlas/careeratlas/internal/career"
	"github.com/careeratlas/careeratlas/internal/view/page"
)

func links(s *goquery.Selection) []string {
	var out []string
	s.Find("a").Each(func(_ int, a *goquery.Selection) { out = append(out, text(a)) })
	return out
}

// TestSchoolPageLeadsToByFit: "Leads to" names first the occupations a
// program's credential opens (it meets the typical entry education, and
// no experience is asked), then the rest "with experience or more study".
func TestSchoolPageLeadsToByFit(t *testing.T) {
	ceo := career.OccupationLink{Slug: "chief-executives", Title: "Chief Executives", Education: "Bachelor's degree", Experience: "5 years or more"}
	teacher := career.OccupationLink{Slug: "business-teachers-postsecondary", Title: "Business Teachers, Postsecondary", Education: "Doctoral or professional degree", Experience: "None"}
	clerk := career.OccupationLink{Slug: "office-clerks-general", Title: "Office Clerks, General", Education: "High school diploma or equivalent", Experience: "None"}
	bookkeeper := career.OccupationLink{Slug: "bookkeepers", Title: "Bookkeepers", Education: "Some college, no degree", Experience: "None"}
	supervisor := career.OccupationLink{Slug: "supervisors", Title: "Supervisors", Education: "High school diploma or equivalent", Experience: "Less than 5 years"}
	unknown := career.OccupationLink{Slug: "other", Title: "Other"}
	tech := career.OccupationLink{Slug: "techs", Title: "Techs", Education: "Associate's degree", Experience: "None"}
	occs := []career.OccupationLink{bookkeeper, teacher, ceo, clerk, unknown, supervisor, tech}
	tests := []struct {
		name        string
		awards      []career.Award
		want, later []string
	}{
		{"short certificate", []career.Award{20}, []string{"Bookkeepers", "Office Clerks, General"},
			[]string{"Business Teachers, Postsecondary", "Chief Executives", "Other", "Supervisors", "Techs"}},
		{"associate's", []career.Award{3}, []string{"Bookkeepers", "Office Clerks, General", "Techs"},
			[]string{"Business Teachers, Postsecondary", "Chief Executives", "Other", "Supervisors"}},
		{"certificate and doctorate: the longest counts", []career.Award{1, 17}, []string{"Bookkeepers", "Business Teachers, Postsecondary", "Office Clerks, General", "Techs"},
			[]string{"Chief Executives", "Other", "Supervisors"}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			sc := &career.School{Institution: career.Institution{UnitID: "1", Name: "Tiny", City: "Erie", State: "PA"}, Slug: "tiny"}
			for _, a := range tt.awards {
				sc.Programs = append(sc.Programs, career.ProgramAward{CIP: "52.0201", Title: "Business", Award: a, Total: 5})
			}
			p := page.NewSchoolPage(page.SchoolInput{Common: common(), School: sc, Families: map[string]string{"52": "Business"},
				Occupations: map[string][]career.OccupationLink{"52.0201": occs}, StateName: "Pennsylvania"})
			doc := render(t, page.School(p))
			item := doc.Find("#area-52 .program-list li")
			if item.Length() != 1 {
				t.Fatalf("%d programs listed, want 1", item.Length())
			}
			spans := item.Find(".program-list__jobs")
			if spans.Length() != 2 {
				t.Fatalf("%d lists of occupations, want 2", spans.Length())
			}
			if got := links(spans.Eq(0)); !slices.Equal(got, tt.want) {
				t.Errorf("leads to %q, want %q", got, tt.want)
			}
			later := spans.Eq(1)
			if !slices.Equal(links(later), tt.later) || !later.HasClass("program-list__jobs--later") {
				t.Errorf("with experience or more study %q, want %q", links(later), tt.later)
			}
			if got := text(later); got[:len("With experience or more study:")] != "With experience or more study:" {
				t.Errorf("second list reads %q", got)
			}
		})
	}
}

// TestSchoolPageUnawarded: a program the school reported with no awards
// in the year is listed apart, as offered but none awarded, with the year.
func TestSchoolPageUnawarded(t *testing.T) {
	sc := &career.School{Institution: career.Institution{UnitID: "1", Name: "Tiny", City: "Erie", State: "PA"}, Slug: "tiny", Total: 12,
		Programs: []career.ProgramAward{
			{CIP: "51.3801", Title: "Nursing", Award: 5, Total: 12},
			{CIP: "51.3801", Title: "Nursing", Award: 3, Total: 0},
			{CIP: "51.0801", Title: "Medical Assisting", Award: 1, Total: 0},
		}}
	p := page.NewSchoolPage(page.SchoolInput{Common: common(), School: sc, Families: map[string]string{"51": "Health"}, StateName: "Pennsylvania"})
	if len(p.Areas) != 1 {
		t.Fatalf("%d areas, want 1", len(p.Areas))
	}
	a := p.Areas[0]
	if len(a.Programs) != 1 || a.Programs[0].Title != "Nursing" || !slices.Equal(a.Programs[0].Awards, []string{"Associate's degree: none in 2023–24", "Bachelor's degree: 12"}) {
		t.Errorf("awarded programs %+v, want nursing with its empty level named", a.Programs)
	}
	if len(a.Unawarded) != 1 || a.Unawarded[0].Title != "Medical Assisting" || a.UnawardedNote != "Offered, none awarded in 2023–24" {
		t.Errorf("unawarded %+v, note %q; want medical assisting, offered, none awarded in 2023–24", a.Unawarded, a.UnawardedNote)
	}
	doc := render(t, page.School(p))
	sec := doc.Find("#area-51")
	if got := links(sec.Find(".program-list").First()); !slices.Equal(got, []string{"Nursing"}) {
		t.Errorf("first list %q, want only nursing", got)
	}
	if got := text(sec.Find("h4")); got != "Offered, none awarded in 2023–24" {
		t.Errorf("heading of the unawarded %q", got)
	}
	if got := links(sec.Find(".program-list--unawarded")); !slices.Equal(got, []string{"Medical Assisting"}) {
		t.Errorf("unawarded list %q, want medical assisting", got)
	}
}

// TestSchoolPageAwardedLevelsOnly: a level the school reported but
// awarded none of in the year does not open occupations for a program
// that awarded others, and the levels read shortest first.
func TestSchoolPageAwardedLevelsOnly(t *testing.T) {
	nurse := career.OccupationLink{Slug: "registered-nurses", Title: "Registered Nurses", Education: "Bachelor's degree", Experience: "None"}
	aide := career.OccupationLink{Slug: "nursing-assistants", Title: "Nursing Assistants", Education: "Postsecondary nondegree award", Experience: "None"}
	sc := &career.School{Institution: career.Institution{UnitID: "1", Name: "Tiny", City: "Erie", State: "PA"}, Slug: "tiny",
		Programs: []career.ProgramAward{
			{CIP: "51.3801", Title: "Nursing", Award: 5, Total: 0},   // a bachelor's, none awarded
			{CIP: "51.3801", Title: "Nursing", Award: 3, Total: 40},  // associate's
			{CIP: "51.3801", Title: "Nursing", Award: 21, Total: 12}, // a certificate under a year
		}}
	p := page.NewSchoolPage(page.SchoolInput{Common: common(), School: sc, Families: map[string]string{"51": "Health"},
		Occupations: map[string][]career.OccupationLink{"51.3801": {aide, nurse}}, StateName: "Pennsylvania"})
	if len(p.Areas) != 1 || len(p.Areas[0].Programs) != 1 {
		t.Fatalf("areas %+v", p.Areas)
	}
	pr := p.Areas[0].Programs[0]
	want := []string{"Certificate, 12 weeks to under 1 year: 12", "Associate's degree: 40", "Bachelor's degree: none in 2023–24"}
	if !slices.Equal(pr.Awards, want) {
		t.Errorf("awards %q, want %q", pr.Awards, want)
	}
	if len(pr.Occupations) != 1 || pr.Occupations[0].Label != "Nursing Assistants" || len(pr.Later) != 1 || pr.Later[0].Label != "Registered Nurses" {
		t.Errorf("leads to %+v, later %+v; want the aides, and the nurses only with more study", pr.Occupations, pr.Later)
	}
}
