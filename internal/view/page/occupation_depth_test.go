package page_test

import (
	"strings"
	"testing"

	"github.com/careeratlas/careeratlas/internal/career"
	"github.com/careeratlas/careeratlas/internal/career/careertest"
	"github.com/careeratlas/careeratlas/internal/view/page"
)

// TestOccupationPageDepth covers what a full profile adds around the
// written sections: the outlook in our words, the licence fact, "More
// information", and the links to the salary tool, lists and assessment.
func TestOccupationPageDepth(t *testing.T) {
	in := occupationInput(t, careertest.SOCWritten)
	o := *in.Occupation
	o.Sections.Outlook = "<p>More care means more records.</p>"
	o.License, o.LicenseNote = career.LicenseSomeStates, "a state certificate in a few states"
	o.Resources = []career.Resource{{Name: "AHIMA", URL: "https://www.ahima.org/", About: "credentials and programs"}}
	in.Occupation = &o
	p := page.NewOccupationPage(in)

	var license *page.Fact
	for i, f := range p.Facts {
		if f.Label == "License" {
			license = &p.Facts[i]
		}
	}
	if license == nil || license.Value != "Required in some states" || license.Detail != o.LicenseNote {
		t.Errorf("license fact %+v, want Required in some states with the note", license)
	}
	doc := render(t, page.Occupation(p))
	if got := text(doc.Find("#outlook .prose")); got != "More care means more records." {
		t.Errorf("outlook prose %q", got)
	}
	if doc.Find("#outlook .prose").Next().Is(".outlook__headline") == false {
		t.Error("the outlook figures do not follow the prose")
	}
	a := doc.Find("#more-information a")
	if href, _ := a.Attr("href"); href != "https://www.ahima.org/" || text(a) != "AHIMA" || !strings.Contains(text(doc.Find("#more-information li")), "credentials and programs") {
		t.Errorf("more information: %q %q", href, text(doc.Find("#more-information")))
	}
	if doc.Find(`a[href="/salary?soc=29-2072"]`).Length() < 1 || doc.Find(`a[href="/assessment"]`).Length() != 1 {
		t.Error("no link to the salary tool for this occupation, or none to the assessment")
	}
	if len(in.Lists) == 0 {
		t.Fatal("fixture occupation is on no list")
	}
	if got := text(doc.Find(".profile__related")); !strings.HasPrefix(got, "Related: "+in.Lists[0].Title) {
		t.Errorf("related lists %q, want %q", got, in.Lists[0].Title)
	}
	if doc.Find(".notice").Length() != 0 {
		t.Error("a full profile still says it is not written")
	}
	// Without a licence stated, no licence fact.
	o.License = career.LicenseUnstated
	for _, f := range page.NewOccupationPage(in).Facts {
		if f.Label == "License" {
			t.Errorf("license fact %+v without a licence", f)
		}
	}
}

func TestOccupationPageApprenticeship(t *testing.T) {
	o := *occupation(t, careertest.SOCWritten)
	pr := *o.Projection
	pr.Training = "Apprenticeship"
	o.Projection = &pr
	p := page.NewOccupationPage(page.OccupationInput{Common: common(), Occupation: &o})
	if !p.Apprenticeship {
		t.Fatal("Apprenticeship not set")
	}
	doc := render(t, page.Occupation(p))
	if got := text(doc.Find("#where-to-study h3")); got != "Most people learn this work in an apprenticeship" {
		t.Errorf("where to study, without school programs: %q", got)
	}
	if doc.Find(`#where-to-study a[href^="https://www.apprenticeship.gov/"]`).Length() != 1 {
		t.Error("no link to the public apprenticeship finder")
	}
	found := false
	for _, f := range p.Facts {
		found = found || f.Value == "Apprenticeship" && strings.Contains(f.Detail, "Where to study")
	}
	if !found {
		t.Errorf("quick facts %+v do not point to the apprenticeship note", p.Facts)
	}
	// Other training gets no apprenticeship note.
	if p := page.NewOccupationPage(page.OccupationInput{Common: common(), Occupation: occupation(t, careertest.SOCWritten)}); p.Apprenticeship {
		t.Error("Apprenticeship set for an occupation trained otherwise")
	}
}

func TestOccupationPageResidual(t *testing.T) {
	named := occupation(t, careertest.SOCWritten)
	residual := &career.Occupation{SOC: "29-2099", Slug: "health-technologists-and-technicians-all-other",
		Title: "Health Technologists and Technicians, All Other", Group: "29-0000", Summary: "A mix of technician jobs."}
	all := []*career.Occupation{named, residual, occupation(t, careertest.SOCNurse)}
	neighbours := career.NamedNeighbours(all, residual.SOC)
	if len(neighbours) != 1 || neighbours[0] != named {
		t.Fatalf("neighbours %v, want only 29-2072 (same minor group, named)", neighbours)
	}
	p := page.NewOccupationPage(page.OccupationInput{Common: common(), Occupation: residual, Neighbours: neighbours})
	doc := render(t, page.Occupation(p))
	if doc.Find(`#category a[href="/occupations/`+named.Slug+`"]`).Length() != 1 {
		t.Errorf("category section %q does not link its named neighbour", text(doc.Find("#category")))
	}
	if doc.Find(".notice").Length() != 0 {
		t.Error("a residual page says a profile is not yet written")
	}
}
