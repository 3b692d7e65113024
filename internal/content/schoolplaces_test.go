package content

import (
	"math"
	"testing"

	"github.com/careeratlas/careeratlas/internal/career"
)

// TestSchoolPlaces: a ZIP code that GeoNames lacks (Puerto Rico and the
// other territories) but schools use gets a place at the mean of those
// schools' locations, named as approximate; ZIP codes GeoNames has keep
// its place.
func TestSchoolPlaces(t *testing.T) {
	files := map[string]string{
		"data/institutions.csv": "unitid,name,address,city,state,zip,website,control,level,lat,lon\n" +
			"100654,Alabama A & M University,4900 Meridian Street,Normal,AL,35762,www.aamu.edu,1,1,34.783368,-86.568502\n" +
			"241182,Antilles School of Technical Careers,Calle Cayey # 1911,San Juan,PR,00909,antillespr.edu,3,2,18.44,-66.06\n" +
			"241191,Another San Juan School,Calle 1,San Juan,PR,00909-1234,example.edu,2,1,18.42,-66.08\n" +
			"241200,A Santurce School,Calle 2,Santurce,PR,00909,example.org,2,1,18.43,-66.07\n" +
			"241300,No Location College,Calle 3,Ponce,PR,00716,example.net,1,1,,\n" +
			"240000,Guam Community College,1 Sesame St,Mangilao,GU,96923,guamcc.edu,1,2,13.45,144.8\n",
		"data/institutions.source.yaml": source("institutions", 6),
		"data/zips.csv":                 "zip,place,state,lat,lon\n35762,Normal,AL,34.78,-86.57\n",
		"data/zips.source.yaml":         source("zips", 1),
	}
	cat, err := Load(testFS(files))
	if err != nil {
		t.Fatal(err)
	}
	want := []career.Place{
		{ZIP: "00909", Name: "San Juan (from the schools there)", State: "PR", Lat: 18.43, Lon: -66.07},
		{ZIP: "35762", Name: "Normal", State: "AL", Lat: 34.78, Lon: -86.57},
		{ZIP: "96923", Name: "Mangilao (from the schools there)", State: "GU", Lat: 13.45, Lon: 144.8},
	}
	if len(cat.Places) != len(want) {
		t.Fatalf("Places = %+v, want %+v", cat.Places, want)
	}
	for i, p := range cat.Places {
		w := want[i]
		if p.ZIP != w.ZIP || p.Name != w.Name || p.State != w.State || math.Abs(p.Lat-w.Lat) > 1e-9 || math.Abs(p.Lon-w.Lon) > 1e-9 {
			t.Errorf("Places[%d] = %+v, want %+v", i, p, w)
		}
	}
}
