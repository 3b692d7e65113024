// Package sheet reads the tables official sources publish, as workbooks
// or as CSV in whatever encoding and delimiter a release uses, so that
// parsers can find columns by header name.
package sheet

import (
	"bytes"
	"encoding/csv"
	"fmt"
	"io"
	"regexp"
	"slices"
	"strings"

	"github.com/xuri/excelize/v2"
)

// Sheet is a table of text cells read from a workbook sheet or a CSV file.
// Row i is line or spreadsheet row i+1.
type Sheet struct {
	Rows [][]string
	// notes holds the text of the workbook's other sheets, where footnotes
	// such as the top-coding ceiling live.
	Notes []string
}

// Read reads data as a workbook (when it starts like a zip file) or as
// CSV. want picks the sheet: the first sheet whose name satisfies it.
func Read(data []byte, want func(name string) bool) (*Sheet, error) {
	if bytes.HasPrefix(data, []byte("PK\x03\x04")) {
		return readWorkbook(data, want)
	}
	return readCSV(data)
}

func readWorkbook(data []byte, want func(string) bool) (*Sheet, error) {
	f, err := excelize.OpenReader(bytes.NewReader(data), excelize.Options{RawCellValue: true})
	if err != nil {
		return nil, fmt.Errorf("not a readable workbook: %w", err)
	}
	defer f.Close()
	var s Sheet
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
			s.Notes = append(s.Notes, strings.Join(r, " "))
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
			return nil, fmt.Errorf("sheet %q row %d: %w", found, len(s.Rows)+1, err)
		}
		s.Rows = append(s.Rows, cols)
	}
	return &s, rows.Error()
}

func readCSV(data []byte) (*Sheet, error) {
	data = bytes.TrimPrefix(data, []byte("\xef\xbb\xbf"))
	text := string(data)
	if !isUTF8(data) {
		text = decodeCP1252(data)
	}
	r := csv.NewReader(strings.NewReader(text))
	r.FieldsPerRecord = -1
	r.LazyQuotes = true
	// The delimiter is whichever of , ; tab | the first line uses most.
	first, _, _ := strings.Cut(text, "\n")
	best := 0
	for _, d := range []rune{',', ';', '\t', '|'} {
		if n := strings.Count(first, string(d)); n > best {
			r.Comma, best = d, n
		}
	}
	var s Sheet
	for {
		rec, err := r.Read()
		if err == io.EOF {
			break
		}
		if err != nil {
			return nil, fmt.Errorf("line %d: %w", len(s.Rows)+1, err)
		}
		s.Rows = append(s.Rows, rec)
	}
	return &s, nil
}

// HeaderRow finds the first row among the first 20 where isHeader holds.
func (s *Sheet) HeaderRow(isHeader func([]string) bool) int {
	for i := 0; i < len(s.Rows) && i < 20; i++ {
		if isHeader(s.Rows[i]) {
			return i
		}
	}
	return -1
}

// HeaderWith finds the header row: the first of the first 20 rows with a
// column named col (compared after NormalizeHeader), or -1.
func (s *Sheet) HeaderWith(col string) int {
	return s.HeaderRow(func(r []string) bool {
		return slices.ContainsFunc(r, func(c string) bool { return NormalizeHeader(c) == col })
	})
}

// Columns maps normalized header names to their index.
type Columns map[string]int

func NewColumns(header []string) Columns {
	c := make(Columns, len(header))
	for i, h := range header {
		k := NormalizeHeader(h)
		if _, dup := c[k]; !dup {
			c[k] = i
		}
	}
	return c
}

var spaces = regexp.MustCompile(`\s+`)

// NormalizeHeader lower-cases a header and folds spaces and dashes, so
// "Employment change, numeric, 2024–34" and its CSV spelling compare equal.
func NormalizeHeader(h string) string {
	h = strings.ToLower(strings.TrimSpace(h))
	h = strings.NewReplacer("\u2013", "-", "\u2014", "-", "\u00a0", " ").Replace(h)
	return spaces.ReplaceAllString(h, " ")
}

// Find returns the index of the first column matching re, or -1.
func (c Columns) Find(re *regexp.Regexp) (int, string) {
	best, name := -1, ""
	for k, i := range c {
		if re.MatchString(k) && (best == -1 || i < best) {
			best, name = i, k
		}
	}
	return best, name
}

// Cell returns row[i] trimmed, or "" when the row is short or i < 0.
func Cell(row []string, i int) string {
	if i < 0 || i >= len(row) {
		return ""
	}
	return strings.TrimSpace(row[i])
}

// CleanCode strips the ="13-2011" quoting of BLS CSV exports.
func CleanCode(s string) string {
	s = strings.TrimSpace(s)
	s = strings.TrimPrefix(s, "=")
	return strings.Trim(s, `"`)
}
