// Package site is what every request against one database shares: the
// groups, states, areas of study, lists, the occupation index with its
// O*NET figures, the search vocabulary and the sources. Load reads it once,
// when a database is opened and before it is swapped in, so no request
// ever builds it; a Site never changes afterwards.
package site

import (
	"context"
	"errors"
	"fmt"

	"github.com/careeratlas/careeratlas/internal/career"
	"github.com/careeratlas/careeratlas/internal/finder"
	"github.com/careeratlas/careeratlas/internal/search"
)

// Store is what the site reads from its database. *store.DB implements
// it; tests use fakes only for failure paths.
type Store interface {
	Ping(ctx context.Context) error

	// Read once, by Load.
	Sources(ctx context.Context) ([]career.Source, error)
	Groups(ctx context.Context) ([]*career.Group, error)
	Projection(ctx context.Context, soc string) (*career.Projection, error)
	GrowthScale(ctx context.Context) (career.GrowthScale, error)
	States(ctx context.Context) ([]career.State, error)
	Families(ctx context.Context) ([]career.Program, error)
	Programs(ctx context.Context) ([]career.Program, error)
	OfferedByFamily(ctx context.Context) (map[string][]career.Program, error)
	TaughtOccupations(ctx context.Context) (map[string]bool, error)
	PayStates(ctx context.Context) (map[string]bool, error)
	Places(ctx context.Context) ([]career.Place, error)
	ListOccupations(ctx context.Context, f career.OccupationFilter) ([]*career.Occupation, error)
	AllInterests(ctx context.Context) (map[string][6]float64, error)
	JobZones(ctx context.Context) (map[string]int, error)
	SearchWords(ctx context.Context) (map[string]int, error)
	Lists(ctx context.Context) ([]finder.List, error)
	AssessmentItems(ctx context.Context) ([]finder.AssessmentItem, error)

	// Read by requests.
	OccupationBySlug(ctx context.Context, slug string) (*career.Occupation, error)
	GroupBySlug(ctx context.Context, slug string) (*career.Group, error)
	StateMeans(ctx context.Context, soc string) ([]career.Wages, error)
	PriceParity(ctx context.Context, state string) (*career.PriceParity, error)
	PriceParities(ctx context.Context) (map[string]career.PriceParity, error)
	RelatedSOCs(ctx context.Context, soc string, limit int) ([]string, error)
	AltTitles(ctx context.Context, soc string, limit int) ([]string, error)
	ReportedTitles(ctx context.Context, soc string) ([]string, error)
	Technology(ctx context.Context, soc string) ([]career.Technology, error)
	SearchOccupations(ctx context.Context, terms []string, limit int) ([]*career.Occupation, error)
	SearchOccupationsPage(ctx context.Context, q search.Query) (*search.Results, error)
	SearchSchoolNames(ctx context.Context, terms []string, limit int) ([]career.School, error)
	SearchSchools(ctx context.Context, f career.SchoolFilter) (*career.SchoolResults, error)
	SchoolByID(ctx context.Context, unitID string) (*career.School, error)
	// OfficeByID returns a system office with its campuses.
	OfficeByID(ctx context.Context, unitID string) (*career.SystemOffice, error)
	ProgramsForOccupation(ctx context.Context, soc string) ([]career.ProgramOffer, error)
	OccupationsForProgram(ctx context.Context, cip string) ([]*career.Occupation, error)
	ProgramAwards(ctx context.Context, cip string) ([]career.AwardCount, error)
	OccupationsByProgram(ctx context.Context, cips []string) (map[string][]career.OccupationLink, error)
	SchoolRefs(ctx context.Context) ([]career.SchoolRef, error)
	OfferedPrograms(ctx context.Context) ([]string, error)
}

// Site is one database with everything its requests share.
type Site struct {
	// DB answers the queries that depend on the request.
	DB Store

	Sources []career.Source
	// Total is the all-occupations projection, for comparisons; nil when
	// the projections have no total line.
	Total *career.Projection
	// Growth is where each growth category starts in the projections release.
	Growth career.GrowthScale
	// Groups are the major occupational groups, in SOC order.
	Groups []*career.Group
	// States are the states and territories that have schools, by name.
	States []career.State
	// Families are the CIP families in which some school awards, by title.
	Families []career.Program
	// All holds every occupation with its figures (no prose), by title.
	All []*career.Occupation
	// Interests and JobZones are O*NET's, by SOC code.
	Interests map[string][6]float64
	JobZones  map[string]int
	// Vocab is every word of titles and other titles, for correcting
	// misspelt searches.
	Vocab search.Vocabulary
	// Lists are the editorial lists, by title.
	Lists []finder.List
	// Assessment holds the assessment's activities, interleaved by area.
	Assessment []finder.AssessmentItem

	bySOC    map[string]*career.Occupation
	members  map[string][]*career.Occupation // list slug → occupations
	programs map[string]*career.Program      // CIP code → program
	offered  map[string][]career.Program     // CIP family → its offered programs, by title
	taught   map[string]bool                 // SOC codes some school awards a program for
	// PayStates are the states and territories the state wage survey
	// covers, by USPS code.
	PayStates map[string]bool
	places    map[string]*career.Place // ZIP → place
}

// Load reads everything the requests against db share.
func Load(ctx context.Context, db Store) (*Site, error) {
	s := &Site{DB: db}
	var err error
	steps := []struct {
		what string
		read func() error
	}{
		{"sources", func() error { s.Sources, err = db.Sources(ctx); return err }},
		{"groups", func() error { s.Groups, err = db.Groups(ctx); return err }},
		{"total", func() error {
			s.Total, err = db.Projection(ctx, "00-0000")
			if errors.Is(err, career.ErrNotFound) {
				return nil
			}
			return err
		}},
		{"growth scale", func() error { s.Growth, err = db.GrowthScale(ctx); return err }},
		{"states", func() error { s.States, err = db.States(ctx); return err }},
		{"families", func() error { s.Families, err = db.Families(ctx); return err }},
		{"occupations", func() error { s.All, err = db.ListOccupations(ctx, career.OccupationFilter{}); return err }},
		{"interests", func() error { s.Interests, err = db.AllInterests(ctx); return err }},
		{"job zones", func() error { s.JobZones, err = db.JobZones(ctx); return err }},
		{"lists", func() error { s.Lists, err = db.Lists(ctx); return err }},
		{"assessment", func() error {
			items, err := db.AssessmentItems(ctx)
			s.Assessment = finder.Interleave(items)
			return err
		}},
		{"vocabulary", func() error {
			words, err := db.SearchWords(ctx)
			s.Vocab = search.Vocabulary(words)
			return err
		}},
		{"programs", func() error {
			ps, err := db.Programs(ctx)
			s.programs = make(map[string]*career.Program, len(ps))
			for i := range ps {
				s.programs[ps[i].Code] = &ps[i]
			}
			return err
		}},
		{"offered programs", func() error { s.offered, err = db.OfferedByFamily(ctx); return err }},
		{"taught occupations", func() error { s.taught, err = db.TaughtOccupations(ctx); return err }},
		{"pay states", func() error { s.PayStates, err = db.PayStates(ctx); return err }},
		{"places", func() error {
			ps, err := db.Places(ctx)
			s.places = make(map[string]*career.Place, len(ps))
			for i := range ps {
				s.places[ps[i].ZIP] = &ps[i]
			}
			return err
		}},
	}
	for _, st := range steps {
		if err := st.read(); err != nil {
			return nil, fmt.Errorf("site: %s: %w", st.what, err)
		}
	}
	s.bySOC = make(map[string]*career.Occupation, len(s.All))
	for _, o := range s.All {
		s.bySOC[o.SOC] = o
	}
	s.members = make(map[string][]*career.Occupation, len(s.Lists))
	for _, l := range s.Lists {
		s.members[l.Slug] = l.Members(s.All, s.Interests)
	}
	return s, nil
}

// Occupation returns the occupation with a SOC code (figures, no prose),
// or nil.
func (s *Site) Occupation(soc string) *career.Occupation { return s.bySOC[soc] }

// Group returns the major group with a code, or nil.
func (s *Site) Group(code string) *career.Group {
	for _, g := range s.Groups {
		if g.Code == code {
			return g
		}
	}
	return nil
}

// State returns the state with a USPS code, or nil.
func (s *Site) State(code string) *career.State {
	for i := range s.States {
		if s.States[i].Code == code {
			return &s.States[i]
		}
	}
	return nil
}

// StateName is the name of a state, or its code when unknown.
func (s *Site) StateName(code string) string {
	if st := s.State(code); st != nil {
		return st.Name
	}
	return code
}

// Family returns the CIP family with a 2-digit code in which some school
// awards, or nil.
func (s *Site) Family(code string) *career.Program {
	for i := range s.Families {
		if s.Families[i].Code == code {
			return &s.Families[i]
		}
	}
	return nil
}

// FamilyTitle is the plain title of a CIP family.
func (s *Site) FamilyTitle(code string) string {
	if f := s.Family(code); f != nil {
		return f.Title
	}
	return "Area " + code
}

// FamilyTitles maps every CIP family to its title.
func (s *Site) FamilyTitles() map[string]string {
	m := make(map[string]string, len(s.Families))
	for _, f := range s.Families {
		m[f.Code] = f.Title
	}
	return m
}

// Program returns any CIP code (family, series or program) with its
// title, or nil.
func (s *Site) Program(cip string) *career.Program { return s.programs[cip] }

// ProgramsInFamily returns the 6-digit programs of a family that some
// school offers, by title.
func (s *Site) ProgramsInFamily(family string) []career.Program { return s.offered[family] }

// Taught reports whether some school awarded, in the completions year, a
// program the crosswalk links to an occupation.
func (s *Site) Taught(soc string) bool { return s.taught[soc] }

// Place returns the location of a ZIP code, or nil.
func (s *Site) Place(zip string) *career.Place { return s.places[zip] }

// List returns the editorial list with a slug, or nil.
func (s *Site) List(slug string) *finder.List {
	for i := range s.Lists {
		if s.Lists[i].Slug == slug {
			return &s.Lists[i]
		}
	}
	return nil
}

// ListMembers returns a list's occupations, in the list's order.
func (s *Site) ListMembers(slug string) []*career.Occupation { return s.members[slug] }

// ListsWith returns the lists an occupation is on, by title.
func (s *Site) ListsWith(soc string) []finder.List {
	var out []finder.List
	for _, l := range s.Lists {
		for _, o := range s.members[l.Slug] {
			if o.SOC == soc {
				out = append(out, l)
				break
			}
		}
	}
	return out
}

// Source returns the source of a dataset, and whether it is loaded.
func (s *Site) Source(dataset string) (career.Source, bool) {
	for _, src := range s.Sources {
		if src.Dataset == dataset {
			return src, true
		}
	}
	return career.Source{}, false
}
