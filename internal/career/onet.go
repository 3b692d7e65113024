package career

// RIASEC are the six interest areas of Holland's model, in O*NET's order.
var RIASEC = [6]string{"Realistic", "Investigative", "Artistic", "Social", "Enterprising", "Conventional"}

// RIASECPlain says in a few words what each interest area is about.
var RIASECPlain = [6]string{
	"hands-on work with tools, machines, plants or animals",
	"ideas, research and solving problems",
	"creating, designing and self-expression",
	"helping, teaching and caring for people",
	"leading, persuading and selling",
	"order, data and clear procedures",
}

// Interests are an occupation's O*NET interest scores, 1 (low) to 7
// (high), in RIASEC order.
type Interests struct {
	SOC    string
	Scores [6]float64
}

// Related is one O*NET related occupation, ranked (1 is closest).
type Related struct {
	SOC     string
	Related string
	Rank    int
}

// JobZone is an occupation's O*NET job zone, 1 (little preparation) to 5
// (extensive preparation).
type JobZone struct {
	SOC  string
	Zone int
}

// AltTitle is another name an occupation goes by (O*NET alternate and
// short titles).
type AltTitle struct {
	SOC   string
	Title string
}

// ReportedTitle is a job title that workers in an occupation reported and
// that O*NET shows its own users (Sample of Reported Titles, flagged for
// My Next Move): the short "also called" list.
type ReportedTitle struct {
	SOC   string
	Title string
}

// Technology is a piece of software or technology used in an occupation
// (O*NET Technology Skills): a product or kind of product, the kind of
// software it is, and whether employers ask for it a lot.
type Technology struct {
	SOC  string
	Name string // "Epic Systems"
	Kind string // "Medical software"
	// Hot marks technologies often named in job postings; InDemand those
	// that employers of this occupation ask for especially.
	Hot, InDemand bool
}

// JobZoneNames are O*NET's names for the job zones.
var JobZoneNames = map[int]string{
	1: "Little or no preparation needed",
	2: "Some preparation needed",
	3: "Medium preparation needed",
	4: "Considerable preparation needed",
	5: "Extensive preparation needed",
}

// ONETCredit is the attribution O*NET's licence asks for, naming the
// release the data came from ("O*NET 29.3").
func ONETCredit(release string) string {
	if release == "" {
		release = "O*NET"
	}
	return release + " Database by the U.S. Department of Labor, Employment and Training Administration (USDOL/ETA), used under CC BY 4.0"
}
