// Package onet reads the O*NET database files (tab-separated text, and
// the Alternate Titles workbook) and merges O*NET-SOC codes ("29-2072.00")
// into the BLS SOC codes the site uses ("29-2072"). Several O*NET codes can
// share one SOC code; the merge rules are on each parser.
package onet

import (
	"cmp"
	"fmt"
	"slices"
	"strconv"
	"strings"

	"github.com/careeratlas/careeratlas/internal/career"
	"github.com/careeratlas/careeratlas/internal/importer/sheet"
)

// table reads a file and indexes the header; want names the columns needed.
type table struct {
	name string
	rows [][]string
	col  map[string]int
}

func readTable(name string, data []byte, want ...string) (*table, error) {
	sh, err := sheet.Read(data, func(string) bool { return true })
	if err != nil {
		return nil, fmt.Errorf("%s: %w", name, err)
	}
	var probs career.Problems
	if len(sh.Rows) == 0 {
		probs.Add(name, 1, "empty file")
		return nil, probs.Err()
	}
	t := &table{name: name, rows: sh.Rows[1:], col: map[string]int{}}
	cols := sheet.NewColumns(sh.Rows[0])
	for _, w := range want {
		i, ok := cols[strings.ToLower(w)]
		if !ok {
			probs.Add(name, 1, "missing column %q", w)
		}
		t.col[w] = i
	}
	return t, probs.Err()
}

func (t *table) get(row []string, col string) string { return sheet.Cell(row, t.col[col]) }

// socOf reads a row's O*NET-SOC code as its BLS SOC code, recording a
// problem at line when it is not one.
func (t *table) socOf(row []string, line int, probs *career.Problems) (string, bool) {
	s, ok := soc(t.get(row, "O*NET-SOC Code"))
	if !ok {
		probs.Add(t.name, line, "%q is not an O*NET-SOC code", t.get(row, "O*NET-SOC Code"))
	}
	return s, ok
}

// yes reads a Y/N column, recording a problem at line for anything else.
func (t *table) yes(row []string, line int, col string, probs *career.Problems) bool {
	switch v := t.get(row, col); v {
	case "Y":
		return true
	case "N":
		return false
	default:
		probs.Add(t.name, line, "%s is %q, want Y or N", col, v)
		return false
	}
}

// soc turns an O*NET-SOC code into its SOC code: "29-2072.00" → "29-2072".
func soc(onetCode string) (string, bool) {
	if len(onetCode) < 7 || !career.ValidSOC(onetCode[:7]) {
		return "", false
	}
	return onetCode[:7], true
}

// isBase reports whether an O*NET code is the one that matches its SOC
// code exactly (".00"), rather than an O*NET-only specialty.
func isBase(onetCode string) bool { return strings.HasSuffix(onetCode, ".00") }

// ParseInterests reads Interests.txt. An SOC code takes the scores of its
// ".00" O*NET occupation when there is one, otherwise the mean of its
// O*NET specialties.
func ParseInterests(name string, data []byte) ([]career.Interests, error) {
	t, err := readTable(name, data, "O*NET-SOC Code", "Element Name", "Scale ID", "Data Value")
	if err != nil {
		return nil, err
	}
	var probs career.Problems
	type acc struct {
		base    [6]float64
		hasBase [6]bool
		sum     [6]float64
		n       [6]int
	}
	by := map[string]*acc{}
	for i, row := range t.rows {
		if t.get(row, "Scale ID") != "OI" {
			continue // "IH" rows name the high points, not scores
		}
		code := t.get(row, "O*NET-SOC Code")
		s, ok := soc(code)
		if !ok {
			probs.Add(name, i+2, "%q is not an O*NET-SOC code", code)
			continue
		}
		k := slices.Index(career.RIASEC[:], t.get(row, "Element Name"))
		if k < 0 {
			probs.Add(name, i+2, "%q is not a RIASEC interest", t.get(row, "Element Name"))
			continue
		}
		v, err := strconv.ParseFloat(t.get(row, "Data Value"), 64)
		if err != nil || v < 1 || v > 7 {
			probs.Add(name, i+2, "interest score %q is not between 1 and 7", t.get(row, "Data Value"))
			continue
		}
		a := by[s]
		if a == nil {
			a = &acc{}
			by[s] = a
		}
		if isBase(code) {
			a.base[k], a.hasBase[k] = v, true
		}
		a.sum[k] += v
		a.n[k]++
	}
	var out []career.Interests
	for s, a := range by {
		in := career.Interests{SOC: s}
		for k := range 6 {
			switch {
			case a.hasBase[k]:
				in.Scores[k] = a.base[k]
			case a.n[k] > 0:
				in.Scores[k] = float64(int(a.sum[k]/float64(a.n[k])*100+0.5)) / 100
			}
		}
		out = append(out, in)
	}
	slices.SortFunc(out, func(a, b career.Interests) int { return strings.Compare(a.SOC, b.SOC) })
	return out, probs.Err()
}

// ParseJobZones reads Job Zones.txt. An SOC code takes the zone of its
// ".00" O*NET occupation, otherwise the lowest zone among its specialties
// (the easiest way in).
func ParseJobZones(name string, data []byte) ([]career.JobZone, error) {
	t, err := readTable(name, data, "O*NET-SOC Code", "Job Zone")
	if err != nil {
		return nil, err
	}
	var probs career.Problems
	base, low := map[string]int{}, map[string]int{}
	for i, row := range t.rows {
		code := t.get(row, "O*NET-SOC Code")
		s, ok := soc(code)
		if !ok {
			probs.Add(name, i+2, "%q is not an O*NET-SOC code", code)
			continue
		}
		z, err := strconv.Atoi(t.get(row, "Job Zone"))
		if err != nil || z < 1 || z > 5 {
			probs.Add(name, i+2, "job zone %q is not 1 to 5", t.get(row, "Job Zone"))
			continue
		}
		if isBase(code) {
			base[s] = z
		}
		if l, ok := low[s]; !ok || z < l {
			low[s] = z
		}
	}
	var out []career.JobZone
	for s, z := range low {
		if b, ok := base[s]; ok {
			z = b
		}
		out = append(out, career.JobZone{SOC: s, Zone: z})
	}
	slices.SortFunc(out, func(a, b career.JobZone) int { return strings.Compare(a.SOC, b.SOC) })
	return out, probs.Err()
}

// ParseRelated reads Related Occupations.txt. Links are merged to SOC
// codes, a SOC code's links to itself are dropped, and each pair keeps its
// best rank; ranks are then renumbered 1, 2, 3… per occupation.
func ParseRelated(name string, data []byte) ([]career.Related, error) {
	t, err := readTable(name, data, "O*NET-SOC Code", "Related O*NET-SOC Code", "Relatedness Tier", "Index")
	if err != nil {
		return nil, err
	}
	var probs career.Problems
	tiers := map[string]int{"Primary-Short": 0, "Primary-Long": 1, "Supplemental": 2}
	type key struct{ from, to string }
	best := map[key]int{}
	for i, row := range t.rows {
		from, ok1 := soc(t.get(row, "O*NET-SOC Code"))
		to, ok2 := soc(t.get(row, "Related O*NET-SOC Code"))
		if !ok1 || !ok2 {
			probs.Add(name, i+2, "not O*NET-SOC codes: %q → %q", t.get(row, "O*NET-SOC Code"), t.get(row, "Related O*NET-SOC Code"))
			continue
		}
		tier, ok := tiers[t.get(row, "Relatedness Tier")]
		if !ok {
			probs.Add(name, i+2, "relatedness tier %q is unknown", t.get(row, "Relatedness Tier"))
			continue
		}
		idx, err := strconv.Atoi(t.get(row, "Index"))
		if err != nil {
			probs.Add(name, i+2, "index %q is not a number", t.get(row, "Index"))
			continue
		}
		if from == to {
			continue
		}
		score := tier*1000 + idx
		k := key{from, to}
		if b, ok := best[k]; !ok || score < b {
			best[k] = score
		}
	}
	by := map[string][]career.Related{}
	for k, score := range best {
		by[k.from] = append(by[k.from], career.Related{SOC: k.from, Related: k.to, Rank: score})
	}
	var out []career.Related
	for _, rs := range by {
		slices.SortFunc(rs, func(a, b career.Related) int {
			return cmp.Or(cmp.Compare(a.Rank, b.Rank), strings.Compare(a.Related, b.Related))
		})
		for i := range rs {
			rs[i].Rank = i + 1
		}
		out = append(out, rs...)
	}
	slices.SortFunc(out, func(a, b career.Related) int {
		return cmp.Or(strings.Compare(a.SOC, b.SOC), cmp.Compare(a.Rank, b.Rank))
	})
	return out, probs.Err()
}

// ParseAlternateTitles reads the Alternate Titles workbook (or its text
// form): both the alternate and the short titles, merged to SOC codes and
// de-duplicated without regard to case.
func ParseAlternateTitles(name string, data []byte) ([]career.AltTitle, error) {
	t, err := readTable(name, data, "O*NET-SOC Code", "Alternate Title", "Short Title")
	if err != nil {
		return nil, err
	}
	var probs career.Problems
	seen := map[string]bool{}
	var out []career.AltTitle
	for i, row := range t.rows {
		s, ok := t.socOf(row, i+2, &probs)
		if !ok {
			continue
		}
		for _, title := range []string{t.get(row, "Alternate Title"), t.get(row, "Short Title")} {
			title = strings.Join(strings.Fields(title), " ")
			k := s + "\x00" + strings.ToLower(title)
			if title == "" || strings.EqualFold(title, "n/a") || seen[k] {
				continue
			}
			seen[k] = true
			out = append(out, career.AltTitle{SOC: s, Title: title})
		}
	}
	slices.SortFunc(out, func(a, b career.AltTitle) int {
		return cmp.Or(strings.Compare(a.SOC, b.SOC), strings.Compare(strings.ToLower(a.Title), strings.ToLower(b.Title)))
	})
	return out, probs.Err()
}

// ParseReportedTitles reads O*NET's Sample of Reported Titles and keeps
// the titles O*NET shows its own users ("Shown in My Next Move" is Y),
// merged to BLS SOC codes, in the file's order within each occupation.
func ParseReportedTitles(name string, data []byte) ([]career.ReportedTitle, error) {
	t, err := readTable(name, data, "O*NET-SOC Code", "Reported Job Title", "Shown in My Next Move")
	if err != nil {
		return nil, err
	}
	var probs career.Problems
	seen := map[string]bool{}
	var out []career.ReportedTitle
	for i, row := range t.rows {
		s, ok := t.socOf(row, i+2, &probs)
		if !ok {
			continue
		}
		if !t.yes(row, i+2, "Shown in My Next Move", &probs) {
			continue
		}
		title := strings.Join(strings.Fields(t.get(row, "Reported Job Title")), " ")
		k := s + "\x00" + strings.ToLower(title)
		if title == "" || seen[k] {
			continue
		}
		seen[k] = true
		out = append(out, career.ReportedTitle{SOC: s, Title: title})
	}
	slices.SortStableFunc(out, func(a, b career.ReportedTitle) int { return strings.Compare(a.SOC, b.SOC) })
	return out, probs.Err()
}

// ParseTechnology reads O*NET's Technology Skills, merged to BLS SOC codes:
// one row per occupation and product, by occupation, kind and name.
func ParseTechnology(name string, data []byte) ([]career.Technology, error) {
	t, err := readTable(name, data, "O*NET-SOC Code", "Example", "Commodity Title", "Hot Technology", "In Demand")
	if err != nil {
		return nil, err
	}
	var probs career.Problems
	at := map[string]int{}
	var out []career.Technology
	for i, row := range t.rows {
		s, ok := t.socOf(row, i+2, &probs)
		if !ok {
			continue
		}
		tech := career.Technology{SOC: s, Name: strings.Join(strings.Fields(t.get(row, "Example")), " "),
			Kind: strings.Join(strings.Fields(t.get(row, "Commodity Title")), " "),
			Hot:  t.yes(row, i+2, "Hot Technology", &probs), InDemand: t.yes(row, i+2, "In Demand", &probs)}
		if tech.Name == "" || tech.Kind == "" {
			probs.Add(name, i+2, "a technology needs an example and a commodity title")
			continue
		}
		// O*NET's specialties of one SOC code may list the same product:
		// keep one, flagged if any of them flags it.
		k := s + "\x00" + strings.ToLower(tech.Name)
		if j, ok := at[k]; ok {
			out[j].Hot = out[j].Hot || tech.Hot
			out[j].InDemand = out[j].InDemand || tech.InDemand
			continue
		}
		at[k] = len(out)
		out = append(out, tech)
	}
	slices.SortFunc(out, func(a, b career.Technology) int {
		return cmp.Or(strings.Compare(a.SOC, b.SOC), strings.Compare(a.Kind, b.Kind), strings.Compare(strings.ToLower(a.Name), strings.ToLower(b.Name)))
	})
	return out, probs.Err()
}
