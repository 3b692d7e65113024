package page_test

import (
	"context"
	"fmt"
	"reflect"
	"slices"
	"strings"
	"testing"

	"github.com/PuerkitoBio/goquery"

	"github.com/careeratlas/careeratlas/internal/career"
	"github.com/careeratlas/careeratlas/internal/career/careertest"
	"github.com/careeratlas/careeratlas/internal/finder"
	"github.com/careeratlas/careeratlas/internal/view/format"
	"github.com/careeratlas/careeratlas/internal/view/page"
)

// occupationInput gathers a fixture profile's input as the server does.
func occupationInput(t *testing.T, soc string) page.OccupationInput {
	t.Helper()
	ctx := context.Background()
	o := profile(t, soc)
	in := page.OccupationInput{Common: common(), Occupation: o, Group: fx.Group(o.Group), States: fx.States,
		JobZone: fx.JobZones[soc], Lists: fx.ListsWith(soc)}
	var err error
	if in.Offers, err = fx.DB.ProgramsForOccupation(ctx, soc); err != nil {
		t.Fatal(err)
	}
	if in.StatePay, err = fx.DB.StateMeans(ctx, soc); err != nil {
		t.Fatal(err)
	}
	if in.Prices, err = fx.DB.PriceParities(ctx); err != nil {
		t.Fatal(err)
	}
	if in.AltTitles, err = fx.DB.AltTitles(ctx, soc, 40); err != nil {
		t.Fatal(err)
	}
	socs, err := fx.DB.RelatedSOCs(ctx, soc, 20)
	if err != nil {
		t.Fatal(err)
	}
	for _, s := range socs {
		if x := fx.Occupation(s); x != nil {
			in.Related = append(in.Related, x)
		}
	}
	in.Moves = finder.Moves(fx.Occupation(soc), in.Related, fx.All, fx.Interests, 6)
	if v, ok := fx.Interests[soc]; ok {
		in.Interests = &v
	}
	return in
}

func TestNewOccupationPage(t *testing.T) {
	in := occupationInput(t, careertest.SOCWritten)
	o, g := in.Occupation, in.Group
	p := page.NewOccupationPage(in)

	t.Run("meta", func(t *testing.T) {
		checkMeta(t, p.Meta, "Medical Records Specialists", "/occupations/"+careertest.SlugWritten, false,
			home, crumb("Occupations", "/occupations"), crumb(g.Title, "/groups/"+g.Slug), crumb(o.Title, ""))
		if p.Meta.Description != o.Summary || o.Summary == "" {
			t.Errorf("Description = %q, want the summary", p.Meta.Description)
		}
		if p.Meta.Section != "occupations" {
			t.Errorf("Section = %q, want occupations", p.Meta.Section)
		}
		if p.CompareURL != "/compare?soc=29-2072" {
			t.Errorf("CompareURL = %q", p.CompareURL)
		}
	})

	t.Run("quick facts", func(t *testing.T) {
		want := []page.Fact{
			{Label: "Median pay, May 2024", Value: "$50,250 a year", Detail: "$24.16 an hour"},
			{Label: "Typical entry-level education", Value: "Postsecondary nondegree award"},
			{Label: "Work experience in a related occupation", Value: "None"},
			{Label: "Typical on-the-job training", Value: "None"},
			{Label: "Jobs, 2024", Value: "194,800"},
			{Label: "Projected jobs, 2034", Value: "208,600"},
			{Label: "Change, 2024–34", Value: "+7.1%", Detail: "Much faster than average (all occupations: +3.1%)"},
			{Label: "Openings each year, 2024–34", Value: "14,200"},
		}
		if !slices.Equal(p.Facts, want) {
			t.Errorf("Facts:\n got %+v\nwant %+v", p.Facts, want)
		}
	})

	t.Run("pay", func(t *testing.T) {
		v := p.Pay
		if v == nil {
			t.Fatal("no pay section")
		}
		wantRows := []page.PayRow{
			{Label: "10th percentile", Annual: "$35,780", Hourly: "$17.20"},
			{Label: "25th percentile", Annual: "$41,600", Hourly: "$20.00"},
			{Label: "Median (50th)", Annual: "$50,250", Hourly: "$24.16"},
			{Label: "75th percentile", Annual: "$64,070", Hourly: "$30.80"},
			{Label: "90th percentile", Annual: "$80,950", Hourly: "$38.92"},
		}
		if !slices.Equal(v.Rows, wantRows) {
			t.Errorf("Rows:\n got %+v\nwant %+v", v.Rows, wantRows)
		}
		if v.MeanAnnual != "$55,970" || v.MeanHourly != "$26.91" || v.Employment != "187,910" || v.Release != "May 2024" {
			t.Errorf("mean %q/%q, employment %q, release %q; want $55,970/$26.91, 187,910, May 2024", v.MeanAnnual, v.MeanHourly, v.Employment, v.Release)
		}
		if v.Basis != "a year" || v.Note != "" || v.TopCoded || v.Chart == nil {
			t.Errorf("basis %q, note %q, top-coded %v, chart %v; want a year, none, false, a chart", v.Basis, v.Note, v.TopCoded, v.Chart)
		}
	})

	t.Run("outlook", func(t *testing.T) {
		v := p.Outlook
		if v == nil {
			t.Fatal("no outlook section")
		}
		want := page.OutlookView{Chart: v.Chart, Base: "2024", Projected: "2034", EmpBase: "194,800", EmpProjected: "208,600",
			Change: "+13,800", PctChange: "+7.1%", Growth: career.Growth{Label: "Much faster than average", Key: "much-faster"}, Openings: "14,200", AllOccupations: "+3.1%"}
		if !reflect.DeepEqual(*v, want) {
			t.Errorf("Outlook:\n got %+v\nwant %+v", *v, want)
		}
		if v.Chart == nil {
			t.Error("no outlook chart")
		}
	})

	t.Run("where to study", func(t *testing.T) {
		v := p.Study
		if v == nil {
			t.Fatal("no study section")
		}
		wantPrograms := []page.ProgramLink{
			{Title: "Health Information/Medical Records Technology/Technician", URL: "/programs/51.0707", Schools: "4 schools"},
			{Title: "Medical Insurance Coding Specialist/Coder", URL: "/programs/51.0713", Schools: "3 schools"},
			{Title: "Health Information/Medical Records Administration/Administrator", URL: "/programs/51.0706", Schools: "2 schools"},
		}
		if !slices.Equal(v.Programs, wantPrograms) {
			t.Errorf("Programs (none without schools):\n got %+v\nwant %+v", v.Programs, wantPrograms)
		}
		if want := "/schools?cred=certificate-short&cred=certificate-long&cred=associate&soc=29-2072"; v.FinderURL != want {
			t.Errorf("FinderURL = %q, want %q", v.FinderURL, want)
		}
		if v.Credentials != "certificates and associate's degrees" || v.More != 0 {
			t.Errorf("Credentials %q, More %d; want certificates and associate's degrees, 0", v.Credentials, v.More)
		}
		if want := []string{"OH", "PA"}; !slices.Equal(values(v.StateOptions), want) || len(selected(v.StateOptions)) != 0 {
			t.Errorf("state options %+v, want OH and PA, none selected", v.StateOptions)
		}
	})

	t.Run("O*NET and lists", func(t *testing.T) {
		if len(p.Related) != 1 || p.Related[0].Title != "Registered Nurses" || p.Related[0].Path != "/occupations/registered-nurses" {
			t.Errorf("Related = %+v, want registered nurses", p.Related)
		}
		if p.TopInterests != "Conventional and Investigative" {
			t.Errorf("TopInterests = %q", p.TopInterests)
		}
		if len(p.Interests) != 6 {
			t.Fatalf("%d interest rows, want 6", len(p.Interests))
		}
		wantArtistic := page.InterestRow{Name: "Artistic", Plain: career.RIASECPlain[2], Score: "1.0", Width: 2}
		if p.Interests[2] != wantArtistic {
			t.Errorf("Artistic = %+v, want %+v (the bar never vanishes)", p.Interests[2], wantArtistic)
		}
		if c := p.Interests[5]; c.Name != "Conventional" || c.Score != "7.0" || !c.Top || c.Width < 99 || c.Width > 100 {
			t.Errorf("Conventional = %+v, want top, 7.0, nearly full", c)
		}
		var tops []string
		for _, r := range p.Interests {
			if r.Top {
				tops = append(tops, r.Name)
			}
		}
		if !slices.Equal(tops, []string{"Investigative", "Conventional"}) {
			t.Errorf("top interests marked %q, want Investigative and Conventional", tops)
		}
		if p.JobZone != "3 of 5: Medium preparation needed" {
			t.Errorf("JobZone = %q", p.JobZone)
		}
		if len(p.AltTitles) == 0 || !slices.Equal(p.AltTitles, in.AltTitles) {
			t.Errorf("AltTitles = %q, want %q", p.AltTitles, in.AltTitles)
		}
		if want := []page.Link{{Label: "Good pay without a bachelor's degree", URL: "/lists/" + careertest.ListSlug}}; !slices.Equal(p.Lists, want) {
			t.Errorf("Lists = %+v, want %+v", p.Lists, want)
		}
		if len(p.Moves) == 0 {
			t.Error("no moves")
		}
		for _, m := range p.Moves {
			if !strings.HasPrefix(m.Path, "/occupations/") || m.Why == "" || !strings.HasSuffix(m.Pay, "%)") {
				t.Errorf("move %+v lacks a path, a reason or a pay change with percent", m)
			}
		}
	})

	t.Run("pay by state", func(t *testing.T) {
		v := p.StatePay
		if v == nil {
			t.Fatal("no pay by state")
		}
		// What each average buys at national prices: Ohio's prices are
		// 91.812, Pennsylvania's 97.5 (BEA 2023).
		want := []page.StatePayRow{
			{State: "Ohio", Annual: "$51,190", Hourly: "$24.61", PriceLevel: "91.8", Adjusted: "$55,760"},
			{State: "Pennsylvania", Annual: "$49,680", Hourly: "$23.88", PriceLevel: "97.5", Adjusted: "$50,950"},
		}
		if !slices.Equal(v.Rows, want) {
			t.Errorf("rows %+v\nwant %+v", v.Rows, want)
		}
		if v.Release != "May 2023" || v.PriceRelease != "2023" || v.Hourly {
			t.Errorf("release %q, prices %q, hourly %v; want May 2023, 2023, a year's pay", v.Release, v.PriceRelease, v.Hourly)
		}
		if v.Map == nil || v.Map.Title != "Average pay of Medical Records Specialists by state, May 2023" || v.Map.Selected != "" {
			t.Errorf("map %+v", v.Map)
		}
	})

	t.Run("sources", func(t *testing.T) {
		want := []page.SourceLine{
			{What: "Pay and employment", Label: "BLS OEWS, May 2024", File: "national_M2024_dl.xlsx"},
			{What: "Outlook, openings and entry requirements", Label: "BLS Employment Projections 2024–34", File: "occupation.xlsx"},
			{What: "Programs and schools", Label: "IPEDS Completions 2024 and the CIP 2020–SOC 2018 crosswalk", File: "c2024_a.csv"},
			{What: "Related occupations, interests, other titles and technology", Label: career.ONETCredit("O*NET 29.3")},
			{What: "Pay by state", Label: "BLS OEWS state mean wages, May 2023", File: "state_M2023_dl_means_only.csv"},
			{What: "Price levels", Label: "BEA Regional Price Parities, 2023", File: "SARPP_STATE_2008_2023.csv"},
		}
		if !slices.Equal(p.Sources, want) {
			t.Errorf("Sources:\n got %+v\nwant %+v", p.Sources, want)
		}
	})

	t.Run("JSON-LD", func(t *testing.T) {
		ld := p.JSONLD
		for k, want := range map[string]any{
			"@context": "https://schema.org", "@type": "Occupation", "name": "Medical Records Specialists",
			"url": baseURL + "/occupations/" + careertest.SlugWritten, "occupationalCategory": "29-2072",
			"description": o.Summary, "educationRequirements": "Postsecondary nondegree award", "experienceRequirements": "None",
		} {
			if ld[k] != want {
				t.Errorf("JSONLD[%q] = %v, want %v", k, ld[k], want)
			}
		}
		salary := estimatedSalary(t, ld)
		want := map[string]any{"@type": "MonetaryAmountDistribution", "name": "base", "currency": "USD", "duration": "P1Y",
			"description":  "Annual wages of wage and salary workers in the United States, BLS OEWS, May 2024",
			"percentile10": 35780.0, "percentile25": 41600.0, "median": 50250.0, "percentile75": 64070.0, "percentile90": 80950.0}
		if !reflect.DeepEqual(salary, want) {
			t.Errorf("estimatedSalary:\n got %v\nwant %v", salary, want)
		}
	})
}

// estimatedSalary returns the JSON-LD salary distribution, or nil.
func estimatedSalary(t *testing.T, ld map[string]any) map[string]any {
	t.Helper()
	v, ok := ld["estimatedSalary"]
	if !ok {
		return nil
	}
	list, ok := v.([]any)
	if !ok || len(list) != 1 {
		t.Fatalf("estimatedSalary = %#v, want one distribution", v)
	}
	d, ok := list[0].(map[string]any)
	if !ok {
		t.Fatalf("estimatedSalary[0] = %#v", list[0])
	}
	return d
}

// TestOccupationPagePay checks the pay an occupation shows for each way
// BLS publishes (or does not publish) it.
func TestOccupationPagePay(t *testing.T) {
	t.Run("top-coded shown as at least", func(t *testing.T) {
		p := page.NewOccupationPage(occupationInput(t, careertest.SOCTopCoded))
		if got := p.Facts[0]; got != (page.Fact{Label: "Median pay, May 2024", Value: "$206,420 a year", Detail: "$99.24 an hour"}) {
			t.Errorf("median fact = %+v", got)
		}
		if !p.Pay.TopCoded {
			t.Error("TopCoded = false, want true")
		}
		if got := p.Pay.Rows[3]; got.Annual != "$239,200 or more" || got.Hourly != "$115.00 or more" {
			t.Errorf("75th percentile = %+v, want $239,200 or more and $115.00 or more", got)
		}
		// Schema.org has no "at least": top-coded figures are left out.
		s := estimatedSalary(t, p.JSONLD)
		if s["median"] != 206420.0 || s["percentile10"] != 73710.0 {
			t.Errorf("estimatedSalary = %v, want the known percentiles", s)
		}
		for _, k := range []string{"percentile75", "percentile90"} {
			if _, ok := s[k]; ok {
				t.Errorf("estimatedSalary has top-coded %s = %v", k, s[k])
			}
		}
	})

	t.Run("annual only", func(t *testing.T) {
		p := page.NewOccupationPage(occupationInput(t, careertest.SOCAnnualOnly))
		if got := p.Facts[0]; got != (page.Fact{Label: "Median pay, May 2024", Value: "$79,940 a year", Detail: "published as an annual wage only"}) {
			t.Errorf("median fact = %+v", got)
		}
		if !strings.HasPrefix(p.Pay.Note, "BLS publishes only annual pay") || p.Pay.Basis != "a year" {
			t.Errorf("note %q, basis %q; want the annual-only note, a year", p.Pay.Note, p.Pay.Basis)
		}
		if p.Pay.MeanHourly != format.NotAvailable || p.Pay.Rows[2].Hourly != format.NotAvailable || p.Pay.Rows[2].Annual != "$79,940" {
			t.Errorf("mean hourly %q, median row %+v; want hourly not available", p.Pay.MeanHourly, p.Pay.Rows[2])
		}
	})

	t.Run("hourly only shows hourly", func(t *testing.T) {
		p := page.NewOccupationPage(occupationInput(t, careertest.SOCHourlyOnly))
		if got := p.Facts[0]; got != (page.Fact{Label: "Median pay, May 2024", Value: "$23.33 an hour", Detail: "published as an hourly wage only"}) {
			t.Errorf("median fact = %+v", got)
		}
		if p.Pay.Basis != "an hour" || p.Pay.Chart == nil || !strings.HasPrefix(p.Pay.Note, "BLS publishes only hourly pay") {
			t.Errorf("basis %q, chart %v, note %q; want an hourly chart with the hourly-only note", p.Pay.Basis, p.Pay.Chart, p.Pay.Note)
		}
		if p.Pay.MeanAnnual != format.NotAvailable || p.Pay.MeanHourly != "$44.40" || p.Pay.Rows[2].Hourly != "$23.33" {
			t.Errorf("mean %q/%q, median row %+v", p.Pay.MeanAnnual, p.Pay.MeanHourly, p.Pay.Rows[2])
		}
		if s := estimatedSalary(t, p.JSONLD); s != nil {
			t.Errorf("estimatedSalary = %v, want none without an annual median", s)
		}
		if p.Meta.Description != p.Occupation.Summary {
			t.Errorf("Description = %q, want the summary", p.Meta.Description)
		}
	})

	t.Run("no wages", func(t *testing.T) {
		p := page.NewOccupationPage(occupationInput(t, careertest.SOCNoWages))
		if p.Pay != nil {
			t.Errorf("Pay = %+v, want none", p.Pay)
		}
		want := page.Fact{Label: "Median pay", Value: "Not published", Detail: "not in the May 2024 wage survey"}
		if p.Facts[0] != want {
			t.Errorf("facts start with %+v, want %+v", p.Facts[0], want)
		}
		if !strings.Contains(p.PayMissing, "did not publish pay for "+p.Occupation.Title+" in its May 2024 survey") {
			t.Errorf("PayMissing = %q, want it to say the May 2024 survey published no pay", p.PayMissing)
		}
		if slices.Contains(sourceWhats(p.Sources), "Pay and employment") {
			t.Errorf("pay credited without pay: %q", sourceWhats(p.Sources))
		}
		if s := estimatedSalary(t, p.JSONLD); s != nil {
			t.Errorf("estimatedSalary = %v, want none", s)
		}
		if p.Outlook.Change != "\u22121,000" || p.Outlook.PctChange != "\u22124.6%" || p.Outlook.Growth.Key != "decline" {
			t.Errorf("outlook change %q (%q, %q); want a decline of 1,000, 4.6%%", p.Outlook.Change, p.Outlook.PctChange, p.Outlook.Growth.Key)
		}
	})

	t.Run("no projection", func(t *testing.T) {
		o := *occupation(t, careertest.SOCWritten)
		o.Projection, o.Summary = nil, ""
		p := page.NewOccupationPage(page.OccupationInput{Common: common(), Occupation: &o})
		want := []page.Fact{
			{Label: "Median pay, May 2024", Value: "$50,250 a year", Detail: "$24.16 an hour"},
			{Label: "Jobs", Value: "187,910"},
		}
		if !slices.Equal(p.Facts, want) {
			t.Errorf("Facts:\n got %+v\nwant %+v", p.Facts, want)
		}
		if p.Outlook != nil || p.Study != nil {
			t.Errorf("outlook %+v, study %+v; want neither", p.Outlook, p.Study)
		}
		if want := "What Medical Records Specialists earn, how many jobs there are, the outlook to the next decade and what it takes to get started."; p.Meta.Description != want {
			t.Errorf("Description = %q, want %q", p.Meta.Description, want)
		}
		// Without a group, the trail skips it.
		checkMeta(t, p.Meta, o.Title, "/occupations/"+o.Slug, false, home, crumb("Occupations", "/occupations"), crumb(o.Title, ""))
		if _, ok := p.JSONLD["description"]; ok {
			t.Error("JSON-LD has a description without a summary")
		}
		if len(p.Related) != 0 || p.Interests != nil || p.JobZone != "" || len(p.Lists) != 0 || p.StatePay != nil {
			t.Errorf("O*NET parts without O*NET input: %+v", p)
		}
		if got := sourceWhats(p.Sources); !slices.Equal(got, []string{"Pay and employment"}) {
			t.Errorf("Sources = %q, want pay only", got)
		}
	})

	t.Run("no published median", func(t *testing.T) {
		o := career.Occupation{SOC: "99-0001", Slug: "x", Title: "X", Wages: &career.Wages{}}
		p := page.NewOccupationPage(page.OccupationInput{Common: common(), Occupation: &o})
		if got := p.Facts[0]; got != (page.Fact{Label: "Median pay, May 2024", Value: format.NotAvailable}) {
			t.Errorf("median fact = %+v, want not available", got)
		}
		if got := p.Facts[1]; got != (page.Fact{Label: "Jobs", Value: format.NotAvailable}) {
			t.Errorf("jobs fact = %+v, want not available", got)
		}
	})
}

func TestOccupationPageStudy(t *testing.T) {
	o := occupation(t, careertest.SOCNurse)
	var offers []career.ProgramOffer
	for i := range 10 {
		offers = append(offers, career.ProgramOffer{Program: career.Program{Code: fmt.Sprintf("51.38%02d", i+1), Title: fmt.Sprintf("Nursing %d", i+1)}, Schools: i + 1})
	}
	p := page.NewOccupationPage(page.OccupationInput{Common: common(), Occupation: o, Offers: offers})
	v := p.Study
	if v == nil {
		t.Fatal("no study section")
	}
	if len(v.Programs) != 8 || v.More != 2 {
		t.Errorf("%d programs named and %d more, want 8 and 2", len(v.Programs), v.More)
	}
	if v.Programs[0].Schools != "1 school" || v.Programs[1].Schools != "2 schools" {
		t.Errorf("schools %q, %q; want 1 school, 2 schools", v.Programs[0].Schools, v.Programs[1].Schools)
	}
	// The fixture's nurses name associate's and bachelor's degrees in
	// study:, where BLS gives a bachelor's alone.
	if want := "/schools?cred=associate&cred=bachelor&soc=" + careertest.SOCNurse; v.FinderURL != want || v.SOC != careertest.SOCNurse {
		t.Errorf("the finder link is %q (SOC %q), want %q: the occupation, not its 10 programs", v.FinderURL, v.SOC, want)
	}
	if v.Credentials != "associate's degrees and bachelor's degrees" || !slices.Equal(v.Creds, []string{"associate", "bachelor"}) {
		t.Errorf("credentials %q %q, want associate's and bachelor's degrees", v.Credentials, v.Creds)
	}
	// Without study:, BLS's typical entry education decides.
	bls := *o
	bls.Study = nil
	if v := page.NewOccupationPage(page.OccupationInput{Common: common(), Occupation: &bls, Offers: offers}).Study; v.Credentials != "bachelor's degrees" || !slices.Equal(v.Creds, []string{"bachelor"}) {
		t.Errorf("without study: credentials %q %q, want bachelor's degrees", v.Credentials, v.Creds)
	}
	// Without the completions source, the section stands but is not credited.
	c := common()
	c.Sources = slices.DeleteFunc(slices.Clone(c.Sources), func(s career.Source) bool { return s.Dataset == "completions" })
	p = page.NewOccupationPage(page.OccupationInput{Common: c, Occupation: o, Offers: offers})
	if p.Study == nil || slices.Contains(sourceWhats(p.Sources), "Programs and schools") {
		t.Errorf("study %v, sources %q; want the section without its credit", p.Study, sourceWhats(p.Sources))
	}
	// Programs no school offers make no section.
	p = page.NewOccupationPage(page.OccupationInput{Common: common(), Occupation: o, Offers: []career.ProgramOffer{{Program: career.Program{Code: "51.3820"}}}})
	if p.Study != nil {
		t.Errorf("Study = %+v, want none when no school offers a program", p.Study)
	}
}

func TestOccupationPageMoves(t *testing.T) {
	from := occupation(t, careertest.SOCWritten) // median $50,250
	nurses, lpn, actors := occupation(t, careertest.SOCNurse), occupation(t, "29-2061"), occupation(t, careertest.SOCHourlyOnly)
	moves := []finder.Move{
		{To: nurses, PayChange: 43350, ExtraEducation: 2, Related: true, SimilarTastes: true},
		{To: lpn, PayChange: 12090, SimilarTastes: true},
		{To: actors, PayChange: -4100, Related: true},
		{To: lpn, PayChange: 0, Related: true},
	}
	p := page.NewOccupationPage(page.OccupationInput{Common: common(), Occupation: from, Moves: moves})
	want := []page.MoveRow{
		{Title: "Registered Nurses", Path: "/occupations/registered-nurses", Pay: "+$43,400 a year (+86.3%)", PayUp: true,
			Education: "Usually needs: bachelor's degree", Why: "Related work, similar interests"},
		{Title: "Licensed Practical and Licensed Vocational Nurses", Path: "/occupations/licensed-practical-and-licensed-vocational-nurses",
			Pay: "+$12,100 a year (+24.1%)", PayUp: true, Education: "No higher level of education", Why: "Similar interests"},
		{Title: "Actors", Path: "/occupations/actors", Pay: "\u2212$4,100 a year (\u22128.2%)", Education: "No higher level of education", Why: "Related work"},
		{Title: "Licensed Practical and Licensed Vocational Nurses", Path: "/occupations/licensed-practical-and-licensed-vocational-nurses",
			Pay: "$0 a year (0.0%)", Education: "No higher level of education", Why: "Related work"},
	}
	if !slices.Equal(p.Moves, want) {
		t.Errorf("Moves:\n got %+v\nwant %+v", p.Moves, want)
	}
	// From an occupation without an annual median, no percentage.
	p = page.NewOccupationPage(page.OccupationInput{Common: common(), Occupation: actors, Moves: []finder.Move{{To: lpn, PayChange: 1000, Related: true}}})
	if got := p.Moves[0].Pay; got != "+$1,000 a year" {
		t.Errorf("Pay = %q, want +$1,000 a year", got)
	}
}

// withTopCodedMedian returns a copy of a fixture occupation whose median
// is top-coded, as older and state releases publish some ("$239,200 or
// more"); the fixture's chief executives have top-coded upper percentiles.
func withTopCodedMedian(t *testing.T, soc string) *career.Occupation {
	t.Helper()
	o := *occupation(t, soc)
	w := *o.Wages
	w.Annual[2] = career.Amount{Value: 239200, State: career.TopCoded}
	o.Wages = &w
	return &o
}

// TestOccupationPageMovesTopCoded words a change in pay that involves a
// top-coded median as the bound it is, never as an exact figure.
func TestOccupationPageMovesTopCoded(t *testing.T) {
	gm := occupation(t, "11-1021") // median $102,950
	ceo := withTopCodedMedian(t, careertest.SOCTopCoded)
	all := []*career.Occupation{gm, ceo}
	payTo := func(from, to *career.Occupation) string {
		t.Helper()
		moves := finder.Moves(from, []*career.Occupation{to}, all, fx.Interests, 6)
		p := page.NewOccupationPage(page.OccupationInput{Common: common(), Occupation: from, Moves: moves})
		doc := render(t, page.Occupation(p))
		cell := doc.Find(`#moving tbody tr`).FilterFunction(func(_ int, s *goquery.Selection) bool {
			return text(s.Find("th")) == to.Title
		}).Find(`td[data-label="Pay"]`)
		if cell.Length() != 1 {
			t.Fatalf("no career move from %s to %s on the page", from.Title, to.Title)
		}
		return text(cell)
	}
	if got, want := payTo(gm, ceo), "At least +$136,300 a year (at least +132.3%)"; got != want {
		t.Errorf("to a top-coded median: %q, want %q", got, want)
	}
	if got, want := payTo(ceo, gm), "At least $136,300 less a year (at least 57.0% less)"; got != want {
		t.Errorf("from a top-coded median: %q, want %q", got, want)
	}
	gmTop := withTopCodedMedian(t, "11-1021")
	all = []*career.Occupation{gmTop, ceo}
	if got, want := payTo(gmTop, ceo), "Not known: both medians are $239,200 or more"; got != want {
		t.Errorf("between two top-coded medians: %q, want %q", got, want)
	}
}

// TestOccupationPageAlsoCalled shows the titles O*NET shows its users
// under the title, or the first few other titles when it has none.
func TestOccupationPageAlsoCalled(t *testing.T) {
	in := occupationInput(t, careertest.SOCWritten)
	in.ReportedTitles = []string{"Medical Records Clerk", "Health Information Technician"}
	in.AltTitles = []string{"Abstractor", "Coder", "Coding Specialist", "Medical Coder"}
	p := page.NewOccupationPage(in)
	if !slices.Equal(p.AlsoCalled, in.ReportedTitles) || !slices.Equal(p.AltTitles, in.AltTitles) {
		t.Errorf("AlsoCalled %q, AltTitles %q; want the reported titles and every other title", p.AlsoCalled, p.AltTitles)
	}
	// Past five, the reported titles join the other titles, A to Z.
	in.ReportedTitles = []string{"R1", "R2", "R3", "R4", "R5", "Zoning Coder", "coder"}
	p = page.NewOccupationPage(in)
	if want := []string{"Abstractor", "Coder", "Coding Specialist", "Medical Coder", "Zoning Coder"}; !slices.Equal(p.AlsoCalled, in.ReportedTitles[:5]) || !slices.Equal(p.AltTitles, want) {
		t.Errorf("AlsoCalled %q, AltTitles %q; want the first five reported, and %q", p.AlsoCalled, p.AltTitles, want)
	}
	in.ReportedTitles = nil
	if p := page.NewOccupationPage(in); !slices.Equal(p.AlsoCalled, in.AltTitles[:3]) {
		t.Errorf("without reported titles AlsoCalled = %q, want the first three other titles", p.AlsoCalled)
	}
}
