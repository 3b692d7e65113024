package content

import (
	"net/url"
	"strings"

	"github.com/goccy/go-yaml/ast"

	"github.com/careeratlas/careeratlas/internal/career"
)

// maxLicenseNote keeps a licence note short enough for the quick facts.
const maxLicenseNote = 90

// maxResources is how many organisations a profile may point to: a few
// good ones help a reader more than a directory.
const maxResources = 6

var resourceKeys = []string{"name", "url", "about"}

func licenseValues() string {
	vs := make([]string, len(career.Licenses))
	for i, l := range career.Licenses {
		vs[i] = string(l)
	}
	return strings.Join(vs, ", ")
}

// parseResources reads more_info: a list of organisations, each with a
// name, an https address and what a reader finds there.
func parseResources(name string, n ast.Node, probs *career.Problems) []career.Resource {
	line := n.GetToken().Position.Line + frontOffset
	seq, ok := n.(*ast.SequenceNode)
	if !ok {
		probs.Add(name, line, "more_info must be a list of entries, each with name, url and about")
		return nil
	}
	if len(seq.Values) > maxResources {
		probs.Add(name, line, "more_info has %d entries; give at most %d", len(seq.Values), maxResources)
	}
	var out []career.Resource
	seen := map[string]int{}
	for _, item := range seq.Values {
		line := item.GetToken().Position.Line + frontOffset
		m := mapping(item)
		if m == nil {
			probs.Add(name, line, "more_info entry must have name, url and about")
			continue
		}
		var r career.Resource
		lines := eachEntryValue(name, "more_info", m, resourceKeys, probs, func(key string, l int, val string) {
			switch key {
			case "name":
				r.Name = val
			case "url":
				if msg := checkResourceURL(val); msg != "" {
					probs.Add(name, l, "more_info url %q %s", val, msg)
					return
				}
				r.URL = val
				key := strings.TrimSuffix(strings.ToLower(val), "/")
				if prev, dup := seen[key]; dup {
					probs.Add(name, l, "more_info url %q is already listed on line %d", val, prev)
				}
				seen[key] = l
			case "about":
				r.About = val
				if f := figureIn(val); f != "" {
					probs.Add(name, l, "more_info about states a figure (%s); figures come from data, not prose", f)
				}
			}
		})
		for _, k := range resourceKeys {
			if _, ok := lines[k]; !ok {
				probs.Add(name, line, "more_info entry has no %s", k)
			} else if k != "url" && (k == "name" && r.Name == "" || k == "about" && r.About == "") {
				probs.Add(name, lines[k], "more_info %s is empty", k)
			}
		}
		if r.Name != "" && r.URL != "" && r.About != "" {
			out = append(out, r)
		}
	}
	return out
}

// checkResourceURL says what is wrong with an outside address, or "".
func checkResourceURL(s string) string {
	u, err := url.Parse(s)
	switch {
	case err != nil || strings.ContainsAny(s, " \t<>\""):
		return "is not a well-formed address"
	case u.Scheme != "https":
		return "must start with https://"
	case u.Host == "" || !strings.Contains(u.Hostname(), ".") || u.User != nil:
		return "has no proper host name, like https://www.ahima.org/"
	}
	return ""
}
