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
	listKeys   = []string{"title", "summary", "updated", "filter", "sort", "limit"}
	filterKeys = []string{"group", "education", "education_max", "experience", "training", "growth", "openings_min", "pay_min", "pay_max", "interest"}
)

// maxListLength is the longest list we show.
const maxListLength = 100

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
	seen := map[string]bool{}
	probs = append(probs, eachKey(name, d.front, listKeys, func(key string, line int, value ast.Node) {
		seen[key] = true
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
	})...)
	for _, k := range []string{"title", "summary", "updated", "filter"} {
		if !seen[k] {
			probs.Add(name, 2, "%s is missing", k)
		}
	}
	var body bytes.Buffer
	var src []string
	for i := d.bodyStart; i < len(d.lines); i++ {
		if figureInProse.MatchString(d.lines[i]) {
			probs.Add(name, i+1, "states a figure; figures come from data, not prose")
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
	probs = append(probs, eachKey(name, m, filterKeys, func(key string, line int, value ast.Node) {
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
		case "openings_min":
			f.OpeningsMin = number(key, vals[0], line)
		case "pay_min":
			f.PayMin = number(key, vals[0], line)
		case "pay_max":
			f.PayMax = number(key, vals[0], line)
		case "interest":
			f.Interest = oneOf(key, vals[0], line, career.RIASEC[:])
		}
	})...)
	return probs
}
