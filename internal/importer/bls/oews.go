package bls

import (
	"fmt"
	"maps"
	"regexp"
	"slices"
	"strconv"
	"strings"

	"github.com/careeratlas/careeratlas/internal/career"
	"github.com/careeratlas/careeratlas/internal/importer/sheet"
)

// OEWS is what an OEWS file holds: estimates for one or more areas.
type OEWS struct {
	Release string // "May 2024"
	// TopHourly and TopAnnual are the ceilings of top-coded wages (#).
	TopHourly, TopAnnual float64
	Wages                []career.Wages
}

// Ceilings of top-coded wages in the May 2024 release, used when a file
// does not state them (CSV exports carry no footnotes).
const (
	defaultTopHourly = 115.00
	defaultTopAnnual = 239200
)

var (
	releaseInName = regexp.MustCompile(`(?i)_M(\d{4})_`)
	releaseInNote = regexp.MustCompile(`(?i)\b(May|November) (\d{4}) OEWS`)
	ceilingNote   = regexp.MustCompile(`#\s*=.*?\$([\d,.]+) per hour or \$([\d,.]+) per year`)
)

// areaTypes names the OEWS AREA_TYPE codes.
var areaTypes = map[string]string{
	"1": "national", "2": "state", "3": "territory", "4": "metro", "6": "nonmetro",
}

// ParseOEWS reads an OEWS file in the official layout (a workbook, or a
// CSV with the same columns). name is the file's name, used for the release
// and in problems. Only cross-industry rows are kept.
func ParseOEWS(name string, data []byte) (*OEWS, error) {
	sh, err := sheet.Read(data, func(sheetName string) bool {
		n := strings.ToLower(sheetName)
		return !strings.Contains(n, "field") && !strings.Contains(n, "update") && !strings.Contains(n, "filler")
	})
	if err != nil {
		return nil, fmt.Errorf("%s: %w", name, err)
	}
	out := &OEWS{TopHourly: defaultTopHourly, TopAnnual: defaultTopAnnual}
	for _, n := range sh.Notes {
		if m := releaseInNote.FindStringSubmatch(n); m != nil && out.Release == "" {
			out.Release = m[1] + " " + m[2]
		}
		if m := ceilingNote.FindStringSubmatch(n); m != nil {
			h, err1 := strconv.ParseFloat(strings.ReplaceAll(m[1], ",", ""), 64)
			a, err2 := strconv.ParseFloat(strings.ReplaceAll(m[2], ",", ""), 64)
			if err1 == nil && err2 == nil {
				out.TopHourly, out.TopAnnual = h, a
			}
		}
	}

	// The release is what the file says it is; its name only stands in when
	// the content has none (a CSV export carries no notes), and a name
	// that says otherwise is a mix-up the editor must see.
	if m := releaseInName.FindStringSubmatch(name); m != nil {
		switch named := "May " + m[1]; {
		case out.Release == "":
			out.Release = named
		case out.Release != named:
			return nil, fmt.Errorf("%s: the file's name says %s but its notes say %q: rename the file or check that it is the release you meant", name, named, out.Release+" OEWS Estimates")
		}
	}

	var probs career.Problems
	hi := sh.HeaderWith("occ_code")
	if hi < 0 {
		probs.Add(name, 1, "no header row with OCC_CODE in the first 20 rows")
		return nil, probs.Err()
	}
	cols := sheet.NewColumns(sh.Rows[hi])
	col := func(names ...string) int {
		for _, n := range names {
			if i, ok := cols[n]; ok {
				return i
			}
		}
		return -1
	}
	required := map[string][]string{
		"OCC_CODE": {"occ_code"}, "OCC_TITLE": {"occ_title"}, "O_GROUP": {"o_group", "occ_group"},
		"TOT_EMP": {"tot_emp"}, "H_MEAN": {"h_mean"}, "A_MEAN": {"a_mean"},
		"H_PCT10": {"h_pct10"}, "H_PCT25": {"h_pct25"}, "H_MEDIAN": {"h_median"}, "H_PCT75": {"h_pct75"}, "H_PCT90": {"h_pct90"},
		"A_PCT10": {"a_pct10"}, "A_PCT25": {"a_pct25"}, "A_MEDIAN": {"a_median"}, "A_PCT75": {"a_pct75"}, "A_PCT90": {"a_pct90"},
	}
	idx := map[string]int{}
	for _, k := range slices.Sorted(maps.Keys(required)) {
		idx[k] = col(required[k]...)
		if idx[k] < 0 {
			probs.Add(name, hi+1, "missing column %s", k)
		}
	}
	if len(probs) > 0 {
		return nil, probs.Err()
	}
	area, areaTitle, areaType := col("area"), col("area_title"), col("area_type")
	iGroup, annual, hourly := col("i_group"), col("annual"), col("hourly")
	hourlyCols := []string{"H_PCT10", "H_PCT25", "H_MEDIAN", "H_PCT75", "H_PCT90"}
	annualCols := []string{"A_PCT10", "A_PCT25", "A_MEDIAN", "A_PCT75", "A_PCT90"}

	for ri := hi + 1; ri < len(sh.Rows); ri++ {
		row, line := sh.Rows[ri], ri+1
		code := sheet.CleanCode(sheet.Cell(row, idx["OCC_CODE"]))
		if code == "" {
			continue // blank or footnote row
		}
		if !career.ValidSOC(code) {
			probs.Add(name, line, "OCC_CODE %q is not a SOC code", code)
			continue
		}
		if g := strings.ToLower(sheet.Cell(row, iGroup)); iGroup >= 0 && g != "" && g != "cross-industry" {
			continue
		}
		w := career.Wages{
			Area: "99", AreaTitle: "U.S.", AreaType: "national",
			SOC: code, Title: sheet.Cell(row, idx["OCC_TITLE"]), Level: strings.ToLower(sheet.Cell(row, idx["O_GROUP"])),
			AnnualOnly: strings.EqualFold(sheet.Cell(row, annual), "true"),
			HourlyOnly: strings.EqualFold(sheet.Cell(row, hourly), "true"),
		}
		if area >= 0 {
			w.Area, w.AreaTitle = sheet.Cell(row, area), sheet.Cell(row, areaTitle)
			t, ok := areaTypes[sheet.Cell(row, areaType)]
			if !ok {
				probs.Add(name, line, "AREA_TYPE %q is not one BLS uses", sheet.Cell(row, areaType))
			}
			w.AreaType = t
		}
		if w.Title == "" {
			probs.Add(name, line, "OCC_TITLE is empty")
		}
		figure := func(col string, decimals int, ceiling float64) career.Amount {
			a, err := parseFigure(sheet.Cell(row, idx[col]), decimals, ceiling)
			if err != nil {
				probs.Add(name, line, "%s: %v", col, err)
			}
			return a
		}
		w.Employment = figure("TOT_EMP", 0, 0)
		w.HourlyMean = figure("H_MEAN", 2, out.TopHourly)
		w.AnnualMean = figure("A_MEAN", 0, out.TopAnnual)
		for i := range 5 {
			w.Hourly[i] = figure(hourlyCols[i], 2, out.TopHourly)
			w.Annual[i] = figure(annualCols[i], 0, out.TopAnnual)
		}
		out.Wages = append(out.Wages, w)
	}
	if len(out.Wages) == 0 && len(probs) == 0 {
		probs.Add(name, hi+2, "no occupation rows")
	}
	if out.Release == "" {
		probs.Add(name, 0, "cannot tell the release: name the file as BLS does (…_M2024_dl.xlsx)")
	}
	return out, probs.Err()
}

// ParseStateMeans reads a trimmed OEWS state file that keeps only
// AREA_TITLE, OCC_CODE, OCC_TITLE, H_MEAN and A_MEAN (mean wages by state,
// no percentiles or employment). Areas are named, not coded.
func ParseStateMeans(name string, data []byte) (*OEWS, error) {
	sh, err := sheet.Read(data, func(string) bool { return true })
	if err != nil {
		return nil, fmt.Errorf("%s: %w", name, err)
	}
	out := &OEWS{TopHourly: defaultTopHourly, TopAnnual: defaultTopAnnual}
	if m := releaseInName.FindStringSubmatch(name); m != nil {
		out.Release = "May " + m[1]
	}
	var probs career.Problems
	hi := sh.HeaderWith("occ_code")
	if hi < 0 {
		probs.Add(name, 1, "no header row with OCC_CODE in the first 20 rows")
		return nil, probs.Err()
	}
	cols := sheet.NewColumns(sh.Rows[hi])
	idx := map[string]int{}
	for _, c := range []string{"area_title", "occ_code", "occ_title", "h_mean", "a_mean"} {
		i, ok := cols[c]
		if !ok {
			probs.Add(name, hi+1, "missing column %s", strings.ToUpper(c))
		}
		idx[c] = i
	}
	if len(probs) > 0 {
		return nil, probs.Err()
	}
	for ri := hi + 1; ri < len(sh.Rows); ri++ {
		row, line := sh.Rows[ri], ri+1
		code := sheet.CleanCode(sheet.Cell(row, idx["occ_code"]))
		if code == "" {
			continue
		}
		if !career.ValidSOC(code) {
			probs.Add(name, line, "OCC_CODE %q is not a SOC code", code)
			continue
		}
		w := career.Wages{AreaTitle: sheet.Cell(row, idx["area_title"]), AreaType: "state", SOC: code, Title: sheet.Cell(row, idx["occ_title"])}
		w.Area = w.AreaTitle
		if w.AreaTitle == "" {
			probs.Add(name, line, "AREA_TITLE is empty")
		}
		var err error
		if w.HourlyMean, err = parseFigure(sheet.Cell(row, idx["h_mean"]), 2, out.TopHourly); err != nil {
			probs.Add(name, line, "H_MEAN: %v", err)
		}
		if w.AnnualMean, err = parseFigure(sheet.Cell(row, idx["a_mean"]), 0, out.TopAnnual); err != nil {
			probs.Add(name, line, "A_MEAN: %v", err)
		}
		out.Wages = append(out.Wages, w)
	}
	if out.Release == "" {
		probs.Add(name, 0, "cannot tell the release: name the file as BLS does (…_M2023_…)")
	}
	return out, probs.Err()
}
