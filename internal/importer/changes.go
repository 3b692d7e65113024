package importer

import (
	"encoding/csv"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"slices"
	"strings"
)

// written is one normalized CSV as an import left it: its rows as lines,
// the codes (SOC, UNITID, CIP, ZIP…) they are about, and each row by its
// key (the columns up to the code) when the key is unique.
type written struct {
	rows  map[string]bool
	codes map[string]bool
	byKey map[string]string
}

// codeColumns are the columns that name what a row is about, in order of
// preference.
var codeColumns = []string{"soc", "unitid", "cip", "zip", "fips", "code"}

// readDatasets reads every CSV in dir; a missing dir has none.
func readDatasets(dir string) map[string]written {
	out := map[string]written{}
	paths, _ := filepath.Glob(filepath.Join(dir, "*.csv"))
	for _, p := range paths {
		f, err := os.Open(p)
		if err != nil {
			continue
		}
		recs, err := csv.NewReader(f).ReadAll()
		f.Close()
		if err != nil || len(recs) == 0 {
			continue
		}
		code := -1
		for _, c := range codeColumns {
			if i := slices.Index(recs[0], c); i >= 0 {
				code = i
				break
			}
		}
		level := slices.Index(recs[0], "level")
		d := written{rows: map[string]bool{}, codes: map[string]bool{}, byKey: map[string]string{}}
		for _, r := range recs[1:] {
			line := strings.Join(r, "\x1f")
			d.rows[line] = true
			if code >= 0 && code < len(r) {
				d.codes[r[code]] = true
				key := strings.Join(r[:code+1], "\x1f")
				if level >= 0 && level < len(r) {
					key += "\x1f" + r[level] // OEWS lists a few codes at two levels
				}
				d.byKey[key] = line
			}
		}
		if len(d.byKey) != len(recs)-1 {
			d.byKey = nil // the key is not unique: compare whole rows
		}
		out[filepath.Base(p)] = d
	}
	return out
}

// listed is how many codes a summary names before it counts the rest.
const listed = 10

// reportChanges prints, for each dataset the import changed, how many rows
// it has now and had before, how many rows are new or gone (a changed row
// is both), and the codes that appeared or vanished.
func reportChanges(w io.Writer, before, after map[string]written) {
	names := make([]string, 0, len(after))
	for n := range after {
		names = append(names, n)
	}
	slices.Sort(names)
	for _, n := range names {
		a, b := after[n], before[n]
		added, gone := diff(a.rows, b.rows), diff(b.rows, a.rows)
		if len(added) == 0 && len(gone) == 0 {
			continue
		}
		if b.rows == nil {
			fmt.Fprintf(w, "%s: new, %s\n", n, rows(len(a.rows)))
			continue
		}
		if a.byKey != nil && b.byKey != nil {
			changed := 0
			for k, line := range a.byKey {
				if old, ok := b.byKey[k]; ok && old != line {
					changed++
				}
			}
			fmt.Fprintf(w, "%s: %s (was %d): %d added, %d removed, %d changed\n", n, rows(len(a.rows)), len(b.rows),
				len(diffKeys(a.byKey, b.byKey)), len(diffKeys(b.byKey, a.byKey)), changed)
		} else {
			fmt.Fprintf(w, "%s: %s (was %d): %s not in the previous file, %d of its rows not in this one\n", n, rows(len(a.rows)), len(b.rows), rows(len(added)), len(gone))
		}
		if codes := diff(a.codes, b.codes); len(codes) > 0 {
			fmt.Fprintf(w, "  codes that appeared: %s\n", names10(codes))
		}
		if codes := diff(b.codes, a.codes); len(codes) > 0 {
			fmt.Fprintf(w, "  codes that vanished: %s\n", names10(codes))
		}
	}
}

// diff returns the keys of a that b lacks, sorted.
func diff(a, b map[string]bool) []string {
	var out []string
	for k := range a {
		if !b[k] {
			out = append(out, k)
		}
	}
	slices.Sort(out)
	return out
}

// rows is "1 row" or "2 rows".
func rows(n int) string {
	if n == 1 {
		return "1 row"
	}
	return fmt.Sprintf("%d rows", n)
}

// diffKeys returns the keys of a that b lacks.
func diffKeys(a, b map[string]string) []string {
	var out []string
	for k := range a {
		if _, ok := b[k]; !ok {
			out = append(out, k)
		}
	}
	return out
}

// names10 lists the first few codes and counts the rest.
func names10(codes []string) string {
	if len(codes) <= listed {
		return strings.Join(codes, ", ")
	}
	return fmt.Sprintf("%s and %d more", strings.Join(codes[:listed], ", "), len(codes)-listed)
}
