package form_test

import (
	"fmt"
	"slices"
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

func TestParseCompare(t *testing.T) {
	tests := []struct {
		name         string
		raw          string
		want         []string
		wantProblems []string
	}{
		{"empty query", "", nil, nil},
		{"two, in order", "soc=29-2072&soc=29-1141", []string{"29-2072", "29-1141"}, nil},
		{"duplicates and blanks dropped", "soc=29-2072&soc=+29-2072+&soc=&soc=11-1011", []string{"29-2072", "11-1011"}, nil},
		{"exactly the most", "soc=29-2072&soc=29-1141&soc=11-1011&soc=27-2011", []string{"29-2072", "29-1141", "11-1011", "27-2011"}, nil},
		{"bad code", "soc=nurse", nil, []string{`"nurse" is not an occupation code; codes look like 29-2072.`}},
		{"bad code, no dash", "soc=292072", nil, []string{`"292072" is not an occupation code`}},
		{"unknown code", "soc=99-9999", nil, []string{"We do not know an occupation with the code 99-9999."}},
		{
			"good ones kept beside bad ones", "soc=29-2072&soc=nurse&soc=99-9999&soc=29-1141",
			[]string{"29-2072", "29-1141"}, []string{"is not an occupation code", "We do not know an occupation"},
		},
		{
			"more than the most", "soc=29-2072&soc=29-1141&soc=11-1011&soc=27-2011&soc=47-2111",
			[]string{"29-2072", "29-1141", "11-1011", "27-2011", "47-2111"},
			[]string{fmt.Sprintf("You can compare up to %d occupations at once; remove 1.", form.MaxCompare)},
		},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			f := form.ParseCompare(query(t, tt.raw), lookup)
			if got := socs(f.Chosen); !slices.Equal(got, tt.want) {
				t.Errorf("Chosen = %q, want %q", got, tt.want)
			}
			checkProblems(t, f.Problems, tt.wantProblems)
		})
	}
}
