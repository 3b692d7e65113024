package store_test

import (
	"reflect"
	"testing"

	"github.com/careeratlas/careeratlas/internal/career"
	"github.com/careeratlas/careeratlas/internal/career/careertest"
)

// TestSchoolFacts: SchoolByID returns what each fixture school reported
// to IC, ADM and SFA, as the catalog has it; a school in no survey file
// reads as not reported, and not applicable survives the database.
func TestSchoolFacts(t *testing.T) {
	db, cat := mustFixture(t)
	ctx := t.Context()
	if len(cat.Characteristics) != careertest.Schools || len(cat.Aid) != careertest.Schools || len(cat.Admissions) == 0 {
		t.Fatalf("fixture has %d IC, %d ADM and %d SFA rows", len(cat.Characteristics), len(cat.Admissions), len(cat.Aid))
	}
	want := map[string]*career.SchoolFacts{}
	for _, in := range cat.Institutions {
		want[in.UnitID] = &career.SchoolFacts{Characteristics: career.Characteristics{UnitID: in.UnitID},
			Admissions: career.Admissions{UnitID: in.UnitID}, Aid: career.StudentAid{UnitID: in.UnitID}}
	}
	for _, c := range cat.Characteristics {
		want[c.UnitID].Characteristics = c
	}
	for _, a := range cat.Admissions {
		want[a.UnitID].Admissions = a
	}
	for _, a := range cat.Aid {
		want[a.UnitID].Aid = a
	}
	for id, w := range want {
		s, err := db.SchoolByID(ctx, id)
		if err != nil {
			t.Fatal(err)
		}
		if !reflect.DeepEqual(s.Facts, *w) {
			t.Errorf("%s:\n got %+v\nwant %+v", id, s.Facts, *w)
		}
	}

	t.Run("not reported and not applicable", func(t *testing.T) {
		cat := tinyCatalog(t)
		na := career.Figure{Reporting: career.NotApplicable}
		naA := career.Answer{Reporting: career.NotApplicable}
		yes := career.Answer{Yes: true, Reporting: career.Reported}
		ic := career.Characteristics{UnitID: careertest.UnitID, OpenAdmission: naA, OnlinePrograms: yes, OnlineGraduate: naA,
			AllOnline: career.Answer{Reporting: career.Reported}}
		adm := career.Admissions{UnitID: careertest.UnitID, Applicants: career.Figure{Reporting: career.Reported}, Admitted: na}
		aid := career.StudentAid{UnitID: careertest.UnitID, Students: career.Figure{Value: 6, Reporting: career.Reported},
			GrantPct: career.Figure{Reporting: career.Reported}, GrantAvg: na}
		cat.Characteristics, cat.Admissions, cat.Aid = []career.Characteristics{ic}, []career.Admissions{adm}, []career.StudentAid{aid}
		cat.Institutions = append(cat.Institutions, career.Institution{UnitID: "900001", Name: "Quiet College", City: "Erie", State: "PA"})
		db := mustBuild(t, cat)
		s, err := db.SchoolByID(ctx, careertest.UnitID)
		if err != nil {
			t.Fatal(err)
		}
		if w := (career.SchoolFacts{Characteristics: ic, Admissions: adm, Aid: aid}); !reflect.DeepEqual(s.Facts, w) {
			t.Errorf("got  %+v\nwant %+v", s.Facts, w)
		}
		quiet, err := db.SchoolByID(ctx, "900001")
		if err != nil {
			t.Fatal(err)
		}
		f := quiet.Facts
		if f.Characteristics.OpenAdmission.Reporting != career.NotReported || f.Admissions.Applicants.Reporting != career.NotReported ||
			f.Aid.GrantPct.Reporting != career.NotReported || f.Aid.LoanAvg.Known() {
			t.Errorf("a school in no survey file: %+v, want all not reported", f)
		}
	})
}
