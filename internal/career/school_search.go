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
	// Facts are what the school reported to IPEDS IC, ADM and SFA:
	// SchoolByID fills them all, a search those of the page's schools.
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
	// SortAdmission puts the highest admission rate first (IPEDS ADM);
	// schools that reported no rate come last.
	SortAdmission SchoolSort = "admission"
	// SortGrant puts the largest average grant first (IPEDS SFA);
	// schools that reported none come last.
	SortGrant SchoolSort = "grant"
)

// Point is a place and a radius around it, for distance searches.
type Point struct {
	Lat, Lon float64
	Miles    float64
}

// SchoolFilter narrows a school search. Zero values do not filter.
type SchoolFilter struct {
	State  string
	Near   *Point
	Family string   // 2-digit CIP family, "51"
	CIPs   []string // 6-digit programs; any of them
	// SOC limits programs to those the CIP–SOC crosswalk links to this
	// occupation, "29-2072".
	SOC     string
	Groups  []CredentialGroup
	Control Control
	Name    string
	// Online keeps schools that said (IPEDS IC) that some of their
	// programs can be completed entirely online.
	Online bool
	// OpenAdmission keeps schools that said they admit any first-time
	// undergraduate who applies.
	OpenAdmission bool
	Sort          SchoolSort
	Limit         int
	Offset        int
	// ProgramsPerSchool caps the matching programs returned with each school.
	ProgramsPerSchool int
	// WithFacts asks for each returned school's IPEDS IC, ADM and SFA
	// figures (School.Facts).
	WithFacts bool
}

// ProgramFilter reports whether the filter limits programs, in which case
// only schools with a matching program qualify.
func (f SchoolFilter) ProgramFilter() bool {
	return f.Family != "" || len(f.CIPs) > 0 || f.SOC != "" || len(f.Groups) > 0
}
