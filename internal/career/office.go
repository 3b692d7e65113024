package career

// SystemOffice is the administrative office of a system of schools
// (IPEDS SECTOR 0, such as "SUNY-System Office"). It awards nothing and is
// not a school, but IPEDS gives it a unit ID, so its old school page is
// answered with the system's campuses.
type SystemOffice struct {
	UnitID string // IPEDS unit ID, "196237"
	Name   string // "SUNY-System Office"
	Slug   string // of Name, as the old school page's URL had it
	// SystemCode and System are the system's IPEDS code and name
	// (F1SYSCOD, F1SYSNAM); empty when IPEDS records none.
	SystemCode string
	System     string
	// Campuses are the schools of the system, by name; OfficeByID fills
	// them.
	Campuses []School
}
