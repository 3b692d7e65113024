package page_test

import (
	"strings"
	"testing"

	"github.com/careeratlas/careeratlas/internal/view/page"
)

// TestAboutSaysNoTuition: the about page explains the schools' IPEDS
// figures, "not reported", and that tuition and net price are not shown,
// under the heading the school pages link to.
func TestAboutSaysNoTuition(t *testing.T) {
	doc := render(t, page.AboutData(page.NewAboutDataPage(page.AboutDataInput{Common: common()})))
	h := doc.Find("h2#schools-h")
	if h.Length() != 1 {
		t.Fatal("no #schools-h heading for the school pages to link to")
	}
	var body strings.Builder
	for s := h.Next(); s.Length() > 0 && !s.Is("h2"); s = s.Next() {
		body.WriteString(text(s) + " ")
	}
	for _, want := range []string{"Institutional Characteristics", "Admissions", "Student Financial Aid", `"not reported"`,
		"Tuition, fees and net price (what students pay after grants) are not shown"} {
		if !strings.Contains(body.String(), want) {
			t.Errorf("the schools section lacks %q:\n%s", want, body.String())
		}
	}
}
