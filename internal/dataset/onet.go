package dataset

import (
	"io/fs"
	"strconv"

	"github.com/careeratlas/careeratlas/internal/career"
)

// Dataset names of the O*NET data.
const (
	InterestsName = "onet_interests"
	RelatedName   = "onet_related"
	JobZonesName  = "onet_job_zones"
	AltTitlesName = "onet_titles"
	// ReportedTitlesName holds the titles O*NET shows its users.
	ReportedTitlesName = "onet_reported_titles"
	// TechnologyName holds the software and technology of occupations.
	TechnologyName = "onet_technology"
)

var interestColumns = []string{"soc", "realistic", "investigative", "artistic", "social", "enterprising", "conventional"}

// WriteInterests writes interest scores by SOC code.
func WriteInterests(dir string, is []career.Interests, src career.Source) error {
	t := table{header: interestColumns}
	for _, in := range is {
		row := []string{in.SOC}
		for _, v := range in.Scores {
			row = append(row, strconv.FormatFloat(v, 'f', 2, 64))
		}
		t.rows = append(t.rows, row)
	}
	sortedBy(t.rows, 0)
	return write(dir, InterestsName, t, src)
}

// ReadInterests reads what WriteInterests wrote.
func ReadInterests(fsys fs.FS, dir string) ([]career.Interests, career.Source, error) {
	var out []career.Interests
	src, err := read(fsys, dir, InterestsName, interestColumns, func(r record) {
		in := career.Interests{SOC: r.get("soc")}
		for i, c := range interestColumns[1:] {
			in.Scores[i] = r.float(c)
		}
		out = append(out, in)
	})
	return out, src, err
}

var relatedColumns = []string{"soc", "related_soc", "rank"}

// WriteRelated writes related occupations by SOC code and rank.
func WriteRelated(dir string, rs []career.Related, src career.Source) error {
	t := table{header: relatedColumns}
	for _, r := range rs {
		t.rows = append(t.rows, []string{r.SOC, r.Related, strconv.Itoa(r.Rank)})
	}
	// Already ordered by SOC and rank, which a text sort of rank would break.
	return write(dir, RelatedName, t, src)
}

// ReadRelated reads what WriteRelated wrote.
func ReadRelated(fsys fs.FS, dir string) ([]career.Related, career.Source, error) {
	var out []career.Related
	src, err := read(fsys, dir, RelatedName, relatedColumns, func(r record) {
		out = append(out, career.Related{SOC: r.get("soc"), Related: r.get("related_soc"), Rank: r.integer("rank")})
	})
	return out, src, err
}

var jobZoneColumns = []string{"soc", "job_zone"}

// WriteJobZones writes job zones by SOC code.
func WriteJobZones(dir string, zs []career.JobZone, src career.Source) error {
	t := table{header: jobZoneColumns}
	for _, z := range zs {
		t.rows = append(t.rows, []string{z.SOC, strconv.Itoa(z.Zone)})
	}
	sortedBy(t.rows, 0)
	return write(dir, JobZonesName, t, src)
}

// ReadJobZones reads what WriteJobZones wrote.
func ReadJobZones(fsys fs.FS, dir string) ([]career.JobZone, career.Source, error) {
	var out []career.JobZone
	src, err := read(fsys, dir, JobZonesName, jobZoneColumns, func(r record) {
		out = append(out, career.JobZone{SOC: r.get("soc"), Zone: r.integer("job_zone")})
	})
	return out, src, err
}

var altTitleColumns = []string{"soc", "title"}

// WriteAltTitles writes other job titles by SOC code.
func WriteAltTitles(dir string, ts []career.AltTitle, src career.Source) error {
	t := table{header: altTitleColumns}
	for _, a := range ts {
		t.rows = append(t.rows, []string{a.SOC, a.Title})
	}
	return write(dir, AltTitlesName, t, src) // ordered by the parser
}

// ReadAltTitles reads what WriteAltTitles wrote.
func ReadAltTitles(fsys fs.FS, dir string) ([]career.AltTitle, career.Source, error) {
	var out []career.AltTitle
	src, err := read(fsys, dir, AltTitlesName, altTitleColumns, func(r record) {
		out = append(out, career.AltTitle{SOC: r.get("soc"), Title: r.get("title")})
	})
	return out, src, err
}

// WriteReportedTitles writes the titles O*NET shows its users, by SOC code
// in the order O*NET lists them.
func WriteReportedTitles(dir string, ts []career.ReportedTitle, src career.Source) error {
	t := table{header: altTitleColumns}
	for _, a := range ts {
		t.rows = append(t.rows, []string{a.SOC, a.Title})
	}
	return write(dir, ReportedTitlesName, t, src) // ordered by the parser
}

// ReadReportedTitles reads what WriteReportedTitles wrote.
func ReadReportedTitles(fsys fs.FS, dir string) ([]career.ReportedTitle, career.Source, error) {
	var out []career.ReportedTitle
	src, err := read(fsys, dir, ReportedTitlesName, altTitleColumns, func(r record) {
		out = append(out, career.ReportedTitle{SOC: r.get("soc"), Title: r.get("title")})
	})
	return out, src, err
}

var technologyColumns = []string{"soc", "name", "kind", "hot", "in_demand"}

// WriteTechnology writes the technology of occupations, by SOC code, kind
// and name.
func WriteTechnology(dir string, ts []career.Technology, src career.Source) error {
	t := table{header: technologyColumns}
	for _, x := range ts {
		t.rows = append(t.rows, []string{x.SOC, x.Name, x.Kind, strconv.FormatBool(x.Hot), strconv.FormatBool(x.InDemand)})
	}
	return write(dir, TechnologyName, t, src) // ordered by the parser
}

// ReadTechnology reads what WriteTechnology wrote.
func ReadTechnology(fsys fs.FS, dir string) ([]career.Technology, career.Source, error) {
	var out []career.Technology
	src, err := read(fsys, dir, TechnologyName, technologyColumns, func(r record) {
		out = append(out, career.Technology{SOC: r.get("soc"), Name: r.get("name"), Kind: r.get("kind"),
			Hot: r.get("hot") == "true", InDemand: r.get("in_demand") == "true"})
	})
	return out, src, err
}
