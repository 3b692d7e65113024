package content

import (
	"strings"
	"testing"
)

const institutionsCSV = "unitid,name,address,city,state,zip,website,control,level,lat,lon\n" +
	"100654,Alabama A & M University,4900 Meridian Street,Normal,AL,35762,www.aamu.edu,1,1,34.783368,-86.568502\n"

// TestLoadSchoolFacts loads the schools' IC, ADM and SFA datasets, and
// refuses rows of schools that are not in the directory (a directory
// imported without the other files of its schools) or that appear twice.
func TestLoadSchoolFacts(t *testing.T) {
	good := map[string]string{
		"data/institutions.csv":         institutionsCSV,
		"data/institutions.source.yaml": source("institutions", 1),
		"data/characteristics.csv": "unitid,open_admission,online_programs,online_undergrad,online_graduate,all_online,online_courses\n" +
			"100654,no,yes,yes,yes,no,yes\n",
		"data/characteristics.source.yaml": source("characteristics", 1),
		"data/admissions.csv":              "unitid,applicants,admitted\n100654,23406,13564\n",
		"data/admissions.source.yaml":      source("admissions", 1),
		"data/student_aid.csv":             "unitid,students,grant_pct,grant_avg,fed_loan_pct,fed_loan_avg\n100654,1976,86,12844,76,6224\n",
		"data/student_aid.source.yaml":     source("student_aid", 1),
	}
	cat, err := Load(testFS(good))
	if err != nil {
		t.Fatal(err)
	}
	if len(cat.Characteristics) != 1 || len(cat.Admissions) != 1 || len(cat.Aid) != 1 || cat.Aid[0].GrantAvg.Value != 12844 {
		t.Errorf("loaded %+v, %+v, %+v", cat.Characteristics, cat.Admissions, cat.Aid)
	}
	for _, ds := range []string{"characteristics", "admissions", "student_aid"} {
		if _, ok := cat.Source(ds); !ok {
			t.Errorf("no source for %s", ds)
		}
	}

	bad := map[string]string{}
	for k, v := range good {
		bad[k] = v
	}
	bad["data/admissions.csv"] = "unitid,applicants,admitted\n100654,23406,13564\n999999,10,5\n"
	bad["data/admissions.source.yaml"] = source("admissions", 2)
	bad["data/student_aid.csv"] = "unitid,students,grant_pct,grant_avg,fed_loan_pct,fed_loan_avg\n100654,1976,86,12844,76,6224\n100654,1,1,1,1,1\n"
	bad["data/student_aid.source.yaml"] = source("student_aid", 2)
	_, err = Load(testFS(bad))
	for _, want := range []string{
		"data/admissions.csv:3: unitid 999999 is not in data/institutions.csv: import the IPEDS directory with the IC, ADM and SFA files",
		"data/student_aid.csv:3: unitid 100654 appears twice",
	} {
		if err == nil || !strings.Contains(err.Error(), want) {
			t.Errorf("problems lack %q\ngot:\n%v", want, err)
		}
	}

	alone := map[string]string{"data/student_aid.csv": good["data/student_aid.csv"], "data/student_aid.source.yaml": good["data/student_aid.source.yaml"]}
	if _, err := Load(testFS(alone)); err == nil || !strings.Contains(err.Error(), "need data/institutions.csv") {
		t.Errorf("aid without the directory: %v", err)
	}
}
