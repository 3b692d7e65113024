// Package bea reads the Bureau of Economic Analysis's regional price
// parities by state (SARPP), for comparing pay across states.
package bea

import (
	"fmt"
	"regexp"
	"strconv"
	"strings"

	"github.com/careeratlas/careeratlas/internal/career"
	"github.com/careeratlas/careeratlas/internal/importer/sheet"
)

// allItems is the SARPP line of the all-items price parity.
const allItems = "5"

var yearColumn = regexp.MustCompile(`^\d{4}$`)

// ParseRPP reads a SARPP table and returns, for the nation and each state,
// the all-items price parity of the latest year the file has.
func ParseRPP(name string, data []byte) ([]career.PriceParity, error) {
	sh, err := sheet.Read(data, func(string) bool { return true })
	if err != nil {
		return nil, fmt.Errorf("%s: %w", name, err)
	}
	var probs career.Problems
	if len(sh.Rows) == 0 {
		probs.Add(name, 1, "empty file")
		return nil, probs.Err()
	}
	cols := sheet.NewColumns(sh.Rows[0])
	fips, okF := cols["geofips"]
	geo, okG := cols["geoname"]
	line, okL := cols["linecode"]
	if !okF || !okG || !okL {
		probs.Add(name, 1, "want columns GeoFIPS, GeoName and LineCode")
		return nil, probs.Err()
	}
	year, yearCol := 0, -1
	for h, i := range cols {
		if yearColumn.MatchString(h) {
			if y, _ := strconv.Atoi(h); y > year {
				year, yearCol = y, i
			}
		}
	}
	if yearCol < 0 {
		probs.Add(name, 1, "no year columns")
		return nil, probs.Err()
	}
	var out []career.PriceParity
	for i, row := range sh.Rows[1:] {
		if sheet.Cell(row, line) != allItems {
			continue // other lines, notes and the footer
		}
		code := strings.Trim(strings.TrimSpace(sheet.CleanCode(sheet.Cell(row, fips))), `"`)
		if len(code) != 5 || strings.Trim(code, "0123456789") != "" {
			probs.Add(name, i+2, "GeoFIPS %q is not a state code", code)
			continue
		}
		v, err := strconv.ParseFloat(sheet.Cell(row, yearCol), 64)
		if err != nil || v <= 0 {
			probs.Add(name, i+2, "price parity %q for %d is not a number", sheet.Cell(row, yearCol), year)
			continue
		}
		out = append(out, career.PriceParity{FIPS: code[:2], Name: sheet.Cell(row, geo), Year: year, Index: v})
	}
	if len(out) == 0 && len(probs) == 0 {
		probs.Add(name, 2, "no rows with LineCode 5 (RPPs: All items)")
	}
	return out, probs.Err()
}
