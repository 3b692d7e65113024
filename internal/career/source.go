package career

// Source records where a data file under content/data came from, so every
// figure on the site can name its source and vintage.
type Source struct {
	Dataset string `yaml:"dataset"` // the file it describes, "oews_national"
	Name    string `yaml:"name"`    // "BLS Occupational Employment and Wage Statistics"
	Release string `yaml:"release"` // "May 2024"
	File    string `yaml:"file"`    // the official file's name
	SHA256  string `yaml:"sha256"`  // of the official file
	Rows    int    `yaml:"rows"`
	// TopHourly and TopAnnual are the ceilings of top-coded OEWS wages.
	TopHourly float64 `yaml:"top_hourly,omitempty"`
	TopAnnual float64 `yaml:"top_annual,omitempty"`
	// BaseYear and ProjectedYear bound a projections release.
	BaseYear      int `yaml:"base_year,omitempty"`
	ProjectedYear int `yaml:"projected_year,omitempty"`
	// Imported is the day the figures last changed on our site
	// (YYYY-MM-DD): an import of the same file keeps it.
	Imported string `yaml:"imported,omitempty"`
}

// Label is the short credit shown next to figures: "BLS OEWS, May 2024".
func (s Source) Label() string {
	if s.Dataset == "projections" {
		return s.Short() + " " + s.Release
	}
	return s.Short() + ", " + s.Release
}

// Short is the source's abbreviated name.
func (s Source) Short() string {
	switch s.Dataset {
	case "projections":
		return "BLS Employment Projections"
	default:
		if len(s.Dataset) >= 4 && s.Dataset[:4] == "oews" {
			return "BLS OEWS"
		}
		return s.Name
	}
}
