package ipeds

import (
	"maps"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"testing"

	"golang.org/x/text/encoding/charmap"

	"github.com/careeratlas/careeratlas/internal/career"
	"github.com/careeratlas/careeratlas/internal/sharedtest"
)

const hdHeader = "UNITID,INSTNM,IALIAS,ADDR,CITY,STABBR,ZIP,WEBADDR,SECTOR,ICLEVEL,CONTROL,CLOSEDAT,CYACTIVE,LONGITUD,LATITUDE\r\n"

func TestParseDirectoryUTF8WithBOM(t *testing.T) {
	data := "\ufeff" + hdHeader +
		"204796,Ohio State University-Main Campus,OSU,Student Academic Services Building,Columbus,OH,43210-1358,www.osu.edu/,1,1,1,-2,1,-83.030259,40.001256\r\n" +
		"449135,Dewey University-Juana Díaz,,Carr. 149,Juana Diaz,PR,00795,https://www.dewey.edu/,3,1,3,-2,1,-66.5,18.05\r\n" +
		"999991,Closed College,,1 Main St,Springfield,IL,62701,,2,1,2,6/30/2024,1,-89.6,39.8\r\n" +
		"999992,Inactive Institute,,1 Main St,Springfield,IL,62701,,2,1,2,-2,3,-89.6,39.8\r\n"
	got, err := ParseDirectory("hd2024.csv", []byte(data))
	if err != nil {
		t.Fatal(err)
	}
	if got.Year != "2024" || got.Skipped != 2 || len(got.Institutions) != 2 {
		t.Fatalf("year %q, skipped %d, kept %d; want 2024, 2, 2", got.Year, got.Skipped, len(got.Institutions))
	}
	osu := got.Institutions[0]
	want := career.Institution{UnitID: "204796", Name: "Ohio State University-Main Campus", Address: "Student Academic Services Building",
		City: "Columbus", State: "OH", ZIP: "43210-1358", Website: "www.osu.edu", Control: career.Public, Level: career.FourYear,
		Lat: 40.001256, Lon: -83.030259, HasGeo: true}
	if osu != want {
		t.Errorf("OSU:\n got %+v\nwant %+v", osu, want)
	}
	if got.Institutions[1].Name != "Dewey University-Juana Díaz" || got.Institutions[1].Website != "www.dewey.edu" || got.Institutions[1].Control != career.PrivateForProfit {
		t.Errorf("second: %+v", got.Institutions[1])
	}
}

func TestParseDirectoryCP1252(t *testing.T) {
	text := hdHeader + "241225,Universidad Central de Bayamon,,Carr 2,Bayamón,PR,00960,www.ucb.edu.pr,2,1,2,-2,1,-66.15,18.39\r\n"
	data, err := charmap.Windows1252.NewEncoder().Bytes([]byte(text))
	if err != nil {
		t.Fatal(err)
	}
	got, err := ParseDirectory("hd2022.csv", data)
	if err != nil {
		t.Fatal(err)
	}
	if got.Institutions[0].City != "Bayamón" {
		t.Errorf("cp1252 city read as %q", got.Institutions[0].City)
	}
}

func TestParseDirectoryProblems(t *testing.T) {
	data := hdHeader +
		"12x,Bad,,a,b,OH,1,,1,1,1,-2,1,-83,40\r\n" +
		"204796,OSU,,a,Columbus,OH,1,,1,1,1,-2,1,-83,400\r\n" +
		"204796,OSU again,,a,Columbus,OH,1,,1,1,1,-2,1,-83,40\r\n"
	_, err := ParseDirectory("hd2024.csv", []byte(data))
	if err == nil {
		t.Fatal("accepted a bad directory")
	}
	for _, want := range []string{`hd2024.csv:2: UNITID "12x" is not a number`, `hd2024.csv:3: coordinates 400, -83 are out of range`, `hd2024.csv:4: UNITID 204796 already appears on line 3`} {
		if !strings.Contains(err.Error(), want) {
			t.Errorf("lacks %q:\n%v", want, err)
		}
	}
	if _, err := ParseDirectory("hd2024.csv", []byte("UNITID,INSTNM\n1,x\n")); err == nil || !strings.Contains(err.Error(), "missing column CITY") {
		t.Errorf("missing columns: %v", err)
	}
}

func TestParseCompletions(t *testing.T) {
	data := "UNITID,CIPCODE,MAJORNUM,AWLEVEL,CTOTALT,CTOTALM,CTOTALW\r\n" +
		"100654,01.0999,1,5,12,2,10\r\n" +
		"100654,99,1,5,900,400,500\r\n" +
		"100654,51.0707,2,3,4,1,3\r\n" + // second major: left out
		"100654,\"=\"\"51.0707\"\"\",1,21,7,1,6\r\n"
	got, err := ParseCompletions("c2024_a.csv", []byte(data))
	if err != nil {
		t.Fatal(err)
	}
	want := []career.Completion{
		{UnitID: "100654", CIP: "01.0999", Award: 5, Total: 12},
		{UnitID: "100654", CIP: "99", Award: 5, Total: 900},
		{UnitID: "100654", CIP: "51.0707", Award: 21, Total: 7},
	}
	if len(got.Rows) != len(want) {
		t.Fatalf("rows %+v, want %+v", got.Rows, want)
	}
	for i := range want {
		if got.Rows[i] != want[i] {
			t.Errorf("row %d: %+v, want %+v", i, got.Rows[i], want[i])
		}
	}
	bad := "UNITID,CIPCODE,MAJORNUM,AWLEVEL,CTOTALT\n1,51.07,1,5,3\n1,51.0707,1,42,3\n1,51.0707,1,5,-1\n"
	_, err = ParseCompletions("c.csv", []byte(bad))
	for _, w := range []string{`c.csv:2: CIPCODE "51.07"`, `c.csv:3: AWLEVEL "42"`, `c.csv:4: CTOTALT "-1"`} {
		if err == nil || !strings.Contains(err.Error(), w) {
			t.Errorf("lacks %q: %v", w, err)
		}
	}
}

func TestRealFiles(t *testing.T) {
	dir := sharedtest.Dir(t)
	read := func(name string) []byte {
		b, err := os.ReadFile(filepath.Join(dir, "ipeds", name))
		if err != nil {
			t.Fatal(err)
		}
		return b
	}
	hd, err := ParseDirectory("hd2024.csv", read("hd2024.csv"))
	if err != nil {
		t.Fatal(err)
	}
	if len(hd.Institutions) != 5907 {
		t.Errorf("%d active institutions in 2024, want 5907 (and %d system offices, not schools)", len(hd.Institutions), len(hd.Offices))
	}
	byID := map[string]career.Institution{}
	ohio := 0
	for _, in := range hd.Institutions {
		byID[in.UnitID] = in
		if in.State == "OH" {
			ohio++
		}
	}
	if osu := byID["204796"]; osu.Name != "Ohio State University-Main Campus" || osu.City != "Columbus" {
		t.Errorf("204796: %q in %q", osu.Name, osu.City)
	}
	if ohio != 270 {
		t.Errorf("%d active institutions in Ohio, want 270 (Antioch University's system administration is not a school)", ohio)
	}
	old, err := ParseDirectory("hd2022.csv", read("hd2022.csv"))
	if err != nil {
		t.Fatalf("the cp1252 directory of 2022: %v", err)
	}
	for _, in := range old.Institutions {
		if in.UnitID == "241225" && in.City != "Bayamón" {
			t.Errorf("2022 city of 241225 read as %q, want Bayamón", in.City)
		}
	}

	comp, err := ParseCompletions("c2024_a.csv", read("c2024_a.csv"))
	if err != nil {
		t.Fatal(err)
	}
	if len(comp.Rows) != 286979 {
		t.Errorf("%d completion rows, want 286979", len(comp.Rows))
	}
	schools := map[string]bool{}
	for _, c := range comp.Rows {
		if c.CIP == "51.0707" && byID[c.UnitID].State == "OH" {
			schools[c.UnitID] = true
		}
	}
	if len(schools) != 18 || !schools[columbusState(hd)] {
		t.Errorf("%d Ohio schools with completions in 51.0707 (Columbus State among them: %v), want 18", len(schools), schools[columbusState(hd)])
	}
}

// columbusState finds Columbus State Community College's unit ID.
func columbusState(d *Directory) string {
	for _, in := range d.Institutions {
		if in.Name == "Columbus State Community College" {
			return in.UnitID
		}
	}
	return ""
}

// TestParseDirectoryOffices: a system's administrative office (SECTOR 0)
// is not a school; it is kept apart with its system, and the campuses
// record theirs.
func TestParseDirectoryOffices(t *testing.T) {
	data := "UNITID,INSTNM,ADDR,CITY,STABBR,ZIP,WEBADDR,SECTOR,ICLEVEL,CONTROL,CLOSEDAT,CYACTIVE,LONGITUD,LATITUDE,F1SYSTYP,F1SYSNAM,F1SYSCOD\r\n" +
		"196237,SUNY-System Office,353 Broadway,Albany,NY,12246,www.suny.edu,0,-3,1,-2,1,-73.75,42.65,1,State University of New York,133010\r\n" +
		"196079,SUNY at Binghamton,4400 Vestal Pkwy E,Vestal,NY,13850,www.binghamton.edu,1,1,1,-2,1,-75.97,42.09,1,State University of New York,133010\r\n" +
		"190150,Columbia University in the City of New York,West 116 St,New York,NY,10027,www.columbia.edu,2,1,2,-2,1,-73.96,40.81,2,-2,-2\r\n"
	got, err := ParseDirectory("hd2024.csv", []byte(data))
	if err != nil {
		t.Fatal(err)
	}
	var ids []string
	for _, in := range got.Institutions {
		ids = append(ids, in.UnitID)
	}
	if !slices.Equal(ids, []string{"196079", "190150"}) || got.Skipped != 0 {
		t.Errorf("institutions %q (skipped %d), want the two schools, not the office", ids, got.Skipped)
	}
	want := []Office{{UnitID: "196237", Name: "SUNY-System Office", City: "Albany", State: "NY", SystemCode: "133010", System: "State University of New York"}}
	if !slices.Equal(got.Offices, want) {
		t.Errorf("offices %+v, want %+v", got.Offices, want)
	}
	if !maps.Equal(got.Systems, map[string]string{"196079": "133010"}) {
		t.Errorf("systems %v, want Binghamton's", got.Systems)
	}
}
