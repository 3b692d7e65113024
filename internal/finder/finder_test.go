package finder

import (
	"fmt"
	"math"
	"slices"
	"strings"
	"testing"

	"github.com/careeratlas/careeratlas/internal/career"
)

func occ(soc, title, edu string, median, pct, openings float64) *career.Occupation {
	o := &career.Occupation{SOC: soc, Title: title, Group: career.MajorGroup(soc)}
	if median > 0 {
		o.Wages = &career.Wages{}
		o.Wages.Annual[2] = career.KnownAmount(median)
	}
	o.Projection = &career.Projection{Education: edu, PctChange: career.KnownAmount(pct), Openings: career.KnownAmount(openings), EmpBase: career.KnownAmount(openings * 10),
		Growth: career.GrowthScale{Min: []float64{7, 5, 3, 1, 0}}.For(pct)}
	return o
}

var sample = []*career.Occupation{
	occ("29-2072", "Medical Records Specialists", "Postsecondary nondegree award", 50250, 7.1, 14.2),
	occ("29-9021", "Health Information Technologists and Medical Registrars", "Associate's degree", 67310, 15.4, 3.2),
	occ("11-9111", "Medical and Health Services Managers", "Bachelor's degree", 117960, 23.2, 62.1),
	occ("43-6013", "Medical Secretaries and Administrative Assistants", "High school diploma or equivalent", 44640, 1.0, 101.5),
	occ("29-1211", "Anesthesiologists", "Doctoral or professional degree", 0, 3.0, 1.0), // no published median
	occ("41-2011", "Cashiers", "No formal educational credential", 31000, -10.0, 500),
}

func titles(os []*career.Occupation) []string {
	var out []string
	for _, o := range os {
		out = append(out, o.Title)
	}
	return out
}

func TestApply(t *testing.T) {
	interests := map[string][6]float64{"43-6013": {1, 2, 1, 5, 3, 6.5}, "29-2072": {1, 3, 1, 2, 2, 6.8}}
	tests := []struct {
		name string
		f    Filter
		by   Sort
		want []string
	}{
		{"everything by title", Filter{}, ByTitle, []string{"Anesthesiologists", "Cashiers", "Health Information Technologists and Medical Registrars", "Medical and Health Services Managers", "Medical Records Specialists", "Medical Secretaries and Administrative Assistants"}},
		{"education at most a certificate, by pay; no median comes last", Filter{EducationMax: "Postsecondary nondegree award"}, ByPay, []string{"Medical Records Specialists", "Medical Secretaries and Administrative Assistants", "Cashiers"}},
		{"exact education", Filter{Education: []string{"Associate's degree", "Bachelor's degree"}}, ByPay, []string{"Medical and Health Services Managers", "Health Information Technologists and Medical Registrars"}},
		{"growth bands", Filter{Growth: []string{"much-faster"}}, ByGrowth, []string{"Medical and Health Services Managers", "Health Information Technologists and Medical Registrars", "Medical Records Specialists"}},
		{"declining", Filter{Growth: []string{"decline"}}, ByTitle, []string{"Cashiers"}},
		{"openings", Filter{OpeningsMin: 50000}, ByOpenings, []string{"Cashiers", "Medical Secretaries and Administrative Assistants", "Medical and Health Services Managers"}},
		{"pay range", Filter{PayMin: 45000, PayMax: 70000}, ByPay, []string{"Health Information Technologists and Medical Registrars", "Medical Records Specialists"}},
		{"group", Filter{Group: "11-0000"}, ByTitle, []string{"Medical and Health Services Managers"}},
		{"interest among the top two", Filter{Interest: "Social"}, ByTitle, []string{"Medical Secretaries and Administrative Assistants"}},
		{"interest strong enough", Filter{Interest: "Conventional", InterestMin: 6.6}, ByTitle, []string{"Medical Records Specialists"}},
		{"interest too weak", Filter{Interest: "Social", InterestMin: 5.5}, ByTitle, nil},
		{"not declining", Filter{GrowthMin: "little-change"}, ByTitle, []string{"Anesthesiologists", "Health Information Technologists and Medical Registrars", "Medical and Health Services Managers", "Medical Records Specialists", "Medical Secretaries and Administrative Assistants"}},
		{"at least average growth", Filter{GrowthMin: "average"}, ByGrowth, []string{"Medical and Health Services Managers", "Health Information Technologists and Medical Registrars", "Medical Records Specialists", "Anesthesiologists"}},
	}
	for _, tt := range tests {
		got := titles(Apply(sample, tt.f, tt.by, interests))
		if !slices.Equal(got, tt.want) {
			t.Errorf("%s:\n got %q\nwant %q", tt.name, got, tt.want)
		}
	}
}

func TestCheck(t *testing.T) {
	groups := []*career.Group{{Code: "29-0000"}}
	f := Filter{Group: "77-0000", Education: []string{"PhD"}, Growth: []string{"rocket"}, PayMin: 90000, PayMax: 10000, Interest: "Sporty", Training: "Hogwarts",
		GrowthMin: "warp", InterestMin: 9}
	if got := f.Check(groups); len(got) != 8 {
		t.Errorf("Check found %d problems, want 8: %q", len(got), got)
	}
	if got := (Filter{InterestMin: 5}).Check(groups); len(got) != 1 {
		t.Errorf("a least interest score without an area: %q, want one problem", got)
	}
	if got := (Filter{Group: "29-0000", EducationMax: "Bachelor's degree"}).Check(groups); len(got) != 0 {
		t.Errorf("a good filter has problems: %q", got)
	}
}

func TestMoves(t *testing.T) {
	from := sample[0] // medical records specialists
	related := []*career.Occupation{sample[1], sample[2], sample[3], sample[4]}
	moves := Moves(from, related, sample, nil, 5)
	var got []string
	for _, m := range moves {
		got = append(got, m.To.Title)
		if math.IsNaN(m.PayChange) {
			t.Errorf("%s has no pay change but was kept", m.To.Title)
		}
	}
	// One step of schooling for a third more pay beats two steps for more than double.
	want := []string{"Health Information Technologists and Medical Registrars", "Medical and Health Services Managers", "Medical Secretaries and Administrative Assistants"}
	if !slices.Equal(got, want) {
		t.Errorf("moves %q, want %q", got, want)
	}
	if moves[0].ExtraEducation != 1 || moves[1].ExtraEducation != 2 || moves[2].ExtraEducation != 0 {
		t.Errorf("extra education %d, %d, %d", moves[0].ExtraEducation, moves[1].ExtraEducation, moves[2].ExtraEducation)
	}
}

func TestMatchInterests(t *testing.T) {
	interests := map[string][6]float64{
		"29-2072": {1.5, 3.0, 1.2, 2.0, 2.0, 6.5}, // conventional, investigative
		"43-6013": {1.2, 1.5, 1.2, 5.0, 3.0, 6.0}, // conventional, social
		"11-9111": {1.5, 2.5, 1.5, 4.0, 6.5, 5.0}, // enterprising
	}
	likesOrder := [6]float64{1, 2, 1, 1, 1, 7}
	got := MatchInterests(likesOrder, sample, interests, Filter{}, 3)
	// The managers, mostly enterprising, fit less than half: left out.
	if len(got) != 2 || got[0].Occupation.SOC != "29-2072" || got[0].Fit < got[1].Fit {
		t.Fatalf("matches %+v", got)
	}
	if !slices.Contains(got[0].Shared, "Conventional") {
		t.Errorf("shared interests %q lack Conventional", got[0].Shared)
	}
	// Liking everything twice as much changes nothing: only the shape counts.
	doubled := MatchInterests([6]float64{2, 4, 2, 2, 2, 14}, sample, interests, Filter{}, 3)
	if doubled[0].Occupation != got[0].Occupation || math.Abs(doubled[0].Fit-got[0].Fit) > 1e-9 {
		t.Error("scaling the answers changed the matches")
	}
	filtered := MatchInterests(likesOrder, sample, interests, Filter{EducationMax: "High school diploma or equivalent"}, 3)
	if len(filtered) != 1 || filtered[0].Occupation.SOC != "43-6013" {
		t.Errorf("education filter: %+v", filtered)
	}
}

// TestResidualsNotSuggested: an "All Other" category that fits best is
// neither a career move nor an assessment match.
func TestResidualsNotSuggested(t *testing.T) {
	other := occ("29-9099", "Healthcare Practitioners and Technical Workers, All Other", "Postsecondary nondegree award", 90000, 5, 20)
	all := append(slices.Clone(sample), other)
	from := sample[0]
	interests := map[string][6]float64{
		"29-2072": {1.5, 3.0, 1.2, 2.0, 2.0, 6.5},
		"29-9099": {1.5, 3.0, 1.2, 2.0, 2.0, 6.4}, // nearest in interests, and better paid
		"43-6013": {1.2, 1.5, 1.2, 5.0, 3.0, 6.0},
	}
	for _, m := range Moves(from, []*career.Occupation{other, sample[1]}, all, interests, 5) {
		if m.To == other {
			t.Errorf("move to %q suggested", other.Title)
		}
	}
	got := MatchInterests([6]float64{1.5, 3.0, 1.2, 2.0, 2.0, 6.4}, all, interests, Filter{}, 5)
	if len(got) == 0 {
		t.Fatal("no matches")
	}
	for _, m := range got {
		if m.Occupation == other {
			t.Errorf("assessment match %q", other.Title)
		}
	}
}

func TestMatchInterestsVaries(t *testing.T) {
	var all []*career.Occupation
	interests := map[string][6]float64{}
	for i := range 6 {
		soc := fmt.Sprintf("25-11%02d", i) // six professors, one minor group
		all = append(all, occ(soc, "Professor "+soc, "Doctoral or professional degree", 80000, 2, 1))
		interests[soc] = [6]float64{1, 6, 2, 6, 2, 2}
	}
	all = append(all, occ("21-1012", "Counselors", "Master's degree", 60000, 4, 30))
	interests["21-1012"] = [6]float64{1, 4, 2, 7, 3, 3}
	got := MatchInterests([6]float64{1, 6, 2, 6, 2, 2}, all, interests, Filter{}, 5)
	professors := 0
	for _, m := range got {
		if strings.HasPrefix(m.Occupation.SOC, "25-1") {
			professors++
		}
	}
	if professors != maxPerMinorGroup || len(got) != maxPerMinorGroup+1 {
		t.Errorf("%d professors in %d matches; want %d and the counselors", professors, len(got), maxPerMinorGroup)
	}
}

// topCoded is an occupation whose median BLS top-codes, as older and state
// releases do: its median is at least the ceiling, not the ceiling.
func topCoded(soc, title, edu string, ceiling float64) *career.Occupation {
	o := occ(soc, title, edu, ceiling, 3, 10)
	o.Wages.Annual[2] = career.Amount{Value: ceiling, State: career.TopCoded}
	return o
}

func TestPayDifference(t *testing.T) {
	nurse := occ("29-1141", "Registered Nurses", "Bachelor's degree", 93600, 5, 190)
	obgyn := topCoded("29-1218", "Obstetricians and Gynecologists", "Doctoral or professional degree", 239200)
	ceo := topCoded("11-1011", "Chief Executives", "Bachelor's degree", 239200)
	unpublished := occ("29-1211", "Anesthesiologists", "Doctoral or professional degree", 0, 3, 1)
	tests := []struct {
		name     string
		from, to *career.Occupation
		want     float64
		bound    Bound
	}{
		{"both exact", sample[0], nurse, 93600 - 50250, Exact},
		{"to a top-coded median: at least the difference", nurse, obgyn, 239200 - 93600, AtLeast},
		{"from a top-coded median: at most the difference", obgyn, nurse, 93600 - 239200, AtMost},
		{"both top-coded: nothing known", obgyn, ceo, 0, Unknown},
	}
	for _, tt := range tests {
		got, bound := PayDifference(tt.from, tt.to)
		if got != tt.want || bound != tt.bound {
			t.Errorf("%s: %v, %v; want %v, %v", tt.name, got, bound, tt.want, tt.bound)
		}
	}
	if got, _ := PayDifference(nurse, unpublished); !math.IsNaN(got) {
		t.Errorf("to an unpublished median: %v, want NaN", got)
	}
}

// TestMovesTopCoded keeps a top-coded median from passing for an exact one:
// a move to it is at least the difference, a move from it at most, and a
// move between two such medians has no known difference, which counts as
// none: above a certain drop in pay.
func TestMovesTopCoded(t *testing.T) {
	nurse := occ("29-1141", "Registered Nurses", "Bachelor's degree", 93600, 5, 190)
	np := occ("29-1171", "Nurse Practitioners", "Master's degree", 129210, 40, 30)
	obgyn := topCoded("29-1218", "Obstetricians and Gynecologists", "Doctoral or professional degree", 239200)
	surgeon := topCoded("29-1248", "Surgeons", "Doctoral or professional degree", 239200)
	all := []*career.Occupation{nurse, np, obgyn, surgeon}

	up := Moves(nurse, []*career.Occupation{obgyn}, all, nil, 5)
	if len(up) != 1 || up[0].PayBound != AtLeast || up[0].PayChange != 239200-93600 {
		t.Fatalf("nurse to obstetrician: %+v, want at least %v", up, 239200-93600)
	}
	down := Moves(obgyn, []*career.Occupation{surgeon, np}, all, nil, 5)
	if len(down) != 2 {
		t.Fatalf("moves from obstetricians: %+v", down)
	}
	if m := down[0]; m.To != surgeon || m.PayBound != Unknown || m.PayChange != 0 {
		t.Errorf("first move %s %v (%v), want surgeons with no known change", m.To.Title, m.PayChange, m.PayBound)
	}
	if m := down[1]; m.To != np || m.PayBound != AtMost || m.PayChange != 129210-239200 {
		t.Errorf("second move %s %v (%v), want nurse practitioners as an upper bound", m.To.Title, m.PayChange, m.PayBound)
	}
}

// TestPayFilterTopCoded keeps a top-coded median out of a pay range it may
// not be in: at least its ceiling says nothing of an upper limit or of a
// floor above the ceiling.
func TestPayFilterTopCoded(t *testing.T) {
	ceo := topCoded("11-1011", "Chief Executives", "Bachelor's degree", 239200)
	tests := []struct {
		f    Filter
		want bool
	}{
		{Filter{PayMin: 200000}, true},
		{Filter{PayMin: 239200}, true},
		{Filter{PayMin: 250000}, false},
		{Filter{PayMax: 250000}, false},
		{Filter{PayMin: 100000, PayMax: 1000000}, false},
	}
	for _, tt := range tests {
		if got := tt.f.Match(ceo, nil); got != tt.want {
			t.Errorf("pay %v to %v: match %v, want %v", tt.f.PayMin, tt.f.PayMax, got, tt.want)
		}
	}
}
