package bls

import (
	"fmt"
	"regexp"
	"slices"
	"strconv"
	"strings"

	"github.com/careeratlas/careeratlas/internal/career"
	"github.com/careeratlas/careeratlas/internal/importer/sheet"
)

// Projections is what an Employment Projections file holds.
type Projections struct {
	BaseYear, ProjectedYear int
	Rows                    []career.Projection
}

// Release is the projections period as BLS writes it: "2024–34".
func (p *Projections) Release() string {
	return fmt.Sprintf("%d\u2013%02d", p.BaseYear, p.ProjectedYear%100)
}

var (
	projCode       = regexp.MustCompile(`^(\d{4} national employment matrix code|occupation code)$`)
	projTitle      = regexp.MustCompile(`^(\d{4} national employment matrix title|occupation title)$`)
	projType       = regexp.MustCompile(`^occupation type$`)
	projEmployment = regexp.MustCompile(`^employment,? (\d{4})$`)
	projChange     = regexp.MustCompile(`^employment change,? (numeric, )?\d{4}-\d{2,4}$`)
	projPct        = regexp.MustCompile(`^employment (change, percent|percent change),? \d{4}-\d{2,4}$`)
	projOpenings   = regexp.MustCompile(`^occupational openings`)
	projWage       = regexp.MustCompile(`^median annual wage`)
	projEducation  = regexp.MustCompile(`^typical (education needed for entry|entry-level education)$`)
	projExperience = regexp.MustCompile(`^work experience in a related occupation$`)
	projTraining   = regexp.MustCompile(`^typical on-the-job training`)
	// The data tool appends other job titles after "*" marks.
	otherTitles = regexp.MustCompile(`\s*\*.*$`)
)

// ParseProjections reads the Employment Projections occupation table: the
// workbook's sheet "Table 1.2", or the data tool's CSV export.
func ParseProjections(name string, data []byte) (*Projections, error) {
	sh, err := sheet.Read(data, func(s string) bool { return strings.TrimSpace(s) == "Table 1.2" })
	if err != nil {
		return nil, fmt.Errorf("%s: %w", name, err)
	}
	var probs career.Problems
	hi := sh.HeaderRow(func(r []string) bool {
		_, ok := sheet.NewColumns(r).Find(projCode)
		return ok != ""
	})
	if hi < 0 {
		probs.Add(name, 1, "no header row with an occupation code column in the first 20 rows")
		return nil, probs.Err()
	}
	cols := sheet.NewColumns(sh.Rows[hi])
	need := func(label string, re *regexp.Regexp) int {
		i, _ := cols.Find(re)
		if i < 0 {
			probs.Add(name, hi+1, "missing column: %s", label)
		}
		return i
	}
	code, title := need("occupation code", projCode), need("occupation title", projTitle)
	typ, _ := cols.Find(projType)
	change, pct := need("employment change", projChange), need("employment percent change", projPct)
	openings, wage := need("occupational openings", projOpenings), need("median annual wage", projWage)
	edu, exp := need("typical entry-level education", projEducation), need("work experience", projExperience)
	train := need("typical on-the-job training", projTraining)

	out := &Projections{}
	base, proj, found := -1, -1, 0
	for k, i := range cols {
		m := projEmployment.FindStringSubmatch(k)
		if m == nil {
			continue
		}
		found++
		y, _ := strconv.Atoi(m[1])
		if base < 0 || y < out.BaseYear {
			out.BaseYear, base = y, i
		}
		if proj < 0 || y > out.ProjectedYear {
			out.ProjectedYear, proj = y, i
		}
	}
	if found != 2 || out.BaseYear == out.ProjectedYear {
		probs.Add(name, hi+1, "want two employment columns (base and projected year), found %d", found)
	}
	if len(probs) > 0 {
		return nil, probs.Err()
	}

	seen := map[string]int{}
	for ri := hi + 1; ri < len(sh.Rows); ri++ {
		row, line := sh.Rows[ri], ri+1
		c := sheet.CleanCode(sheet.Cell(row, code))
		if c == "" {
			continue // title, footnote or blank row
		}
		if !career.ValidSOC(c) {
			probs.Add(name, line, "occupation code %q is not a SOC code", c)
			continue
		}
		if prev, dup := seen[c]; dup {
			probs.Add(name, line, "occupation code %s already appears on row %d", c, prev)
			continue
		}
		seen[c] = line
		p := career.Projection{
			SOC:        c,
			Title:      otherTitles.ReplaceAllString(strings.TrimSpace(sheet.Cell(row, title)), ""),
			Summary:    strings.EqualFold(sheet.Cell(row, typ), "Summary"),
			Education:  category(sheet.Cell(row, edu)),
			Experience: category(sheet.Cell(row, exp)),
			Training:   category(sheet.Cell(row, train)),
		}
		figure := func(i int, label string, decimals int) career.Amount {
			a, err := parseFigure(sheet.Cell(row, i), decimals, 0)
			if err != nil {
				probs.Add(name, line, "%s: %v", label, err)
			}
			return a
		}
		p.EmpBase = figure(base, "employment "+strconv.Itoa(out.BaseYear), 1)
		p.EmpProjected = figure(proj, "employment "+strconv.Itoa(out.ProjectedYear), 1)
		p.Change = figure(change, "employment change", 1)
		p.PctChange = figure(pct, "percent change", 1)
		p.Openings = figure(openings, "openings", 1)
		p.MedianWage = figure(wage, "median wage", 0)
		if p.Title == "" {
			probs.Add(name, line, "occupation title is empty")
		}
		if !p.Summary {
			for _, f := range []struct {
				label, v string
				allowed  []string
			}{
				{"education", p.Education, career.Educations},
				{"work experience", p.Experience, career.Experiences},
				{"on-the-job training", p.Training, career.Trainings},
			} {
				if f.v != "" && !slices.Contains(f.allowed, f.v) {
					probs.Add(name, line, "%s %q is not one of BLS's categories", f.label, f.v)
				}
			}
		}
		out.Rows = append(out.Rows, p)
	}
	if len(out.Rows) == 0 && len(probs) == 0 {
		probs.Add(name, hi+2, "no occupation rows")
	}
	return out, probs.Err()
}

// category cleans a category cell; "—" means none is assigned.
func category(s string) string {
	switch s {
	case "—", "-", "N/A":
		return ""
	}
	return s
}
