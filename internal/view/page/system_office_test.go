package page_test

import (
	"net/http"
	"strings"
	"testing"

	"github.com/careeratlas/careeratlas/internal/career"
	"github.com/careeratlas/careeratlas/internal/view/page"
)

func TestNewSystemOfficePage(t *testing.T) {
	campus := func(id, name, city string) career.School {
		return career.School{Institution: career.Institution{UnitID: id, Name: name, City: city, State: "NY"}, Slug: career.Slugify(name)}
	}
	tests := []struct {
		name        string
		office      career.SystemOffice
		wantMessage string
		wantLinks   []page.CampusLink
	}{
		{
			name: "campuses",
			office: career.SystemOffice{Name: "SUNY-System Office", SystemCode: "133010", System: "State University of New York",
				Campuses: []career.School{campus("196079", "SUNY at Binghamton", "Vestal"), campus("196088", "University at Buffalo", "Buffalo")}},
			wantMessage: "The system's 2 schools are below.",
			wantLinks: []page.CampusLink{
				{Name: "SUNY at Binghamton", Place: "Vestal, NY", Path: "/schools/196079/suny-at-binghamton"},
				{Name: "University at Buffalo", Place: "Buffalo, NY", Path: "/schools/196088/university-at-buffalo"},
			},
		},
		{
			name:        "one campus",
			office:      career.SystemOffice{Name: "X Office", SystemCode: "1", System: "X System", Campuses: []career.School{campus("1", "X College", "Troy")}},
			wantMessage: "The system's one school is below.",
			wantLinks:   []page.CampusLink{{Name: "X College", Place: "Troy, NY", Path: "/schools/1/x-college"}},
		},
		{
			name:        "system without campuses here",
			office:      career.SystemOffice{Name: "Y Office", SystemCode: "2", System: "Y System"},
			wantMessage: "None of the system's schools is in our directory",
		},
		{
			name:        "no system recorded",
			office:      career.SystemOffice{Name: "Mississippi Community College Board"},
			wantMessage: "administrative office of a system of schools",
		},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			p := page.NewSystemOfficePage(page.SystemOfficeInput{Common: common(), Office: &tt.office})
			checkMeta(t, p.Meta, tt.office.Name+" is not a school", "", true)
			if p.Status != http.StatusNotFound || p.Heading != tt.office.Name+" is not a school" {
				t.Errorf("status %d, heading %q", p.Status, p.Heading)
			}
			if !strings.Contains(p.Message, tt.wantMessage) || (tt.office.System != "" && !strings.Contains(p.Message, tt.office.System)) {
				t.Errorf("message %q, want it to hold %q and the system's name", p.Message, tt.wantMessage)
			}
			if len(p.Campuses) != len(tt.wantLinks) {
				t.Fatalf("campuses %+v, want %+v", p.Campuses, tt.wantLinks)
			}
			for i := range p.Campuses {
				if p.Campuses[i] != tt.wantLinks[i] {
					t.Errorf("campus %d: %+v, want %+v", i, p.Campuses[i], tt.wantLinks[i])
				}
			}
		})
	}
}
