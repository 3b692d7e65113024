package store_test

import (
	"cmp"
	"maps"
	"math"
	"reflect"
	"slices"
	"strings"
	"testing"

	"github.com/careeratlas/careeratlas/internal/career"
	"github.com/careeratlas/careeratlas/internal/career/careertest"
	"github.com/careeratlas/careeratlas/internal/content"
)

// The fixture's schools besides careertest.UnitID (Columbus State
// Community College, public, Columbus OH). By name: Columbus State,
// Franklin, Hondros, Institute of Medical Careers, Mount Carmel, Peirce.
const (
	franklin    = "202806" // Franklin University, nonprofit, Columbus OH
	hondros     = "203386" // Hondros College of Nursing, for-profit, Columbus OH
	mountCarmel = "204176" // Mount Carmel College of Nursing, nonprofit, Columbus OH
	peirce      = "214883" // Peirce College, nonprofit, Philadelphia PA
	imc         = "461218" // Institute of Medical Careers, for-profit, Pittsburgh PA
)

// byName is every fixture school in name order.
var byName = []string{careertest.UnitID, franklin, hondros, imc, mountCarmel, peirce}

func unitIDs(ss []career.School) []string {
	out := []string{}
	for _, s := range ss {
		out = append(out, s.UnitID)
	}
	return out
}

// downtown returns a search circle around the fixture's ZIP.
func downtown(miles float64) *career.Point {
	return &career.Point{Lat: 39.9671, Lon: -83.0044, Miles: miles} // ZIP 43215
}

// matches reports whether a completions row meets a filter's program
// conditions: the family, any of the programs, the crosswalk's programs
// for the occupation, any of the credential groups, and at least one
// award when any of those is set.
func matches(cat *content.Catalog, f career.SchoolFilter, c career.Completion) bool {
	return c.CIP != "99" &&
		(f.Family == "" || career.CIPFamily(c.CIP) == f.Family) &&
		(len(f.CIPs) == 0 || slices.Contains(f.CIPs, c.CIP)) &&
		(f.SOC == "" || slices.Contains(cat.Pathways, career.Pathway{CIP: c.CIP, SOC: f.SOC})) &&
		(len(f.Groups) == 0 || slices.Contains(f.Groups, c.Award.Group())) &&
		(!f.ProgramFilter() || c.Total > 0)
}

// awards sums, by school, the catalog's completions that a filter keeps,
// and counts the rows.
func awards(cat *content.Catalog, f career.SchoolFilter) (sums, rows map[string]int) {
	sums, rows = map[string]int{}, map[string]int{}
	for _, c := range cat.Completions {
		if matches(cat, f, c) {
			sums[c.UnitID] += c.Total
			rows[c.UnitID]++
		}
	}
	return sums, rows
}

// schoolTotals returns each school's awards in all programs, the "99" rows.
func schoolTotals(cat *content.Catalog) map[string]int {
	out := map[string]int{}
	for _, c := range cat.Completions {
		if c.CIP == "99" {
			out[c.UnitID] += c.Total
		}
	}
	return out
}

func TestSearchSchools(t *testing.T) {
	db, cat := mustFixture(t)
	totals := schoolTotals(cat)

	tests := []struct {
		name   string
		filter career.SchoolFilter
		want   []string // unit IDs, in order
	}{
		{name: "everything, by name", filter: career.SchoolFilter{}, want: byName},
		{name: "state", filter: career.SchoolFilter{State: careertest.State}, want: []string{careertest.UnitID, franklin, hondros, mountCarmel}},
		{name: "other state", filter: career.SchoolFilter{State: careertest.OtherState}, want: []string{imc, peirce}},
		{name: "state without schools", filter: career.SchoolFilter{State: "CA"}, want: []string{}},
		{name: "near, nearest first", filter: career.SchoolFilter{Near: downtown(25), Sort: career.SortDistance},
			want: []string{careertest.UnitID, franklin, mountCarmel, hondros}},
		{name: "near, small radius", filter: career.SchoolFilter{Near: downtown(5), Sort: career.SortDistance},
			want: []string{careertest.UnitID, franklin, mountCarmel}},
		{name: "near, by name", filter: career.SchoolFilter{Near: downtown(25), Sort: career.SortName},
			want: []string{careertest.UnitID, franklin, hondros, mountCarmel}},
		{name: "near Pittsburgh", filter: career.SchoolFilter{Near: &career.Point{Lat: 40.4598, Lon: -79.8224, Miles: 10}},
			want: []string{imc}},
		{name: "near nothing", filter: career.SchoolFilter{Near: &career.Point{Lat: 41.4816, Lon: -81.7018, Miles: 10}}, // Cleveland
			want: []string{}},
		{name: "area, most awards first", filter: career.SchoolFilter{Family: "51", Sort: career.SortCompletions},
			want: []string{hondros, careertest.UnitID, imc, mountCarmel, franklin, peirce}},
		{name: "area and state", filter: career.SchoolFilter{Family: "51", State: careertest.OtherState}, want: []string{imc, peirce}},
		{name: "area nobody teaches", filter: career.SchoolFilter{Family: "14"}, want: []string{}},
		{name: "program", filter: career.SchoolFilter{CIPs: []string{careertest.CIP}},
			want: []string{careertest.UnitID, franklin, imc, peirce}},
		{name: "any of several programs", filter: career.SchoolFilter{CIPs: []string{careertest.CIP, "51.3801"}},
			want: []string{careertest.UnitID, franklin, hondros, imc, mountCarmel, peirce}},
		{name: "program and credential", filter: career.SchoolFilter{CIPs: []string{"51.3801"}, Groups: []career.CredentialGroup{career.Bachelor}},
			want: []string{franklin, mountCarmel}},
		{name: "program, near, nearest first", filter: career.SchoolFilter{CIPs: []string{careertest.CIP}, Near: downtown(25), Sort: career.SortDistance},
			want: []string{careertest.UnitID, franklin}},
		{name: "credential alone", filter: career.SchoolFilter{Groups: []career.CredentialGroup{career.Graduate}, Sort: career.SortCompletions},
			want: []string{franklin, mountCarmel, peirce}},
		{name: "area and credential", filter: career.SchoolFilter{Family: "51", Groups: []career.CredentialGroup{career.CertificateShort}, Sort: career.SortCompletions},
			want: []string{careertest.UnitID, peirce}},
		{name: "area and two credentials", filter: career.SchoolFilter{Family: "51", Groups: []career.CredentialGroup{career.CertificateShort, career.CertificateLong}, Sort: career.SortCompletions},
			want: []string{hondros, careertest.UnitID, imc, peirce}},
		{name: "public", filter: career.SchoolFilter{Control: career.Public}, want: []string{careertest.UnitID}},
		{name: "nonprofit", filter: career.SchoolFilter{Control: career.PrivateNonprofit}, want: []string{franklin, mountCarmel, peirce}},
		{name: "for-profit in a state", filter: career.SchoolFilter{Control: career.PrivateForProfit, State: careertest.State}, want: []string{hondros}},
		// IPEDS lists some programs with no awards in the year: Hondros
		// 51.0801 and Peirce's only program in area 30 are at zero.
		{name: "program some schools awarded none of", filter: career.SchoolFilter{CIPs: []string{"51.0801"}},
			want: []string{careertest.UnitID, imc}},
		{name: "area a school awarded none of", filter: career.SchoolFilter{Family: "30"}, want: []string{franklin}},
		{name: "occupation's programs", filter: career.SchoolFilter{SOC: "29-2072"},
			want: []string{careertest.UnitID, franklin, imc, peirce}},
		{name: "occupation's programs and credential", filter: career.SchoolFilter{SOC: "29-2072", Groups: []career.CredentialGroup{career.Associate}},
			want: []string{careertest.UnitID, imc, peirce}},
		{name: "occupation's programs in an area", filter: career.SchoolFilter{SOC: "29-2072", Family: "51", State: careertest.OtherState},
			want: []string{imc, peirce}},
		{name: "occupation no school trains for", filter: career.SchoolFilter{SOC: "27-2011"}, want: []string{}},
		{name: "online", filter: career.SchoolFilter{Online: true}, want: []string{careertest.UnitID, franklin, imc, mountCarmel, peirce}},
		{name: "online in an area", filter: career.SchoolFilter{Online: true, Family: "51", State: careertest.State},
			want: []string{careertest.UnitID, franklin, mountCarmel}},
		{name: "open admission", filter: career.SchoolFilter{OpenAdmission: true}, want: []string{careertest.UnitID, franklin, imc, peirce}},
		{name: "open admission and online near", filter: career.SchoolFilter{OpenAdmission: true, Online: true, Near: downtown(25), Sort: career.SortDistance},
			want: []string{careertest.UnitID, franklin}},
		// The rest admit everyone who applies, and come first, by name; then
		// Hondros (313 of 367) and Mount Carmel (59 of 70), which reported
		// admissions.
		{name: "admission rate, open admission first", filter: career.SchoolFilter{Sort: career.SortAdmission},
			want: []string{careertest.UnitID, franklin, imc, peirce, hondros, mountCarmel}},
		{name: "average grant", filter: career.SchoolFilter{Sort: career.SortGrant, State: careertest.State},
			want: []string{mountCarmel, hondros, careertest.UnitID, franklin}},
		{name: "name word", filter: career.SchoolFilter{Name: "Nursing"}, want: []string{hondros, mountCarmel}},
		{name: "name prefix", filter: career.SchoolFilter{Name: "colum"}, want: []string{careertest.UnitID}},
		{name: "name, not city", filter: career.SchoolFilter{Name: "columbus"}, want: []string{careertest.UnitID}},
		{name: "name and state", filter: career.SchoolFilter{Name: "college", State: careertest.OtherState}, want: []string{peirce}},
		{name: "name words in any order", filter: career.SchoolFilter{Name: "careers medical"}, want: []string{imc}},
		{name: "name wildcard _ is literal", filter: career.SchoolFilter{Name: "_"}, want: []string{}},
		{name: "name wildcard % is literal", filter: career.SchoolFilter{Name: "%"}, want: []string{}},
		{name: "blank name does not filter", filter: career.SchoolFilter{Name: "   ", State: careertest.OtherState}, want: []string{imc, peirce}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			f := tt.filter
			r, err := db.SearchSchools(t.Context(), f)
			if err != nil {
				t.Fatal(err)
			}
			if got := unitIDs(r.Schools); !slices.Equal(got, tt.want) {
				t.Errorf("got %v, want %v", got, tt.want)
			}
			if r.Total != len(tt.want) {
				t.Errorf("total %d, want %d", r.Total, len(tt.want))
			}
			sums, rows := awards(cat, f)
			for i, s := range r.Schools {
				if s.Total != totals[s.UnitID] {
					t.Errorf("%s: total %d, want %d", s.UnitID, s.Total, totals[s.UnitID])
				}
				if f.ProgramFilter() {
					if s.Matched != sums[s.UnitID] {
						t.Errorf("%s: matched %d, want %d", s.UnitID, s.Matched, sums[s.UnitID])
					}
				} else if s.Matched != s.Total {
					t.Errorf("%s: matched %d, want its total %d without a program filter", s.UnitID, s.Matched, s.Total)
				}
				if len(s.Programs) != rows[s.UnitID] || s.MorePrograms != 0 {
					t.Errorf("%s: %d programs and %d more, want all %d matching", s.UnitID, len(s.Programs), s.MorePrograms, rows[s.UnitID])
				}
				for _, p := range s.Programs {
					if !matches(cat, f, career.Completion{CIP: p.CIP, Award: p.Award, Total: p.Total}) || p.Title == "" {
						t.Errorf("%s lists %s %q at %v, which the filter does not match", s.UnitID, p.CIP, p.Title, p.Award)
					}
				}
				if p := f.Near; p != nil {
					want := career.Miles(p.Lat, p.Lon, s.Lat, s.Lon)
					if !s.HasGeo || s.Distance > p.Miles || math.Abs(s.Distance-want) > 1e-9 {
						t.Errorf("%s: %.2f miles, want %.2f, within %v", s.UnitID, s.Distance, want, p.Miles)
					}
				} else if s.Distance != 0 {
					t.Errorf("%s: distance %v without a point", s.UnitID, s.Distance)
				}
				if i == 0 {
					continue
				}
				prev := r.Schools[i-1]
				var c int
				switch f.Sort {
				case career.SortDistance:
					c = cmp.Compare(prev.Distance, s.Distance)
				case career.SortCompletions:
					c = cmp.Compare(s.Matched, prev.Matched)
				case career.SortAdmission:
					rate := func(s career.School) (float64, bool) {
						if s.Facts.Characteristics.OpenAdmission.IsYes() {
							return math.Inf(1), true
						}
						return s.Facts.Admissions.Rate()
					}
					pr, pok := rate(prev)
					sr, sok := rate(s)
					c = compareKnownFirst(pr, pok, sr, sok)
				case career.SortGrant:
					pg, sg := prev.Facts.Aid.GrantAvg, s.Facts.Aid.GrantAvg
					c = compareKnownFirst(float64(pg.Value), pg.Known(), float64(sg.Value), sg.Known())
				}
				if c > 0 || c == 0 && compareFold(prev.Name, s.Name) > 0 {
					t.Errorf("%s before %s breaks %q order", prev.Name, s.Name, f.Sort)
				}
			}
		})
	}
}

// TestSearchSchoolsFacts: a search returns what each school on the page
// reported to IPEDS IC, ADM and SFA, and nothing for a survey it is not in.
func TestSearchSchoolsFacts(t *testing.T) {
	db, _ := mustFixture(t)
	r, err := db.SearchSchools(t.Context(), career.SchoolFilter{State: careertest.State, Sort: career.SortName, WithFacts: true})
	if err != nil {
		t.Fatal(err)
	}
	got := map[string]career.SchoolFacts{}
	for _, s := range r.Schools {
		got[s.UnitID] = s.Facts
	}
	h := got[hondros]
	if !h.Characteristics.OpenAdmission.IsNo() || !h.Characteristics.OnlinePrograms.IsNo() ||
		h.Admissions.Applicants != (career.Figure{Value: 367, Reporting: career.Reported}) ||
		h.Aid.GrantAvg != (career.Figure{Value: 5318, Reporting: career.Reported}) {
		t.Errorf("Hondros facts %+v, want closed admission, no online programs, 367 applicants, $5,318 average grant", h)
	}
	c := got[careertest.UnitID]
	if !c.Characteristics.OpenAdmission.IsYes() || c.Admissions.Applicants.Known() || c.Admissions.Admitted.Known() {
		t.Errorf("Columbus State facts %+v, want open admission and no admissions figures", c)
	}
}

// compareKnownFirst orders figures highest first, unknown ones last.
func compareKnownFirst(a float64, aok bool, b float64, bok bool) int {
	switch {
	case aok && !bok:
		return -1
	case !aok && bok:
		return 1
	}
	return cmp.Compare(b, a)
}

// TestSearchSchoolsPaging pages through results: the total stays the same
// and the pages add up to the whole list, without gaps or overlaps.
func TestSearchSchoolsPaging(t *testing.T) {
	db, _ := mustFixture(t)
	for _, base := range []career.SchoolFilter{
		{Sort: career.SortName},
		{Family: "51", Sort: career.SortCompletions},
		{Near: downtown(25), Sort: career.SortDistance},
		{Sort: career.SortAdmission},
		{Family: "51", Sort: career.SortGrant},
	} {
		t.Run(string(base.Sort), func(t *testing.T) {
			whole, err := db.SearchSchools(t.Context(), base)
			if err != nil {
				t.Fatal(err)
			}
			var paged []string
			for offset := 0; offset < whole.Total+4; offset += 2 {
				f := base
				f.Limit, f.Offset = 2, offset
				r, err := db.SearchSchools(t.Context(), f)
				if err != nil {
					t.Fatal(err)
				}
				if r.Total != whole.Total {
					t.Errorf("offset %d: total %d, want %d", offset, r.Total, whole.Total)
				}
				wantLen := max(0, min(2, whole.Total-offset))
				if len(r.Schools) != wantLen {
					t.Errorf("offset %d: %d schools, want %d", offset, len(r.Schools), wantLen)
				}
				paged = append(paged, unitIDs(r.Schools)...)
			}
			if want := unitIDs(whole.Schools); !slices.Equal(paged, want) {
				t.Errorf("pages give %v, want %v", paged, want)
			}
		})
	}
}

// TestSearchSchoolsProgramsPerSchool caps the programs listed with each
// school and counts the rest.
func TestSearchSchoolsProgramsPerSchool(t *testing.T) {
	db, cat := mustFixture(t)
	tests := []struct {
		name   string
		filter career.SchoolFilter
	}{
		{name: "largest programs", filter: career.SchoolFilter{ProgramsPerSchool: 3}},
		{name: "matching programs", filter: career.SchoolFilter{Family: "51", ProgramsPerSchool: 2}},
		{name: "cap above every count", filter: career.SchoolFilter{ProgramsPerSchool: 1000}},
		{name: "one program", filter: career.SchoolFilter{CIPs: []string{careertest.CIP}, ProgramsPerSchool: 1}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			f := tt.filter
			r, err := db.SearchSchools(t.Context(), f)
			if err != nil {
				t.Fatal(err)
			}
			_, rows := awards(cat, f)
			if len(r.Schools) == 0 {
				t.Fatal("no schools")
			}
			for _, s := range r.Schools {
				want := min(f.ProgramsPerSchool, rows[s.UnitID])
				if len(s.Programs) != want || s.MorePrograms != rows[s.UnitID]-want {
					t.Errorf("%s: %d programs and %d more, want %d and %d", s.UnitID, len(s.Programs), s.MorePrograms, want, rows[s.UnitID]-want)
				}
				if !slices.IsSortedFunc(s.Programs, func(a, b career.ProgramAward) int { return cmp.Compare(b.Total, a.Total) }) {
					t.Errorf("%s: programs not largest first: %+v", s.UnitID, s.Programs)
				}
			}
		})
	}
	t.Run("largest programs are the largest", func(t *testing.T) {
		r, err := db.SearchSchools(t.Context(), career.SchoolFilter{State: careertest.State, ProgramsPerSchool: 1})
		if err != nil {
			t.Fatal(err)
		}
		largest := map[string]int{}
		for _, c := range cat.Completions {
			if c.CIP != "99" {
				largest[c.UnitID] = max(largest[c.UnitID], c.Total)
			}
		}
		for _, s := range r.Schools {
			if len(s.Programs) != 1 || s.Programs[0].Total != largest[s.UnitID] {
				t.Errorf("%s: lists %+v, want its largest program (%d awards)", s.UnitID, s.Programs, largest[s.UnitID])
			}
		}
	})
}

func TestExplainSchoolSearch(t *testing.T) {
	db, _ := mustFixture(t)
	for _, f := range []career.SchoolFilter{
		{},
		{State: careertest.State, Family: "51"},
		{Near: downtown(25), CIPs: []string{careertest.CIP}},
		{Name: "nursing", Groups: []career.CredentialGroup{career.Bachelor}},
	} {
		plan, err := db.ExplainSchoolSearch(t.Context(), f)
		if err != nil {
			t.Fatalf("%+v: %v", f, err)
		}
		if !slices.ContainsFunc(plan, func(s string) bool {
			return strings.Contains(s, "institutions") || strings.Contains(s, " i ") || strings.HasSuffix(s, " i")
		}) {
			t.Errorf("%+v: plan %q does not mention the institutions", f, plan)
		}
	}
}

func TestSchoolByID(t *testing.T) {
	db, cat := mustFixture(t)
	_, rows := awards(cat, career.SchoolFilter{})
	t.Run("found", func(t *testing.T) {
		s, err := db.SchoolByID(t.Context(), careertest.UnitID)
		if err != nil {
			t.Fatal(err)
		}
		want := career.Institution{
			UnitID: careertest.UnitID, Name: "Columbus State Community College", Address: "550 E Spring St",
			City: "Columbus", State: careertest.State, ZIP: careertest.ZIP, Website: "www.cscc.edu",
			Control: career.Public, Level: career.FourYear, Lat: 39.968870, Lon: -82.987660, HasGeo: true,
		}
		if s.Institution != want {
			t.Errorf("got %+v, want %+v", s.Institution, want)
		}
		if s.Slug != "columbus-state-community-college" || s.Path() != "/schools/202222/columbus-state-community-college" {
			t.Errorf("slug %q, path %q", s.Slug, s.Path())
		}
		if s.Total != schoolTotals(cat)[careertest.UnitID] || s.Total != 4529 || s.Matched != 0 || s.Distance != 0 {
			t.Errorf("total %d, matched %d, distance %v; want 4529, 0, 0", s.Total, s.Matched, s.Distance)
		}
		if len(s.Programs) != rows[careertest.UnitID] || s.MorePrograms != 0 {
			t.Errorf("%d programs and %d more, want all %d", len(s.Programs), s.MorePrograms, rows[careertest.UnitID])
		}
		if !slices.IsSortedFunc(s.Programs, func(a, b career.ProgramAward) int { return cmp.Compare(b.Total, a.Total) }) {
			t.Error("programs not largest first")
		}
		if !slices.ContainsFunc(s.Programs, func(p career.ProgramAward) bool { return p.CIP == careertest.CIP }) {
			t.Errorf("programs lack %s", careertest.CIP)
		}
	})
	t.Run("every school", func(t *testing.T) {
		for _, in := range cat.Institutions {
			s, err := db.SchoolByID(t.Context(), in.UnitID)
			if err != nil {
				t.Errorf("%s: %v", in.UnitID, err)
				continue
			}
			if s.Institution != in || s.Slug != career.Slugify(in.Name) {
				t.Errorf("got %+v %q, want the catalog's %+v", s.Institution, s.Slug, in)
			}
		}
	})
	for _, id := range []string{"1", "abc", ""} {
		t.Run("unknown "+id, func(t *testing.T) {
			_, err := db.SchoolByID(t.Context(), id)
			wantNotFound(t, "SchoolByID("+id+")", err)
		})
	}
}

func TestPlaces(t *testing.T) {
	db, cat := mustFixture(t)
	t.Run("Place", func(t *testing.T) {
		p, err := db.Place(t.Context(), careertest.ZIP)
		if err != nil {
			t.Fatal(err)
		}
		if want := (career.Place{ZIP: careertest.ZIP, Name: "Columbus", State: careertest.State, Lat: 39.9671, Lon: -83.0044}); *p != want {
			t.Errorf("got %+v, want %+v", *p, want)
		}
		for _, zip := range []string{"00000", "4321", ""} {
			_, err := db.Place(t.Context(), zip)
			wantNotFound(t, "Place("+zip+")", err)
		}
	})
	t.Run("Places", func(t *testing.T) {
		got, err := db.Places(t.Context())
		if err != nil {
			t.Fatal(err)
		}
		want := slices.SortedFunc(slices.Values(cat.Places), func(a, b career.Place) int { return strings.Compare(a.ZIP, b.ZIP) })
		if len(got) != 6 || !reflect.DeepEqual(got, want) {
			t.Errorf("got %+v, want the catalog's six by ZIP %+v", got, want)
		}
	})
}

func TestStates(t *testing.T) {
	db, _ := mustFixture(t)
	got, err := db.States(t.Context())
	if err != nil {
		t.Fatal(err)
	}
	want := []career.State{{FIPS: "39", Code: "OH", Name: "Ohio"}, {FIPS: "42", Code: "PA", Name: "Pennsylvania"}}
	if !reflect.DeepEqual(got, want) {
		t.Errorf("got %+v, want %+v", got, want)
	}
}

// TestEdgeCatalog builds a changed cut of the fixture to reach cases the
// fixture lacks: an occupation without a summary, schools in states the
// state list leaves out, a school without coordinates, schools with one
// name.
func TestEdgeCatalog(t *testing.T) {
	cat := tinyCatalog(t)
	for _, o := range cat.Occupations {
		if o.SOC == careertest.SOCNoWages {
			o.Summary = ""
		}
	}
	add := func(id, name, state string, geo bool) {
		in := career.Institution{UnitID: id, Name: name, City: "Somewhere", State: state, Control: career.Public, Level: career.TwoYear}
		if geo {
			in.Lat, in.Lon, in.HasGeo = 39.9671, -83.0044, true
		}
		cat.Institutions = append(cat.Institutions, in)
	}
	add("900003", "Twin College", "OH", true)
	add("900001", "Twin College", "OH", true)
	add("900002", "twin college", "OH", true)
	add("900004", "Nowhere College", "OH", false)
	add("900005", "Palau Community College", "PW", true)
	add("900006", "Atlantis College", "XX", true)
	db := mustBuild(t, cat)
	ctx := t.Context()

	t.Run("written filter", func(t *testing.T) {
		all, err := db.ListOccupations(ctx, career.OccupationFilter{})
		if err != nil {
			t.Fatal(err)
		}
		written, err := db.ListOccupations(ctx, career.OccupationFilter{Written: true})
		if err != nil {
			t.Fatal(err)
		}
		if len(all) != 2 || !slices.Equal(socs(written), []string{careertest.SOCWritten}) {
			t.Errorf("got %v in all, %v written; want two, and only %s written", socs(all), socs(written), careertest.SOCWritten)
		}
	})
	t.Run("states without a Census row", func(t *testing.T) {
		got, err := db.States(ctx)
		if err != nil {
			t.Fatal(err)
		}
		// Pennsylvania has no school left in this catalog.
		want := []career.State{
			{FIPS: "39", Code: "OH", Name: "Ohio"},
			{Code: "PW", Name: "Palau"},
			{Code: "XX", Name: "XX"},
		}
		if !reflect.DeepEqual(got, want) {
			t.Errorf("got %+v, want %+v", got, want)
		}
	})
	t.Run("same name, ordered by unit ID on every page", func(t *testing.T) {
		for _, sort := range []career.SchoolSort{career.SortName, career.SortCompletions, career.SortDistance} {
			var got []string
			for offset := range 3 {
				r, err := db.SearchSchools(ctx, career.SchoolFilter{Name: "twin", Near: downtown(1), Sort: sort, Limit: 1, Offset: offset})
				if err != nil {
					t.Fatal(err)
				}
				if r.Total != 3 {
					t.Errorf("%s: total %d, want 3", sort, r.Total)
				}
				got = append(got, unitIDs(r.Schools)...)
			}
			if want := []string{"900001", "900002", "900003"}; !slices.Equal(got, want) {
				t.Errorf("%s: pages give %v, want %v", sort, got, want)
			}
		}
	})
	t.Run("no coordinates", func(t *testing.T) {
		r, err := db.SearchSchools(ctx, career.SchoolFilter{Name: "nowhere"})
		if err != nil {
			t.Fatal(err)
		}
		if r.Total != 1 || r.Schools[0].HasGeo {
			t.Fatalf("got %+v, want Nowhere College without coordinates", r.Schools)
		}
		r, err = db.SearchSchools(ctx, career.SchoolFilter{Name: "nowhere", Near: &career.Point{Lat: 0, Lon: 0, Miles: 20000}})
		if err != nil {
			t.Fatal(err)
		}
		if r.Total != 0 {
			t.Errorf("a distance search found %v, want no school without coordinates", unitIDs(r.Schools))
		}
	})
	t.Run("no programs", func(t *testing.T) {
		s, err := db.SchoolByID(ctx, "900004")
		if err != nil {
			t.Fatal(err)
		}
		if s.Total != 0 || len(s.Programs) != 0 {
			t.Errorf("total %d, %d programs; want none", s.Total, len(s.Programs))
		}
	})
}

func TestPrograms(t *testing.T) {
	db, cat := mustFixture(t)
	ctx := t.Context()
	offered := map[string]bool{}
	families := map[string]bool{}
	for _, c := range cat.Completions {
		if c.CIP != "99" {
			offered[c.CIP] = true
			families[career.CIPFamily(c.CIP)] = true
		}
	}
	titleOf := map[string]string{}
	for _, p := range cat.Programs {
		titleOf[p.Code] = career.PlainTitle(p.Title)
	}
	byTitle := func(a, b career.Program) int { return strings.Compare(a.Title, b.Title) }

	t.Run("Programs", func(t *testing.T) {
		got, err := db.Programs(ctx)
		if err != nil {
			t.Fatal(err)
		}
		if len(got) != len(cat.Programs) {
			t.Errorf("got %d programs, want %d", len(got), len(cat.Programs))
		}
		if !slices.IsSortedFunc(got, func(a, b career.Program) int { return strings.Compare(a.Code, b.Code) }) {
			t.Error("not in CIP order")
		}
		for _, p := range got {
			if p.Title != titleOf[p.Code] {
				t.Errorf("%s: title %q, want %q", p.Code, p.Title, titleOf[p.Code])
			}
		}
	})
	t.Run("Program", func(t *testing.T) {
		tests := []struct {
			code, want string
		}{
			{careertest.CIP, "Health Information/Medical Records Technology/Technician"},
			{"51", "Health Professions and Related Programs"},
			{"51.07", titleOf["51.07"]},
		}
		for _, tt := range tests {
			p, err := db.Program(ctx, tt.code)
			if err != nil || p.Code != tt.code || p.Title != tt.want {
				t.Errorf("Program(%s) = %+v, %v; want %q", tt.code, p, err, tt.want)
			}
		}
		_, err := db.Program(ctx, "99.9999")
		wantNotFound(t, "Program(99.9999)", err)
	})
	t.Run("Families", func(t *testing.T) {
		got, err := db.Families(ctx)
		if err != nil {
			t.Fatal(err)
		}
		var codes []string
		for _, p := range got {
			codes = append(codes, p.Code)
			if p.Title != titleOf[p.Code] {
				t.Errorf("%s: title %q, want %q", p.Code, p.Title, titleOf[p.Code])
			}
		}
		if want := slices.Sorted(func(yield func(string) bool) {
			for f := range families {
				if !yield(f) {
					return
				}
			}
		}); !slices.Equal(slices.Sorted(slices.Values(codes)), want) {
			t.Errorf("got %v, want the families with completions %v", codes, want)
		}
		if !slices.IsSortedFunc(got, byTitle) {
			t.Error("not ordered by title")
		}
	})
	t.Run("TaughtOccupations", func(t *testing.T) {
		got, err := db.TaughtOccupations(ctx)
		if err != nil {
			t.Fatal(err)
		}
		awarded := map[string]bool{}
		for _, c := range cat.Completions {
			if c.CIP != "99" && c.Total > 0 {
				awarded[c.CIP] = true
			}
		}
		want := map[string]bool{}
		var untaught int
		for _, w := range cat.Pathways {
			if awarded[w.CIP] {
				want[w.SOC] = true
			}
		}
		for _, o := range cat.Occupations {
			if !want[o.SOC] {
				untaught++
			}
		}
		if !maps.Equal(got, want) {
			t.Errorf("got %d occupations, want the %d linked to an awarded program", len(got), len(want))
		}
		if len(want) == 0 || untaught == 0 {
			t.Errorf("%d taught, %d not: the fixture should have both", len(want), untaught)
		}
	})
	t.Run("OfferedByFamily", func(t *testing.T) {
		byFamily, err := db.OfferedByFamily(ctx)
		if err != nil {
			t.Fatal(err)
		}
		got := byFamily["51"]
		var want []string
		for c := range offered {
			if career.CIPFamily(c) == "51" {
				want = append(want, c)
			}
		}
		var codes []string
		for _, p := range got {
			codes = append(codes, p.Code)
		}
		if !slices.Equal(slices.Sorted(slices.Values(codes)), slices.Sorted(slices.Values(want))) {
			t.Errorf("got %v, want the offered programs of family 51 %v", codes, want)
		}
		if !slices.IsSortedFunc(got, byTitle) {
			t.Error("not ordered by title")
		}
		if got := byFamily["14"]; len(got) != 0 {
			t.Errorf("family 14 has %v; want none", got)
		}
	})
	t.Run("OfferedPrograms", func(t *testing.T) {
		got, err := db.OfferedPrograms(ctx)
		if err != nil {
			t.Fatal(err)
		}
		want := slices.Sorted(func(yield func(string) bool) {
			for c := range offered {
				if !yield(c) {
					return
				}
			}
		})
		if !slices.Equal(got, want) {
			t.Errorf("got %d programs, want the %d with completions, in order", len(got), len(want))
		}
	})
}

func TestPathways(t *testing.T) {
	db, cat := mustFixture(t)
	ctx := t.Context()

	t.Run("ProgramsForOccupation", func(t *testing.T) {
		// A school counts when it awarded the program, as the finder lists it.
		schools := map[string]map[string]bool{}
		for _, c := range cat.Completions {
			if c.Total == 0 {
				continue
			}
			if schools[c.CIP] == nil {
				schools[c.CIP] = map[string]bool{}
			}
			schools[c.CIP][c.UnitID] = true
		}
		for _, soc := range []string{careertest.SOCWritten, careertest.SOCNurse} {
			got, err := db.ProgramsForOccupation(ctx, soc)
			if err != nil {
				t.Fatal(err)
			}
			var want []string
			for _, p := range cat.Pathways {
				if p.SOC == soc {
					want = append(want, p.CIP)
				}
			}
			var codes []string
			for i, po := range got {
				codes = append(codes, po.Code)
				if po.Schools != len(schools[po.Code]) {
					t.Errorf("%s: %s offered by %d schools, want %d", soc, po.Code, po.Schools, len(schools[po.Code]))
				}
				if i > 0 && (got[i-1].Schools < po.Schools || got[i-1].Schools == po.Schools && got[i-1].Title > po.Title) {
					t.Errorf("%s: %+v before %+v; want most schools first, then by title", soc, got[i-1], po)
				}
			}
			if !slices.Equal(slices.Sorted(slices.Values(codes)), slices.Sorted(slices.Values(want))) {
				t.Errorf("%s: got %v, want the crosswalk's %v", soc, codes, want)
			}
		}
		got, err := db.ProgramsForOccupation(ctx, careertest.SOCWritten)
		if err != nil {
			t.Fatal(err)
		}
		if len(got) == 0 || got[0].Code != careertest.CIP || got[0].Schools != 4 {
			t.Errorf("got %+v, want %s first, at 4 schools", got, careertest.CIP)
		}
		if got, err := db.ProgramsForOccupation(ctx, "99-9999"); err != nil || len(got) != 0 {
			t.Errorf("unknown occupation: %v, %v; want none", got, err)
		}
	})

	t.Run("OccupationsForProgram", func(t *testing.T) {
		tests := []struct {
			cip  string
			want []string
		}{
			{careertest.CIP, []string{careertest.SOCWritten}},
			{"51.3801", []string{careertest.SOCAnnualOnly, careertest.SOCNurse}}, // by title
			{"99.9999", []string{}},
		}
		for _, tt := range tests {
			got, err := db.OccupationsForProgram(ctx, tt.cip)
			if err != nil {
				t.Fatal(err)
			}
			if !slices.Equal(socs(got), tt.want) {
				t.Errorf("OccupationsForProgram(%s) = %v, want %v", tt.cip, socs(got), tt.want)
			}
			for _, o := range got {
				if o.Wages == nil || o.Projection == nil {
					t.Errorf("%s lacks its figures", o.SOC)
				}
			}
		}
	})

	t.Run("ProgramAwards", func(t *testing.T) {
		for _, cip := range []string{careertest.CIP, "51.3801", "99.9999"} {
			sums := map[career.Award]int{}
			for _, c := range cat.Completions {
				if c.CIP == cip && c.Total > 0 {
					sums[c.Award] += c.Total
				}
			}
			var want []career.AwardCount
			for _, a := range slices.Sorted(maps.Keys(sums)) {
				want = append(want, career.AwardCount{Award: a, Total: sums[a]})
			}
			got, err := db.ProgramAwards(ctx, cip)
			if err != nil {
				t.Fatal(err)
			}
			if !slices.Equal(got, want) {
				t.Errorf("ProgramAwards(%s) = %v, want %v", cip, got, want)
			}
			if cip != "99.9999" && len(got) < 2 {
				t.Errorf("ProgramAwards(%s): the fixture should award it at several levels", cip)
			}
		}
	})

	t.Run("OccupationsByProgram", func(t *testing.T) {
		got, err := db.OccupationsByProgram(ctx, []string{careertest.CIP, "51.3801", "99.9999"})
		if err != nil {
			t.Fatal(err)
		}
		want := map[string][]career.OccupationLink{
			careertest.CIP: {{SOC: careertest.SOCWritten, Slug: careertest.SlugWritten, Title: "Medical Records Specialists",
				Education: "Postsecondary nondegree award", Experience: "None"}},
			"51.3801": {
				{SOC: careertest.SOCAnnualOnly, Slug: "nursing-instructors-and-teachers-postsecondary", Title: "Nursing Instructors and Teachers, Postsecondary",
					Education: "Doctoral or professional degree", Experience: "Less than 5 years"},
				{SOC: careertest.SOCNurse, Slug: "registered-nurses", Title: "Registered Nurses", Education: "Bachelor's degree", Experience: "None",
					Study: []career.CredentialGroup{career.Associate, career.Bachelor}},
			},
		}
		if !reflect.DeepEqual(got, want) {
			t.Errorf("got %+v, want %+v", got, want)
		}
		got, err = db.OccupationsByProgram(ctx, nil)
		if err != nil || got == nil || len(got) != 0 {
			t.Errorf("no programs: %v, %v; want an empty map", got, err)
		}
	})
}

func TestSchoolRefs(t *testing.T) {
	db, cat := mustFixture(t)
	got, err := db.SchoolRefs(t.Context())
	if err != nil {
		t.Fatal(err)
	}
	var want []career.SchoolRef
	for _, in := range cat.Institutions {
		want = append(want, career.SchoolRef{UnitID: in.UnitID, Slug: career.Slugify(in.Name)})
	}
	slices.SortFunc(want, func(a, b career.SchoolRef) int { return strings.Compare(a.UnitID, b.UnitID) })
	if len(got) != careertest.Schools || !reflect.DeepEqual(got, want) {
		t.Errorf("got %+v, want %+v", got, want)
	}
}
