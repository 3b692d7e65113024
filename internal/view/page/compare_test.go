package page_test

import (
	"net/url"
	"slices"
	"strings"
	"testing"

	"github.com/PuerkitoBio/goquery"

	"github.com/careeratlas/careeratlas/internal/career"
	"github.com/careeratlas/careeratlas/internal/career/careertest"
	"github.com/careeratlas/careeratlas/internal/view/form"
	"github.com/careeratlas/careeratlas/internal/view/format"
	"github.com/careeratlas/careeratlas/internal/view/page"
)

func compareInput(t *testing.T, socs ...string) page.CompareInput {
	t.Helper()
	return compareQuery(t, url.Values{"soc": socs})
}

// compareQuery is the compare handler's input for a query.
func compareQuery(t *testing.T, v url.Values) page.CompareInput {
	t.Helper()
	f := form.ParseCompare(v, fx, fx.All)
	return page.CompareInput{Common: common(), Form: f, All: fx.All, Interests: fx.Interests, JobZones: fx.JobZones}
}

// titlesOf lists the titles of occupations, by SOC code.
func titlesOf(t *testing.T, socs ...string) []string {
	t.Helper()
	var out []string
	for _, soc := range socs {
		out = append(out, occupation(t, soc).Title)
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
		var all []string
		for _, o := range fx.All {
			all = append(all, o.Title)
		}
		if !slices.Equal(p.Titles, all) || len(p.Titles) != careertest.Occupations {
			t.Errorf("the add box offers %q, want every title in order, %q", p.Titles, all)
		}
		if p.Typed != "" || p.Suggestions != nil {
			t.Errorf("typed %q, suggestions %+v; want neither", p.Typed, p.Suggestions)
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
		if len(p.Titles) != careertest.Occupations-3 || slices.Contains(p.Titles, "Medical Records Specialists") || slices.Contains(p.Titles, "Actors") {
			t.Errorf("the add box offers %q, want all but the chosen", p.Titles)
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
		if p.CanAdd || p.Titles != nil || p.Most != form.MaxCompare {
			t.Errorf("can add %v, %d titles, most %d; want neither with %d chosen", p.CanAdd, len(p.Titles), p.Most, form.MaxCompare)
		}
	})

	t.Run("an unknown title, with suggestions", func(t *testing.T) {
		in := compareQuery(t, url.Values{"soc": {careertest.SOCWritten, careertest.SOCHourlyOnly}, "add": {"nurse"}})
		// As the handler found them: one is already chosen.
		in.Suggestions = []*career.Occupation{occupation(t, careertest.SOCNurse), occupation(t, careertest.SOCWritten), occupation(t, careertest.SOCTopCoded)}
		p := page.NewComparePage(in)
		if p.Typed != "nurse" || len(p.Problems) != 1 {
			t.Errorf("typed %q, problems %q; want the title shown back and its problem", p.Typed, p.Problems)
		}
		want := []page.Link{
			{Label: "Registered Nurses", URL: "/compare?soc=29-2072&soc=27-2011&soc=29-1141"},
			{Label: "Chief Executives", URL: "/compare?soc=29-2072&soc=27-2011&soc=11-1011"},
		}
		if !slices.Equal(p.Suggestions, want) {
			t.Errorf("Suggestions:\n got %+v\nwant %+v", p.Suggestions, want)
		}
	})

	t.Run("many suggestions", func(t *testing.T) {
		in := compareQuery(t, url.Values{"add": {"worker"}})
		in.Suggestions = fx.All
		if got := len(page.NewComparePage(in).Suggestions); got != 6 {
			t.Errorf("%d suggestions, want 6", got)
		}
	})

	t.Run("problems", func(t *testing.T) {
		p := page.NewComparePage(compareInput(t, "nurse", "29-2072"))
		if len(p.Problems) != 1 || len(p.Columns) != 1 {
			t.Errorf("problems %q, %d columns; want the form's problem and the good one", p.Problems, len(p.Columns))
		}
	})
}

// TestRenderCompare checks the comparison's two layouts (a table, and a
// card a measure for a phone) and the add box.
func TestRenderCompare(t *testing.T) {
	t.Run("three chosen", func(t *testing.T) {
		socs := []string{careertest.SOCWritten, careertest.SOCNurse, careertest.SOCTopCoded}
		p := page.NewComparePage(compareInput(t, socs...))
		doc := render(t, page.Compare(p))
		titles := titlesOf(t, socs...)

		if got := texts(doc.Find(".compare-table thead th > a:not(.compare-table__remove)")); !slices.Equal(got, titles) {
			t.Errorf("table heads %q, want %q", got, titles)
		}
		if got := texts(doc.Find(".compare-jobs li > a:not(.compare-jobs__remove)")); !slices.Equal(got, titles) {
			t.Errorf("the cards' occupations %q, want %q", got, titles)
		}
		removes := doc.Find(".compare-jobs__remove")
		if removes.Length() != 3 || removes.First().AttrOr("href", "") != p.Columns[0].RemoveURL ||
			removes.First().AttrOr("aria-label", "") != "Remove "+titles[0] {
			t.Errorf("%d remove links, first %q; want 3, the first removing %s", removes.Length(), removes.First().AttrOr("href", ""), titles[0])
		}
		cards := doc.Find(".compare-card")
		if cards.Length() != len(p.Rows) {
			t.Fatalf("%d cards, want one a row, %d", cards.Length(), len(p.Rows))
		}
		cards.Each(func(i int, card *goquery.Selection) {
			r := p.Rows[i]
			if got := text(card.Find("h3")); got != r.Label {
				t.Errorf("card %d is headed %q, want %q", i, got, r.Label)
			}
			if got := texts(card.Find("dt")); !slices.Equal(got, titles) {
				t.Errorf("card %q names %q, want %q", r.Label, got, titles)
			}
			if got := texts(card.Find("dd")); !slices.Equal(got, r.Values) {
				t.Errorf("card %q reads %q, want the table's %q", r.Label, got, r.Values)
			}
		})

		box := doc.Find(`form[aria-label="Add an occupation"] #add-soc`)
		if box.AttrOr("name", "") != "add" || box.AttrOr("list", "") != "occupation-titles" || box.AttrOr("type", "") != "text" {
			t.Errorf("add box %v, want a text input named add with the titles' list", box.Nodes)
		}
		if id := box.AttrOr("aria-describedby", ""); doc.Find("#"+id).Length() != 1 || doc.Find(`label[for="add-soc"]`).Length() != 1 {
			t.Errorf("the add box has no label or no hint (aria-describedby %q)", id)
		}
		if _, invalid := box.Attr("aria-invalid"); invalid || box.AttrOr("value", "") != "" {
			t.Error("an empty add box is marked invalid or holds a value")
		}
		var options []string
		doc.Find("datalist#occupation-titles option").Each(func(_ int, o *goquery.Selection) { options = append(options, o.AttrOr("value", "")) })
		if !slices.Equal(options, p.Titles) {
			t.Errorf("datalist offers %q, want %q", options, p.Titles)
		}
		var hidden []string
		doc.Find(`form[aria-label="Add an occupation"] input[type="hidden"][name="soc"]`).Each(func(_ int, o *goquery.Selection) { hidden = append(hidden, o.AttrOr("value", "")) })
		if !slices.Equal(hidden, socs) {
			t.Errorf("the add form carries %q, want %q", hidden, socs)
		}
	})

	t.Run("an unknown title", func(t *testing.T) {
		in := compareQuery(t, url.Values{"soc": {careertest.SOCWritten}, "add": {"<b>nurse</b>"}})
		in.Suggestions = []*career.Occupation{occupation(t, careertest.SOCNurse)}
		p := page.NewComparePage(in)
		doc := render(t, page.Compare(p))
		box := doc.Find("#add-soc")
		if box.AttrOr("value", "") != "<b>nurse</b>" || box.AttrOr("aria-invalid", "") != "true" {
			t.Errorf("add box holds %q, aria-invalid %q; want what was typed, marked invalid", box.AttrOr("value", ""), box.AttrOr("aria-invalid", ""))
		}
		if doc.Find("main b").Length() != 0 {
			t.Error("what was typed is rendered as HTML")
		}
		links := doc.Find(".title-suggest__list a")
		if links.Length() != 1 || text(links) != "Registered Nurses" || links.AttrOr("href", "") != p.Suggestions[0].URL {
			t.Errorf("suggestions %q, want a link adding Registered Nurses", texts(links))
		}
		if id := doc.Find(".title-suggest__list").AttrOr("aria-labelledby", ""); !strings.Contains(text(doc.Find("#"+id)), "<b>nurse</b>") {
			t.Errorf("the suggestions are not labelled by what was typed")
		}
	})

	t.Run("an unknown title, nothing like it", func(t *testing.T) {
		p := page.NewComparePage(compareQuery(t, url.Values{"add": {"zzzz"}}))
		doc := render(t, page.Compare(p))
		if got := text(doc.Find(".title-suggest__lead")); !strings.Contains(got, "No occupation we know is like “zzzz”") {
			t.Errorf("lead %q, want it to say nothing is like what was typed", got)
		}
		if doc.Find(".compare-card, .compare-table").Length() != 0 {
			t.Error("an empty comparison shows a table or cards")
		}
	})

	t.Run("full", func(t *testing.T) {
		p := page.NewComparePage(compareInput(t, "29-2072", "29-1141", "11-1011", "27-2011"))
		doc := render(t, page.Compare(p))
		if doc.Find("#add-soc, datalist").Length() != 0 {
			t.Error("a full comparison offers to add another")
		}
		if got := text(doc.Find("main .note")); !strings.Contains(got, "4 occupations is the most") {
			t.Errorf("note %q, want it to say why nothing can be added", got)
		}
	})
}

// texts is the text of each element of a selection.
func texts(s *goquery.Selection) []string {
	var out []string
	s.Each(func(_ int, e *goquery.Selection) { out = append(out, text(e)) })
	return out
}
