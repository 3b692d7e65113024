package careertest

import (
	"bytes"
	"encoding/csv"
	"errors"
	"flag"
	"fmt"
	"io"
	"io/fs"
	"os"
	"path/filepath"
	"regexp"
	"slices"
	"strconv"
	"strings"
	"testing"

	"github.com/careeratlas/careeratlas/internal/content"
)

var update = flag.Bool("update", false, "rewrite testdata/content from the real content/ tree")

// The selection: everything the fixture keeps from the real tree.
var (
	// socs are the detailed occupations, in seven major groups.
	socs = []string{
		SOCTopCoded,   // 11-1011 Chief Executives: top-coded pay
		"11-1021",     // General and Operations Managers: linked from the chief executives profile
		"15-1252",     // Software Developers
		SOCAnnualOnly, // 25-1072 Nursing Instructors and Teachers, Postsecondary: annual pay only
		SOCHourlyOnly, // 27-2011 Actors: hourly pay only, summary only
		SOCNurse,      // 29-1141 Registered Nurses
		"29-2061",     // Licensed Practical and Licensed Vocational Nurses
		SOCWritten,    // 29-2072 Medical Records Specialists: full profile
		SOCNoWages,    // 45-3031 Fishing and Hunting Workers: projection, no wages
		"47-2111",     // Electricians
	}
	// unitIDs are the schools: four in or near Columbus, two in Pennsylvania.
	unitIDs = []string{
		UnitID,   // 202222 Columbus State Community College (public, 43215)
		"202806", // Franklin University (private nonprofit, 43215)
		"203386", // Hondros College of Nursing (for-profit, 43229)
		"204176", // Mount Carmel College of Nursing (private nonprofit, 43222)
		"214883", // Peirce College (private nonprofit, Philadelphia)
		"461218", // Institute of Medical Careers (for-profit, Pittsburgh)
	}
	// zips are the schools' ZIP codes and one without a school (Cleveland).
	zips   = []string{"15235", "19103", ZIP, "43222", "43229", "44113"}
	states = []string{State, OtherState}
	// cutDate is the day the tree was last cut, for its README.
	cutDate = "2026-12-05"
)

const (
	realContent = "../../../content"
	fixture     = "testdata/content"
)

// TestRegenerate rewrites testdata/content from the real content tree.
// Run it after a data release or after changing the selection:
//
//	go test ./internal/career/careertest -run TestRegenerate -update
func TestRegenerate(t *testing.T) {
	if !*update {
		t.Skip("run with -update to rewrite testdata/content")
	}
	files, err := cut(os.DirFS(realContent), Content())
	if err != nil {
		t.Fatal(err)
	}
	if err := os.RemoveAll(fixture); err != nil {
		t.Fatal(err)
	}
	for name, b := range files {
		path := filepath.Join(fixture, filepath.FromSlash(name))
		if err := os.MkdirAll(filepath.Dir(path), 0o755); err != nil {
			t.Fatal(err)
		}
		if err := os.WriteFile(path, b, 0o644); err != nil {
			t.Fatal(err)
		}
	}
	if _, err := content.Load(os.DirFS(fixture)); err != nil {
		t.Fatalf("the new fixture does not load:\n%v", err)
	}
}

// cut returns the fixture's files, by slash-separated name, cut from the
// content tree in src. The national wages are cut from wages instead (the
// fixture as committed): they stay those of May 2024, the last national
// release with top-coded cells, so that top-coding stays tested.
func cut(src, wages fs.FS) (map[string][]byte, error) {
	c := &cutter{src: src, out: map[string][]byte{}}
	soc := set(socs...)
	groups := set()
	for _, s := range socs {
		groups[s[:3]+"0000"] = true
	}
	stateNames, fips := set(), set("00") // 00 is the United States
	c.csv("states", func(r row) bool {
		if !slices.Contains(states, r.get("code")) {
			return false
		}
		stateNames[r.get("name")] = true
		fips[r.get("fips")] = true
		return true
	})
	c.src = wages
	c.csv("oews_national", func(r row) bool {
		return r.get("soc") == "00-0000" || groups[r.get("soc")] && r.get("level") == "major" || soc[r.get("soc")]
	})
	c.src = src
	c.csv("projections", func(r row) bool {
		return r.get("soc") == "00-0000" || groups[r.get("soc")] || soc[r.get("soc")]
	})
	c.csv("oews_state_means", func(r row) bool { return stateNames[r.get("area_title")] && soc[r.get("soc")] })
	c.csv("price_parities", func(r row) bool { return fips[r.get("fips")] })
	c.csv("zips", func(r row) bool { return slices.Contains(zips, r.get("zip")) })
	unit := set(unitIDs...)
	c.csv("institutions", func(r row) bool { return unit[r.get("unitid")] })
	c.handOffice()
	// What the schools reported to IPEDS IC, ADM and SFA.
	for _, name := range []string{"characteristics", "admissions", "student_aid"} {
		c.csv(name, func(r row) bool { return unit[r.get("unitid")] })
	}
	// Programs: those the schools award and those that lead to the
	// occupations, with their 2-digit families and 4-digit series.
	cips := set()
	need := func(code string) {
		if code != "99" {
			cips[code], cips[code[:2]], cips[code[:min(5, len(code))]] = true, true, true
		}
	}
	c.csv("completions", func(r row) bool {
		if !unit[r.get("unitid")] {
			return false
		}
		need(r.get("cip"))
		return true
	})
	c.csv("cip_soc", func(r row) bool {
		if !soc[r.get("soc")] {
			return false
		}
		need(r.get("cip"))
		return true
	})
	c.csv("cip", func(r row) bool { return cips[r.get("cip")] })
	for _, name := range []string{"onet_interests", "onet_job_zones", "onet_titles", "onet_reported_titles", "onet_technology"} {
		c.csv(name, func(r row) bool { return soc[r.get("soc")] })
	}
	c.csv("onet_related", func(r row) bool { return soc[r.get("soc")] && soc[r.get("related_soc")] })
	c.occupations(soc)
	c.copy("lists/" + ListSlug + ".md")
	c.copy("growth.yaml")
	c.assessment(3)
	c.out["README.md"] = []byte(readme())
	return c.out, c.err
}

func set(xs ...string) map[string]bool {
	m := map[string]bool{}
	for _, x := range xs {
		m[x] = true
	}
	return m
}

// cutter copies parts of files from src to out, remembering the first
// error.
type cutter struct {
	src fs.FS
	out map[string][]byte
	err error
}

func (c *cutter) read(name string) []byte {
	if c.err != nil {
		return nil
	}
	b, err := fs.ReadFile(c.src, name)
	if err != nil {
		c.err = err
	}
	return b
}

func (c *cutter) copy(name string) {
	if b := c.read(name); c.err == nil {
		c.out[name] = b
	}
}

// handOffice writes the fixture's one system office by hand: IPEDS has no
// office for the system of any of the fixture's schools, so this one is
// made up (unit ID 999901) for Hondros College of Nursing's system.
// Its sidecar is the real one, with its row count.
func (c *cutter) handOffice() {
	meta := c.read("data/system_offices.source.yaml")
	c.out["data/system_offices.csv"] = []byte("unitid,name,slug,system_code,system\n" +
		"999901,National Education Seminars Inc.-System Office,national-education-seminars-inc-system-office,303380,National Education Seminars Inc.\n")
	c.out["data/system_offices.source.yaml"] = rowsLine.ReplaceAll(meta, []byte("rows: 1"))
}

// row is one CSV record, read by column name.
type row struct {
	index map[string]int
	cells []string
}

func (r row) get(col string) string { return r.cells[r.index[col]] }

var rowsLine = regexp.MustCompile(`(?m)^rows: \d+$`)

// csv copies the header and the rows keep accepts of data/name.csv, byte
// for byte, and its sidecar with the new row count.
func (c *cutter) csv(name string, keep func(row) bool) {
	b := c.read("data/" + name + ".csv")
	meta := c.read("data/" + name + ".source.yaml")
	if c.err != nil {
		return
	}
	cr := csv.NewReader(bytes.NewReader(b))
	header, err := cr.Read()
	if err != nil {
		c.err = fmt.Errorf("%s: %w", name, err)
		return
	}
	r := row{index: map[string]int{}}
	for i, h := range header {
		r.index[h] = i
	}
	start := cr.InputOffset()
	out := slices.Clone(b[:start])
	n := 0
	for {
		cells, err := cr.Read()
		if errors.Is(err, io.EOF) {
			break
		}
		if err != nil {
			c.err = fmt.Errorf("%s: %w", name, err)
			return
		}
		end := cr.InputOffset()
		r.cells = cells
		if keep(r) {
			out = append(out, b[start:end]...)
			n++
		}
		start = end
	}
	c.out["data/"+name+".csv"] = out
	c.out["data/"+name+".source.yaml"] = rowsLine.ReplaceAll(meta, []byte("rows: "+strconv.Itoa(n)))
}

var socLine = regexp.MustCompile(`(?m)^soc: "([0-9-]+)"$`)

// occupations copies the occupation files of the chosen SOC codes.
func (c *cutter) occupations(soc map[string]bool) {
	entries, err := fs.ReadDir(c.src, "occupations")
	if err != nil {
		c.err = err
		return
	}
	found := 0
	for _, e := range entries {
		name := e.Name()
		b := c.read("occupations/" + name)
		if m := socLine.FindSubmatch(b); m != nil && soc[string(m[1])] {
			c.out["occupations/"+name] = b
			found++
		}
	}
	if c.err == nil && found != len(soc) {
		c.err = fmt.Errorf("found %d occupation files for %d SOC codes", found, len(soc))
	}
}

// assessment copies assessment.yaml with its first n items in each area.
// The file is a comment, "items:", then items of three lines each.
func (c *cutter) assessment(n int) {
	b := c.read("assessment.yaml")
	if c.err != nil {
		return
	}
	lines := strings.SplitAfter(string(b), "\n")
	var out strings.Builder
	perArea := map[string]int{}
	for i := 0; i < len(lines); i++ {
		l := lines[i]
		if !strings.HasPrefix(l, "  - id: ") {
			out.WriteString(l)
			continue
		}
		item := strings.Join(lines[i:min(i+3, len(lines))], "")
		i += 2
		area := strings.TrimSpace(strings.TrimPrefix(lines[i-1], "    area:"))
		if perArea[area] < n {
			out.WriteString(item)
		}
		perArea[area]++
	}
	c.out["assessment.yaml"] = []byte(out.String())
}

// readme describes the tree in its README.md.
func readme() string {
	return "This is the test fixture of internal/career/careertest: a small tree in the\n" +
		"layout of content/, cut from the real content/ tree on " + cutDate + " by TestRegenerate\n" +
		"(go test -run TestRegenerate -update). Files are copied unchanged except rows:\n" +
		"in data/*.source.yaml, which counts the rows kept, and data/system_offices.csv,\n" +
		"whose one office (999901, of Hondros College of Nursing's system) is made up.\n" +
		"The national wages stay those\n" +
		"of OEWS May 2024, the last release with top-coded cells, so top-coding stays tested.\n" +
		"SOC codes: " + strings.Join(socs, ", ") + ".\n" +
		"UNITIDs: " + strings.Join(unitIDs, ", ") + "; ZIPs: " + strings.Join(zips, ", ") + "; states: " + strings.Join(states, ", ") + ".\n"
}
