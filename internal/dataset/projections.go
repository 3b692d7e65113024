package dataset

import (
	"io/fs"
	"slices"
	"strconv"

	"github.com/careeratlas/careeratlas/internal/career"
)

// ProjectionsName is the dataset name of the Employment Projections.
const ProjectionsName = "projections"

var projectionColumns = []string{
	"soc", "title", "summary", "emp_base", "emp_projected", "change", "pct_change",
	"openings", "median_wage", "education", "experience", "training",
}

// WriteProjections writes Employment Projections rows to dir, sorted by SOC code.
func WriteProjections(dir string, ps []career.Projection, src career.Source) error {
	t := table{header: projectionColumns}
	for _, p := range ps {
		t.rows = append(t.rows, []string{
			p.SOC, p.Title, strconv.FormatBool(p.Summary),
			career.FormatAmount(p.EmpBase, 1), career.FormatAmount(p.EmpProjected, 1),
			career.FormatAmount(p.Change, 1), career.FormatAmount(p.PctChange, 1),
			career.FormatAmount(p.Openings, 1), career.FormatAmount(p.MedianWage, 0),
			p.Education, p.Experience, p.Training,
		})
	}
	sortedBy(t.rows, 0)
	return write(dir, ProjectionsName, t, src)
}

// ReadProjections reads the dataset written by WriteProjections.
func ReadProjections(fsys fs.FS, dir string) ([]career.Projection, career.Source, error) {
	var out []career.Projection
	src, err := read(fsys, dir, ProjectionsName, projectionColumns, func(r record) {
		p := career.Projection{
			SOC: r.get("soc"), Title: r.get("title"), Summary: r.flag("summary"),
			EmpBase: r.amount("emp_base"), EmpProjected: r.amount("emp_projected"),
			Change: r.amount("change"), PctChange: r.amount("pct_change"),
			Openings: r.amount("openings"), MedianWage: r.amount("median_wage"),
			Education: r.get("education"), Experience: r.get("experience"), Training: r.get("training"),
		}
		if !career.ValidSOC(p.SOC) {
			r.probs.Add(r.file, r.line, "%q is not a SOC code", p.SOC)
		}
		check := func(col, v string, allowed []string) {
			if v != "" && !slices.Contains(allowed, v) {
				r.probs.Add(r.file, r.line, "column %s: %q is not one of BLS's categories", col, v)
			}
		}
		check("education", p.Education, career.Educations)
		check("experience", p.Experience, career.Experiences)
		check("training", p.Training, career.Trainings)
		out = append(out, p)
	})
	return out, src, err
}
