package importer

import (
	"bytes"
	"io"
	"os"
	"path/filepath"
	"strings"
	"testing"
)

// ipedsFiles writes a directory, completions, IC, ADM and SFA file in the
// official layouts under dir, and returns their paths in that order. The
// directory has two active schools and a closed one.
func ipedsFiles(t *testing.T, dir string, sfa string) []string {
	t.Helper()
	files := []struct{ name, data string }{
		{"hd2024.csv", "UNITID,INSTNM,IALIAS,ADDR,CITY,STABBR,ZIP,WEBADDR,SECTOR,ICLEVEL,CONTROL,CLOSEDAT,CYACTIVE,LONGITUD,LATITUDE\r\n" +
			"100654,Alabama A & M University,,4900 Meridian Street,Normal,AL,35762,www.aamu.edu/,1,1,1,-2,1,-86.568502,34.783368\r\n" +
			"202222,Columbus State Community College,,550 E Spring St,Columbus,OH,43215,www.cscc.edu,1,1,1,-2,1,-82.98766,39.96887\r\n" +
			"999991,Closed College,,1 Main St,Springfield,IL,62701,,2,1,2,6/30/2024,1,-89.6,39.8\r\n"},
		{"c2024_a.csv", "UNITID,CIPCODE,MAJORNUM,AWLEVEL,CTOTALT\r\n100654,99,1,5,831\r\n202222,99,1,3,4529\r\n"},
		{"ic2024.csv", "UNITID,OPENADMP,DSTNUGP,DSTNGP,DISTCRS,DISTPGS,DISTNCED\r\n" +
			"100654,2,1,1,1,1,2\r\n202222,1,1,-2,1,1,2\r\n999991,1,0,-2,0,0,2\r\n"},
		{"adm2024.csv", "UNITID,XAPPLCN,APPLCN,XADMSSN,ADMSSN\r\n100654,R,23406,R,13564\r\n"},
		{"sfa2324.csv", sfa},
	}
	var paths []string
	for _, f := range files {
		p := filepath.Join(dir, f.name)
		if err := os.WriteFile(p, []byte(f.data), 0o644); err != nil {
			t.Fatal(err)
		}
		paths = append(paths, p)
	}
	return paths
}

const sfaOK = "UNITID,XSCUGFFN,SCUGFFN,XAGRNT_P,AGRNT_P,XAGRNT_A,AGRNT_A,XFLOAN_P,FLOAN_P,XFLOAN_A,FLOAN_A\r\n" +
	"100654,R,1976,R,86,R,12844,R,76,R,6224\r\n" +
	"202222,P,1873,P,67,P,5271,P,30,P,3881\r\n"

// TestImportIPEDSFacts imports the IC, ADM and SFA files beside the
// directory and completions, in any order after them: each dataset keeps
// the directory's active schools, imputed figures are empty (not
// reported), and importing again writes the same bytes.
func TestImportIPEDSFacts(t *testing.T) {
	dir := t.TempDir()
	p := ipedsFiles(t, dir, sfaOK)
	out := filepath.Join(dir, "data")
	args := []string{p[0], p[1], p[4], p[2], p[3]} // SFA, IC, ADM
	if err := Import("ipeds", args, out, io.Discard, Options{}); err != nil {
		t.Fatal(err)
	}
	want := map[string]string{
		"characteristics.csv": "unitid,open_admission,online_programs,online_undergrad,online_graduate,all_online,online_courses\n" +
			"100654,no,yes,yes,yes,no,yes\n" +
			"202222,yes,yes,yes,n/a,no,yes\n",
		"admissions.csv": "unitid,applicants,admitted\n100654,23406,13564\n",
		"student_aid.csv": "unitid,students,grant_pct,grant_avg,fed_loan_pct,fed_loan_avg\n" +
			"100654,1976,86,12844,76,6224\n" +
			"202222,,,,,\n",
	}
	first := map[string][]byte{}
	for name, w := range want {
		b, err := os.ReadFile(filepath.Join(out, name))
		if err != nil {
			t.Fatal(err)
		}
		if string(b) != w {
			t.Errorf("%s:\n%s\nwant:\n%s", name, b, w)
		}
		first[name] = b
	}
	for name, w := range map[string][]string{
		"characteristics.source.yaml": {"name: IPEDS Institutional Characteristics", "release: 2024–25", "file: ic2024.csv", "rows: 2"},
		"admissions.source.yaml":      {"name: IPEDS Admissions", "release: Fall 2024", "file: adm2024.csv", "rows: 1"},
		"student_aid.source.yaml":     {"name: IPEDS Student Financial Aid", "release: 2023–24", "file: sfa2324.csv", "sha256: ", "rows: 2"},
	} {
		b, _ := os.ReadFile(filepath.Join(out, name))
		for _, s := range w {
			if !strings.Contains(string(b), s) {
				t.Errorf("%s lacks %q:\n%s", name, s, b)
			}
		}
	}
	if err := Import("ipeds", args, out, io.Discard, Options{}); err != nil {
		t.Fatal(err)
	}
	for name, b := range first {
		again, _ := os.ReadFile(filepath.Join(out, name))
		if !bytes.Equal(again, b) {
			t.Errorf("%s changed when imported again", name)
		}
	}
}

// TestImportIPEDSFactsWritesNothingOnError: a bad row in any file, or a
// file of another kind, and no dataset is written, not even the directory.
func TestImportIPEDSFactsWritesNothingOnError(t *testing.T) {
	tests := []struct {
		name string
		args func(p []string) []string
		sfa  string
		want []string
	}{
		{"bad SFA row", func(p []string) []string { return p }, sfaOK + "300000,R,10,R,140,R,1,R,1,R,1\r\n",
			[]string{"nothing written", "sfa2324.csv:4: AGRNT_P 140 is more than 100 percent"}},
		{"a file of another kind", func(p []string) []string { return append(p[:2:2], p[1]) }, sfaOK,
			[]string{"nothing written", "c2024_a.csv:1: not an IPEDS file this import reads after the directory and completions"}},
		{"the same kind twice", func(p []string) []string { return append(p[:2:2], p[3], p[3]) }, sfaOK,
			[]string{"nothing written", "a second admissions (ADM) file (the first is adm2024.csv)"}},
		{"too many files", func(p []string) []string { return append(p, p[4]) }, sfaOK,
			[]string{"name the directory file and the completions file", "got 6 files"}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			dir := t.TempDir()
			p := ipedsFiles(t, dir, tt.sfa)
			out := filepath.Join(dir, "data")
			err := Import("ipeds", tt.args(p), out, io.Discard, Options{})
			if err == nil {
				t.Fatal("accepted")
			}
			for _, w := range tt.want {
				if !strings.Contains(err.Error(), w) {
					t.Errorf("lacks %q:\n%v", w, err)
				}
			}
			if _, err := os.Stat(out); !os.IsNotExist(err) {
				t.Errorf("something was written to %s", out)
			}
		})
	}
}
