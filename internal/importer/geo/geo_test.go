package geo

import (
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/careeratlas/careeratlas/internal/career"
	"github.com/careeratlas/careeratlas/internal/sharedtest"
)

func TestParseZIPs(t *testing.T) {
	data := "US\t43215\tColumbus\tOhio\tOH\tFranklin\t049\t\t\t39.9671\t-83.0044\t4\n" +
		"US\t43215\tColumbus again\tOhio\tOH\tFranklin\t049\t\t\t39.9\t-83.0\t4\n" +
		"US\t99553\tAkutan\tAlaska\tAK\tAleutians East\t013\t\t\t54.143\t-165.7854\t1\n"
	got, err := ParseZIPs("US.txt", []byte(data))
	if err != nil {
		t.Fatal(err)
	}
	want := []career.Place{{ZIP: "43215", Name: "Columbus", State: "OH", Lat: 39.9671, Lon: -83.0044}, {ZIP: "99553", Name: "Akutan", State: "AK", Lat: 54.143, Lon: -165.7854}}
	if len(got) != 2 || got[0] != want[0] || got[1] != want[1] {
		t.Errorf("got %+v, want %+v", got, want)
	}
	_, err = ParseZIPs("US.txt", []byte("US\t4321\tX\tOhio\tOH\t\t\t\t\t39\t-83\t4\nUS\t43215\tX\tOhio\tOH\t\t\t\t\tnorth\t-83\t4\n"))
	if err == nil || !strings.Contains(err.Error(), `US.txt:1: postal code "4321"`) || !strings.Contains(err.Error(), "US.txt:2: coordinates") {
		t.Errorf("problems: %v", err)
	}
}

func TestParseStates(t *testing.T) {
	data := "STATE|STUSAB|STATE_NAME|STATENS\n39|OH|Ohio|01085497\n59|BI|Bureau of Indian Education|\n72|PR|Puerto Rico|01779808\n"
	got, err := ParseStates("state.txt", []byte(data))
	if err != nil {
		t.Fatal(err)
	}
	if len(got) != 2 || got[0] != (career.State{FIPS: "39", Code: "OH", Name: "Ohio"}) || got[1].Code != "PR" {
		t.Errorf("got %+v; want Ohio and Puerto Rico, without the bureau", got)
	}
}

func TestRealFiles(t *testing.T) {
	dir := sharedtest.Dir(t, "geo")
	b, _ := os.ReadFile(filepath.Join(dir, "US.txt"))
	zips, err := ParseZIPs("US.txt", b)
	if err != nil || len(zips) < 41000 {
		t.Fatalf("ZIPs: %d, %v", len(zips), err)
	}
	b, _ = os.ReadFile(filepath.Join(dir, "state.txt"))
	states, err := ParseStates("state.txt", b)
	if err != nil || len(states) != 57 {
		t.Errorf("states: %d, %v; want 57 (59 rows less the two agencies)", len(states), err)
	}
}

// TestParseZIPsWrongFile refuses a file that is not GeoNames' with one
// message naming the expected format, and a GeoNames file with no U.S. rows.
func TestParseZIPsWrongFile(t *testing.T) {
	tests := []struct {
		name, data, want string
	}{
		{"a CSV with a header", "UNITID,INSTNM,CITY,STABBR,ZIP,A,B,C,D,LAT,LON,X\n100654,Alabama A & M University,Normal,AL,35762,1,2,3,4,34.78,-86.57,x\n",
			"not a GeoNames postal-code file"},
		{"a census gazetteer", "GEOID\tALAND\tAWATER\tALAND_SQMI\tAWATER_SQMI\tINTPTLAT\tINTPTLONG\n00601\t166847909\t799292\t64.42\t0.309\t18.180555\t-66.749961\n",
			"not a GeoNames postal-code file"},
		{"GeoNames rows of another country", "CA\tT0A\tEastern Alberta\tAlberta\tAB\t\t\t\t\t54.766\t-111.7174\t\n",
			"no U.S. postal codes"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			_, err := ParseZIPs("file.txt", []byte(tt.data))
			if err == nil || !strings.Contains(err.Error(), tt.want) {
				t.Errorf("error %v, want one saying %q", err, tt.want)
			}
			if err != nil && strings.Count(err.Error(), "\n") > 1 {
				t.Errorf("want one message, got:\n%v", err)
			}
		})
	}
}
