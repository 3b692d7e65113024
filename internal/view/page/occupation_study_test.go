package page_test

import (
	"slices"
	"testing"

	"github.com/PuerkitoBio/goquery"

	"github.com/careeratlas/careeratlas/internal/career"
	"github.com/careeratlas/careeratlas/internal/career/careertest"
	"github.com/careeratlas/careeratlas/internal/view/page"
)

// TestOccupationStudyForm: "Where to study" sends the occupation (soc=)
// and its credential levels to the finder, never one cip= per program,
// and offers a ZIP code and a distance beside the state.
func TestOccupationStudyForm(t *testing.T) {
	o := occupation(t, careertest.SOCNurse)
	var offers []career.ProgramOffer
	for i := range 30 {
		offers = append(offers, career.ProgramOffer{Program: career.Program{Code: "51.38" + string(rune('0'+i/10)) + string(rune('0'+i%10)), Title: "Nursing"}, Schools: 1})
	}
	p := page.NewOccupationPage(page.OccupationInput{Common: common(), Occupation: o, Offers: offers,
		States: []career.State{{Code: "OH", Name: "Ohio"}}})
	doc := render(t, page.Occupation(p))
	study := doc.Find("#where-to-study")
	// The fixture's nurses name associate's and bachelor's degrees (study:).
	if href, _ := study.Find("a.button").Attr("href"); href != "/schools?cred=associate&cred=bachelor&soc="+careertest.SOCNurse {
		t.Errorf("finder link %q, want soc= and cred= only", href)
	}
	f := study.Find(`form[action="/schools"]`)
	if f.Length() != 1 {
		t.Fatalf("%d forms to the finder, want 1", f.Length())
	}
	if n := f.Find(`[name="cip"]`).Length(); n != 0 {
		t.Errorf("the form sends %d cip= inputs, want none", n)
	}
	if v, _ := f.Find(`input[type="hidden"][name="soc"]`).Attr("value"); v != careertest.SOCNurse {
		t.Errorf("hidden soc = %q, want %s", v, careertest.SOCNurse)
	}
	var creds []string
	f.Find(`input[type="hidden"][name="cred"]`).Each(func(_ int, s *goquery.Selection) { creds = append(creds, s.AttrOr("value", "")) })
	if !slices.Equal(creds, []string{"associate", "bachelor"}) {
		t.Errorf("hidden cred = %q, want associate and bachelor", creds)
	}
	if f.Find(`select[name="state"]`).Length() != 1 {
		t.Error("no state select")
	}
	zip := f.Find(`input[name="zip"]`)
	if id, _ := zip.Attr("id"); zip.Length() != 1 || f.Find(`label[for="`+id+`"]`).Length() != 1 {
		t.Errorf("ZIP input: %d, labelled %v; want one, with a label", zip.Length(), f.Find(`label[for="`+id+`"]`).Length())
	}
	var miles []string
	f.Find(`select[name="miles"] option`).Each(func(_ int, s *goquery.Selection) {
		v, _ := s.Attr("value")
		miles = append(miles, v)
	})
	if want := []string{"10", "25", "50", "100", "250"}; !slices.Equal(miles, want) {
		t.Errorf("distances %q, want %q", miles, want)
	}
	if v, _ := f.Find(`select[name="miles"] option[selected]`).Attr("value"); v != "25" {
		t.Errorf("chosen distance %q, want 25", v)
	}
}
