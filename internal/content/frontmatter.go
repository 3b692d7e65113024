package content

import (
	"fmt"
	"slices"
	"strings"

	"github.com/goccy/go-yaml/ast"
	"github.com/goccy/go-yaml/parser"
	"github.com/goccy/go-yaml/token"

	"github.com/careeratlas/careeratlas/internal/career"
)

// document is a content file split into YAML front matter and a body.
type document struct {
	name      string
	front     *ast.MappingNode // nil when the front matter is unusable
	lines     []string         // the whole file, line by line
	bodyStart int              // index in lines of the first body line
}

// frontOffset is the number of lines before the front matter's first line.
const frontOffset = 1

// splitDocument reads the front matter between --- lines at the top of a
// file. Problems carry the file's own line numbers.
func splitDocument(name string, b []byte) (*document, career.Problems) {
	var probs career.Problems
	text := strings.ReplaceAll(string(b), "\r\n", "\n")
	d := &document{name: name, lines: strings.Split(text, "\n")}
	if strings.TrimSpace(d.lines[0]) != "---" {
		probs.Add(name, 1, "front matter must start on the first line with ---")
		return d, probs
	}
	end := slices.IndexFunc(d.lines[1:], func(l string) bool { return strings.TrimSpace(l) == "---" })
	if end < 0 {
		probs.Add(name, 1, "front matter is not closed by a --- line")
		return d, probs
	}
	end++ // index of the closing ---
	d.bodyStart = end + 1
	f, err := parser.ParseBytes([]byte(strings.Join(d.lines[1:end], "\n")), 0)
	if err != nil {
		line := frontOffset
		if e, ok := err.(interface{ GetToken() *token.Token }); ok && e.GetToken() != nil {
			line += e.GetToken().Position.Line
		}
		msg := firstLine(err.Error())
		if i := strings.Index(msg, "] "); strings.HasPrefix(msg, "[") && i > 0 {
			msg = msg[i+2:]
		}
		probs.Add(name, line, "front matter is not valid YAML: %s", plainYAMLError(msg))
		return d, probs
	}
	if len(f.Docs) == 0 || f.Docs[0].Body == nil {
		probs.Add(name, 2, "front matter is empty")
		return d, probs
	}
	d.front = mapping(f.Docs[0].Body)
	if d.front == nil {
		probs.Add(name, 2, "front matter must be key: value lines")
	}
	return d, probs
}

// mapping returns n as a mapping, or nil when it is not one.
func mapping(n ast.Node) *ast.MappingNode {
	switch v := n.(type) {
	case *ast.MappingNode:
		return v
	case *ast.MappingValueNode:
		return &ast.MappingNode{Values: []*ast.MappingValueNode{v}}
	}
	return nil
}

// eachKey calls visit for every key of m that is allowed, with its file
// line, and reports unknown and repeated keys, suggesting the nearest
// allowed key for a typo.
func eachKey(name string, m *ast.MappingNode, allowed []string, visit func(key string, line int, value ast.Node)) career.Problems {
	var probs career.Problems
	seen := map[string]int{}
	for _, kv := range m.Values {
		key := kv.Key.String()
		line := kv.Key.GetToken().Position.Line + frontOffset
		if prev, dup := seen[key]; dup {
			probs.Add(name, line, "%s is set twice (first on line %d)", key, prev)
			continue
		}
		seen[key] = line
		if !slices.Contains(allowed, key) {
			msg := fmt.Sprintf("unknown key %q (known: %s)", key, strings.Join(allowed, ", "))
			if s := suggest(key, allowed); s != "" {
				msg = fmt.Sprintf("unknown key %q: did you mean %q?", key, s)
			}
			probs.Add(name, line, "%s", msg)
			continue
		}
		visit(key, line, kv.Value)
	}
	return probs
}

// eachEntryValue visits the keys of one entry of a list (more_info, a
// list's occupations) as eachKey does, each value with its white space
// collapsed; a list or mapping where a single value belongs is reported as
// "<list> <key> must be a single value". It returns the line of every key
// given, so that the caller can name the missing ones.
func eachEntryValue(name, list string, m *ast.MappingNode, allowed []string, probs *career.Problems, visit func(key string, line int, val string)) map[string]int {
	lines := map[string]int{}
	keyProbs := eachKey(name, m, allowed, func(key string, line int, value ast.Node) {
		lines[key] = line
		val, isScalar := scalar(value)
		if !isScalar {
			probs.Add(name, line, "%s %s must be a single value", list, key)
			return
		}
		visit(key, line, strings.Join(strings.Fields(val), " "))
	})
	*probs = append(*probs, keyProbs...)
	return lines
}

// scalar returns the text of a scalar YAML node (a folded block counts).
func scalar(n ast.Node) (string, bool) {
	switch v := n.(type) {
	case *ast.StringNode:
		return v.Value, true
	case *ast.LiteralNode:
		return v.Value.Value, true
	case *ast.IntegerNode, *ast.FloatNode, *ast.BoolNode:
		return n.GetToken().Value, true
	case *ast.NullNode:
		return "", true
	default:
		return "", false
	}
}

// list returns the items of a YAML sequence, or of a single scalar.
func list(n ast.Node) ([]string, bool) {
	if s, ok := scalar(n); ok {
		if s == "" {
			return nil, true
		}
		return []string{s}, true
	}
	seq, ok := n.(*ast.SequenceNode)
	if !ok {
		return nil, false
	}
	var out []string
	for _, v := range seq.Values {
		s, ok := scalar(v)
		if !ok {
			return nil, false
		}
		out = append(out, s)
	}
	return out, true
}

// yamlErrors says in plain words what the YAML parser's messages mean,
// with what to do about them.
var yamlErrors = []struct{ parser, plain string }{
	{"mapping value is not allowed", "a value has a colon in it (like “Note: this”); put the whole value in quotes"},
	{"non-map value is specified", "a line has no colon after its key; write it as key: value"},
	{"that cannot start any token", "a line starts with a tab or a character YAML does not allow there; indent with spaces, and quote values that start with @, ` or %"},
	{"could not find end character of double-quoted text", "a quote is opened and never closed; end the value with \""},
	{"could not find end character of single-quoted text", "a quote is opened and never closed; end the value with '"},
	{"value is not allowed in this context", "a line is indented as if it belonged to the line above; start keys at the left edge"},
	{"',' or ']' must be specified", "a list opened with [ is never closed with ]"},
	{"is a reserved character", "a value starts with a character YAML reserves (@ or `); put the value in quotes"},
	{"did not find expected key", "the indentation is off: keys at the same level must line up"},
}

// plainYAMLError turns a parser message into words a writer can act on,
// keeping the parser's own words after them.
func plainYAMLError(msg string) string {
	for _, e := range yamlErrors {
		if strings.Contains(msg, e.parser) {
			return e.plain + " (" + msg + ")"
		}
	}
	return msg
}

func firstLine(s string) string {
	s, _, _ = strings.Cut(strings.TrimSpace(s), "\n")
	return s
}
