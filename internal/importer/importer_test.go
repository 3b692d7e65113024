package importer

import (
	"io"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/careeratlas/careeratlas/internal/career"
	"github.com/careeratlas/careeratlas/internal/dataset"
)

func TestImportWritesNothingOnError(t *testing.T) {
	dir := t.TempDir()
	bad := filepath.Join(dir, "Employment Projections.csv")
	os.WriteFile(bad, []byte("Occupation Title,Occupation Code\nNurses,29-1141\n"), 0o644)
	out := filepath.Join(dir, "content", "data")
	err := Import("projections", []string{bad}, out, io.Discard, Options{})
	if err == nil || !strings.Contains(err.Error(), "nothing written") || !strings.Contains(err.Error(), "missing column") {
		t.Fatalf("Import of a bad file: %v", err)
	}
	if _, err := os.Stat(out); !os.IsNotExist(err) {
		t.Errorf("something was written to %s", out)
	}
	if err := Import("projections", []string{filepath.Join(dir, "nope.csv")}, out, io.Discard, Options{}); err == nil {
		t.Error("Import of a missing file succeeded")
	}
}

func TestImportProjectionsCSV(t *testing.T) {
	dir := t.TempDir()
	in := filepath.Join(dir, "Employment Projections.csv")
	os.WriteFile(in, []byte("Occupation Title,Occupation Code,Employment 2024,Employment 2034,\"Employment Change, 2024-2034\",\"Employment Percent Change, 2024-2034\",\"Occupational Openings, 2024-2034 Annual Average\",Median Annual Wage 2024,Typical Entry-Level Education,Work Experience in a Related Occupation,Typical on-the-job Training\n"+
		"Registered nurses    * RN,29-1141,\"3,391.20\",\"3,564.70\",173.5,5.1,189.1,\"93,600\",Bachelor's degree,None,None\n"+
		"Accountants and auditors,13-2011,\"1,579.80\",\"1,652.60\",72.8,4.6,124.2,\"81,680\",Bachelor's degree,None,None\n"), 0o644)
	out := filepath.Join(dir, "data")
	// The export has no summary rows: with nothing to keep them from, it is
	// refused and nothing is written.
	err := Import("projections", []string{in}, out, io.Discard, Options{})
	if err == nil || !strings.Contains(err.Error(), "no all-occupations or group rows") {
		t.Fatalf("CSV export alone: got %v, want a refusal", err)
	}
	if _, err := os.Stat(out); !os.IsNotExist(err) {
		t.Errorf("a refused import wrote %s", out)
	}
	// With the workbook's rows of the same release there, they are kept.
	total := career.Projection{SOC: "00-0000", Title: "Total, all occupations", Summary: true,
		EmpBase: career.KnownAmount(169000), EmpProjected: career.KnownAmount(174200), PctChange: career.KnownAmount(3.1)}
	if err := dataset.WriteProjections(out, []career.Projection{total}, career.Source{Release: "2024–34", File: "occupation.xlsx"}); err != nil {
		t.Fatal(err)
	}
	if err := Import("projections", []string{in}, out, io.Discard, Options{}); err != nil {
		t.Fatal(err)
	}
	csv, _ := os.ReadFile(filepath.Join(out, "projections.csv"))
	want := "soc,title,summary,emp_base,emp_projected,change,pct_change,openings,median_wage,education,experience,training\n" +
		"00-0000,\"Total, all occupations\",true,169000.0,174200.0,,3.1,,,,,\n" +
		"13-2011,Accountants and auditors,false,1579.8,1652.6,72.8,4.6,124.2,81680,Bachelor's degree,None,None\n" +
		"29-1141,Registered nurses,false,3391.2,3564.7,173.5,5.1,189.1,93600,Bachelor's degree,None,None\n"
	if string(csv) != want {
		t.Errorf("projections.csv (sorted by SOC):\n%s\nwant:\n%s", csv, want)
	}
	meta, _ := os.ReadFile(filepath.Join(out, "projections.source.yaml"))
	for _, w := range []string{"release: 2024–34", "file: Employment Projections.csv", "sha256: ", "rows: 3", "base_year: 2024"} {
		if !strings.Contains(string(meta), w) {
			t.Errorf("sidecar lacks %q:\n%s", w, meta)
		}
	}
}

// TestImportIPEDSYears refuses a directory and completions of different
// years unless the editor asks for them together.
func TestImportIPEDSYears(t *testing.T) {
	dir := t.TempDir()
	write := func(name, data string) string {
		p := filepath.Join(dir, name)
		if err := os.WriteFile(p, []byte(data), 0o644); err != nil {
			t.Fatal(err)
		}
		return p
	}
	hd := write("hd2022.csv", "UNITID,INSTNM,IALIAS,ADDR,CITY,STABBR,ZIP,WEBADDR,SECTOR,ICLEVEL,CONTROL,CLOSEDAT,CYACTIVE,LONGITUD,LATITUDE\r\n"+
		"204796,Ohio State University-Main Campus,OSU,Student Academic Services Building,Columbus,OH,43210-1358,www.osu.edu/,1,1,1,-2,1,-83.030259,40.001256\r\n")
	c := write("c2024_a.csv", "UNITID,CIPCODE,MAJORNUM,AWLEVEL,CTOTALT,CTOTALM,CTOTALW\r\n204796,51.3801,1,5,900,100,800\r\n204796,99,1,5,900,100,800\r\n")
	out := filepath.Join(dir, "content", "data")
	err := Import("ipeds", []string{hd, c}, out, io.Discard, Options{})
	if err == nil || !strings.Contains(err.Error(), "the directory is for 2022 (hd2022.csv) but the completions are for 2024 (c2024_a.csv)") {
		t.Fatalf("mixed years: got %v, want a refusal naming both years", err)
	}
	if _, err := os.Stat(out); !os.IsNotExist(err) {
		t.Errorf("a refused import wrote %s", out)
	}
	if err := Import("ipeds", []string{hd, c}, out, io.Discard, Options{MixedYears: true}); err != nil {
		t.Errorf("with MixedYears: %v", err)
	}
}
