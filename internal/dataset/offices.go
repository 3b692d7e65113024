package dataset

import (
	"io/fs"

	"github.com/careeratlas/careeratlas/internal/career"
)

// OfficesName is the dataset of the administrative offices of systems of
// schools, which the IPEDS directory lists beside the schools.
const OfficesName = "system_offices"

var officeColumns = []string{"unitid", "name", "slug", "system_code", "system"}

// WriteOffices writes the systems' offices, sorted by UNITID.
func WriteOffices(dir string, offices []career.SystemOffice, src career.Source) error {
	t := table{header: officeColumns}
	for _, o := range offices {
		t.rows = append(t.rows, []string{o.UnitID, o.Name, o.Slug, o.SystemCode, o.System})
	}
	sortedNumeric(t.rows, 0)
	return write(dir, OfficesName, t, src)
}

// ReadOffices reads what WriteOffices wrote.
func ReadOffices(fsys fs.FS, dir string) ([]career.SystemOffice, career.Source, error) {
	var out []career.SystemOffice
	src, err := read(fsys, dir, OfficesName, officeColumns, func(r record) {
		o := career.SystemOffice{UnitID: r.unitID(), Name: r.get("name"), Slug: r.get("slug"),
			SystemCode: r.get("system_code"), System: r.get("system")}
		if o.Name == "" || o.Slug == "" {
			r.probs.Add(r.file, r.line, "name and slug are required")
		}
		if (o.SystemCode == "") != (o.System == "") {
			r.probs.Add(r.file, r.line, "system_code and system go together: both or neither")
		}
		out = append(out, o)
	})
	return out, src, err
}
