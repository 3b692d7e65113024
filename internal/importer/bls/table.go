// Package bls reads the official files of the U.S. Bureau of Labor
// Statistics: OEWS wage and employment workbooks and the Employment
// Projections table, in either workbook or CSV form. Parsers take a reader
// and return domain rows, reporting every bad row as FILE:ROW: problem.
package bls

import (
	"bytes"
	"encoding/csv"
	"fmt"
	"io"
	"regexp"
	"strconv"
	"strings"

	"github.com/xuri/excelize/v2"

	"github.com/careeratlas/careeratlas/internal/career"
)

// sheet is a table of text cells read from a workbook sheet or a CSV file.
// Row i is line or spreadsheet row i+1.
type sheet struct {
	rows [][]string
	// notes holds the text of the workbook's other sheets, where footnotes
	// such as the top-coding ceiling live.
	notes []string
}

// readSheet reads data as a workbook (when it starts like a zip file) or as
// CSV. want picks the sheet: the first sheet whose name satisfies it.
func readSheet(data []byte, want func(name string) bool) (*sheet, error) {
	if bytes.HasPrefix(data, []byte("PK\x03\x04")) {
		return readWorkbook(data, want)
	}
	return readCSV(data)
}

func readWorkbook(data []byte, want func(string) bool) (*sheet, error) {
	f, err := excelize.OpenReader(bytes.NewReader(data), excelize.Options{RawCellValue: true})
	if err != nil {
		return nil, fmt.Errorf("not a readable workbook: %w", err)
	}
	defer f.Close()
	var s sheet
	found := ""
	for _, name := range f.GetSheetList() {
		if found == "" && want(name) {
			found = name
			continue
		}
		rows, err := f.GetRows(name)
		if err != nil {
			continue
		}
		for _, r := range rows {
			s.notes = append(s.notes, strings.Join(r, " "))
		}
	}
	if found == "" {
		return nil, fmt.Errorf("no sheet of the expected kind among %q", f.GetSheetList())
	}
	rows, err := f.Rows(found)
	if err != nil {
		return nil, fmt.Errorf("sheet %q: %w", found, err)
	}
	defer rows.Close()
	for rows.Next() {
		cols, err := rows.Columns()
		if err != nil {
			return nil, fmt.Errorf("sheet %q row %d: %w", found, len(s.rows)+1, err)
		}
		s.rows = append(s.rows, cols)
	}
	return &s, rows.Error()
}

func readCSV(data []byte) (*sheet, error) {
	data = bytes.TrimPrefix(data, []byte("\xef\xbb\xbf"))
	text := string(data)
	if !isUTF8(data) {
		text = decodeCP1252(data)
	}
	r := csv.NewReader(strings.NewReader(text))
	r.FieldsPerRecord = -1
	r.LazyQuotes = true
	first, _, _ := strings.Cut(text, "\n")
	if strings.Count(first, ";") > strings.Count(first, ",") {
		r.Comma = ';'
	} else if strings.Count(first, "\t") > strings.Count(first, ",") {
		r.Comma = '\t'
	}
	var s sheet
	for {
		rec, err := r.Read()
		if err == io.EOF {
			break
		}
		if err != nil {
			return nil, fmt.Errorf("line %d: %w", len(s.rows)+1, err)
		}
		s.rows = append(s.rows, rec)
	}
	return &s, nil
}

// headerRow finds the first row among the first 20 where isHeader holds.
func (s *sheet) headerRow(isHeader func([]string) bool) int {
	for i := 0; i < len(s.rows) && i < 20; i++ {
		if isHeader(s.rows[i]) {
			return i
		}
	}
	return -1
}

// columns maps normalized header names to their index.
type columns map[string]int

func newColumns(header []string) columns {
	c := make(columns, len(header))
	for i, h := range header {
		k := normalizeHeader(h)
		if _, dup := c[k]; !dup {
			c[k] = i
		}
	}
	return c
}

var spaces = regexp.MustCompile(`\s+`)

// normalizeHeader lower-cases a header and folds spaces and dashes, so
// "Employment change, numeric, 2024–34" and its CSV spelling compare equal.
func normalizeHeader(h string) string {
	h = strings.ToLower(strings.TrimSpace(h))
	h = strings.NewReplacer("\u2013", "-", "\u2014", "-", "\u00a0", " ").Replace(h)
	return spaces.ReplaceAllString(h, " ")
}

// find returns the index of the first column matching re, or -1.
func (c columns) find(re *regexp.Regexp) (int, string) {
	best, name := -1, ""
	for k, i := range c {
		if re.MatchString(k) && (best == -1 || i < best) {
			best, name = i, k
		}
	}
	return best, name
}

func cell(row []string, i int) string {
	if i < 0 || i >= len(row) {
		return ""
	}
	return strings.TrimSpace(row[i])
}

// cleanCode strips the ="13-2011" quoting of BLS CSV exports.
func cleanCode(s string) string {
	s = strings.TrimSpace(s)
	s = strings.TrimPrefix(s, "=")
	return strings.Trim(s, `"`)
}

// parseFigure reads a published figure: thousands separators are dropped,
// the markers for "not available" give a missing amount, and the markers
// for top-coded wages give a TopCoded amount at ceiling.
func parseFigure(s string, decimals int, ceiling float64) (career.Amount, error) {
	s = strings.TrimSpace(strings.ReplaceAll(s, ",", ""))
	s = strings.TrimPrefix(s, "$")
	switch s {
	case "", "*", "**", "—", "-", "–", "N/A", "n/a", "(8)", "~":
		return career.Amount{}, nil
	case "#":
		if ceiling == 0 {
			return career.Amount{}, fmt.Errorf("top-coded value # but no ceiling is known")
		}
		return career.Amount{Value: ceiling, State: career.TopCoded}, nil
	}
	state := career.Known
	if rest, ok := strings.CutPrefix(s, ">="); ok {
		s, state = strings.TrimPrefix(rest, "$"), career.TopCoded
	}
	v, err := strconv.ParseFloat(s, 64)
	if err != nil {
		return career.Amount{}, fmt.Errorf("%q is not a number", s)
	}
	// Workbooks store 32.66 as 32.659999999999997: round to what BLS publishes.
	v, _ = strconv.ParseFloat(strconv.FormatFloat(v, 'f', decimals, 64), 64)
	return career.Amount{Value: v, State: state}, nil
}
