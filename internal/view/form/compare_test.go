package form_test

import (
	"fmt"
	"slices"
	"strings"
	"testing"

	"github.com/careeratlas/careeratlas/internal/career"
	"github.com/careeratlas/careeratlas/internal/view/form"
)

func socs(os []*career.Occupation) []string {
	var out []string
	for _, o := range os {
		out = append(out, o.SOC)
	}
	return out
}

// all is every occupation the fake lookup knows, by title, as the site
// keeps them.
var all = []*career.Occupation{actors, chiefs, wiring, records, nurses}

func TestParseCompare(t *testing.T) {
	tests := []struct {
		name         string
		raw          string
		want         []string
		wantAdded    bool
		wantUnknown  string
		wantProblems []string
	}{
		{name: "empty query"},
		{name: "two, in order", raw: "soc=29-2072&soc=29-1141", want: []string{"29-2072", "29-1141"}},
		{name: "duplicates and blanks dropped", raw: "soc=29-2072&soc=+29-2072+&soc=&soc=11-1011", want: []string{"29-2072", "11-1011"}},
		{name: "exactly the most", raw: "soc=29-2072&soc=29-1141&soc=11-1011&soc=27-2011", want: []string{"29-2072", "29-1141", "11-1011", "27-2011"}},
		{name: "bad code", raw: "soc=nurse", wantProblems: []string{`"nurse" is not an occupation code; codes look like 29-2072.`}},
		{name: "bad code, no dash", raw: "soc=292072", wantProblems: []string{`"292072" is not an occupation code`}},
		{name: "unknown code", raw: "soc=99-9999", wantProblems: []string{"We do not know an occupation with the code 99-9999."}},
		{
			name: "good ones kept beside bad ones", raw: "soc=29-2072&soc=nurse&soc=99-9999&soc=29-1141",
			want: []string{"29-2072", "29-1141"}, wantProblems: []string{"is not an occupation code", "We do not know an occupation"},
		},
		{
			name: "more than the most", raw: "soc=29-2072&soc=29-1141&soc=11-1011&soc=27-2011&soc=47-2111",
			want:         []string{"29-2072", "29-1141", "11-1011", "27-2011", "47-2111"},
			wantProblems: []string{fmt.Sprintf("You can compare up to %d occupations at once; remove 1.", form.MaxCompare)},
		},

		// The add box: a title as typed, or a code.
		{name: "add a title", raw: "soc=29-2072&add=Registered+Nurses", want: []string{"29-2072", "29-1141"}, wantAdded: true},
		{name: "add a title in any case and spacing", raw: "soc=29-2072&add=++registered+%09NURSES+", want: []string{"29-2072", "29-1141"}, wantAdded: true},
		{name: "add to nothing", raw: "add=Chief+Executives", want: []string{"11-1011"}, wantAdded: true},
		{name: "add a code", raw: "soc=29-2072&add=29-1141", want: []string{"29-2072", "29-1141"}, wantAdded: true},
		{name: "add one already chosen", raw: "soc=29-1141&soc=29-2072&add=registered+nurses", want: []string{"29-1141", "29-2072"}, wantAdded: true},
		{
			name: "add part of a title", raw: "soc=29-2072&add=nurse", want: []string{"29-2072"}, wantUnknown: "nurse",
			wantProblems: []string{`"nurse" is not the full title of an occupation. Pick one from the list that opens as you type.`},
		},
		{
			name: "add an unknown code", raw: "soc=29-2072&add=99-9999", want: []string{"29-2072"}, wantUnknown: "99-9999",
			wantProblems: []string{"We do not know an occupation with the code 99-9999."},
		},
		{
			name: "add nothing", raw: "soc=29-2072&soc=29-1141&add=+", want: []string{"29-2072", "29-1141"},
			wantProblems: []string{"Type the title of an occupation to add"},
		},
		{
			name: "add one found and one not", raw: "add=Actors&add=acting", want: []string{"27-2011"}, wantUnknown: "acting",
			wantProblems: []string{`"acting" is not the full title`},
		},
		{
			name: "add a very long title", raw: "add=a" + strings.Repeat("%C3%A9", 300), wantUnknown: "a" + strings.Repeat("é", 99),
			wantProblems: []string{"is not the full title of an occupation"},
		},
		{
			name: "add past the most", raw: "soc=29-2072&soc=29-1141&soc=11-1011&soc=27-2011&add=Electricians",
			want: []string{"29-2072", "29-1141", "11-1011", "27-2011", "47-2111"}, wantAdded: true,
			wantProblems: []string{"You can compare up to 4 occupations at once; remove 1."},
		},
		{
			name: "bad code beside an add", raw: "soc=nurse&add=Actors", want: []string{"27-2011"}, wantAdded: true,
			wantProblems: []string{`"nurse" is not an occupation code`},
		},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			f := form.ParseCompare(query(t, tt.raw), lookup, all)
			if got := socs(f.Chosen); !slices.Equal(got, tt.want) {
				t.Errorf("Chosen = %q, want %q", got, tt.want)
			}
			if f.Added != tt.wantAdded || f.Unknown != tt.wantUnknown {
				t.Errorf("Added %v, Unknown %q; want %v, %q", f.Added, f.Unknown, tt.wantAdded, tt.wantUnknown)
			}
			checkProblems(t, f.Problems, tt.wantProblems)
		})
	}
}

func TestCompareQuery(t *testing.T) {
	f := form.ParseCompare(query(t, "soc=29-2072&add=chief+executives&soc=27-2011"), lookup, all)
	if got, want := f.Query().Encode(), "soc=29-2072&soc=27-2011&soc=11-1011"; got != want {
		t.Errorf("Query = %q, want %q", got, want)
	}
	if got := (form.Compare{}).Query().Encode(); got != "" {
		t.Errorf("Query of an empty comparison = %q, want none", got)
	}
}
