package career

import (
	"errors"
	"slices"
	"testing"
)

// scale2024 is the 2024–34 release's scale, as content/growth.yaml sets it.
var scale2024 = GrowthScale{Release: "2024–34", Min: []float64{7, 5, 3, 1, 0}}

func TestGrowthScale(t *testing.T) {
	tests := []struct {
		pct  float64
		want string
	}{
		{7.1, "Much faster than average"},
		{6.5, "Much faster than average"}, // rounds to 7
		{6.4, "Faster than average"},
		{5, "Faster than average"},
		{4.3, "As fast as average"},
		{2.6, "As fast as average"},
		{2.4, "Slower than average"},
		{0.6, "Slower than average"},
		{0.4, "Little or no change"},
		{-0.4, "Little or no change"}, // rounds to 0
		{-0.5, "Decline"},             // rounds to −1
		{-1.1, "Decline"},             // Nuclear Engineers, 2024–34
		{-1.6, "Decline"},
		{-30, "Decline"},
	}
	for _, tt := range tests {
		if got := scale2024.For(tt.pct).Label; got != tt.want {
			t.Errorf("For(%v) = %q, want %q", tt.pct, got, tt.want)
		}
	}
	// Another release draws the lines elsewhere.
	other := GrowthScale{Min: []float64{9, 6, 4, 2, 0}}
	if got := other.For(7.1).Key; got != "faster" {
		t.Errorf("7.1 on a scale starting much-faster at 9: %q, want faster", got)
	}
	ranges := []string{"7 percent or more", "5 to 6 percent", "3 to 4 percent", "1 to 2 percent", "0 percent", "-1 percent or less"}
	for i, want := range ranges {
		if got := scale2024.Range(i); got != want {
			t.Errorf("Range(%d) = %q, want %q", i, got, want)
		}
	}
	if g, ok := GrowthByKey("little-change"); !ok || g.Label != "Little or no change" {
		t.Errorf("GrowthByKey(little-change) = %v, %v", g, ok)
	}
}

func TestSlugify(t *testing.T) {
	tests := map[string]string{
		"Medical Records Specialists":                                           "medical-records-specialists",
		"Police and Sheriff's Patrol Officers":                                  "police-and-sheriffs-patrol-officers",
		"Cooks, Restaurant":                                                     "cooks-restaurant",
		"  Health Information Technologists and Medical Registrars ":            "health-information-technologists-and-medical-registrars",
		"Heating, Air Conditioning, and Refrigeration Mechanics and Installers": "heating-air-conditioning-and-refrigeration-mechanics-and-installers",
	}
	for in, want := range tests {
		if got := Slugify(in); got != want {
			t.Errorf("Slugify(%q) = %q, want %q", in, got, want)
		}
	}
	if got := GroupSlug("Healthcare Practitioners and Technical Occupations"); got != "healthcare-practitioners-and-technical" {
		t.Errorf("GroupSlug = %q", got)
	}
}

func TestAmountRoundTrip(t *testing.T) {
	for _, a := range []Amount{{}, KnownAmount(50250), KnownAmount(24.16), {Value: 239200, State: TopCoded}} {
		s := FormatAmount(a, 2)
		got, err := ParseAmount(s)
		if err != nil || got != a {
			t.Errorf("ParseAmount(FormatAmount(%+v) = %q) = %+v, %v", a, s, got, err)
		}
	}
	if _, err := ParseAmount("12x"); err == nil {
		t.Error("ParseAmount accepted 12x")
	}
	if _, err := ParseAmount("NaN"); err == nil {
		t.Error("ParseAmount accepted NaN")
	}
}

func TestValidSOC(t *testing.T) {
	for code, want := range map[string]bool{"29-2072": true, "29-207": false, "292072": false, "29-2072.00": false, "ab-cdef": false} {
		if ValidSOC(code) != want {
			t.Errorf("ValidSOC(%q) = %v", code, !want)
		}
	}
}

func TestInvalidError(t *testing.T) {
	var ps Problems
	ps.Add("a.md", 3, "bad %s", "key")
	ps.Add("b.md", 0, "missing")
	err := ps.Err()
	if !errors.Is(err, ErrInvalid) {
		t.Error("InvalidError is not ErrInvalid")
	}
	if got, want := err.Error(), "a.md:3: bad key\nb.md: missing"; got != want {
		t.Errorf("Error() = %q, want %q", got, want)
	}
	if (Problems{}).Err() != nil {
		t.Error("no problems should be no error")
	}
}

func TestResidualAndNeighbours(t *testing.T) {
	for title, want := range map[string]bool{
		"Health Technologists and Technicians, All Other":    true,
		"Health technologists and technicians, all other":    true, // as the projections write it
		"Dentists, All Other Specialists":                    true,
		"Farmers, Ranchers, and Other Agricultural Managers": false,
		"Medical Records Specialists":                        false,
	} {
		if got := (&Occupation{Title: title}).Residual(); got != want {
			t.Errorf("Residual(%q) = %v, want %v", title, got, want)
		}
	}
	occ := func(soc, title string) *Occupation { return &Occupation{SOC: soc, Title: title} }
	all := []*Occupation{
		occ("29-1021", "Dentists, General"), occ("29-1022", "Oral and Maxillofacial Surgeons"),
		occ("29-1023", "Orthodontists"), occ("29-1029", "Dentists, All Other Specialists"),
		occ("29-1031", "Dietitians and Nutritionists"),
		occ("29-2091", "Orthotists and Prosthetists"), occ("29-2099", "Health Technologists and Technicians, All Other"),
		occ("29-2072", "Medical Records Specialists"),
	}
	names := func(os []*Occupation) (out []string) {
		for _, o := range os {
			out = append(out, o.SOC)
		}
		return out
	}
	// Three named dentists share the broad group: they are enough.
	if got := names(NamedNeighbours(all, "29-1029")); !slices.Equal(got, []string{"29-1021", "29-1022", "29-1023"}) {
		t.Errorf("neighbours of 29-1029: %q", got)
	}
	// One named occupation in the broad group is too few: the minor group's, without residuals.
	if got := names(NamedNeighbours(all, "29-2099")); !slices.Equal(got, []string{"29-2091", "29-2072"}) {
		t.Errorf("neighbours of 29-2099: %q", got)
	}
}

func TestAwardYear(t *testing.T) {
	for release, want := range map[string]string{
		"2024":    "2023–24",
		"2000":    "1999–00",
		"2023–24": "2023–24",
		"":        "",
		"20245":   "20245",
	} {
		if got := AwardYear(release); got != want {
			t.Errorf("AwardYear(%q) = %q, want %q", release, got, want)
		}
	}
}

func TestPublishedAs(t *testing.T) {
	has := func(soc string) bool {
		return slices.Contains([]string{"29-2010", "21-1018", "25-9045", "29-1141"}, soc)
	}
	for _, tt := range []struct {
		soc, want string
		folded    bool
	}{
		{"29-1141", "29-1141", false},
		{"29-2012", "29-2010", true},
		{"21-1014", "21-1018", true},
		{"25-9043", "25-9045", true},
		{"25-2055", "25-2055", false}, // its combined occupation is not here
		{"55-1017", "55-1017", false},
	} {
		if got, folded := PublishedAs(tt.soc, has); got != tt.want || folded != tt.folded {
			t.Errorf("PublishedAs(%s) = %s, %v; want %s, %v", tt.soc, got, folded, tt.want, tt.folded)
		}
	}
}

func TestEntryEducation(t *testing.T) {
	for _, tt := range []struct {
		education string
		study     []CredentialGroup
		want      string
	}{
		{"Bachelor's degree", nil, "Bachelor's degree"},
		{"Bachelor's degree", []CredentialGroup{Associate, Bachelor}, "Associate's degree"},
		{"Associate's degree", []CredentialGroup{Bachelor}, "Associate's degree"}, // study only ever lowers it
		{"", []CredentialGroup{CertificateLong}, "Postsecondary nondegree award"},
		{"", nil, ""},
	} {
		if got := EntryEducation(tt.education, tt.study); got != tt.want {
			t.Errorf("EntryEducation(%q, %v) = %q, want %q", tt.education, tt.study, got, tt.want)
		}
	}
	o := &Occupation{Projection: &Projection{Education: "Bachelor's degree"}}
	if got := o.StudyGroups(); !slices.Equal(got, []CredentialGroup{Bachelor}) {
		t.Errorf("StudyGroups without study = %v, want BLS's bachelor's", got)
	}
	o.Study = []CredentialGroup{Associate, Bachelor}
	if got := o.StudyGroups(); !slices.Equal(got, o.Study) {
		t.Errorf("StudyGroups = %v, want the profile's", got)
	}
}

func TestInSentence(t *testing.T) {
	for name, want := range map[string]string{
		"Ohio":                           "Ohio",
		"District of Columbia":           "the District of Columbia",
		"U.S. Virgin Islands":            "the U.S. Virgin Islands",
		"Northern Mariana Islands":       "the Northern Mariana Islands",
		"Federated States of Micronesia": "the Federated States of Micronesia",
		"Puerto Rico":                    "Puerto Rico",
		"Rhode Island":                   "Rhode Island",
	} {
		if got := InSentence(name); got != want {
			t.Errorf("InSentence(%q) = %q, want %q", name, got, want)
		}
	}
}
