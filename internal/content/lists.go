package content

import (
	"bytes"
	"fmt"
	"io/fs"
	"path"
	"slices"
	"strconv"
	"strings"
	"time"

	"github.com/goccy/go-yaml/ast"

	"github.com/careeratlas/careeratlas/internal/career"
	"github.com/careeratlas/careeratlas/internal/finder"
)

var (
	listKeys   = []string{"title", "summary", "updated", "filter", "sort", "limit", "occupations"}
	filterKeys = []string{"group", "education", "education_max", "experience", "training", "growth", "growth_min",
		"openings_min", "pay_min", "pay_max", "interest", "interest_min"}
	pickKeys = []string{"occupation", "why"}
)

// maxListLength is the longest list we show.
const maxListLength = 100

// maxWhy keeps a hand-picked occupation's reason to one short sentence,
// shown beside it in the list.
const maxWhy = 160

func loadLists(fsys fs.FS, cat *Catalog) ([]finder.List, error) {
	var probs career.Problems
	entries, err := fs.ReadDir(fsys, "lists")
	if err != nil && !isNotExist(err) {
		return nil, fmt.Errorf("content: %w", err)
	}
	var out []finder.List
	for _, e := range entries {
		name := "lists/" + e.Name()
		if e.IsDir() || strings.HasPrefix(e.Name(), ".") {
			continue
		}
		if path.Ext(e.Name()) != ".md" {
			probs.Add(name, 0, "only .md files belong in lists/")
			continue
		}
		b, err := fs.ReadFile(fsys, name)
		if err != nil {
			probs.Add(name, 0, "%v", err)
			continue
		}
		l, ps := parseList(name, b, cat)
		probs = append(probs, ps...)
		l.Slug = strings.TrimSuffix(e.Name(), ".md")
		if l.Slug != career.Slugify(l.Slug) {
			probs.Add(name, 0, "list file names are lower-case words joined by hyphens, like %s.md", career.Slugify(l.Slug))
		}
		out = append(out, l)
	}
	slices.SortFunc(out, func(a, b finder.List) int { return strings.Compare(a.Title, b.Title) })
	return out, probs.Err()
}

func parseList(name string, b []byte, cat *Catalog) (finder.List, career.Problems) {
	l := finder.List{Sort: finder.ByTitle, Limit: 25}
	d, probs := splitDocument(name, b)
	if d.front == nil {
		return l, probs
	}
	seen := map[string]int{}
	keyProbs := eachKey(name, d.front, listKeys, func(key string, line int, value ast.Node) {
		seen[key] = line
		if key == "occupations" {
			l.Picks = parsePicks(name, value, cat, &probs)
			return
		}
		if key == "filter" {
			m := mapping(value)
			if m == nil {
				probs.Add(name, line, "filter must be key: value lines, indented under filter:")
				return
			}
			probs = append(probs, parseFilter(name, m, &l.Filter, cat)...)
			return
		}
		val, ok := scalar(value)
		if !ok {
			probs.Add(name, line, "%s must be a single value", key)
			return
		}
		val = strings.Join(strings.Fields(val), " ")
		switch key {
		case "title":
			l.Title = val
		case "summary":
			l.Summary = val
		case "updated":
			if _, err := time.Parse(time.DateOnly, val); err != nil {
				probs.Add(name, line, "updated %q is not a date like 2026-11-27", val)
			}
			l.Updated = val
		case "sort":
			l.Sort = finder.Sort(val)
			if !finder.ValidSort(l.Sort) {
				var known []string
				for _, s := range finder.Sorts {
					known = append(known, string(s.Sort))
				}
				probs.Add(name, line, "sort %q is not one of %s", val, strings.Join(known, ", "))
			}
		case "limit":
			n, err := strconv.Atoi(val)
			if err != nil || n < 1 || n > maxListLength {
				probs.Add(name, line, "limit %q must be a whole number from 1 to %d", val, maxListLength)
			}
			l.Limit = n
		}
	})
	probs = append(probs, keyProbs...)
	for _, k := range []string{"title", "summary", "updated"} {
		if _, ok := seen[k]; !ok {
			probs.Add(name, 2, "%s is missing", k)
		}
	}
	// A list is chosen one way: by a filter, or occupation by occupation.
	filterLine, hasFilter := seen["filter"]
	picksLine, hasPicks := seen["occupations"]
	switch {
	case hasFilter && hasPicks:
		probs.Add(name, picksLine, "a list has a filter or hand-picked occupations, not both (filter is on line %d): "+
			"remove filter to show the occupations picked, in their order, or remove occupations to let the filter choose", filterLine)
	case !hasFilter && !hasPicks:
		probs.Add(name, 2, "filter is missing: give a filter (filter: {} takes every occupation), or pick occupations by hand under occupations:")
	case hasPicks:
		for _, k := range []string{"sort", "limit"} {
			if line, ok := seen[k]; ok {
				probs.Add(name, line, "%s does not apply to a hand-picked list: its occupations are shown as listed under occupations:, all of them", k)
			}
		}
	}
	var body bytes.Buffer
	var src []string
	for i := d.bodyStart; i < len(d.lines); i++ {
		if f := figureIn(d.lines[i]); f != "" {
			probs.Add(name, i+1, "states a figure (%s); figures come from data, not prose", f)
		}
		if strings.HasPrefix(d.lines[i], "# ") {
			probs.Add(name, i+1, "no # title: the list's title comes from the front matter")
		}
		src = append(src, d.lines[i])
	}
	if err := markdown.Convert([]byte(strings.Join(src, "\n")), &body); err != nil {
		probs.Add(name, d.bodyStart+1, "%v", err)
	}
	l.Body = body.String()
	return l, probs
}

// parseFilter reads a list's filter, checking every field and value.
func parseFilter(name string, m *ast.MappingNode, f *finder.Filter, cat *Catalog) career.Problems {
	var probs career.Problems
	number := func(key, val string, line int) float64 {
		v, err := strconv.ParseFloat(strings.ReplaceAll(val, ",", ""), 64)
		if err != nil || v < 0 {
			probs.Add(name, line, "filter %s %q must be a number, like 50000", key, val)
		}
		return v
	}
	oneOf := func(key, val string, line int, allowed []string) string {
		if !slices.Contains(allowed, val) {
			msg := fmt.Sprintf("filter %s %q is not one of: %s", key, val, strings.Join(allowed, "; "))
			if s := suggest(val, allowed); s != "" {
				msg = fmt.Sprintf("filter %s %q is unknown: did you mean %q?", key, val, s)
			}
			probs.Add(name, line, "%s", msg)
		}
		return val
	}
	var groups, bands []string
	for _, g := range cat.Groups {
		groups = append(groups, g.Code)
	}
	for _, b := range career.GrowthBands() {
		bands = append(bands, b.Key)
	}
	interestMinLine := 0
	keyProbs := eachKey(name, m, filterKeys, func(key string, line int, value ast.Node) {
		vals, ok := list(value)
		if !ok {
			probs.Add(name, line, "filter %s must be a value or a list of values", key)
			return
		}
		multi := key == "education" || key == "growth"
		if !multi && len(vals) != 1 {
			probs.Add(name, line, "filter %s takes one value", key)
			return
		}
		switch key {
		case "group":
			f.Group = oneOf(key, vals[0], line, groups)
		case "education":
			for _, v := range vals {
				f.Education = append(f.Education, oneOf(key, v, line, career.Educations))
			}
		case "education_max":
			f.EducationMax = oneOf(key, vals[0], line, career.Educations)
		case "experience":
			f.Experience = oneOf(key, vals[0], line, career.Experiences)
		case "training":
			f.Training = oneOf(key, vals[0], line, career.Trainings)
		case "growth":
			for _, v := range vals {
				f.Growth = append(f.Growth, oneOf(key, v, line, bands))
			}
		case "growth_min":
			f.GrowthMin = oneOf(key, vals[0], line, bands)
		case "openings_min":
			f.OpeningsMin = number(key, vals[0], line)
		case "pay_min":
			f.PayMin = number(key, vals[0], line)
		case "pay_max":
			f.PayMax = number(key, vals[0], line)
		case "interest":
			f.Interest = oneOf(key, vals[0], line, career.RIASEC[:])
		case "interest_min":
			interestMinLine = line
			v, err := strconv.ParseFloat(vals[0], 64)
			if err != nil || !(v >= 1 && v <= 7) {
				probs.Add(name, line, "filter interest_min %q must be a score from 1 to 7, like 5.5", vals[0])
			}
			f.InterestMin = v
		}
	})
	probs = append(probs, keyProbs...)
	if interestMinLine > 0 && f.Interest == "" {
		probs.Add(name, interestMinLine, "filter interest_min needs interest: name the area whose score it sets, like interest: Social")
	}
	return probs
}

// parsePicks reads a hand-picked list's occupations: each a SOC code or a
// slug, with why it is on the list. Every entry must be a known
// occupation, listed once, with a short reason in our words.
func parsePicks(name string, n ast.Node, cat *Catalog, probs *career.Problems) []finder.Pick {
	line := n.GetToken().Position.Line + frontOffset
	seq, ok := n.(*ast.SequenceNode)
	if !ok || len(seq.Values) == 0 {
		probs.Add(name, line, "occupations must be a list of entries, each with occupation (a slug or SOC code) and why")
		return nil
	}
	if len(seq.Values) > maxListLength {
		probs.Add(name, line, "occupations has %d entries; a list shows at most %d", len(seq.Values), maxListLength)
	}
	bySlug := make(map[string]*career.Occupation, len(cat.Occupations))
	slugs := make([]string, 0, len(cat.Occupations))
	for _, o := range cat.Occupations {
		bySlug[o.Slug] = o
		slugs = append(slugs, o.Slug)
	}
	var out []finder.Pick
	seen := map[string]int{} // SOC code → line
	for _, item := range seq.Values {
		line := item.GetToken().Position.Line + frontOffset
		m := mapping(item)
		if m == nil {
			probs.Add(name, line, "occupations entry must have occupation (a slug or SOC code) and why")
			continue
		}
		var p finder.Pick
		var o *career.Occupation
		given := "this occupation"
		lines := eachEntryValue(name, "occupations", m, pickKeys, probs, func(key string, l int, val string) {
			switch key {
			case "occupation":
				given = val
				if o = findOccupation(val, cat, bySlug); o == nil {
					probs.Add(name, l, "%s", unknownOccupation(val, cat, slugs))
					return
				}
				if prev, dup := seen[o.SOC]; dup {
					probs.Add(name, l, "%s (%s) is already on the list, on line %d", o.Title, val, prev)
					o = nil
					return
				}
				seen[o.SOC] = l
				p.SOC = o.SOC
			case "why":
				p.Why = val
				switch n := len([]rune(val)); {
				case n == 0:
					probs.Add(name, l, "why is empty: say in a sentence why this occupation is on the list")
				case n > maxWhy:
					probs.Add(name, l, "why is %d characters; keep it to %d, one short sentence", n, maxWhy)
				}
				if f := figureIn(val); f != "" {
					probs.Add(name, l, "why states a figure (%s); figures come from data, not prose", f)
				}
			}
		})
		if _, ok := lines["occupation"]; !ok {
			probs.Add(name, line, "occupations entry has no occupation: give its slug, like electricians, or its SOC code, like \"47-2111\"")
		}
		if _, ok := lines["why"]; !ok {
			probs.Add(name, line, "occupations entry for %s has no why: say in a sentence why it is on the list", given)
		}
		if o != nil && p.Why != "" {
			out = append(out, p)
		}
	}
	return out
}

// findOccupation looks an occupation up by SOC code or slug.
func findOccupation(val string, cat *Catalog, bySlug map[string]*career.Occupation) *career.Occupation {
	if career.ValidSOC(val) {
		return cat.Occupation(val)
	}
	return bySlug[val]
}

// unknownOccupation says that val names no occupation, suggesting the
// nearest: a slug one typo away, or one that has every word of val.
func unknownOccupation(val string, cat *Catalog, slugs []string) string {
	if career.ValidSOC(val) {
		msg := fmt.Sprintf("occupation %q is not a SOC code in the BLS data", val)
		var codes []string
		for _, o := range cat.Occupations {
			codes = append(codes, o.SOC)
		}
		if s := suggest(val, codes); s != "" {
			msg += fmt.Sprintf(": did you mean %q (%s)?", s, cat.Occupation(s).Title)
		}
		return msg
	}
	msg := fmt.Sprintf("occupation %q is not an occupation's slug or SOC code", val)
	want := career.Slugify(val)
	s := suggest(want, slugs)
	if s == "" {
		// "wind-turbine-technicians" → wind-turbine-service-technicians:
		// the shortest slug with every word given.
		words := strings.Split(want, "-")
		for _, slug := range slugs {
			have := strings.Split(slug, "-")
			if !slices.ContainsFunc(words, func(w string) bool {
				return !slices.ContainsFunc(have, func(h string) bool { return strings.HasPrefix(h, w) })
			}) && (s == "" || len(slug) < len(s)) {
				s = slug
			}
		}
	}
	if s != "" {
		msg += fmt.Sprintf(": did you mean %s?", s)
	}
	return msg
}
