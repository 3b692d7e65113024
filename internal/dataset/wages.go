package dataset

import (
	"io/fs"
	"strconv"

	"github.com/careeratlas/careeratlas/internal/career"
)

var wageColumns = []string{
	"area", "area_title", "area_type", "soc", "title", "level", "employment",
	"hourly_mean", "annual_mean",
	"hourly_p10", "hourly_p25", "hourly_p50", "hourly_p75", "hourly_p90",
	"annual_p10", "annual_p25", "annual_p50", "annual_p75", "annual_p90",
	"annual_only", "hourly_only",
}

// StateMeansName is the dataset of mean wages by state from a trimmed
// state file (no percentiles, no employment).
const StateMeansName = "oews_state_means"

// WagesName is the dataset name for OEWS estimates of one kind of area:
// "oews_national", "oews_state", "oews_metro".
func WagesName(areaType string) string { return "oews_" + areaType }

// WriteWages writes OEWS estimates to dir, sorted by area and SOC code.
func WriteWages(dir, name string, ws []career.Wages, src career.Source) error {
	t := table{header: wageColumns}
	for _, w := range ws {
		row := []string{
			w.Area, w.AreaTitle, w.AreaType, w.SOC, w.Title, w.Level,
			career.FormatAmount(w.Employment, 0),
			career.FormatAmount(w.HourlyMean, 2), career.FormatAmount(w.AnnualMean, 0),
		}
		for _, a := range w.Hourly {
			row = append(row, career.FormatAmount(a, 2))
		}
		for _, a := range w.Annual {
			row = append(row, career.FormatAmount(a, 0))
		}
		row = append(row, strconv.FormatBool(w.AnnualOnly), strconv.FormatBool(w.HourlyOnly))
		t.rows = append(t.rows, row)
	}
	sortedBy(t.rows, 0, 3)
	return write(dir, name, t, src)
}

// ReadWages reads an OEWS dataset written by WriteWages.
func ReadWages(fsys fs.FS, dir, name string) ([]career.Wages, career.Source, error) {
	var out []career.Wages
	src, err := read(fsys, dir, name, wageColumns, func(r record) {
		w := career.Wages{
			Area: r.get("area"), AreaTitle: r.get("area_title"), AreaType: r.get("area_type"),
			SOC: r.get("soc"), Title: r.get("title"), Level: r.get("level"),
			Employment: r.amount("employment"),
			HourlyMean: r.amount("hourly_mean"),
			AnnualMean: r.amount("annual_mean"),
			AnnualOnly: r.flag("annual_only"),
			HourlyOnly: r.flag("hourly_only"),
		}
		for i, p := range career.Percentiles {
			w.Hourly[i] = r.amount("hourly_p" + strconv.Itoa(p))
			w.Annual[i] = r.amount("annual_p" + strconv.Itoa(p))
		}
		if !career.ValidSOC(w.SOC) {
			r.probs.Add(r.file, r.line, "%q is not a SOC code", w.SOC)
		}
		out = append(out, w)
	})
	return out, src, err
}
