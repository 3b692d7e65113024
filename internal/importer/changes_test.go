package importer

import (
	"os"
	"path/filepath"
	"strings"
	"testing"
)

func TestReportChanges(t *testing.T) {
	dir := t.TempDir()
	write := func(name, data string) {
		if err := os.WriteFile(filepath.Join(dir, name), []byte(data), 0o644); err != nil {
			t.Fatal(err)
		}
	}
	write("projections.csv", "soc,title,emp\n11-1011,Chief Executives,309.4\n11-1031,Legislators,27.7\n29-2072,Medical Records Specialists,194.8\n")
	write("onet_titles.csv", "soc,title\n29-2072,Coder\n29-2072,Medical Coder\n")
	write("unchanged.csv", "zip,name\n43215,Columbus\n")
	before := readDatasets(dir)
	write("projections.csv", "soc,title,emp\n11-1011,Chief Executives,310.0\n29-2072,Medical Records Specialists,194.8\n45-3031,Fishing and hunting workers,21.9\n")
	write("onet_titles.csv", "soc,title\n29-2072,Coder\n29-2072,Health Information Technician\n")
	write("zips.csv", "zip,name\n43215,Columbus\n")
	var out strings.Builder
	reportChanges(&out, before, readDatasets(dir))
	want := "onet_titles.csv: 2 rows (was 2): 1 row not in the previous file, 1 of its rows not in this one\n" +
		"projections.csv: 3 rows (was 3): 1 added, 1 removed, 1 changed\n" +
		"  codes that appeared: 45-3031\n" +
		"  codes that vanished: 11-1031\n" +
		"zips.csv: new, 1 row\n"
	if out.String() != want {
		t.Errorf("got\n%s\nwant\n%s", out.String(), want)
	}
	if got := names10(strings.Fields("a b c d e f g h i j k l")); got != "a, b, c, d, e, f, g, h, i, j and 2 more" {
		t.Errorf("names10 = %q", got)
	}
}
