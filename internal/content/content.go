// Package content reads and validates the editor-owned tree under content/:
// the normalized datasets in data/ and the Markdown profiles in
// occupations/. It returns a Catalog or every problem found, each as
// file:line: message. It knows nothing of databases or HTTP.
package content

import (
	"crypto/sha256"
	"encoding/hex"
	"errors"
	"fmt"
	"io"
	"io/fs"
	"path"
	"slices"
	"strings"

	"github.com/careeratlas/careeratlas/internal/career"
	"github.com/careeratlas/careeratlas/internal/dataset"
	"github.com/careeratlas/careeratlas/internal/finder"
)

// Catalog is everything the site shows, validated and joined.
type Catalog struct {
	Occupations []*career.Occupation // by title
	Groups      []*career.Group      // by code
	// Areas holds OEWS estimates for states and metro areas, when imported.
	Areas   []career.Wages
	Sources []career.Source
	// Total is the all-occupations line of the projections, for comparisons.
	Total *career.Projection
	// Growth is where each growth category starts in this projections
	// release (growth.yaml).
	Growth career.GrowthScale

	// Schools: the IPEDS directory and completions, the CIP list, the
	// CIP–SOC crosswalk, ZIP codes and states. Empty until imported.
	Institutions []career.Institution
	Completions  []career.Completion
	Programs     []career.Program
	Pathways     []career.Pathway
	Places       []career.Place
	States       []career.State
	// What schools reported to IPEDS IC, ADM and SFA (schools.go).
	Characteristics []career.Characteristics
	Admissions      []career.Admissions
	Aid             []career.StudentAid
	// Offices are the administrative offices of systems of schools, which
	// are not schools (schools.go).
	Offices []career.SystemOffice

	// O*NET: interests, related occupations, job zones and other titles.
	Interests []career.Interests
	Related   []career.Related
	JobZones  []career.JobZone
	AltTitles []career.AltTitle
	// ReportedTitles are the titles O*NET shows its users, in its order.
	ReportedTitles []career.ReportedTitle
	// Technology is the software and technology of occupations.
	Technology []career.Technology

	// Prices are BEA regional price parities by state FIPS code.
	Prices []career.PriceParity

	// Lists are the editorial lists of content/lists.
	Lists []finder.List
	// Assessment holds the career assessment's activities.
	Assessment []finder.AssessmentItem
	// Hash fingerprints the whole tree, DataHash what the figures depend
	// on (see DataHash).
	Hash, DataHash string

	index map[string]*career.Occupation // by SOC code
}

// Source returns the source of a dataset, and whether it is loaded.
func (c *Catalog) Source(dataset string) (career.Source, bool) {
	for _, s := range c.Sources {
		if s.Dataset == dataset {
			return s, true
		}
	}
	return career.Source{}, false
}

// Load reads and validates the whole content tree in fsys (rooted at the
// content directory). On any problem it returns a *career.InvalidError
// listing all of them.
func Load(fsys fs.FS) (*Catalog, error) { return new(Loader).Load(fsys) }

// Loader loads content trees one after another, as a server reloading its
// content does. It keeps the official data of the last tree it read: when
// only prose has changed since (nothing under data/, nor growth.yaml), it
// reads just the prose again, which takes a fraction of the time.
type Loader struct {
	base     *Catalog        // the last tree's data, without prose
	deferred career.Problems // growth.yaml's problems, listed with the prose's
	profiles parsedFiles     // the occupation files last read, parsed
}

// Load reads and validates the content tree in fsys, like the function.
func (l *Loader) Load(fsys fs.FS) (*Catalog, error) {
	h, err := HashTree(fsys)
	if err != nil {
		return nil, err
	}
	return l.LoadHashed(fsys, h)
}

// LoadHashed is Load for a tree whose hashes the caller has just taken,
// so that a reload reads every file once to hash it, not twice.
func (l *Loader) LoadHashed(fsys fs.FS, h Hashes) (*Catalog, error) {
	dataHash := h.Data
	if l.base == nil || l.base.DataHash != dataHash {
		base, deferred, err := loadData(fsys)
		if err != nil {
			return nil, err
		}
		base.DataHash = dataHash
		l.base, l.deferred = base, deferred
	}
	cat := l.base.withoutProse()
	probs := slices.Clone(l.deferred)
	if l.profiles == nil {
		l.profiles = parsedFiles{}
	}
	probs = append(probs, cat.loadProse(fsys, l.profiles)...)
	if len(probs) > 0 {
		return nil, probs.Err()
	}
	cat.Hash = h.All
	return cat, nil
}

// loadData reads data/ and growth.yaml into a catalog without prose. The
// problems of growth.yaml come back apart, to be listed with the prose's.
func loadData(fsys fs.FS) (*Catalog, career.Problems, error) {
	var probs career.Problems
	cat := &Catalog{}
	addErr := collect(&probs)

	wages, wsrc, err := dataset.ReadWages(fsys, "data", dataset.WagesName("national"))
	if errors.Is(err, fs.ErrNotExist) {
		probs.Add("data/oews_national.csv", 0, "missing: run careeratlas import oews with the national OEWS workbook")
	} else {
		addErr(err)
		cat.Sources = append(cat.Sources, wsrc)
	}
	projs, projSrc, err := dataset.ReadProjections(fsys, "data")
	if errors.Is(err, fs.ErrNotExist) {
		probs.Add("data/projections.csv", 0, "missing: run careeratlas import projections with the Employment Projections workbook")
	} else {
		addErr(err)
		cat.Sources = append(cat.Sources, projSrc)
	}
	for _, t := range []string{"state", "metro", "nonmetro", "territory"} {
		ws, src, err := dataset.ReadWages(fsys, "data", dataset.WagesName(t))
		if errors.Is(err, fs.ErrNotExist) {
			continue
		}
		addErr(err)
		cat.Areas = append(cat.Areas, ws...)
		cat.Sources = append(cat.Sources, src)
	}
	stateMeans, smsrc, err := dataset.ReadWages(fsys, "data", dataset.StateMeansName)
	if !errors.Is(err, fs.ErrNotExist) {
		addErr(err)
		cat.Sources = append(cat.Sources, smsrc)
	}
	prices, priceSrc, err := dataset.ReadPrices(fsys, "data")
	if cat.takeDataset(&probs, priceSrc, err) {
		cat.Prices = prices
	}
	probs = append(probs, cat.loadSchools(fsys)...)
	probs = append(probs, cat.loadONET(fsys)...)
	if len(probs) > 0 {
		return nil, nil, probs.Err()
	}
	// A problem in growth.yaml is listed with the prose's, not alone.
	var deferred career.Problems
	cat.Growth, deferred = loadGrowth(fsys, projSrc)

	cat.build(wages, projs)
	cat.setGrowth()
	probs = append(probs, cat.addStateMeans(stateMeans)...)
	if len(probs) > 0 {
		return nil, nil, probs.Err()
	}
	cat.foldPathways()
	cat.dropUnknownONET()
	return cat, deferred, nil
}

// collect returns a function that adds an error's problems to probs: each
// problem of a content error, or the error itself.
func collect(probs *career.Problems) func(error) {
	return func(err error) {
		var inv *career.InvalidError
		if errors.As(err, &inv) {
			*probs = append(*probs, inv.Problems...)
		} else if err != nil {
			probs.Add("", 0, "%v", err)
		}
	}
}

// loadProse reads the occupation files, the lists and the assessment into
// cat, a catalog of data without prose.
func (cat *Catalog) loadProse(fsys fs.FS, parsed parsedFiles) career.Problems {
	var probs career.Problems
	addErr := collect(&probs)
	profiles, err := loadProfiles(fsys, cat, parsed)
	addErr(err)
	cat.Lists, err = loadLists(fsys, cat)
	addErr(err)
	cat.Assessment, err = loadAssessment(fsys)
	addErr(err)
	if len(probs) == 0 {
		cat.attach(profiles)
	}
	return probs
}

// withoutProse copies a catalog of data for prose to be attached to: the
// occupations are copies (their prose fields are written), everything
// else is shared and never changed.
func (c *Catalog) withoutProse() *Catalog {
	cp := *c
	cp.Occupations = make([]*career.Occupation, len(c.Occupations))
	cp.index = make(map[string]*career.Occupation, len(c.index))
	for i, o := range c.Occupations {
		oc := *o
		cp.Occupations[i], cp.index[o.SOC] = &oc, &oc
	}
	cp.Lists, cp.Assessment, cp.Hash = nil, nil, ""
	return &cp
}

// build joins wages and projections into occupations and groups.
func (c *Catalog) build(wages []career.Wages, projs []career.Projection) {
	bySOC := map[string]*career.Occupation{}
	groups := map[string]*career.Group{}
	occ := func(soc, title string) *career.Occupation {
		o, ok := bySOC[soc]
		if !ok {
			o = &career.Occupation{SOC: soc, Title: title, Group: career.MajorGroup(soc)}
			bySOC[soc] = o
		}
		return o
	}
	for i := range wages {
		w := &wages[i]
		switch w.Level {
		case "detailed":
			occ(w.SOC, w.Title).Wages = w
		case "major":
			groups[w.SOC] = &career.Group{Code: w.SOC, Title: w.Title, Slug: career.GroupSlug(w.Title), Wages: w}
		}
	}
	for i := range projs {
		p := &projs[i]
		switch {
		case p.SOC == "00-0000":
			c.Total = p
		case !p.Summary:
			o := occ(p.SOC, sentenceTitle(p.Title))
			o.Projection = p
		case strings.HasSuffix(p.SOC, "-0000"):
			if g, ok := groups[p.SOC]; ok {
				g.Projection = p
			}
		}
	}
	c.index = bySOC
	for _, o := range bySOC {
		if _, ok := groups[o.Group]; !ok {
			groups[o.Group] = &career.Group{Code: o.Group, Title: "Group " + o.Group, Slug: o.Group}
		}
		groups[o.Group].Count++
		c.Occupations = append(c.Occupations, o)
	}
	slices.SortFunc(c.Occupations, func(a, b *career.Occupation) int {
		return strings.Compare(strings.ToLower(a.Title), strings.ToLower(b.Title))
	})
	// Slugs come from titles; two titles that slug alike keep the SOC code.
	taken := map[string]int{}
	for _, o := range c.Occupations {
		taken[career.Slugify(o.Title)]++
	}
	for _, o := range c.Occupations {
		o.Slug = career.Slugify(o.Title)
		if taken[o.Slug] > 1 {
			o.Slug += "-" + o.SOC
		}
	}
	for _, g := range groups {
		c.Groups = append(c.Groups, g)
	}
	slices.SortFunc(c.Groups, func(a, b *career.Group) int { return strings.Compare(a.Code, b.Code) })
}

// StateMeanType marks state mean wages among the OEWS areas.
const StateMeanType = "state-mean"

// addStateMeans names each state-means row's state by its USPS code, as the
// rest of the site does, and keeps the rows of occupations the site has.
func (c *Catalog) addStateMeans(ws []career.Wages) career.Problems {
	var probs career.Problems
	if len(ws) == 0 {
		return nil
	}
	byName := map[string]string{}
	for _, s := range c.States {
		byName[strings.ToLower(s.Name)] = s.Code
		byName[strings.ToLower(strings.TrimPrefix(s.Name, "U.S. "))] = s.Code
	}
	unknown := map[string]bool{}
	for _, w := range ws {
		if c.Occupation(w.SOC) == nil {
			continue
		}
		code, ok := byName[strings.ToLower(w.AreaTitle)]
		if !ok {
			if !unknown[w.AreaTitle] && len(c.States) > 0 {
				probs.Add("data/"+dataset.StateMeansName+".csv", 0, "area %q is not a state in data/states.csv", w.AreaTitle)
			}
			unknown[w.AreaTitle] = true
			continue
		}
		w.Area, w.AreaType, w.Level = code, StateMeanType, "detailed"
		c.Areas = append(c.Areas, w)
	}
	return probs
}

// sentenceTitle capitalises the first letter of a projections title, which
// BLS writes in sentence case ("Medical records specialists").
func sentenceTitle(t string) string {
	if t == "" {
		return t
	}
	return strings.ToUpper(t[:1]) + t[1:]
}

// Occupation returns the occupation with a SOC code, or nil.
func (c *Catalog) Occupation(soc string) *career.Occupation { return c.index[soc] }

// Hashes fingerprint a content tree: All every file, so that serve can
// tell whether the database was built from the content it sees, and Data
// what the official figures depend on (data/ and growth.yaml): two trees
// with the same Data differ only in prose.
type Hashes struct{ All, Data string }

// HashTree reads the tree in fsys once and returns both its hashes.
func HashTree(fsys fs.FS) (Hashes, error) {
	all, data := sha256.New(), sha256.New()
	err := fs.WalkDir(fsys, ".", func(p string, d fs.DirEntry, err error) error {
		if err != nil {
			return err
		}
		if strings.HasPrefix(path.Base(p), ".") && p != "." {
			if d.IsDir() {
				return fs.SkipDir
			}
			return nil
		}
		if d.IsDir() {
			return nil
		}
		b, err := fs.ReadFile(fsys, p)
		if err != nil {
			return err
		}
		hashes := []io.Writer{all}
		if p == growthFile || strings.HasPrefix(p, "data/") {
			hashes = append(hashes, data)
		}
		for _, h := range hashes {
			fmt.Fprintf(h, "%s\x00%d\x00", p, len(b))
			h.Write(b)
		}
		return nil
	})
	if err != nil {
		return Hashes{}, fmt.Errorf("content: hash: %w", err)
	}
	return Hashes{All: hex.EncodeToString(all.Sum(nil)), Data: hex.EncodeToString(data.Sum(nil))}, nil
}

// Hash is the hash of every file in fsys (HashTree's All).
func Hash(fsys fs.FS) (string, error) {
	h, err := HashTree(fsys)
	return h.All, err
}
