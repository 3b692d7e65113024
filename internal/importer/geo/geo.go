// Package geo reads place data: GeoNames' U.S. postal codes (US.txt, CC BY
// 4.0) and the Census list of state codes (state.txt).
package geo

import (
	"fmt"
	"strconv"
	"strings"

	"github.com/careeratlas/careeratlas/internal/career"
	"github.com/careeratlas/careeratlas/internal/importer/sheet"
)

// GeoNames postal-code files have no header row; their documented column
// order is country, postal code, place, admin1 name, admin1 code, admin2
// name, admin2 code, admin3 name, admin3 code, latitude, longitude, accuracy.
const (
	colCountry = 0
	colZIP     = 1
	colPlace   = 2
	colState   = 4
	colLat     = 9
	colLon     = 10
	minColumns = 11
)

// ParseZIPs reads a GeoNames postal-code file.
func ParseZIPs(name string, data []byte) ([]career.Place, error) {
	sh, err := sheet.Read(data, func(string) bool { return true })
	if err != nil {
		return nil, fmt.Errorf("%s: %w", name, err)
	}
	if !looksLikeGeoNames(sh.Rows) {
		return nil, fmt.Errorf("%s: not a GeoNames postal-code file: want tab-separated rows of country code, postal code, "+
			"place name, state name, state code, county, …, latitude, longitude, accuracy, with no header (GeoNames' US.txt)", name)
	}
	var probs career.Problems
	var out []career.Place
	seen := map[string]bool{}
	for i, row := range sh.Rows {
		line := i + 1
		if len(row) == 1 && strings.TrimSpace(row[0]) == "" {
			continue
		}
		if len(row) < minColumns {
			probs.Add(name, line, "want %d tab-separated columns, found %d", minColumns+1, len(row))
			continue
		}
		if row[colCountry] != "US" {
			continue
		}
		zip := strings.TrimSpace(row[colZIP])
		if len(zip) != 5 || strings.Trim(zip, "0123456789") != "" {
			probs.Add(name, line, "postal code %q is not a 5-digit ZIP code", zip)
			continue
		}
		lat, err1 := strconv.ParseFloat(row[colLat], 64)
		lon, err2 := strconv.ParseFloat(row[colLon], 64)
		if err1 != nil || err2 != nil || lat < -90 || lat > 90 || lon < -180 || lon > 180 {
			probs.Add(name, line, "coordinates %q, %q are not a place", row[colLat], row[colLon])
			continue
		}
		if seen[zip] {
			continue // GeoNames lists a few ZIP codes twice; the first wins
		}
		seen[zip] = true
		out = append(out, career.Place{ZIP: zip, Name: row[colPlace], State: row[colState], Lat: lat, Lon: lon})
	}
	if len(out) == 0 && len(probs) == 0 {
		probs.Add(name, 0, "no U.S. postal codes (country US) in the file")
	}
	return out, probs.Err()
}

// looksLikeGeoNames reports whether the first row is a GeoNames record:
// a two-letter country code, then a postal code, with a latitude and a
// longitude where GeoNames puts them.
func looksLikeGeoNames(rows [][]string) bool {
	for _, row := range rows {
		if len(row) == 1 && strings.TrimSpace(row[0]) == "" {
			continue
		}
		if len(row) < minColumns || len(row[colCountry]) != 2 || strings.ToUpper(row[colCountry]) != row[colCountry] {
			return false
		}
		_, err1 := strconv.ParseFloat(row[colLat], 64)
		_, err2 := strconv.ParseFloat(row[colLon], 64)
		return err1 == nil && err2 == nil
	}
	return false
}

// notStates are rows of the Census list that are agencies, not places.
var notStates = map[string]bool{"BI": true, "AE": true}

// ParseStates reads the Census state list (STATE|STUSAB|STATE_NAME|STATENS).
func ParseStates(name string, data []byte) ([]career.State, error) {
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
	fips, okf := cols["state"]
	code, okc := cols["stusab"]
	title, okn := cols["state_name"]
	if !okf || !okc || !okn {
		probs.Add(name, 1, "want columns STATE, STUSAB and STATE_NAME")
		return nil, probs.Err()
	}
	var out []career.State
	for i, row := range sh.Rows[1:] {
		s := career.State{FIPS: sheet.Cell(row, fips), Code: sheet.Cell(row, code), Name: sheet.Cell(row, title)}
		if s.Code == "" {
			continue
		}
		if len(s.Code) != 2 || s.Name == "" {
			probs.Add(name, i+2, "state %q %q is incomplete", s.Code, s.Name)
			continue
		}
		if notStates[s.Code] {
			continue
		}
		out = append(out, s)
	}
	return out, probs.Err()
}
