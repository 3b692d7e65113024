package form

import (
	"fmt"
	"net/url"
	"regexp"
	"slices"
	"strconv"
	"strings"

	"github.com/careeratlas/careeratlas/internal/career"
)

// School finder limits.
const (
	// SchoolsPerPage is the length of a page of school results.
	SchoolsPerPage = 20
	// MaxMiles is the widest search radius.
	MaxMiles = 500
	// DefaultMiles is the radius when a ZIP code comes without one.
	DefaultMiles = 25
	// maxPage keeps page numbers sane; no search has this many pages.
	maxPage = 100000
	// maxName is the longest school name we search for, in characters.
	maxName = 100
)

// Distances are the radii the school finder offers, in miles.
var Distances = []int{10, 25, 50, 100, 250}

// School is the school finder's query.
type School struct {
	// As typed, to show back in the form.
	State, ZIP, Miles, Area string
	CIPs, Creds             []string
	Control, Name, Sort     string
	// SOC is an occupation whose crosswalk programs are searched;
	// Occupation is its title once found.
	SOC, Occupation string
	// Online and Open are the "online programs" and "open admission"
	// checkboxes.
	Online, Open bool
	// Show lists the optional result columns asked for: "admission", "aid".
	Show []string
	// Place names the ZIP code's town once it is found.
	Place string

	// Page is the page of results asked for, from 1.
	Page int
	// Filter is the search the query stands for, with this page's limit
	// and offset; it means nothing while there are Problems.
	Filter   career.SchoolFilter
	Problems []string
}

// MaxPrograms is how many programs (cip=) one school search takes: more
// than any area of study a person would pick by hand, and few enough that
// a search stays cheap.
const MaxPrograms = 50

// Optional result columns (show=).
const (
	ShowAdmission = "admission"
	ShowAid       = "aid"
)

// Searched reports whether any filter is set, so results are shown.
func (f School) Searched() bool {
	return f.State != "" || f.ZIP != "" || f.Area != "" || len(f.CIPs) > 0 || len(f.Creds) > 0 || f.Control != "" || f.Name != "" ||
		f.SOC != "" || f.Online || f.Open
}

// Shows reports whether a result column is shown: asked for, or the
// figure the results are sorted by.
func (f School) Shows(col string) bool {
	switch {
	case slices.Contains(f.Show, col):
		return true
	case col == ShowAdmission:
		return f.Sort == string(career.SortAdmission)
	case col == ShowAid:
		return f.Sort == string(career.SortGrant)
	}
	return false
}

// checkbox reads a yes-or-no filter: absent or "1".
func checkbox(v url.Values, key, what string, problem func(string, ...any)) bool {
	switch x := strings.TrimSpace(v.Get(key)); x {
	case "":
		return false
	case "1":
		return true
	default:
		problem("%q is not a choice for %s: leave it out or use 1.", x, what)
		return false
	}
}

// zipPattern is a ZIP code, or a ZIP+4 whose first five digits we use.
var zipPattern = regexp.MustCompile(`^([0-9]{5})(?:-?[0-9]{4})?$`)

// ParseSchool reads and checks the school finder's query.
func ParseSchool(v url.Values, lk Lookup) School {
	var capped []string // problems of lists too long to read
	f := School{
		State:   strings.ToUpper(strings.TrimSpace(v.Get("state"))),
		ZIP:     strings.TrimSpace(v.Get("zip")),
		Miles:   strings.TrimSpace(v.Get("miles")),
		Area:    strings.TrimSpace(v.Get("area")),
		CIPs:    cleanList(v["cip"], MaxPrograms, "programs", &capped),
		Creds:   cleanList(v["cred"], len(career.CredentialGroups), "credential levels", &capped),
		Control: strings.TrimSpace(v.Get("control")),
		Name:    strings.TrimSpace(v.Get("name")),
		Sort:    strings.TrimSpace(v.Get("sort")),
		SOC:     strings.TrimSpace(v.Get("soc")),
		Show:    cleanList(v["show"], 2, "result columns", &capped),
		Page:    1,
	}
	f.Problems = capped
	flt := &f.Filter
	flt.Limit, flt.ProgramsPerSchool = SchoolsPerPage, 4
	problem := func(format string, args ...any) { f.Problems = append(f.Problems, fmt.Sprintf(format, args...)) }

	if f.State != "" {
		if lk.State(f.State) == nil {
			problem("We do not know a state or territory with the code %q. Choose one from the list.", f.State)
		} else {
			flt.State = f.State
		}
	}
	miles, milesOK := DefaultMiles, true
	if f.Miles != "" {
		m, err := strconv.Atoi(f.Miles)
		if err != nil || m < 1 || m > MaxMiles {
			problem("The distance must be a whole number of miles from 1 to %d.", MaxMiles)
			milesOK = false
		}
		miles = m
	}
	if m := zipPattern.FindStringSubmatch(f.ZIP); m != nil {
		f.ZIP = m[1] // ZIP+4: the five digits find the place
	}
	if f.ZIP != "" {
		switch p := lk.Place(f.ZIP); {
		case len(f.ZIP) != 5 || strings.Trim(f.ZIP, "0123456789") != "":
			problem("%q is not a ZIP code. Enter five digits, like 43215 (or ZIP+4, like 43215-1234).", f.ZIP)
		case p == nil:
			// Neither GeoNames nor any school in the directory has it.
			problem("We do not know ZIP code %s: it is not in our list of ZIP codes, and no school we list is in it. Check the number, or search by state instead.", f.ZIP)
		default:
			f.Place = p.Name + ", " + p.State
			if milesOK {
				f.Miles = strconv.Itoa(miles)
				flt.Near = &career.Point{Lat: p.Lat, Lon: p.Lon, Miles: float64(miles)}
			}
		}
	}
	if f.Area != "" {
		if !career.ValidCIPFamily(f.Area) || lk.Family(f.Area) == nil {
			problem("%q is not an area of study we know. Choose one from the list.", f.Area)
		} else {
			flt.Family = f.Area
		}
	}
	for _, c := range f.CIPs {
		switch {
		case !career.ValidCIP(c):
			problem("%q is not a program code. Program codes look like 51.0707.", c)
		case f.Area != "" && career.CIPFamily(c) != f.Area:
			problem("Program %s is not in the area of study you chose. Pick a program from that area, or choose “Any area”.", c)
		case lk.Program(c) == nil:
			problem("We do not know a program with the code %s.", c)
		default:
			flt.CIPs = append(flt.CIPs, c)
		}
	}
	if f.SOC != "" {
		o := lk.Occupation(f.SOC)
		switch {
		case !career.ValidSOC(f.SOC):
			problem("%q is not an occupation code. Occupation codes look like 29-2072.", f.SOC)
		case o == nil:
			problem("We do not know an occupation with the code %s, so we cannot tell which programs lead to it.", f.SOC)
		default:
			f.Occupation = o.Title
			flt.SOC = f.SOC
			// Without cred=, the credentials usual for the occupation; a
			// cred= left empty (the form's "any level") keeps every level.
			if _, asked := v["cred"]; !asked {
				for _, g := range o.StudyGroups() {
					f.Creds = append(f.Creds, string(g))
				}
			}
		}
	}
	for _, c := range f.Creds {
		g := career.CredentialGroup(c)
		if g.Label() == "" {
			problem("%q is not a credential level we know.", c)
			continue
		}
		flt.Groups = append(flt.Groups, g)
	}
	if f.Control != "" {
		i := slices.IndexFunc(career.Controls, func(x struct {
			Control career.Control
			Key     string
			Label   string
		}) bool {
			return x.Key == f.Control
		})
		if i < 0 {
			problem("%q is not a kind of school we know: choose public, private nonprofit or private for-profit.", f.Control)
		} else {
			flt.Control = career.Controls[i].Control
		}
	}
	f.Online = checkbox(v, "online", "online programs", problem)
	f.Open = checkbox(v, "open", "open admission", problem)
	flt.Online, flt.OpenAdmission = f.Online, f.Open
	for _, c := range f.Show {
		if c != ShowAdmission && c != ShowAid {
			problem("%q is not a column we can show: choose admission or aid.", c)
		}
	}
	if len([]rune(f.Name)) > maxName {
		problem("The school name is too long: use at most %d characters.", maxName)
	} else {
		flt.Name = f.Name
	}
	switch f.Sort {
	case "":
		switch {
		case flt.Near != nil:
			flt.Sort = career.SortDistance
		case flt.Family != "" || len(flt.CIPs) > 0 || flt.SOC != "":
			flt.Sort = career.SortCompletions
		default:
			flt.Sort = career.SortName
		}
	case string(career.SortDistance):
		if f.ZIP == "" {
			problem("To sort by distance, enter a ZIP code.")
		}
		flt.Sort = career.SortDistance
	case string(career.SortName), string(career.SortCompletions), string(career.SortAdmission), string(career.SortGrant):
		flt.Sort = career.SchoolSort(f.Sort)
	default:
		problem("%q is not a way to sort: choose distance, name, completions, admission or grant.", f.Sort)
	}
	f.Sort = string(flt.Sort)
	flt.WithFacts = f.Shows(ShowAdmission) || f.Shows(ShowAid)
	if p := v.Get("page"); p != "" {
		n, err := strconv.Atoi(p)
		if err != nil || n < 1 || n > maxPage {
			problem("%q is not a page number.", p)
		} else {
			f.Page = n
		}
	}
	flt.Offset = (f.Page - 1) * SchoolsPerPage
	return f
}
