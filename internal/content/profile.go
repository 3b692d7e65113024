package content

import (
	"bytes"
	"fmt"
	"io/fs"
	"path"
	"regexp"
	"slices"
	"strings"
	"time"

	"github.com/goccy/go-yaml/ast"
	"github.com/yuin/goldmark"

	"github.com/careeratlas/careeratlas/internal/career"
	"github.com/careeratlas/careeratlas/internal/search"
)

// profile is one content/occupations/*.md file.
type profile struct {
	file     string
	soc      string
	summary  string
	updated  string
	sections career.Sections

	license     career.License
	licenseNote string
	resources   []career.Resource
	study       []career.CredentialGroup
}

// frontMatterKeys are the keys an occupation file may set.
var frontMatterKeys = []string{"soc", "summary", "updated", "license", "license_note", "more_info", "study"}

// sectionTitles maps the H2 headings a profile may use to where they go.
var sectionTitles = []string{"What they do", "Work environment", "How to become one", "Job outlook"}

var (
	// figureInProse catches pay, counts and rates typed into prose: they
	// belong in data, where a new release updates them.
	figureInProse = regexp.MustCompile(`\$\s?\d[\d,]*(\.\d+)?|\d[\d,]*(\.\d+)?\s?(%|percent\b)`)
	occupationURL = regexp.MustCompile(`\]\(/occupations/([^)#?\s]+)`)
	// rawHTML is a tag typed into Markdown; the renderer leaves it out.
	rawHTML = regexp.MustCompile(`</?[a-zA-Z][a-zA-Z0-9]*(\s[^<>]*)?/?>`)
	// scriptLink is a link to a script or inline data, which no page shows.
	scriptLink = regexp.MustCompile(`(?i)\]\(\s*<?\s*(javascript|vbscript|data):`)
	markdown   = goldmark.New() // raw HTML is left out: only our Markdown reaches pages
)

// parsedFiles keeps parsed occupation files by name and bytes, so that a
// reload parses again only the files that changed: rendering every
// profile's Markdown takes most of the time of reading the prose.
type parsedFiles map[string]parsedFile

type parsedFile struct {
	bytes  string
	parsed parsedProfile
	probs  career.Problems
}

func loadProfiles(fsys fs.FS, cat *Catalog, cache parsedFiles) ([]profile, error) {
	var probs career.Problems
	entries, err := fs.ReadDir(fsys, "occupations")
	if err != nil && !isNotExist(err) {
		return nil, fmt.Errorf("content: %w", err)
	}
	slugs := map[string]bool{}
	for _, o := range cat.Occupations {
		slugs[o.Slug] = true
	}
	seen := map[string]string{}
	var out []profile
	for _, e := range entries {
		name := "occupations/" + e.Name()
		if e.IsDir() || strings.HasPrefix(e.Name(), ".") {
			continue
		}
		if path.Ext(e.Name()) != ".md" {
			probs.Add(name, 0, "only .md files belong in occupations/")
			continue
		}
		b, err := fs.ReadFile(fsys, name)
		if err != nil {
			probs.Add(name, 0, "%v", err)
			continue
		}
		pf, ok := cache[name]
		if !ok || pf.bytes != string(b) {
			pf.bytes = string(b)
			pf.parsed, pf.probs = parseProfile(name, b)
			if cache != nil {
				cache[name] = pf
			}
		}
		p := pf.parsed
		probs = append(probs, pf.probs...)
		if p.soc == "" {
			continue
		}
		if first, dup := seen[p.soc]; dup {
			probs.Add(name, 2, "SOC %s is already written up in %s", p.soc, first)
			continue
		}
		seen[p.soc] = name
		o := cat.Occupation(p.soc)
		if o == nil {
			probs.Add(name, p.line("soc"), "SOC %s is not an occupation in the BLS data", p.soc)
			continue
		}
		if want := o.Slug + ".md"; e.Name() != want {
			probs.Add(name, 0, "the file for %s %q must be named %s", o.SOC, o.Title, want)
		}
		for _, m := range occupationURL.FindAllSubmatchIndex(b, -1) {
			slug := string(b[m[2]:m[3]])
			if !slugs[slug] {
				msg := fmt.Sprintf("link to /occupations/%s: no such occupation", slug)
				if near := nearestSlug(slug, cat.Occupations); near != "" {
					msg += fmt.Sprintf("; did you mean /occupations/%s?", near)
				}
				probs.Add(name, lineAt(b, m[0]), "%s", msg)
			}
		}
		out = append(out, p.profile)
	}
	return out, probs.Err()
}

// parsedProfile remembers where each front-matter key was, for messages.
type parsedProfile struct {
	profile
	lines map[string]int
}

func (p parsedProfile) line(key string) int { return p.lines[key] }

// parseProfile reads an occupation file: front matter and Markdown body.
func parseProfile(name string, b []byte) (parsedProfile, career.Problems) {
	p := parsedProfile{profile: profile{file: name}, lines: map[string]int{}}
	d, probs := splitDocument(name, b)
	if d.front == nil {
		return p, probs
	}
	probs = append(probs, p.parseFrontMatter(name, d.front)...)
	probs = append(probs, p.parseBody(name, d.lines, d.bodyStart)...)
	return p, probs
}

func (p *parsedProfile) parseFrontMatter(name string, m *ast.MappingNode) career.Problems {
	var probs career.Problems
	keyProbs := eachKey(name, m, frontMatterKeys, func(key string, line int, value ast.Node) {
		p.lines[key] = line
		switch key {
		case "more_info":
			p.resources = parseResources(name, value, &probs)
			return
		case "study":
			p.study = parseStudy(name, value, &probs)
			return
		}
		val, isScalar := scalar(value)
		if !isScalar {
			probs.Add(name, line, "%s must be a single value", key)
			return
		}
		switch key {
		case "soc":
			if !career.ValidSOC(val) {
				probs.Add(name, line, "soc %q is not a SOC code like \"29-2072\"", val)
				return
			}
			p.soc = val
		case "summary":
			p.summary = strings.Join(strings.Fields(val), " ")
			if p.summary == "" {
				probs.Add(name, line, "summary is empty")
			}
			if f := figureIn(p.summary); f != "" {
				probs.Add(name, line, "summary states a figure (%s); figures come from data, not prose", f)
			}
		case "updated":
			if _, err := time.Parse(time.DateOnly, val); err != nil {
				probs.Add(name, line, "updated %q is not a date like 2026-11-27", val)
				return
			}
			p.updated = val
		case "license":
			l := career.License(val)
			if !slices.Contains(career.Licenses, l) {
				probs.Add(name, line, "license %q is not one of %s", val, licenseValues())
				return
			}
			p.license = l
		case "license_note":
			p.licenseNote = strings.Join(strings.Fields(val), " ")
			if n := len([]rune(p.licenseNote)); n > maxLicenseNote {
				probs.Add(name, line, "license_note is %d characters; keep it to %d, it is shown in the quick facts", n, maxLicenseNote)
			}
			if f := figureIn(p.licenseNote); f != "" {
				probs.Add(name, line, "license_note states a figure (%s); figures come from data, not prose", f)
			}
		}
	})
	probs = append(probs, keyProbs...)
	_, hasLicense := p.lines["license"]
	if _, ok := p.lines["license_note"]; ok && !hasLicense {
		probs.Add(name, p.line("license_note"), "license_note needs license: set license to one of %s", licenseValues())
	}
	if _, ok := p.lines["soc"]; !ok {
		probs.Add(name, 2, "soc is missing: every occupation file names its SOC code")
	}
	if _, ok := p.lines["updated"]; !ok {
		probs.Add(name, 2, "updated is missing: give the date of your last review, like 2026-11-27")
	}
	return probs
}

// parseBody splits the Markdown after the front matter into the known
// sections and renders each one.
func (p *parsedProfile) parseBody(name string, lines []string, start int) career.Problems {
	var probs career.Problems
	var current string
	bodies := map[string][]string{}
	headingLine := map[string]int{}
	for i := start; i < len(lines); i++ {
		l, n := lines[i], i+1
		switch {
		case strings.HasPrefix(l, "# "):
			probs.Add(name, n, "no # title: the page title comes from the data; start sections with ##")
		case strings.HasPrefix(l, "## "):
			h := strings.TrimSpace(strings.TrimPrefix(l, "## "))
			if !slices.Contains(sectionTitles, h) {
				msg := fmt.Sprintf("unknown section %q (known: %s)", h, strings.Join(sectionTitles, "; "))
				if s := suggest(h, sectionTitles); s != "" {
					msg = fmt.Sprintf("unknown section %q: did you mean %q?", h, s)
				}
				probs.Add(name, n, "%s", msg)
				current = ""
				continue
			}
			if prev, dup := headingLine[h]; dup {
				probs.Add(name, n, "section %q already started on line %d", h, prev)
			}
			headingLine[h], current = n, h
		default:
			if f := figureIn(l); f != "" {
				probs.Add(name, n, "states a figure (%s); figures come from data, not prose", f)
			}
			probs = append(probs, checkMarkup(name, n, l)...)
			if current == "" {
				if strings.TrimSpace(l) != "" {
					probs.Add(name, n, "text outside a section: start it with one of ## %s", strings.Join(sectionTitles, ", ## "))
				}
				continue
			}
			bodies[current] = append(bodies[current], l)
		}
	}
	render := func(h string) string {
		var buf bytes.Buffer
		src := strings.TrimSpace(strings.Join(bodies[h], "\n"))
		if src == "" {
			return ""
		}
		if err := markdown.Convert([]byte(src), &buf); err != nil {
			probs.Add(name, headingLine[h], "section %q: %v", h, err)
		}
		return buf.String()
	}
	p.sections = career.Sections{
		WhatTheyDo:      render(sectionTitles[0]),
		WorkEnvironment: render(sectionTitles[1]),
		HowToBecome:     render(sectionTitles[2]),
		Outlook:         render(sectionTitles[3]),
	}
	return probs
}

// attach puts the written profiles onto their occupations.
func (c *Catalog) attach(ps []profile) {
	for _, p := range ps {
		o := c.Occupation(p.soc)
		o.Summary, o.Updated, o.Sections = p.summary, p.updated, p.sections
		o.License, o.LicenseNote, o.Resources, o.Study = p.license, p.licenseNote, p.resources, p.study
	}
}

// parseStudy reads study: the credential groups that usually lead into
// the work, as a list of the school finder's keys, shortest first.
func parseStudy(name string, n ast.Node, probs *career.Problems) []career.CredentialGroup {
	line := n.GetToken().Position.Line + frontOffset
	seq, ok := n.(*ast.SequenceNode)
	if !ok || len(seq.Values) == 0 {
		probs.Add(name, line, "study must be a list of credentials, like [associate, bachelor], from %s", studyValues())
		return nil
	}
	var out []career.CredentialGroup
	for _, item := range seq.Values {
		val, isScalar := scalar(item)
		g := career.CredentialGroup(val)
		switch {
		case !isScalar || g.Label() == "":
			probs.Add(name, line, "study: %q is not one of %s", val, studyValues())
		case slices.Contains(out, g):
			probs.Add(name, line, "study names %s twice", val)
		default:
			out = append(out, g)
		}
	}
	slices.SortFunc(out, func(a, b career.CredentialGroup) int { return a.Rank() - b.Rank() })
	return out
}

// studyValues lists the credential keys study takes.
func studyValues() string {
	var keys []string
	for _, g := range career.CredentialGroups {
		keys = append(keys, string(g.Group))
	}
	return strings.Join(keys, ", ")
}

// figureIn returns the first figure typed into text ("$50,000", "7%"),
// or "".
func figureIn(text string) string {
	if f := figureInProse.FindString(text); f != "" {
		return "“" + f + "”"
	}
	return ""
}

// checkMarkup reports what the renderer would silently drop from a line:
// raw HTML and links to scripts.
func checkMarkup(name string, n int, line string) career.Problems {
	var probs career.Problems
	if code := strings.Count(line, "`"); code == 0 {
		if tag := rawHTML.FindString(line); tag != "" {
			probs.Add(name, n, "raw HTML (%s) is left out of the page: write it in Markdown (**bold**, [link](/path), a blank line for a paragraph)", tag)
		}
	}
	if scriptLink.MatchString(line) {
		probs.Add(name, n, "a link to a script or inline data is not allowed: link to a page, /occupations/… or https://…")
	}
	return probs
}

// nearestSlug is the occupation whose slug is closest to a mistyped one:
// the one sharing the most words with it, and of those the nearest by
// spelling; "" when none shares a word.
func nearestSlug(slug string, occs []*career.Occupation) string {
	words := strings.Split(slug, "-")
	best, bestShared, bestDist := "", 0, 0
	for _, o := range occs {
		shared := 0
		for _, w := range strings.Split(o.Slug, "-") {
			if len(w) > 2 && slices.Contains(words, w) {
				shared++
			}
		}
		if shared == 0 {
			continue
		}
		d := search.Distance(slug, o.Slug, len(slug)+len(o.Slug))
		if shared > bestShared || shared == bestShared && d < bestDist {
			best, bestShared, bestDist = o.Slug, shared, d
		}
	}
	return best
}

func lineAt(b []byte, offset int) int { return bytes.Count(b[:offset], []byte("\n")) + 1 }

// Coverage counts how far the occupation files go: full profiles,
// summaries alone and "All Other" categories, which get a short page.
type Coverage struct {
	Full, SummaryOnly, Residual int
	// Unwritten are the named occupations without a full profile, and
	// Orphans the residual categories with no named occupation beside
	// them to point to.
	Unwritten, Orphans []*career.Occupation
}

// Coverage reports the catalog's profile coverage.
func (c *Catalog) Coverage() Coverage {
	var cv Coverage
	for _, o := range c.Occupations {
		switch {
		case o.Residual():
			cv.Residual++
			if len(career.NamedNeighbours(c.Occupations, o.SOC)) == 0 {
				cv.Orphans = append(cv.Orphans, o)
			}
		case o.Sections.Full():
			cv.Full++
		default:
			cv.SummaryOnly++
			cv.Unwritten = append(cv.Unwritten, o)
		}
	}
	return cv
}
