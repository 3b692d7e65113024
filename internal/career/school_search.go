package career

// School is an institution with its awards, as a school search or a
// school's page shows it.
type School struct {
	Institution
	Slug     string
	Total    int     // awards in all programs
	Matched  int     // awards in the matching programs
	Distance float64 // miles, when searching near a point
	Programs []ProgramAward
	// MorePrograms counts matching programs beyond those listed.
	MorePrograms int
	// Facts are what the school reported to IPEDS IC, ADM and SFA; only
	// SchoolByID fills them.
	Facts SchoolFacts
}

// Path is the school's page.
func (s School) Path() string { return "/schools/" + s.UnitID + "/" + s.Slug }

// ProgramAward is a school's awards in one program at one level.
type ProgramAward struct {
	CIP   string
	Title string
	Award Award
	Total int
}

// SchoolResults is one page of a school search.
type SchoolResults struct {
	Total   int
	Schools []School
}

// SchoolRef names a school's page.
type SchoolRef struct {
	UnitID, Slug string
}

// SchoolSort orders school search results.
type SchoolSort string

// Sort orders the school finder offers.
const (
	SortDistance    SchoolSort = "distance"
	SortName        SchoolSort = "name"
	SortCompletions SchoolSort = "completions"
)

// Point is a place and a radius around it, for distance searches.
type Point struct {
	Lat, Lon float64
	Miles    float64
}

// SchoolFilter narrows a school search. Zero values do not filter.
type SchoolFilter struct {
	State   string
	Near    *Point
	Family  string   // 2-digit CIP family, "51"
	CIPs    []string // 6-digit programs; any of them
	Groups  []CredentialGroup
	Control Control
	Name    string
	Sort    SchoolSort
	Limit   int
	Offset  int
	// ProgramsPerSchool caps the matching programs returned with each school.
	ProgramsPerSchool int
}

// ProgramFilter reports whether the filter limits programs, in which case
// only schools with a matching program qualify.
func (f SchoolFilter) ProgramFilter() bool {
	return f.Family != "" || len(f.CIPs) > 0 || len(f.Groups) > 0
}
