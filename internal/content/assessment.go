package content

import (
	"fmt"
	"io/fs"
	"regexp"
	"slices"
	"strings"

	"github.com/goccy/go-yaml/ast"
	"github.com/goccy/go-yaml/parser"
	"github.com/goccy/go-yaml/token"

	"github.com/careeratlas/careeratlas/internal/career"
	"github.com/careeratlas/careeratlas/internal/finder"
)

// minItemsPerArea keeps every interest area measurable.
const minItemsPerArea = 3

var itemID = regexp.MustCompile(`^[a-z][a-z0-9]{0,15}$`)

// loadAssessment reads assessment.yaml, when there is one.
func loadAssessment(fsys fs.FS) ([]finder.AssessmentItem, error) {
	const name = "assessment.yaml"
	b, err := fs.ReadFile(fsys, name)
	if isNotExist(err) {
		return nil, nil
	}
	if err != nil {
		return nil, fmt.Errorf("content: %w", err)
	}
	var probs career.Problems
	f, err := parser.ParseBytes(b, parser.ParseComments)
	if err != nil {
		line := 1
		if e, ok := err.(interface{ GetToken() *token.Token }); ok && e.GetToken() != nil {
			line = e.GetToken().Position.Line
		}
		probs.Add(name, line, "not valid YAML: %s", firstLine(err.Error()))
		return nil, probs.Err()
	}
	var root *ast.MappingNode
	if len(f.Docs) > 0 {
		root = mapping(f.Docs[0].Body)
	}
	if root == nil {
		probs.Add(name, 1, "want a mapping with items:")
		return nil, probs.Err()
	}
	var items []finder.AssessmentItem
	lineOf := func(n ast.Node) int { return n.GetToken().Position.Line }
	for _, kv := range root.Values {
		key := kv.Key.String()
		if key != "items" {
			msg := fmt.Sprintf("unknown key %q (known: items)", key)
			if s := suggest(key, []string{"items"}); s != "" {
				msg = fmt.Sprintf("unknown key %q: did you mean %q?", key, s)
			}
			probs.Add(name, lineOf(kv.Key), "%s", msg)
			continue
		}
		seq, ok := kv.Value.(*ast.SequenceNode)
		if !ok {
			probs.Add(name, lineOf(kv.Key), "items must be a list")
			continue
		}
		seen := map[string]int{}
		for _, v := range seq.Values {
			m := mapping(v)
			if m == nil {
				probs.Add(name, lineOf(v), "each item has id, area and text")
				continue
			}
			var it finder.AssessmentItem
			line := lineOf(v)
			for _, f := range m.Values {
				k := f.Key.String()
				val, _ := scalar(f.Value)
				switch k {
				case "id":
					it.ID = val
				case "area":
					it.Area = val
				case "text":
					it.Text = strings.Join(strings.Fields(val), " ")
				default:
					msg := fmt.Sprintf("unknown key %q (known: id, area, text)", k)
					if s := suggest(k, []string{"id", "area", "text"}); s != "" {
						msg = fmt.Sprintf("unknown key %q: did you mean %q?", k, s)
					}
					probs.Add(name, lineOf(f.Key), "%s", msg)
				}
			}
			switch {
			case !itemID.MatchString(it.ID):
				probs.Add(name, line, "id %q must be lower-case letters and digits, like r1", it.ID)
			case seen[it.ID] > 0:
				probs.Add(name, line, "id %q is already used on line %d", it.ID, seen[it.ID])
			default:
				seen[it.ID] = line
			}
			if !slices.Contains(career.RIASEC[:], it.Area) {
				msg := fmt.Sprintf("area %q is not one of %s", it.Area, strings.Join(career.RIASEC[:], ", "))
				if s := suggest(it.Area, career.RIASEC[:]); s != "" {
					msg = fmt.Sprintf("area %q is unknown: did you mean %q?", it.Area, s)
				}
				probs.Add(name, line, "%s", msg)
			}
			if it.Text == "" {
				probs.Add(name, line, "text is empty")
			}
			items = append(items, it)
		}
	}
	for _, area := range career.RIASEC {
		n := 0
		for _, it := range items {
			if it.Area == area {
				n++
			}
		}
		if n < minItemsPerArea && len(probs) == 0 {
			probs.Add(name, 0, "%s has %d items; every area needs at least %d", area, n, minItemsPerArea)
		}
	}
	return items, probs.Err()
}
