package importer

import (
	"bytes"
	"io"
	"os"
	"path/filepath"
	"strings"
	"testing"
)

// TestImportIPEDSOffices: the directory's system offices (SECTOR 0) are
// written to their own dataset with the system they run, the schools keep
// their system's code, and importing again writes the same bytes.
func TestImportIPEDSOffices(t *testing.T) {
	dir := t.TempDir()
	hd := "UNITID,INSTNM,ADDR,CITY,STABBR,ZIP,WEBADDR,SECTOR,ICLEVEL,CONTROL,CLOSEDAT,CYACTIVE,LONGITUD,LATITUDE,F1SYSCOD,F1SYSNAM\r\n" +
		"196079,SUNY at Binghamton,4400 Vestal Pkwy E,Vestal,NY,13850,www.binghamton.edu/,1,1,1,-2,1,-75.97,42.09,133010,State University of New York\r\n" +
		"196237,SUNY-System Office,353 Broadway,Albany,NY,12246,www.suny.edu,0,-3,1,-2,1,-73.75,42.65,133010,State University of New York\r\n" +
		"202222,Columbus State Community College,550 E Spring St,Columbus,OH,43215,www.cscc.edu,1,1,1,-2,1,-82.98766,39.96887,-2,-2\r\n" +
		"247737,Mississippi Community College Board,3825 Ridgewood Rd,Jackson,MS,39211,www.mccb.edu,0,-3,1,-2,1,-90.14,32.36,-2,-2\r\n"
	c := "UNITID,CIPCODE,MAJORNUM,AWLEVEL,CTOTALT\r\n196079,99,1,5,3500\r\n202222,99,1,3,4529\r\n"
	hp, cp := filepath.Join(dir, "hd2024.csv"), filepath.Join(dir, "c2024_a.csv")
	for p, data := range map[string]string{hp: hd, cp: c} {
		if err := os.WriteFile(p, []byte(data), 0o644); err != nil {
			t.Fatal(err)
		}
	}
	out := filepath.Join(dir, "data")
	want := map[string]string{
		"system_offices.csv": "unitid,name,slug,system_code,system\n" +
			"196237,SUNY-System Office,suny-system-office,133010,State University of New York\n" +
			"247737,Mississippi Community College Board,mississippi-community-college-board,,\n",
		"institutions.csv": "unitid,name,address,city,state,zip,website,control,level,lat,lon,system\n" +
			"196079,SUNY at Binghamton,4400 Vestal Pkwy E,Vestal,NY,13850,www.binghamton.edu,1,1,42.090000,-75.970000,133010\n" +
			"202222,Columbus State Community College,550 E Spring St,Columbus,OH,43215,www.cscc.edu,1,1,39.968870,-82.987660,\n",
	}
	first := map[string][]byte{}
	for run := range 2 {
		if err := Import("ipeds", []string{hp, cp}, out, io.Discard, Options{}); err != nil {
			t.Fatal(err)
		}
		for _, name := range []string{"system_offices.csv", "system_offices.source.yaml", "institutions.csv"} {
			b, err := os.ReadFile(filepath.Join(out, name))
			if err != nil {
				t.Fatal(err)
			}
			if w, ok := want[name]; ok && string(b) != w {
				t.Errorf("%s:\n%s\nwant:\n%s", name, b, w)
			}
			if run == 1 && !bytes.Equal(b, first[name]) {
				t.Errorf("%s changed when imported again", name)
			}
			first[name] = b
		}
	}
	if meta := string(first["system_offices.source.yaml"]); !strings.Contains(meta, "file: hd2024.csv") || !strings.Contains(meta, "rows: 2") {
		t.Errorf("sidecar:\n%s", meta)
	}
}
