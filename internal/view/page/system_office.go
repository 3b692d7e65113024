package page

import (
	"fmt"
	"net/http"

	"github.com/careeratlas/careeratlas/internal/career"
)

// SystemOfficePage is the error page of a system office's old school
// page: a 404 that says what the office is and links its system's
// campuses.
type SystemOfficePage struct {
	ErrorPage
	System   string // the system's name; empty when IPEDS records none
	Campuses []CampusLink
}

// CampusLink is one campus of a system.
type CampusLink struct {
	Name, Place, Path string
}

// SystemOfficeInput is an office with its campuses.
type SystemOfficeInput struct {
	Common
	Office *career.SystemOffice
}

// NewSystemOfficePage builds the page. It is still an error page: the
// office is not a school and has no page of its own.
func NewSystemOfficePage(in SystemOfficeInput) SystemOfficePage {
	o := in.Office
	heading := o.Name + " is not a school"
	var msg string
	switch {
	case len(o.Campuses) == 1:
		msg = fmt.Sprintf("It is the administrative office of %s, and awards no degrees itself. The system's one school is below.", o.System)
	case len(o.Campuses) > 1:
		msg = fmt.Sprintf("It is the administrative office of %s, and awards no degrees itself. The system's %d schools are below.", o.System, len(o.Campuses))
	case o.System != "":
		msg = fmt.Sprintf("It is the administrative office of %s, and awards no degrees itself. None of the system's schools is in our directory; the school finder has the others.", o.System)
	default:
		msg = "It is the administrative office of a system of schools, and awards no degrees itself. The school finder has the schools."
	}
	p := SystemOfficePage{
		ErrorPage: NewErrorPage(ErrorInput{Common: in.Common, Status: http.StatusNotFound, Heading: heading, Message: msg}),
		System:    o.System,
		Campuses:  make([]CampusLink, 0, len(o.Campuses)),
	}
	for _, c := range o.Campuses {
		p.Campuses = append(p.Campuses, CampusLink{Name: c.Name, Place: c.City + ", " + c.State, Path: c.Path()})
	}
	return p
}
