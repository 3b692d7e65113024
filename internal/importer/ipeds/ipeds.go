// Package ipeds reads the National Center for Education Statistics' IPEDS
// files: the institutional directory (hdYYYY.csv) and completions by
// program (cYYYY_a.csv). Columns are found by their official names; UTF-8
// with a byte-order mark and the cp1252 of older years are both read.
package ipeds

import (
	"fmt"
	"regexp"
	"strconv"
	"strings"

	"github.com/careeratlas/careeratlas/internal/career"
	"github.com/careeratlas/careeratlas/internal/importer/sheet"
)

// Directory is what a directory file holds.
type Directory struct {
	Year         string // "2024"
	Institutions []career.Institution
	// Skipped counts closed and inactive institutions left out.
	Skipped int
	// Offices are the administrative offices of systems (SECTOR 0, such
	// as "SUNY-System Office"): they award nothing and are not schools,
	// so they are kept apart from Institutions.
	Offices []Office
	// Systems gives, for each institution in Institutions that belongs to
	// a multi-institution system, the system's IPEDS code (F1SYSCOD), so
	// an office can point to its system's campuses.
	Systems map[string]string
}

// Office is the administrative office of a system of institutions
// (IPEDS SECTOR 0).
type Office struct {
	UnitID, Name, City, State string
	// SystemCode and System are the system's IPEDS code and name
	// (F1SYSCOD, F1SYSNAM); empty when IPEDS records none.
	SystemCode, System string
}

var yearInName = regexp.MustCompile(`(?i)(?:hd|c)(\d{4})`)

// header finds the row holding want and indexes its columns by their
// lower-cased official names.
func header(name string, sh *sheet.Sheet, want string, probs *career.Problems) (int, sheet.Columns) {
	hi := sh.HeaderWith(want)
	if hi < 0 {
		probs.Add(name, 1, "no header row with %s", strings.ToUpper(want))
		return -1, nil
	}
	return hi, sheet.NewColumns(sh.Rows[hi])
}

func need(name string, line int, cols sheet.Columns, probs *career.Problems, names ...string) map[string]int {
	idx := map[string]int{}
	for _, n := range names {
		i, ok := cols[n]
		if !ok {
			probs.Add(name, line, "missing column %s", strings.ToUpper(n))
		}
		idx[n] = i
	}
	return idx
}

// ParseDirectory reads an IPEDS directory file. Institutions that are
// closed (CLOSEDAT set) or not active in the current year (CYACTIVE ≠ 1)
// are left out, and the administrative offices of systems (SECTOR 0) are
// kept apart, in Offices.
func ParseDirectory(name string, data []byte) (*Directory, error) {
	sh, err := sheet.Read(data, func(string) bool { return true })
	if err != nil {
		return nil, fmt.Errorf("%s: %w", name, err)
	}
	var probs career.Problems
	hi, cols := header(name, sh, "unitid", &probs)
	if hi < 0 {
		return nil, probs.Err()
	}
	c := need(name, hi+1, cols, &probs, "unitid", "instnm", "addr", "city", "stabbr", "zip", "webaddr",
		"control", "iclevel", "latitude", "longitud", "cyactive", "closedat", "sector")
	if len(probs) > 0 {
		return nil, probs.Err()
	}
	out := &Directory{Systems: map[string]string{}}
	if m := yearInName.FindStringSubmatch(name); m != nil {
		out.Year = m[1]
	}
	sysCode, hasSys := cols["f1syscod"]
	sysName, hasName := cols["f1sysnam"]
	if !hasName {
		sysName = -1
	}
	system := func(row []string) string {
		if !hasSys {
			return ""
		}
		if c := sheet.Cell(row, sysCode); c != "-2" {
			return c
		}
		return ""
	}
	seen := map[string]int{}
	for ri := hi + 1; ri < len(sh.Rows); ri++ {
		row, line := sh.Rows[ri], ri+1
		get := func(col string) string { return sheet.Cell(row, c[col]) }
		id := get("unitid")
		if id == "" {
			continue
		}
		if _, err := strconv.Atoi(id); err != nil {
			probs.Add(name, line, "UNITID %q is not a number", id)
			continue
		}
		if prev, dup := seen[id]; dup {
			probs.Add(name, line, "UNITID %s already appears on line %d", id, prev)
			continue
		}
		seen[id] = line
		if get("sector") == "0" {
			o := Office{UnitID: id, Name: get("instnm"), City: get("city"), State: get("stabbr"), SystemCode: system(row)}
			if o.SystemCode != "" {
				o.System = sheet.Cell(row, sysName)
			}
			out.Offices = append(out.Offices, o)
			continue
		}
		if get("cyactive") != "1" || (get("closedat") != "-2" && get("closedat") != "") {
			out.Skipped++
			continue
		}
		in := career.Institution{
			UnitID: id, Name: get("instnm"), Address: get("addr"), City: get("city"),
			State: get("stabbr"), ZIP: get("zip"), Website: cleanWebsite(get("webaddr")),
		}
		if in.Name == "" {
			probs.Add(name, line, "INSTNM is empty")
		}
		ctl, err := strconv.Atoi(get("control"))
		if err != nil {
			probs.Add(name, line, "CONTROL %q is not a number", get("control"))
		}
		if ctl >= 1 && ctl <= 3 {
			in.Control = career.Control(ctl)
		}
		lvl, err := strconv.Atoi(get("iclevel"))
		if err != nil {
			probs.Add(name, line, "ICLEVEL %q is not a number", get("iclevel"))
		}
		if lvl >= 1 && lvl <= 3 {
			in.Level = career.Level(lvl)
		}
		lat, err1 := strconv.ParseFloat(get("latitude"), 64)
		lon, err2 := strconv.ParseFloat(get("longitud"), 64)
		switch {
		case err1 != nil || err2 != nil:
			if get("latitude") != "" && get("latitude") != "-2" {
				probs.Add(name, line, "LATITUDE/LONGITUD %q/%q are not numbers", get("latitude"), get("longitud"))
			}
		case lat < -90 || lat > 90 || lon < -180 || lon > 180:
			probs.Add(name, line, "coordinates %v, %v are out of range", lat, lon)
		default:
			in.Lat, in.Lon, in.HasGeo = lat, lon, true
		}
		if code := system(row); code != "" {
			out.Systems[id] = code
		}
		out.Institutions = append(out.Institutions, in)
	}
	return out, probs.Err()
}

// cleanWebsite trims the website IPEDS records; it is kept without a
// scheme, which pages add.
func cleanWebsite(s string) string {
	s = strings.TrimSpace(s)
	s = strings.TrimPrefix(strings.TrimPrefix(s, "https://"), "http://")
	return strings.TrimSuffix(s, "/")
}

// Completions is what a completions file holds.
type Completions struct {
	Year string
	Rows []career.Completion
}

// ParseCompletions reads an IPEDS completions file (cYYYY_a.csv). Only
// first majors are kept (MAJORNUM 1), as in the site's figures.
func ParseCompletions(name string, data []byte) (*Completions, error) {
	sh, err := sheet.Read(data, func(string) bool { return true })
	if err != nil {
		return nil, fmt.Errorf("%s: %w", name, err)
	}
	var probs career.Problems
	hi, cols := header(name, sh, "unitid", &probs)
	if hi < 0 {
		return nil, probs.Err()
	}
	c := need(name, hi+1, cols, &probs, "unitid", "cipcode", "majornum", "awlevel", "ctotalt")
	if len(probs) > 0 {
		return nil, probs.Err()
	}
	out := &Completions{Rows: make([]career.Completion, 0, len(sh.Rows))}
	if m := yearInName.FindStringSubmatch(name); m != nil {
		out.Year = m[1]
	}
	for ri := hi + 1; ri < len(sh.Rows); ri++ {
		row, line := sh.Rows[ri], ri+1
		get := func(col string) string { return sheet.Cell(row, c[col]) }
		if get("unitid") == "" {
			continue
		}
		if get("majornum") != "1" {
			continue
		}
		cip := sheet.CleanCode(get("cipcode"))
		if cip != "99" && !career.ValidCIP(cip) {
			probs.Add(name, line, "CIPCODE %q is not a 6-digit CIP code", cip)
			continue
		}
		aw, err := strconv.Atoi(get("awlevel"))
		if err != nil || !career.Award(aw).Known() {
			probs.Add(name, line, "AWLEVEL %q is not an IPEDS award level", get("awlevel"))
			continue
		}
		total, err := strconv.Atoi(get("ctotalt"))
		if err != nil || total < 0 {
			probs.Add(name, line, "CTOTALT %q is not a count", get("ctotalt"))
			continue
		}
		out.Rows = append(out.Rows, career.Completion{UnitID: get("unitid"), CIP: cip, Award: career.Award(aw), Total: total})
	}
	return out, probs.Err()
}
