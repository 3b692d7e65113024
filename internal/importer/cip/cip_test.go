package cip

import (
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/xuri/excelize/v2"

	"github.com/careeratlas/careeratlas/internal/career"
	"github.com/careeratlas/careeratlas/internal/sharedtest"
)

func TestParseCodes(t *testing.T) {
	data := `"CIPFamily","CIPCode","Action","TextChange","CIPTitle","CIPDefinition","CrossReferences","Examples"
"51","51","No substantive changes",no,"HEALTH PROFESSIONS AND RELATED PROGRAMS.","Definition text.","",
"51","=""51.07""","No substantive changes",no,"Health and Medical Administrative Services.","Definition.","",
"51","51.0707","No substantive changes",no,"Health Information/Medical Records Technology/Technician.","Definition.","",
`
	got, err := ParseCodes("CIPCode2020.csv", []byte(data))
	if err != nil {
		t.Fatal(err)
	}
	want := []career.Program{
		{Code: "51", Title: "HEALTH PROFESSIONS AND RELATED PROGRAMS."},
		{Code: "51.07", Title: "Health and Medical Administrative Services."},
		{Code: "51.0707", Title: "Health Information/Medical Records Technology/Technician."},
	}
	for i := range want {
		if got[i] != want[i] {
			t.Errorf("row %d: %+v, want %+v", i, got[i], want[i])
		}
	}
	if _, err := ParseCodes("c.csv", []byte("CIPCode,CIPTitle\n5x.1,Bad\n51,\n")); err == nil ||
		!strings.Contains(err.Error(), `c.csv:2: CIPCode "5x.1" is not a CIP code`) || !strings.Contains(err.Error(), "c.csv:3: CIPTitle is empty") {
		t.Errorf("problems: %v", err)
	}
}

func TestParseCrosswalk(t *testing.T) {
	f := excelize.NewFile()
	f.SetSheetName("Sheet1", "File Guide")
	f.NewSheet("CIP-SOC")
	rows := [][]any{
		{"CIP2020Code", "CIP2020Title", "SOC2018Code", "SOC2018Title"},
		{"51.0707", "Health Information/Medical Records Technology/Technician.", "29-2072", "Medical Records Specialists"},
		{"51.0707", "Health Information/Medical Records Technology/Technician.", "29-2072", "Medical Records Specialists"},
		{"99.9999", "NO MATCH", "55-3016", "Infantry"},
		{"51.0713", "Medical Insurance Coding Specialist/Coder.", "29-2072", "Medical Records Specialists"},
	}
	for i, r := range rows {
		cellRef, _ := excelize.CoordinatesToCellName(1, i+1)
		f.SetSheetRow("CIP-SOC", cellRef, &r)
	}
	buf, _ := f.WriteToBuffer()
	got, err := ParseCrosswalk("crosswalk.xlsx", buf.Bytes())
	if err != nil {
		t.Fatal(err)
	}
	want := []career.Pathway{{CIP: "51.0707", SOC: "29-2072"}, {CIP: "51.0713", SOC: "29-2072"}}
	if len(got) != 2 || got[0] != want[0] || got[1] != want[1] {
		t.Errorf("got %+v, want %+v (duplicates and NO MATCH rows dropped)", got, want)
	}
}

func TestRealFiles(t *testing.T) {
	dir := sharedtest.Dir(t, "cip")
	codes, err := os.ReadFile(filepath.Join(dir, "CIPCode2020.csv"))
	if err != nil {
		t.Fatal(err)
	}
	ps, err := ParseCodes("CIPCode2020.csv", codes)
	if err != nil || len(ps) != 2847 {
		t.Fatalf("CIP codes: %d, %v; want 2847", len(ps), err)
	}
	xw, err := os.ReadFile(filepath.Join(dir, "CIP2020_SOC2018_Crosswalk.xlsx"))
	if err != nil {
		t.Fatal(err)
	}
	links, err := ParseCrosswalk("CIP2020_SOC2018_Crosswalk.xlsx", xw)
	if err != nil {
		t.Fatal(err)
	}
	found := false
	for _, l := range links {
		if l == (career.Pathway{CIP: "51.0707", SOC: "29-2072"}) {
			found = true
		}
	}
	if !found || len(links) < 5000 {
		t.Errorf("%d links, 51.0707 → 29-2072 present: %v", len(links), found)
	}
}
