package store_test

import (
	"testing"

	"github.com/careeratlas/careeratlas/internal/career"
)

// TestRealSchoolFacts checks the built real site against content/data:
// Alabama A&M (UNITID 100654), the example of the issue, with its
// admission rate of 13,564 of 23,406, and every school's facts as the
// catalog has them.
func TestRealSchoolFacts(t *testing.T) {
	db, cat := mustReal(t)
	ctx := t.Context()
	aamu, err := db.SchoolByID(ctx, "100654")
	if err != nil {
		t.Fatal(err)
	}
	var adm career.Admissions
	for _, a := range cat.Admissions {
		if a.UnitID == "100654" {
			adm = a
		}
	}
	if aamu.Facts.Admissions != adm || !adm.Applicants.Known() {
		t.Errorf("100654 admissions %+v, want content/data's %+v", aamu.Facts.Admissions, adm)
	}
	if rate, ok := aamu.Facts.Admissions.Rate(); !ok || int(rate+0.5) != 58 {
		t.Errorf("100654 admission rate %.2f (%v), want 58%% (13,564 of 23,406)", rate, ok)
	}
	if !aamu.Facts.Characteristics.OnlinePrograms.IsYes() || !aamu.Facts.Aid.GrantAvg.Known() {
		t.Errorf("100654: %+v", aamu.Facts)
	}
	// A sample across the file, every 97th school: as the catalog has it.
	for i := 0; i < len(cat.Aid); i += 97 {
		want := cat.Aid[i]
		s, err := db.SchoolByID(ctx, want.UnitID)
		if err != nil {
			t.Fatal(err)
		}
		if s.Facts.Aid != want {
			t.Errorf("%s aid %+v, want %+v", want.UnitID, s.Facts.Aid, want)
		}
	}
}
