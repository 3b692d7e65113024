package bea

import (
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/careeratlas/careeratlas/internal/sharedtest"
)

func TestParseRPP(t *testing.T) {
	data := `GeoFIPS,GeoName,Region,TableName,LineCode,IndustryClassification,Description,Unit,2022,2023
 "00000","United States", ,SARPP,5,"...","RPPs: All items ","Index",100.000,100.000
 "39000","Ohio",3,SARPP,1,"..."," Real personal income","Millions",1,2
 "39000","Ohio",3,SARPP,5,"...","RPPs: All items ","Index",90.5,91.234
"Note: See the included footnote file."
`
	got, err := ParseRPP("SARPP.csv", []byte(data))
	if err != nil {
		t.Fatal(err)
	}
	if len(got) != 2 || got[1].FIPS != "39" || got[1].Name != "Ohio" || got[1].Year != 2023 || got[1].Index != 91.234 || got[0].FIPS != "00" {
		t.Errorf("got %+v", got)
	}
	bad := strings.Replace(data, "91.234", "n/a", 1)
	if _, err := ParseRPP("SARPP.csv", []byte(bad)); err == nil || !strings.Contains(err.Error(), `SARPP.csv:4: price parity "n/a"`) {
		t.Errorf("bad value: %v", err)
	}
}

func TestRealFile(t *testing.T) {
	dir := sharedtest.Dir(t, "bea")
	b, err := os.ReadFile(filepath.Join(dir, "SARPP_STATE_2008_2023.csv"))
	if err != nil {
		t.Fatal(err)
	}
	got, err := ParseRPP("SARPP_STATE_2008_2023.csv", b)
	if err != nil {
		t.Fatal(err)
	}
	if len(got) != 52 {
		t.Errorf("%d rows, want 52 (the nation, 50 states and DC)", len(got))
	}
	for _, p := range got {
		if p.Name == "Alabama" && (p.Year != 2023 || p.Index != 89.97) {
			t.Errorf("Alabama: %+v, want 89.970 in 2023", p)
		}
	}
}
