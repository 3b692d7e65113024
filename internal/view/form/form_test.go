package form_test

import (
	"fmt"
	"net/url"
	"strings"
	"testing"

	"github.com/careeratlas/careeratlas/internal/career"
	"github.com/careeratlas/careeratlas/internal/view/form"
)

// fakeLookup answers the forms' questions from maps, so the tests need no
// database.
type fakeLookup struct {
	occupations map[string]*career.Occupation
	states      map[string]*career.State
	families    map[string]*career.Program
	programs    map[string]*career.Program
	places      map[string]*career.Place
}

func (l fakeLookup) Occupation(soc string) *career.Occupation { return l.occupations[soc] }
func (l fakeLookup) State(code string) *career.State          { return l.states[code] }
func (l fakeLookup) Family(code string) *career.Program       { return l.families[code] }
func (l fakeLookup) Program(cip string) *career.Program       { return l.programs[cip] }
func (l fakeLookup) Place(zip string) *career.Place           { return l.places[zip] }

var (
	records = &career.Occupation{SOC: "29-2072", Slug: "medical-records-specialists", Title: "Medical Records Specialists", Group: "29-0000"}
	nurses  = &career.Occupation{SOC: "29-1141", Slug: "registered-nurses", Title: "Registered Nurses", Group: "29-0000"}
	chiefs  = &career.Occupation{SOC: "11-1011", Slug: "chief-executives", Title: "Chief Executives", Group: "11-0000"}
	actors  = &career.Occupation{SOC: "27-2011", Slug: "actors", Title: "Actors", Group: "27-0000"}
	wiring  = &career.Occupation{SOC: "47-2111", Slug: "electricians", Title: "Electricians", Group: "47-0000"}

	columbus = &career.Place{ZIP: "43215", Name: "Columbus", State: "OH", Lat: 39.9671, Lon: -83.0044}
)

var lookup = fakeLookup{
	occupations: map[string]*career.Occupation{
		records.SOC: records, nurses.SOC: nurses, chiefs.SOC: chiefs, actors.SOC: actors, wiring.SOC: wiring,
	},
	states: map[string]*career.State{
		"OH": {FIPS: "39", Code: "OH", Name: "Ohio"},
		"PA": {FIPS: "42", Code: "PA", Name: "Pennsylvania"},
	},
	families: map[string]*career.Program{
		"51": {Code: "51", Title: "Health Professions and Related Programs"},
		"52": {Code: "52", Title: "Business, Management, Marketing, and Related Support Services"},
	},
	programs: map[string]*career.Program{
		"51":      {Code: "51", Title: "Health Professions and Related Programs"},
		"51.0707": {Code: "51.0707", Title: "Health Information/Medical Records Technology/Technician"},
		"51.3801": {Code: "51.3801", Title: "Registered Nursing/Registered Nurse"},
		"52.0201": {Code: "52.0201", Title: "Business Administration and Management, General"},
	},
	places: map[string]*career.Place{columbus.ZIP: columbus},
}

// query parses a test's query string.
func query(t *testing.T, raw string) url.Values {
	t.Helper()
	v, err := url.ParseQuery(raw)
	if err != nil {
		t.Fatalf("bad test query %q: %v", raw, err)
	}
	return v
}

// checkProblems checks that problems holds exactly one problem containing
// each of want, in order.
func checkProblems(t *testing.T, problems, want []string) {
	t.Helper()
	if len(problems) != len(want) {
		t.Errorf("got %d problems %q, want %d saying %q", len(problems), problems, len(want), want)
		return
	}
	for i, w := range want {
		if !strings.Contains(problems[i], w) {
			t.Errorf("problem %d is %q, want one saying %q", i, problems[i], w)
		}
	}
}

func TestUsed(t *testing.T) {
	params := []string{"group", "edu"}
	tests := []struct {
		name string
		raw  string
		want bool
	}{
		{"nothing", "", false},
		{"other params only", "q=nurse&page=2", false},
		{"one, even empty", "group=", true},
		{"one with a value", "edu=Associate%27s+degree", true},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			v := query(t, tt.raw)
			if got := form.Used(v, params); got != tt.want {
				t.Errorf("Used(%q) = %v, want %v", tt.raw, got, tt.want)
			}
		})
	}
}

// describe prints a filter for a failure message, with the point it is
// near rather than the point's address.
func describe(f career.SchoolFilter) string {
	near := "<nil>"
	if f.Near != nil {
		near = fmt.Sprintf("%+v", *f.Near)
	}
	f.Near = nil
	return fmt.Sprintf("%+v Near:%s", f, near)
}
