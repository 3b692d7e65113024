package form_test

import (
	"reflect"
	"strings"
	"testing"

	"github.com/careeratlas/careeratlas/internal/career"
	"github.com/careeratlas/careeratlas/internal/view/form"
)

// base is the filter of an empty search: the first page, by name.
func base(change func(*career.SchoolFilter)) career.SchoolFilter {
	f := career.SchoolFilter{Sort: career.SortName, Limit: form.SchoolsPerPage, ProgramsPerSchool: 4}
	if change != nil {
		change(&f)
	}
	return f
}

// schoolLookup is the forms' lookup where Medical Records Specialists
// have projections (a postsecondary nondegree award to enter).
func schoolLookup() fakeLookup {
	l := lookup
	l.occupations = map[string]*career.Occupation{}
	for k, o := range lookup.occupations {
		l.occupations[k] = o
	}
	r := *records
	r.Projection = &career.Projection{Education: "Postsecondary nondegree award"}
	l.occupations[r.SOC] = &r
	return l
}

func near(miles float64) *career.Point {
	return &career.Point{Lat: columbus.Lat, Lon: columbus.Lon, Miles: miles}
}

func TestParseSchool(t *testing.T) {
	tests := []struct {
		name       string
		raw        string
		want       career.SchoolFilter
		wantSearch bool
		// wantForm checks what is shown back in the form; may be nil.
		wantForm func(t *testing.T, f form.School)
	}{
		{
			name: "empty query", raw: "", want: base(nil),
			wantForm: func(t *testing.T, f form.School) {
				if f.Page != 1 || f.Sort != "name" || f.Miles != "" || f.Place != "" {
					t.Errorf("page %d, sort %q, miles %q, place %q; want 1, name, empty, empty", f.Page, f.Sort, f.Miles, f.Place)
				}
			},
		},
		{
			name: "state, trimmed and upper-cased", raw: "state=+oh+", wantSearch: true,
			want: base(func(f *career.SchoolFilter) { f.State = "OH" }),
			wantForm: func(t *testing.T, f form.School) {
				if f.State != "OH" {
					t.Errorf("State = %q, want OH", f.State)
				}
			},
		},
		{
			name: "ZIP alone: default miles, sorted by distance", raw: "zip=43215", wantSearch: true,
			want: base(func(f *career.SchoolFilter) { f.Near, f.Sort = near(form.DefaultMiles), career.SortDistance }),
			wantForm: func(t *testing.T, f form.School) {
				if f.Miles != "25" || f.Place != "Columbus, OH" || f.Sort != "distance" {
					t.Errorf("miles %q, place %q, sort %q; want 25, Columbus, OH, distance", f.Miles, f.Place, f.Sort)
				}
			},
		},
		{
			name: "ZIP with miles", raw: "zip=43215&miles=100", wantSearch: true,
			want: base(func(f *career.SchoolFilter) { f.Near, f.Sort = near(100), career.SortDistance }),
		},
		{
			name: "the widest radius", raw: "zip=43215&miles=500", wantSearch: true,
			want: base(func(f *career.SchoolFilter) { f.Near, f.Sort = near(form.MaxMiles), career.SortDistance }),
		},
		{
			name: "miles without a ZIP do nothing", raw: "miles=50", want: base(nil),
			wantForm: func(t *testing.T, f form.School) {
				if f.Miles != "50" {
					t.Errorf("Miles = %q, want 50 as typed", f.Miles)
				}
			},
		},
		{
			name: "area: sorted by completions", raw: "area=51", wantSearch: true,
			want: base(func(f *career.SchoolFilter) { f.Family, f.Sort = "51", career.SortCompletions }),
		},
		{
			name: "program in the chosen area", raw: "area=51&cip=51.0707", wantSearch: true,
			want: base(func(f *career.SchoolFilter) {
				f.Family, f.CIPs, f.Sort = "51", []string{"51.0707"}, career.SortCompletions
			}),
		},
		{
			name: "programs without an area, repeats and blanks dropped", raw: "cip=51.0707&cip=+51.3801&cip=51.0707&cip=", wantSearch: true,
			want: base(func(f *career.SchoolFilter) { f.CIPs, f.Sort = []string{"51.0707", "51.3801"}, career.SortCompletions }),
			wantForm: func(t *testing.T, f form.School) {
				if want := []string{"51.0707", "51.3801"}; !reflect.DeepEqual(f.CIPs, want) {
					t.Errorf("CIPs = %q, want %q", f.CIPs, want)
				}
			},
		},
		{
			name: "ZIP and a program: distance comes first", raw: "zip=43215&cip=51.0707", wantSearch: true,
			want: base(func(f *career.SchoolFilter) {
				f.Near, f.CIPs, f.Sort = near(25), []string{"51.0707"}, career.SortDistance
			}),
		},
		{
			name: "credentials", raw: "cred=associate&cred=bachelor", wantSearch: true,
			want: base(func(f *career.SchoolFilter) { f.Groups = []career.CredentialGroup{career.Associate, career.Bachelor} }),
		},
		{
			name: "control", raw: "control=nonprofit", wantSearch: true,
			want: base(func(f *career.SchoolFilter) { f.Control = career.PrivateNonprofit }),
		},
		{
			name: "control for-profit", raw: "control=forprofit", wantSearch: true,
			want: base(func(f *career.SchoolFilter) { f.Control = career.PrivateForProfit }),
		},
		{
			name: "name, trimmed", raw: "name=++Columbus+State++", wantSearch: true,
			want: base(func(f *career.SchoolFilter) { f.Name = "Columbus State" }),
		},
		{
			name: "a name of 100 letters, some not ASCII", raw: "name=" + strings.Repeat("é", 100), wantSearch: true,
			want: base(func(f *career.SchoolFilter) { f.Name = strings.Repeat("é", 100) }),
		},
		{
			name: "sort by name near a ZIP", raw: "zip=43215&sort=name", wantSearch: true,
			want: base(func(f *career.SchoolFilter) { f.Near, f.Sort = near(25), career.SortName }),
		},
		{
			name: "sort by completions", raw: "state=PA&sort=completions", wantSearch: true,
			want: base(func(f *career.SchoolFilter) { f.State, f.Sort = "PA", career.SortCompletions }),
		},
		{
			name: "sort by distance with a ZIP", raw: "zip=43215&sort=distance", wantSearch: true,
			want: base(func(f *career.SchoolFilter) { f.Near, f.Sort = near(25), career.SortDistance }),
		},
		{
			name: "page 3 starts after two pages", raw: "state=OH&page=3", wantSearch: true,
			want: base(func(f *career.SchoolFilter) { f.State, f.Offset = "OH", 2*form.SchoolsPerPage }),
			wantForm: func(t *testing.T, f form.School) {
				if f.Page != 3 {
					t.Errorf("Page = %d, want 3", f.Page)
				}
			},
		},
		{
			name: "ZIP+4: the first five digits", raw: "zip=43215-1234", wantSearch: true,
			want: base(func(f *career.SchoolFilter) { f.Near, f.Sort = near(form.DefaultMiles), career.SortDistance }),
			wantForm: func(t *testing.T, f form.School) {
				if f.ZIP != "43215" || f.Place != "Columbus, OH" {
					t.Errorf("ZIP %q, place %q; want 43215, Columbus, OH", f.ZIP, f.Place)
				}
			},
		},
		{
			name: "ZIP+4 without the hyphen", raw: "zip=432151234", wantSearch: true,
			want: base(func(f *career.SchoolFilter) { f.Near, f.Sort = near(form.DefaultMiles), career.SortDistance }),
		},
		{
			name: "occupation: its usual credentials, by awards", raw: "soc=29-2072&state=OH", wantSearch: true,
			want: base(func(f *career.SchoolFilter) {
				f.SOC, f.State, f.Sort = "29-2072", "OH", career.SortCompletions
				f.Groups = []career.CredentialGroup{career.CertificateShort, career.CertificateLong, career.Associate}
			}),
			wantForm: func(t *testing.T, f form.School) {
				if f.Occupation != "Medical Records Specialists" || len(f.Creds) != 3 {
					t.Errorf("occupation %q, creds %q; want the title and the three usual levels checked", f.Occupation, f.Creds)
				}
			},
		},
		{
			name: "occupation with credentials chosen", raw: "soc=29-2072&cred=bachelor", wantSearch: true,
			want: base(func(f *career.SchoolFilter) {
				f.SOC, f.Sort, f.Groups = "29-2072", career.SortCompletions, []career.CredentialGroup{career.Bachelor}
			}),
		},
		{
			name: "occupation at any level: cred= left empty", raw: "soc=29-2072&cred=", wantSearch: true,
			want: base(func(f *career.SchoolFilter) { f.SOC, f.Sort = "29-2072", career.SortCompletions }),
		},
		{
			name: "occupation without projections: any level", raw: "soc=29-1141", wantSearch: true,
			want: base(func(f *career.SchoolFilter) { f.SOC, f.Sort = "29-1141", career.SortCompletions }),
		},
		{
			name: "online and open admission", raw: "state=OH&online=1&open=1", wantSearch: true,
			want: base(func(f *career.SchoolFilter) { f.State, f.Online, f.OpenAdmission = "OH", true, true }),
		},
		{
			name: "online alone is a search", raw: "online=1", wantSearch: true,
			want: base(func(f *career.SchoolFilter) { f.Online = true }),
		},
		{
			name: "sort by admission rate shows it", raw: "state=OH&sort=admission", wantSearch: true,
			want: base(func(f *career.SchoolFilter) { f.State, f.Sort, f.WithFacts = "OH", career.SortAdmission, true }),
			wantForm: func(t *testing.T, f form.School) {
				if !f.Shows(form.ShowAdmission) || f.Shows(form.ShowAid) {
					t.Errorf("Shows(admission) %v, Shows(aid) %v; want true, false", f.Shows(form.ShowAdmission), f.Shows(form.ShowAid))
				}
			},
		},
		{
			name: "sort by average grant, aid column asked for", raw: "area=51&sort=grant&show=aid", wantSearch: true,
			want: base(func(f *career.SchoolFilter) { f.Family, f.Sort, f.WithFacts = "51", career.SortGrant, true }),
			wantForm: func(t *testing.T, f form.School) {
				if !f.Shows(form.ShowAid) || f.Shows(form.ShowAdmission) {
					t.Errorf("Shows(aid) %v, Shows(admission) %v; want true, false", f.Shows(form.ShowAid), f.Shows(form.ShowAdmission))
				}
			},
		},
		{
			name: "everything at once", raw: "state=OH&zip=43215&miles=50&area=51&cip=51.0707&cred=associate&control=public&name=Columbus&sort=completions&page=2",
			wantSearch: true,
			want: career.SchoolFilter{State: "OH", Near: near(50), Family: "51", CIPs: []string{"51.0707"},
				Groups: []career.CredentialGroup{career.Associate}, Control: career.Public, Name: "Columbus",
				Sort: career.SortCompletions, Limit: form.SchoolsPerPage, Offset: form.SchoolsPerPage, ProgramsPerSchool: 4},
		},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			f := form.ParseSchool(query(t, tt.raw), schoolLookup())
			if len(f.Problems) > 0 {
				t.Fatalf("problems %q, want none", f.Problems)
			}
			if !reflect.DeepEqual(f.Filter, tt.want) {
				t.Errorf("Filter:\n got %s\nwant %s", describe(f.Filter), describe(tt.want))
			}
			if got := f.Searched(); got != tt.wantSearch {
				t.Errorf("Searched() = %v, want %v", got, tt.wantSearch)
			}
			if tt.wantForm != nil {
				tt.wantForm(t, f)
			}
		})
	}
}

func TestParseSchoolProblems(t *testing.T) {
	const (
		badState    = `We do not know a state or territory with the code "ZZ"`
		badMiles    = "The distance must be a whole number of miles from 1 to 500."
		badArea     = "is not an area of study we know"
		badCIP      = "is not a program code"
		wrongArea   = "is not in the area of study you chose"
		unknownCIP  = "We do not know a program with the code"
		badCred     = "is not a credential level we know"
		badControl  = "is not a kind of school we know"
		longName    = "The school name is too long: use at most 100 characters."
		distanceZIP = "To sort by distance, enter a ZIP code."
		badSort     = "is not a way to sort"
		badPage     = "is not a page number"
	)
	tests := []struct {
		name string
		raw  string
		want []string
	}{
		{"unknown state", "state=zz", []string{badState}},
		{"ZIP too short", "zip=4321", []string{`"4321" is not a ZIP code. Enter five digits`}},
		{"ZIP too long", "zip=432155", []string{`"432155" is not a ZIP code`}},
		{"ZIP with a letter", "zip=4321a", []string{`"4321a" is not a ZIP code`}},
		{"ZIP+4 too short", "zip=43215-123", []string{`"43215-123" is not a ZIP code`}},
		{"unknown ZIP+4", "zip=99999-1234", []string{"We do not know ZIP code 99999: it is not in our list of ZIP codes, and no school we list is in it."}},
		{"SOC not a code", "soc=nurse", []string{`"nurse" is not an occupation code`}},
		{"unknown SOC", "soc=29-9999", []string{"We do not know an occupation with the code 29-9999"}},
		{"online not 1", "online=maybe", []string{`"maybe" is not a choice for online programs`}},
		{"open not 1", "open=yes", []string{`"yes" is not a choice for open admission`}},
		{"unknown column", "state=OH&show=tuition", []string{`"tuition" is not a column we can show`}},
		{"too many columns", "state=OH&show=admission&show=aid&show=x", []string{"Choose at most 2 result columns"}},
		{"unknown ZIP", "zip=99999", []string{"We do not know ZIP code 99999: it is not in our list of ZIP codes, and no school we list is in it."}},
		{"miles zero with a ZIP", "zip=43215&miles=0", []string{badMiles}},
		{"miles over the widest with a ZIP", "zip=43215&miles=501", []string{badMiles}},
		{"miles not a number with a ZIP", "zip=43215&miles=ten", []string{badMiles}},
		{"miles a fraction with a ZIP", "zip=43215&miles=2.5", []string{badMiles}},
		{"miles not a number without a ZIP", "miles=far", []string{badMiles}},
		{"miles negative without a ZIP", "miles=-5", []string{badMiles}},
		{"bad miles and an unknown ZIP", "zip=99999&miles=0", []string{badMiles, "We do not know ZIP code 99999: it is not in our list of ZIP codes, and no school we list is in it."}},
		{"area of one digit", "area=5", []string{`"5" ` + badArea}},
		{"area that is a series", "area=51.07", []string{`"51.07" ` + badArea}},
		{"unknown area", "area=99", []string{`"99" ` + badArea}},
		{"program code as a series", "cip=51.07", []string{`"51.07" ` + badCIP}},
		{"program code as words", "cip=nursing", []string{`"nursing" ` + badCIP}},
		{"program outside the chosen area", "area=52&cip=51.0707", []string{"Program 51.0707 " + wrongArea}},
		{"unknown program", "cip=51.9999", []string{unknownCIP + " 51.9999"}},
		{"bad credential", "cred=phd", []string{`"phd" ` + badCred}},
		{"bad control", "control=state", []string{`"state" ` + badControl}},
		{"name too long", "name=" + strings.Repeat("a", 101), []string{longName}},
		{"sort by distance without a ZIP", "state=OH&sort=distance", []string{distanceZIP}},
		{"bad sort", "sort=price", []string{`"price" ` + badSort}},
		{"page zero", "page=0", []string{`"0" ` + badPage}},
		{"page negative", "page=-1", []string{`"-1" ` + badPage}},
		{"page not a number", "page=two", []string{`"two" ` + badPage}},
		{"page absurd", "page=100001", []string{`"100001" ` + badPage}},
		{
			"every problem at once",
			"state=ZZ&zip=1&miles=0&area=99&cip=x&cred=y&control=z&name=" + strings.Repeat("n", 101) + "&sort=w&page=0",
			[]string{badState, badMiles, `"1" is not a ZIP code`, `"99" ` + badArea, `"x" ` + badCIP, `"y" ` + badCred,
				`"z" ` + badControl, longName, `"w" ` + badSort, `"0" ` + badPage},
		},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			f := form.ParseSchool(query(t, tt.raw), lookup)
			checkProblems(t, f.Problems, tt.want)
		})
	}
}

// A value that fails its check must not reach the filter.
func TestParseSchoolBadValuesStayOut(t *testing.T) {
	f := form.ParseSchool(query(t, "state=ZZ&zip=43215&miles=0&area=52&cip=51.0707&cred=phd&control=state&page=0"), lookup)
	flt := f.Filter
	if flt.State != "" || flt.Near != nil || len(flt.CIPs) != 0 || len(flt.Groups) != 0 || flt.Control != 0 {
		t.Errorf("bad values reached the filter: %s", describe(flt))
	}
	if flt.Family != "52" {
		t.Errorf("Family = %q, want the good area 52 kept", flt.Family)
	}
	if f.Page != 1 || flt.Offset != 0 {
		t.Errorf("page %d, offset %d after a bad page; want 1, 0", f.Page, flt.Offset)
	}
	// What was typed is shown back, so it can be corrected.
	if f.State != "ZZ" || f.Miles != "0" || f.Control != "state" || !reflect.DeepEqual(f.Creds, []string{"phd"}) {
		t.Errorf("typed values not kept: %+v", f)
	}
}

func TestSchoolSearched(t *testing.T) {
	tests := []struct {
		name string
		raw  string
		want bool
	}{
		{"nothing", "", false},
		{"only sort, page and miles", "sort=name&page=2&miles=50", false},
		{"blank values", "state=&zip=&name=+", false},
		{"state", "state=OH", true},
		{"unknown state still counts", "state=ZZ", true},
		{"ZIP", "zip=43215", true},
		{"area", "area=51", true},
		{"program", "cip=51.0707", true},
		{"credential", "cred=associate", true},
		{"control", "control=public", true},
		{"name", "name=Columbus", true},
		{"occupation", "soc=29-2072", true},
		{"online", "online=1", true},
		{"open admission", "open=1", true},
		{"only columns", "show=aid", false},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if got := form.ParseSchool(query(t, tt.raw), lookup).Searched(); got != tt.want {
				t.Errorf("Searched() for %q = %v, want %v", tt.raw, got, tt.want)
			}
		})
	}
}
