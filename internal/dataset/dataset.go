// Package dataset reads and writes the normalized data files under
// content/data: one CSV per dataset, sorted by its natural key, with a
// YAML sidecar naming the official file it came from. Importers write these
// files; the content loader reads them.
package dataset

import (
	"bytes"
	"encoding/csv"
	"errors"
	"fmt"
	"io"
	"io/fs"
	"os"
	"path/filepath"
	"slices"
	"strconv"
	"strings"
	"time"

	"github.com/goccy/go-yaml"

	"github.com/careeratlas/careeratlas/internal/career"
)

// table is a dataset file in memory: a header and its rows.
type table struct {
	header []string
	rows   [][]string
}

// write stores t as dir/name.csv and src as dir/name.source.yaml. Each file
// is written to a temporary name and renamed, so a reader never sees half
// of one.
func write(dir, name string, t table, src career.Source) error {
	var buf bytes.Buffer
	w := csv.NewWriter(&buf)
	w.Write(t.header)
	w.WriteAll(t.rows)
	if err := w.Error(); err != nil {
		return fmt.Errorf("dataset: %s: %w", name, err)
	}
	src.Dataset = name
	src.Rows = len(t.rows)
	src.Imported = importedOn(filepath.Join(dir, name+".source.yaml"), src, time.Now())
	meta, err := yaml.Marshal(src)
	if err != nil {
		return fmt.Errorf("dataset: %s: %w", name, err)
	}
	if err := os.MkdirAll(dir, 0o755); err != nil {
		return fmt.Errorf("dataset: %w", err)
	}
	if err := writeFile(filepath.Join(dir, name+".csv"), buf.Bytes()); err != nil {
		return err
	}
	return writeFile(filepath.Join(dir, name+".source.yaml"), meta)
}

// importedOn is the day to record for src: the day already recorded when
// the same official file is imported again, today otherwise.
func importedOn(sidecar string, src career.Source, now time.Time) string {
	if b, err := os.ReadFile(sidecar); err == nil {
		var old career.Source
		if yaml.Unmarshal(b, &old) == nil && old.Imported != "" && old.SHA256 == src.SHA256 && old.Rows == src.Rows {
			return old.Imported
		}
	}
	return now.UTC().Format(time.DateOnly)
}

func writeFile(path string, data []byte) error {
	tmp, err := os.CreateTemp(filepath.Dir(path), ".tmp-"+filepath.Base(path))
	if err != nil {
		return fmt.Errorf("dataset: %w", err)
	}
	defer os.Remove(tmp.Name())
	if _, err := tmp.Write(data); err != nil {
		tmp.Close()
		return fmt.Errorf("dataset: %w", err)
	}
	if err := tmp.Close(); err != nil {
		return fmt.Errorf("dataset: %w", err)
	}
	if err := os.Chmod(tmp.Name(), 0o644); err != nil {
		return fmt.Errorf("dataset: %w", err)
	}
	if err := os.Rename(tmp.Name(), path); err != nil {
		return fmt.Errorf("dataset: %w", err)
	}
	return nil
}

// record is one CSV row with its line number, read by column name.
type record struct {
	file  string
	line  int
	index map[string]int
	cells []string
	probs *career.Problems
}

func (r record) get(col string) string {
	i, ok := r.index[col]
	if !ok || i >= len(r.cells) {
		return ""
	}
	return r.cells[i]
}

func (r record) amount(col string) career.Amount {
	a, err := career.ParseAmount(r.get(col))
	if err != nil {
		r.probs.Add(r.file, r.line, "column %s: %v", col, err)
	}
	return a
}

func (r record) integer(col string) int {
	v, err := strconv.Atoi(r.get(col))
	if err != nil {
		r.probs.Add(r.file, r.line, "column %s: %q is not a whole number", col, r.get(col))
	}
	return v
}

func (r record) float(col string) float64 {
	v, err := strconv.ParseFloat(r.get(col), 64)
	if err != nil {
		r.probs.Add(r.file, r.line, "column %s: %q is not a number", col, r.get(col))
	}
	return v
}

func (r record) flag(col string) bool {
	switch v := r.get(col); v {
	case "", "false":
		return false
	case "true":
		return true
	default:
		r.probs.Add(r.file, r.line, "column %s: %q is not true or false", col, v)
		return false
	}
}

// read opens name.csv and name.source.yaml in fsys and calls fn for each
// row. It reports every problem at once as a *career.InvalidError.
// fs.ErrNotExist is returned as is when the dataset has not been imported.
func read(fsys fs.FS, dir, name string, want []string, fn func(record)) (career.Source, error) {
	var probs career.Problems
	csvPath := dir + "/" + name + ".csv"
	metaPath := dir + "/" + name + ".source.yaml"

	var src career.Source
	meta, err := fs.ReadFile(fsys, metaPath)
	if err != nil {
		return src, err
	}
	if err := yaml.UnmarshalWithOptions(meta, &src, yaml.Strict()); err != nil {
		probs.Add(metaPath, 0, "%s", strings.ReplaceAll(yaml.FormatError(err, false, false), "\n", " "))
	}
	f, err := fsys.Open(csvPath)
	if err != nil {
		return src, err
	}
	defer f.Close()
	cr := csv.NewReader(f)
	cr.ReuseRecord = false
	header, err := cr.Read()
	if err != nil {
		probs.Add(csvPath, 1, "no header row: %v", err)
		return src, probs.Err()
	}
	index := make(map[string]int, len(header))
	for i, h := range header {
		index[h] = i
	}
	for _, col := range want {
		if _, ok := index[col]; !ok {
			probs.Add(csvPath, 1, "missing column %q", col)
		}
	}
	if len(probs) > 0 {
		return src, probs.Err()
	}
	rows := 0
	for {
		cells, err := cr.Read()
		if errors.Is(err, io.EOF) {
			break
		}
		line, _ := cr.FieldPos(0)
		if err != nil {
			probs.Add(csvPath, line, "%v", err)
			if !errors.As(err, new(*csv.ParseError)) {
				break
			}
			continue
		}
		rows++
		fn(record{file: csvPath, line: line, index: index, cells: cells, probs: &probs})
	}
	if src.Rows != 0 && src.Rows != rows {
		probs.Add(metaPath, 0, "says %d rows, but %s has %d", src.Rows, csvPath, rows)
	}
	src.Dataset = name
	return src, probs.Err()
}

// sortedNumeric sorts rows like sortedBy, comparing the first key as a
// number (IPEDS unit IDs) and the rest as text.
func sortedNumeric(rows [][]string, keys ...int) {
	slices.SortStableFunc(rows, func(a, b []string) int {
		x, _ := strconv.Atoi(a[keys[0]])
		y, _ := strconv.Atoi(b[keys[0]])
		if x != y {
			return x - y
		}
		for _, k := range keys[1:] {
			if c := strings.Compare(a[k], b[k]); c != 0 {
				return c
			}
		}
		return 0
	})
}

// sortedBy sorts rows by the given key columns (which must be first-class
// string keys) so that a new release shows as a clean diff.
func sortedBy(rows [][]string, keys ...int) {
	slices.SortStableFunc(rows, func(a, b []string) int {
		for _, k := range keys {
			if c := strings.Compare(a[k], b[k]); c != 0 {
				return c
			}
		}
		return 0
	})
}
