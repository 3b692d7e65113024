package page_test

import (
	"net/url"
	"slices"
	"testing"

	"github.com/careeratlas/careeratlas/internal/career"
	"github.com/careeratlas/careeratlas/internal/career/careertest"
	"github.com/careeratlas/careeratlas/internal/view/form"
	"github.com/careeratlas/careeratlas/internal/view/format"
	"github.com/careeratlas/careeratlas/internal/view/page"
)

func compareInput(t *testing.T, socs ...string) page.CompareInput {
	t.Helper()
	f := form.ParseCompare(url.Values{"soc": socs}, fx)
	return page.CompareInput{Common: common(), Form: f, All: fx.All, Groups: fx.Groups, Interests: fx.Interests, JobZones: fx.JobZones}
}

// pickerValues lists the occupations a picker offers.
func pickerValues(groups []page.OptionGroup) []string {
	var out []string
	for _, g := range groups {
		out = append(out, values(g.Options)...)
	}
	return out
}

func TestNewComparePage(t *testing.T) {
	t.Run("nothing chosen", func(t *testing.T) {
		p := page.NewComparePage(compareInput(t))
		checkMeta(t, p.Meta, "Compare occupations", "/compare", true, home, crumb("Occupations", "/occupations"), crumb("Compare", ""))
		if len(p.Columns) != 0 || len(p.Rows) != 0 || !p.CanAdd {
			t.Errorf("%d columns, %d rows, can add %v; want an empty comparison that can add", len(p.Columns), len(p.Rows), p.CanAdd)
		}
		if len(p.Picker) != careertest.Groups {
			t.Errorf("picker has %d groups, want %d", len(p.Picker), careertest.Groups)
		}
		if got := pickerValues(p.Picker); len(got) != careertest.Occupations {
			t.Errorf("picker offers %d occupations, want %d", len(got), careertest.Occupations)
		}
		if got := sourceWhats(p.Sources); !slices.Contains(got, "Interests and job zones") || !slices.Contains(got, "Pay and employment") {
			t.Errorf("Sources = %q, want pay and O*NET", got)
		}
	})

	t.Run("three chosen", func(t *testing.T) {
		p := page.NewComparePage(compareInput(t, careertest.SOCWritten, careertest.SOCHourlyOnly, careertest.SOCNoWages))
		fishing := occupation(t, careertest.SOCNoWages).Title
		if want := "Compare: Medical Records Specialists · Actors · " + fishing; p.Meta.Title != want {
			t.Errorf("Title = %q, want %q", p.Meta.Title, want)
		}
		if !p.Meta.NoIndex || p.Meta.Path != "/compare" {
			t.Errorf("noindex %v, path %q; want a noindex /compare", p.Meta.NoIndex, p.Meta.Path)
		}
		wantCols := []page.CompareColumn{
			{Title: "Medical Records Specialists", Path: "/occupations/medical-records-specialists", RemoveURL: "/compare?soc=27-2011&soc=45-3031"},
			{Title: "Actors", Path: "/occupations/actors", RemoveURL: "/compare?soc=29-2072&soc=45-3031"},
			{Title: fishing, Path: "/occupations/fishing-and-hunting-workers", RemoveURL: "/compare?soc=29-2072&soc=27-2011"},
		}
		if !slices.Equal(p.Columns, wantCols) {
			t.Errorf("Columns:\n got %+v\nwant %+v", p.Columns, wantCols)
		}
		if !slices.Equal(p.Chosen, []string{"29-2072", "27-2011", "45-3031"}) {
			t.Errorf("Chosen = %q", p.Chosen)
		}
		na := format.NotAvailable
		want := map[string][]string{
			"Median pay, a year":            {"$50,250", na, na},
			"10th percentile":               {"$35,780", na, na},
			"90th percentile":               {"$80,950", na, na},
			"Typical entry-level education": {"Postsecondary nondegree award", "Some college, no degree", "No formal educational credential"},
			"Jobs now":                      {"194,800", "57,000", "21,900"},
			"Projected change":              {"+7.1% (Much faster than average)", "+0.3% (Little or no change)", "\u22124.6% (Decline)"},
			"Openings a year":               {"14,200", "6,300", "2,800"},
			"Strongest interests":           {"Conventional, Investigative", "Artistic, Social", "Realistic, Conventional"},
			"Preparation (job zone)":        {"3 of 5", "2 of 5", "1 of 5"},
		}
		got := map[string][]string{}
		for _, r := range p.Rows {
			got[r.Label] = r.Values
			if len(r.Values) != 3 {
				t.Errorf("row %q has %d values, want 3", r.Label, len(r.Values))
			}
		}
		for label, w := range want {
			if !slices.Equal(got[label], w) {
				t.Errorf("row %q = %q, want %q", label, got[label], w)
			}
		}
		if len(p.Rows) != 13 {
			t.Errorf("%d rows, want 13", len(p.Rows))
		}
		if !p.CanAdd {
			t.Error("CanAdd = false with three chosen")
		}
		offered := pickerValues(p.Picker)
		if len(offered) != careertest.Occupations-3 || slices.Contains(offered, careertest.SOCWritten) {
			t.Errorf("picker offers %q, want all but the chosen", offered)
		}
	})

	t.Run("top-coded and missing O*NET", func(t *testing.T) {
		in := compareInput(t, careertest.SOCTopCoded)
		noONET := &career.Occupation{SOC: "99-0001", Slug: "x", Title: "X", Group: "99-0000"}
		in.Form.Chosen = append(in.Form.Chosen, noONET)
		p := page.NewComparePage(in)
		got := map[string][]string{}
		for _, r := range p.Rows {
			got[r.Label] = r.Values
		}
		na := format.NotAvailable
		for label, w := range map[string][]string{
			"90th percentile":        {"$239,200 or more", na},
			"Median pay, a year":     {"$206,420", na},
			"Strongest interests":    {"Enterprising, Conventional", na},
			"Preparation (job zone)": {"5 of 5", na},
			"Projected change":       {"+4.3% (As fast as average)", na},
		} {
			if !slices.Equal(got[label], w) {
				t.Errorf("row %q = %q, want %q", label, got[label], w)
			}
		}
	})

	t.Run("full", func(t *testing.T) {
		p := page.NewComparePage(compareInput(t, "29-2072", "29-1141", "11-1011", "27-2011"))
		if p.CanAdd || p.Picker != nil {
			t.Errorf("can add %v, picker %d groups; want neither with %d chosen", p.CanAdd, len(p.Picker), form.MaxCompare)
		}
	})

	t.Run("problems", func(t *testing.T) {
		p := page.NewComparePage(compareInput(t, "nurse", "29-2072"))
		if len(p.Problems) != 1 || len(p.Columns) != 1 {
			t.Errorf("problems %q, %d columns; want the form's problem and the good one", p.Problems, len(p.Columns))
		}
	})
}
