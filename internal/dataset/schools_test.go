package dataset

import (
	"os"
	"path/filepath"
	"reflect"
	"strings"
	"testing"

	"github.com/careeratlas/careeratlas/internal/career"
)

// TestSchoolFactsRoundTrip writes and reads back the IC, ADM and SFA
// datasets: reported answers and figures, not applicable, and not
// reported each come back as they were, sorted by unit ID, and "not
// reported" is an empty cell, never "no" or 0.
func TestSchoolFactsRoundTrip(t *testing.T) {
	yes := career.Answer{Yes: true, Reporting: career.Reported}
	no := career.Answer{Reporting: career.Reported}
	naA := career.Answer{Reporting: career.NotApplicable}
	n := func(v int) career.Figure { return career.Figure{Value: v, Reporting: career.Reported} }
	na := career.Figure{Reporting: career.NotApplicable}
	dir := t.TempDir()
	data := filepath.Join(dir, "data")
	src := career.Source{Name: "IPEDS", Release: "2024–25", File: "ic2024.csv", SHA256: "abc"}

	ic := []career.Characteristics{
		{UnitID: "202222", OpenAdmission: yes, OnlinePrograms: yes, OnlineUndergrad: yes, OnlineGraduate: naA, AllOnline: no, OnlineCourses: yes},
		{UnitID: "100654", OpenAdmission: no, OnlinePrograms: yes, OnlineUndergrad: yes, OnlineGraduate: yes, AllOnline: no, OnlineCourses: yes},
		{UnitID: "99999"},
	}
	adm := []career.Admissions{{UnitID: "100654", Applicants: n(23406), Admitted: n(13564)}, {UnitID: "114354", Applicants: n(0), Admitted: na}, {UnitID: "244233"}}
	aid := []career.StudentAid{{UnitID: "102058", Students: n(6), GrantPct: n(0), GrantAvg: na, LoanPct: n(0), LoanAvg: na}, {UnitID: "152044"}}
	if err := WriteCharacteristics(data, ic, src); err != nil {
		t.Fatal(err)
	}
	if err := WriteAdmissions(data, adm, src); err != nil {
		t.Fatal(err)
	}
	if err := WriteAid(data, aid, src); err != nil {
		t.Fatal(err)
	}
	b, _ := os.ReadFile(filepath.Join(data, "characteristics.csv"))
	if want := "unitid,open_admission,online_programs,online_undergrad,online_graduate,all_online,online_courses\n" +
		"99999,,,,,,\n100654,no,yes,yes,yes,no,yes\n202222,yes,yes,yes,n/a,no,yes\n"; string(b) != want {
		t.Errorf("characteristics.csv (by unit ID as a number):\n%s\nwant:\n%s", b, want)
	}
	b, _ = os.ReadFile(filepath.Join(data, "student_aid.csv"))
	if want := "unitid,students,grant_pct,grant_avg,fed_loan_pct,fed_loan_avg\n102058,6,0,n/a,0,n/a\n152044,,,,,\n"; string(b) != want {
		t.Errorf("student_aid.csv:\n%s\nwant:\n%s", b, want)
	}

	fsys := os.DirFS(dir)
	gotIC, _, err := ReadCharacteristics(fsys, "data")
	if err != nil {
		t.Fatal(err)
	}
	if want := []career.Characteristics{ic[2], ic[1], ic[0]}; !reflect.DeepEqual(gotIC, want) {
		t.Errorf("ReadCharacteristics:\n got %+v\nwant %+v", gotIC, want)
	}
	gotAdm, _, err := ReadAdmissions(fsys, "data")
	if err != nil {
		t.Fatal(err)
	}
	if !reflect.DeepEqual(gotAdm, adm) {
		t.Errorf("ReadAdmissions:\n got %+v\nwant %+v", gotAdm, adm)
	}
	gotAid, _, err := ReadAid(fsys, "data")
	if err != nil {
		t.Fatal(err)
	}
	if !reflect.DeepEqual(gotAid, aid) {
		t.Errorf("ReadAid:\n got %+v\nwant %+v", gotAid, aid)
	}
}

// TestSchoolFactsProblems: a hand-edited cell is reported as file:line.
func TestSchoolFactsProblems(t *testing.T) {
	dir := t.TempDir()
	data := filepath.Join(dir, "data")
	os.MkdirAll(data, 0o755)
	files := map[string]string{
		"characteristics.csv": "unitid,open_admission,online_programs,online_undergrad,online_graduate,all_online,online_courses\n1,maybe,yes,yes,yes,no,yes\n",
		"admissions.csv":      "unitid,applicants,admitted\n1,0,\nx,10,12\n",
		"student_aid.csv":     "unitid,students,grant_pct,grant_avg,fed_loan_pct,fed_loan_avg\n1,10,101,1,1,-5\n",
	}
	for name, body := range files {
		os.WriteFile(filepath.Join(data, name), []byte(body), 0o644)
		os.WriteFile(filepath.Join(data, strings.TrimSuffix(name, ".csv")+".source.yaml"), []byte("dataset: x\n"), 0o644)
	}
	fsys := os.DirFS(dir)
	_, _, err1 := ReadCharacteristics(fsys, "data")
	_, _, err2 := ReadAdmissions(fsys, "data")
	_, _, err3 := ReadAid(fsys, "data")
	for _, c := range []struct {
		err  error
		want string
	}{
		{err1, `data/characteristics.csv:2: column open_admission: "maybe" is not yes, no, n/a or empty (not reported)`},
		{err2, `data/admissions.csv:3: unitid "x" is not a number`},
		{err2, "data/admissions.csv:3: 12 admitted of 10 applicants"},
		{err3, "data/student_aid.csv:2: 101 percent is more than 100"},
		{err3, `data/student_aid.csv:2: column fed_loan_avg: "-5" is not a whole number`},
	} {
		if c.err == nil || !strings.Contains(c.err.Error(), c.want) {
			t.Errorf("lacks %q: %v", c.want, c.err)
		}
	}
}
