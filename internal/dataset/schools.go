package dataset

import (
	"io/fs"
	"strconv"

	"github.com/careeratlas/careeratlas/internal/career"
)

// Dataset names of the school data.
const (
	InstitutionsName = "institutions"
	CompletionsName  = "completions"
	ProgramsName     = "cip"
	PathwaysName     = "cip_soc"
	PlacesName       = "zips"
	StatesName       = "states"
)

var institutionColumns = []string{"unitid", "name", "address", "city", "state", "zip", "website", "control", "level", "lat", "lon"}

// WriteInstitutions writes the IPEDS directory, sorted by UNITID.
func WriteInstitutions(dir string, is []career.Institution, src career.Source) error {
	t := table{header: institutionColumns}
	for _, in := range is {
		lat, lon := "", ""
		if in.HasGeo {
			lat, lon = strconv.FormatFloat(in.Lat, 'f', 6, 64), strconv.FormatFloat(in.Lon, 'f', 6, 64)
		}
		t.rows = append(t.rows, []string{in.UnitID, in.Name, in.Address, in.City, in.State, in.ZIP, in.Website,
			strconv.Itoa(int(in.Control)), strconv.Itoa(int(in.Level)), lat, lon})
	}
	sortedNumeric(t.rows, 0)
	return write(dir, InstitutionsName, t, src)
}

// ReadInstitutions reads what WriteInstitutions wrote.
func ReadInstitutions(fsys fs.FS, dir string) ([]career.Institution, career.Source, error) {
	var out []career.Institution
	src, err := read(fsys, dir, InstitutionsName, institutionColumns, func(r record) {
		in := career.Institution{UnitID: r.get("unitid"), Name: r.get("name"), Address: r.get("address"), City: r.get("city"),
			State: r.get("state"), ZIP: r.get("zip"), Website: r.get("website"),
			Control: career.Control(r.integer("control")), Level: career.Level(r.integer("level"))}
		if r.get("lat") != "" {
			in.Lat, in.Lon, in.HasGeo = r.float("lat"), r.float("lon"), true
		}
		if in.UnitID == "" || in.Name == "" {
			r.probs.Add(r.file, r.line, "unitid and name are required")
		}
		out = append(out, in)
	})
	return out, src, err
}

var completionColumns = []string{"unitid", "cip", "award", "total"}

// WriteCompletions writes completions sorted by UNITID, CIP code and award.
func WriteCompletions(dir string, cs []career.Completion, src career.Source) error {
	t := table{header: completionColumns}
	for _, c := range cs {
		t.rows = append(t.rows, []string{c.UnitID, c.CIP, strconv.Itoa(int(c.Award)), strconv.Itoa(c.Total)})
	}
	sortedNumeric(t.rows, 0, 1, 2)
	return write(dir, CompletionsName, t, src)
}

// ReadCompletions reads what WriteCompletions wrote.
func ReadCompletions(fsys fs.FS, dir string) ([]career.Completion, career.Source, error) {
	out := make([]career.Completion, 0, 300000)
	src, err := read(fsys, dir, CompletionsName, completionColumns, func(r record) {
		c := career.Completion{UnitID: r.get("unitid"), CIP: r.get("cip"), Award: career.Award(r.integer("award")), Total: r.integer("total")}
		if c.CIP != "99" && !career.ValidCIP(c.CIP) {
			r.probs.Add(r.file, r.line, "%q is not a CIP code", c.CIP)
		}
		if !c.Award.Known() {
			r.probs.Add(r.file, r.line, "award level %d is not one IPEDS uses", c.Award)
		}
		out = append(out, c)
	})
	return out, src, err
}

var programColumns = []string{"cip", "title"}

// WritePrograms writes the CIP list sorted by code.
func WritePrograms(dir string, ps []career.Program, src career.Source) error {
	t := table{header: programColumns}
	for _, p := range ps {
		t.rows = append(t.rows, []string{p.Code, p.Title})
	}
	sortedBy(t.rows, 0)
	return write(dir, ProgramsName, t, src)
}

// ReadPrograms reads what WritePrograms wrote.
func ReadPrograms(fsys fs.FS, dir string) ([]career.Program, career.Source, error) {
	var out []career.Program
	src, err := read(fsys, dir, ProgramsName, programColumns, func(r record) {
		out = append(out, career.Program{Code: r.get("cip"), Title: r.get("title")})
	})
	return out, src, err
}

var pathwayColumns = []string{"cip", "soc"}

// WritePathways writes the CIP–SOC crosswalk sorted by CIP then SOC.
func WritePathways(dir string, ps []career.Pathway, src career.Source) error {
	t := table{header: pathwayColumns}
	for _, p := range ps {
		t.rows = append(t.rows, []string{p.CIP, p.SOC})
	}
	sortedBy(t.rows, 0, 1)
	return write(dir, PathwaysName, t, src)
}

// ReadPathways reads what WritePathways wrote.
func ReadPathways(fsys fs.FS, dir string) ([]career.Pathway, career.Source, error) {
	var out []career.Pathway
	src, err := read(fsys, dir, PathwaysName, pathwayColumns, func(r record) {
		p := career.Pathway{CIP: r.get("cip"), SOC: r.get("soc")}
		if !career.ValidCIP(p.CIP) || !career.ValidSOC(p.SOC) {
			r.probs.Add(r.file, r.line, "%q → %q is not a CIP code and a SOC code", p.CIP, p.SOC)
		}
		out = append(out, p)
	})
	return out, src, err
}

var placeColumns = []string{"zip", "place", "state", "lat", "lon"}

// WritePlaces writes ZIP codes sorted by ZIP.
func WritePlaces(dir string, ps []career.Place, src career.Source) error {
	t := table{header: placeColumns}
	for _, p := range ps {
		t.rows = append(t.rows, []string{p.ZIP, p.Name, p.State,
			strconv.FormatFloat(p.Lat, 'f', 4, 64), strconv.FormatFloat(p.Lon, 'f', 4, 64)})
	}
	sortedBy(t.rows, 0)
	return write(dir, PlacesName, t, src)
}

// ReadPlaces reads what WritePlaces wrote.
func ReadPlaces(fsys fs.FS, dir string) ([]career.Place, career.Source, error) {
	var out []career.Place
	src, err := read(fsys, dir, PlacesName, placeColumns, func(r record) {
		out = append(out, career.Place{ZIP: r.get("zip"), Name: r.get("place"), State: r.get("state"), Lat: r.float("lat"), Lon: r.float("lon")})
	})
	return out, src, err
}

var stateColumns = []string{"fips", "code", "name"}

// WriteStates writes the state list sorted by USPS code.
func WriteStates(dir string, ss []career.State, src career.Source) error {
	t := table{header: stateColumns}
	for _, s := range ss {
		t.rows = append(t.rows, []string{s.FIPS, s.Code, s.Name})
	}
	sortedBy(t.rows, 1)
	return write(dir, StatesName, t, src)
}

// ReadStates reads what WriteStates wrote.
func ReadStates(fsys fs.FS, dir string) ([]career.State, career.Source, error) {
	var out []career.State
	src, err := read(fsys, dir, StatesName, stateColumns, func(r record) {
		out = append(out, career.State{FIPS: r.get("fips"), Code: r.get("code"), Name: r.get("name")})
	})
	return out, src, err
}
