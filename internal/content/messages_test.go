package content

import (
	"strings"
	"testing"
)

// TestProblemsANewcomerCanActOn: each message says what is wrong in the
// writer's terms and what to do.
func TestProblemsANewcomerCanActOn(t *testing.T) {
	tests := []struct {
		name, file string
		want       string
	}{
		{"a colon in a value", "---\nsoc: \"29-2072\"\nsummary: Note: they code.\nupdated: 2026-12-05\n---\n",
			`medical-records-specialists.md:3: front matter is not valid YAML: a value has a colon in it (like “Note: this”); put the whole value in quotes`},
		{"a key without its colon", "---\nsoc: \"29-2072\"\nsummary \"x\"\nupdated: 2026-12-05\n---\n",
			`:3: front matter is not valid YAML: a line has no colon after its key; write it as key: value`},
		{"an unclosed quote", "---\nsoc: \"29-2072\nsummary: x\nupdated: 2026-12-05\n---\n",
			`:2: front matter is not valid YAML: a quote is opened and never closed`},
		{"a tab", "---\nsoc: \"29-2072\"\n\tsummary: x\nupdated: 2026-12-05\n---\n",
			`:3: front matter is not valid YAML: a line starts with a tab`},
		{"the figure is named", goodProfile + "\nThey earn $50,250.50 a year, up 7.1 percent.\n",
			`:17: states a figure (“$50,250.50”); figures come from data, not prose`},
		{"a broken link gets the nearest address", strings.Replace(goodProfile, "health-information-technologists-and-medical-registrars", "health-information-technologist", 1),
			`link to /occupations/health-information-technologist: no such occupation; did you mean /occupations/health-information-technologists-and-medical-registrars?`},
		{"raw HTML", goodProfile + "\nThey <b>code</b> charts.\n",
			`:17: raw HTML (<b>) is left out of the page: write it in Markdown`},
		{"a script link", goodProfile + "\nSee [this](javascript:alert(1)).\n",
			`:17: a link to a script or inline data is not allowed`},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			_, err := Load(testFS(map[string]string{"occupations/medical-records-specialists.md": tc.file}))
			if err == nil || !strings.Contains(err.Error(), tc.want) {
				t.Errorf("problems:\n%v\nwant one with %q", err, tc.want)
			}
		})
	}
	// Code spans and Markdown that merely looks like a tag are fine.
	ok := goodProfile + "\nType `<tab>` to move on; scores run 1 < 2.\n"
	if _, err := Load(testFS(map[string]string{"occupations/medical-records-specialists.md": ok})); err != nil {
		t.Errorf("a code span and a less-than sign: %v", err)
	}
}
