package content

import (
	"io/fs"
	"math"
	"strconv"
	"strings"

	"github.com/goccy/go-yaml/ast"

	"github.com/careeratlas/careeratlas/internal/career"
)

// growthFile is where the growth categories of the projections release
// are set.
const growthFile = "growth.yaml"

// loadGrowth reads growth.yaml: the release it is for, which must be the
// projections release in data/, and the least whole percent change of
// each category but decline, fastest first.
func loadGrowth(fsys fs.FS, projections career.Source) (career.GrowthScale, career.Problems) {
	var probs career.Problems
	scale := career.GrowthScale{}
	b, err := fs.ReadFile(fsys, growthFile)
	if err != nil {
		probs.Add(growthFile, 0, "missing: it sets where each growth category starts for the %s projections", projections.Release)
		return scale, probs
	}
	m, ps := parseYAMLMapping(growthFile, b)
	probs = append(probs, ps...)
	if m == nil {
		return scale, probs
	}
	bands := career.GrowthBands()
	keys := []string{"release"}
	for _, g := range bands[:len(bands)-1] {
		keys = append(keys, g.Key)
	}
	mins := map[string]float64{}
	lines := map[string]int{}
	keyProbs := eachKey(growthFile, m, keys, func(key string, line int, value ast.Node) {
		line = yamlLine(line)
		lines[key] = line
		val, ok := scalar(value)
		if !ok {
			probs.Add(growthFile, line, "%s must be a single value", key)
			return
		}
		if key == "release" {
			scale.Release = val
			if projections.Release != "" && val != projections.Release {
				probs.Add(growthFile, line, "release %q is not the projections release in data/ (%q): BLS redraws the categories for each release; set them for %s",
					val, projections.Release, projections.Release)
			}
			return
		}
		n, err := strconv.ParseFloat(val, 64)
		if err != nil || n != math.Trunc(n) {
			probs.Add(growthFile, line, "%s must be a whole percent, like 3 (got %q)", key, val)
			return
		}
		mins[key] = n
	})
	probs = append(probs, keyProbs...)
	for i, k := range keys {
		if _, ok := lines[k]; !ok {
			probs.Add(growthFile, 0, "%s is missing", k)
			continue
		}
		if i > 1 {
			prev := keys[i-1]
			if a, okA := mins[prev]; okA {
				if b, okB := mins[k]; okB && b >= a {
					probs.Add(growthFile, lines[k], "%s (%g) must start below %s (%g): the categories run fastest first", k, b, prev, a)
				}
			}
		}
	}
	for i := range probs {
		if probs[i].Message != "" && strings.HasPrefix(probs[i].Message, "unknown key") || strings.Contains(probs[i].Message, "is set twice") {
			probs[i].Line = yamlLine(probs[i].Line) // reported by eachKey
		}
	}
	if len(probs) > 0 {
		return career.GrowthScale{}, probs
	}
	for _, k := range keys[1:] {
		scale.Min = append(scale.Min, mins[k])
	}
	return scale, nil
}

// parseYAMLMapping reads a whole YAML file that must be a mapping, as
// front matter between --- lines would be read.
func parseYAMLMapping(name string, b []byte) (*ast.MappingNode, career.Problems) {
	d, probs := splitDocument(name, append([]byte("---\n"), append(b, []byte("\n---\n")...)...))
	for i := range probs {
		probs[i].Line = max(0, probs[i].Line-1) // the added first line
	}
	if d.front == nil {
		return nil, probs
	}
	return d.front, probs
}

// yamlLine is the line in a whole YAML file of a key eachKey reports as
// front matter, which starts a line later.
func yamlLine(line int) int { return line - frontOffset }

// setGrowth puts each projection in its category on the scale.
func (c *Catalog) setGrowth() {
	set := func(p *career.Projection) {
		if p != nil && p.PctChange.Available() {
			p.Growth = c.Growth.For(p.PctChange.Value)
		}
	}
	set(c.Total)
	for _, o := range c.Occupations {
		set(o.Projection)
	}
	for _, g := range c.Groups {
		set(g.Projection)
	}
}
