// Package cip reads the NCES Classification of Instructional Programs
// (CIP 2020) list and the CIP 2020–SOC 2018 crosswalk workbook.
package cip

import (
	"fmt"
	"slices"
	"strings"

	"github.com/careeratlas/careeratlas/internal/career"
	"github.com/careeratlas/careeratlas/internal/importer/sheet"
)

// ParseCodes reads CIPCode2020.csv: every family, series and program with
// its official title. Codes quoted as ="01.0000" (NCES's own download) are
// accepted.
func ParseCodes(name string, data []byte) ([]career.Program, error) {
	sh, err := sheet.Read(data, func(string) bool { return true })
	if err != nil {
		return nil, fmt.Errorf("%s: %w", name, err)
	}
	var probs career.Problems
	hi := sh.HeaderWith("cipcode")
	if hi < 0 {
		probs.Add(name, 1, "no header row with CIPCode")
		return nil, probs.Err()
	}
	cols := sheet.NewColumns(sh.Rows[hi])
	code, okc := cols["cipcode"]
	title, okt := cols["ciptitle"]
	if !okc || !okt {
		probs.Add(name, hi+1, "want columns CIPCode and CIPTitle")
		return nil, probs.Err()
	}
	var out []career.Program
	seen := map[string]int{}
	for ri := hi + 1; ri < len(sh.Rows); ri++ {
		row, line := sh.Rows[ri], ri+1
		c := sheet.CleanCode(sheet.Cell(row, code))
		if c == "" {
			continue
		}
		if !career.ValidCIPFamily(c) && !career.ValidCIPSeries(c) && !career.ValidCIP(c) {
			probs.Add(name, line, "CIPCode %q is not a CIP code", c)
			continue
		}
		if prev, dup := seen[c]; dup {
			probs.Add(name, line, "CIPCode %s already appears on line %d", c, prev)
			continue
		}
		seen[c] = line
		t := strings.TrimSpace(sheet.Cell(row, title))
		if t == "" {
			probs.Add(name, line, "CIPTitle is empty")
		}
		out = append(out, career.Program{Code: c, Title: t})
	}
	return out, probs.Err()
}

// ParseCrosswalk reads the CIP–SOC crosswalk workbook (sheet "CIP-SOC").
// Rows that match no program or no occupation ("NO MATCH") are left out.
func ParseCrosswalk(name string, data []byte) ([]career.Pathway, error) {
	sh, err := sheet.Read(data, func(s string) bool { return strings.EqualFold(strings.TrimSpace(s), "CIP-SOC") })
	if err != nil {
		return nil, fmt.Errorf("%s: %w", name, err)
	}
	var probs career.Problems
	hi := sh.HeaderRow(func(r []string) bool {
		return slices.ContainsFunc(r, func(c string) bool { return strings.HasPrefix(sheet.NormalizeHeader(c), "cip") })
	})
	if hi < 0 {
		probs.Add(name, 1, "no header row with a CIP code column")
		return nil, probs.Err()
	}
	cipCol, socCol := -1, -1
	for k, i := range sheet.NewColumns(sh.Rows[hi]) {
		switch {
		case strings.HasPrefix(k, "cip") && strings.HasSuffix(k, "code"):
			cipCol = i
		case strings.HasPrefix(k, "soc") && strings.HasSuffix(k, "code"):
			socCol = i
		}
	}
	if cipCol < 0 || socCol < 0 {
		probs.Add(name, hi+1, "want columns CIP2020Code and SOC2018Code")
		return nil, probs.Err()
	}
	var out []career.Pathway
	seen := map[career.Pathway]bool{}
	for ri := hi + 1; ri < len(sh.Rows); ri++ {
		row, line := sh.Rows[ri], ri+1
		c, s := sheet.CleanCode(sheet.Cell(row, cipCol)), sheet.CleanCode(sheet.Cell(row, socCol))
		if c == "" && s == "" {
			continue
		}
		if c == "99.9999" || strings.EqualFold(s, "NO MATCH") || s == "99-9999" {
			continue
		}
		if !career.ValidCIP(c) {
			probs.Add(name, line, "CIP code %q is not a 6-digit CIP code", c)
			continue
		}
		if !career.ValidSOC(s) {
			probs.Add(name, line, "SOC code %q is not a SOC code", s)
			continue
		}
		p := career.Pathway{CIP: c, SOC: s}
		if !seen[p] {
			seen[p] = true
			out = append(out, p)
		}
	}
	return out, probs.Err()
}
