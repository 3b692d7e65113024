package content

import (
	"strings"
	"testing"
)

func TestGrowthScaleFromContent(t *testing.T) {
	fsys := testFS(map[string]string{"growth.yaml": "# the 2034 scale\nrelease: May 2024\nmuch-faster: 9\nfaster: 6\naverage: 4\nslower: 2\nlittle-change: 0\n"})
	cat, err := Load(fsys)
	if err != nil {
		t.Fatal(err)
	}
	// 29-2072 grows 7.1 percent: much faster on the default scale, only
	// faster on this one.
	if g := cat.Occupation("29-2072").Projection.Growth; g.Key != "faster" {
		t.Errorf("growth %+v, want faster on a scale that starts much-faster at 9", g)
	}
	if cat.Total.Growth.Key != "slower" {
		t.Errorf("all occupations, 3.1 percent: %+v, want slower", cat.Total.Growth)
	}
}

func TestGrowthScaleProblems(t *testing.T) {
	tests := []struct {
		name, file string
		want       []string
	}{
		{"another release", strings.Replace(growthYAML, "May 2024", "2034–44", 1),
			[]string{`growth.yaml:1: release "2034–44" is not the projections release in data/ ("May 2024")`}},
		{"not decreasing", strings.Replace(growthYAML, "slower: 1", "slower: 4", 1),
			[]string{`growth.yaml:5: slower (4) must start below average (3)`}},
		{"typo and missing", strings.Replace(growthYAML, "faster: 5\n", "fastr: 5\n", 1),
			[]string{`growth.yaml:3: unknown key "fastr": did you mean "faster"?`, `growth.yaml: faster is missing`}},
		{"not a whole percent", strings.Replace(growthYAML, "average: 3", "average: 2.5", 1),
			[]string{`growth.yaml:4: average must be a whole percent, like 3 (got "2.5")`}},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			_, err := Load(testFS(map[string]string{"growth.yaml": tc.file, "occupations/medical-records-specialists.md": "---\nsoc: \"29-2072\"\nsumary: x\nupdated: 2026-12-05\n---\n"}))
			if err == nil {
				t.Fatal("Load accepted a bad growth.yaml")
			}
			for _, w := range append(tc.want, `unknown key "sumary"`) { // listed with the prose's problems
				if !strings.Contains(err.Error(), w) {
					t.Errorf("problems lack %q\ngot:\n%v", w, err)
				}
			}
		})
	}
	fsys := testFS(nil)
	delete(fsys, "growth.yaml")
	if _, err := Load(fsys); err == nil || !strings.Contains(err.Error(), "growth.yaml: missing") {
		t.Errorf("Load without growth.yaml: %v", err)
	}
}
