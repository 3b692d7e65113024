package store_test

import (
	"testing"
)

// TestOfficeByID: a system's office, which is not a school, comes with the
// schools of its system; a school's unit ID is not an office's.
func TestOfficeByID(t *testing.T) {
	db, _ := mustFixture(t)
	o, err := db.OfficeByID(t.Context(), "999901")
	if err != nil {
		t.Fatal(err)
	}
	if o.Name != "National Education Seminars Inc.-System Office" || o.Slug != "national-education-seminars-inc-system-office" ||
		o.SystemCode != "303380" || o.System != "National Education Seminars Inc." {
		t.Errorf("office %+v", o)
	}
	if len(o.Campuses) != 1 {
		t.Fatalf("%d campuses, want Hondros College of Nursing: %+v", len(o.Campuses), o.Campuses)
	}
	c := o.Campuses[0]
	if c.Name != "Hondros College of Nursing" || c.City != "Columbus" || c.State != "OH" || c.System != "303380" ||
		c.Path() != "/schools/203386/hondros-college-of-nursing" {
		t.Errorf("campus %+v, path %q", c.Institution, c.Path())
	}
	for _, id := range []string{"203386", "1", "abc"} {
		_, err := db.OfficeByID(t.Context(), id)
		wantNotFound(t, "OfficeByID("+id+")", err)
	}
	s, err := db.SchoolByID(t.Context(), "203386")
	if err != nil {
		t.Fatal(err)
	}
	if s.System != "303380" {
		t.Errorf("Hondros's system %q, want 303380", s.System)
	}
}
