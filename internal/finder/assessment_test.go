package finder

import (
	"slices"
	"testing"
)

func itemIDs(items []AssessmentItem) []string {
	var out []string
	for _, it := range items {
		out = append(out, it.ID)
	}
	return out
}

func TestInterleave(t *testing.T) {
	item := func(id, area string) AssessmentItem { return AssessmentItem{ID: id, Area: area, Text: "Do " + id} }
	tests := []struct {
		name  string
		items []AssessmentItem
		want  []string
	}{
		{"none", nil, nil},
		{"one area keeps its order", []AssessmentItem{item("s1", "Social"), item("s2", "Social")}, []string{"s1", "s2"}},
		{
			"round-robin in RIASEC order, areas of different sizes",
			[]AssessmentItem{
				item("c1", "Conventional"), item("s1", "Social"), item("r1", "Realistic"), item("s2", "Social"),
				item("i1", "Investigative"), item("r2", "Realistic"), item("s3", "Social"),
			},
			[]string{"r1", "i1", "s1", "c1", "r2", "s2", "s3"},
		},
		{
			"areas in blocks, as the file lists them",
			[]AssessmentItem{
				item("r1", "Realistic"), item("r2", "Realistic"), item("i1", "Investigative"), item("i2", "Investigative"),
				item("a1", "Artistic"), item("a2", "Artistic"), item("s1", "Social"), item("s2", "Social"),
				item("e1", "Enterprising"), item("e2", "Enterprising"), item("c1", "Conventional"), item("c2", "Conventional"),
			},
			[]string{"r1", "i1", "a1", "s1", "e1", "c1", "r2", "i2", "a2", "s2", "e2", "c2"},
		},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got := Interleave(tt.items)
			if ids := itemIDs(got); !slices.Equal(ids, tt.want) {
				t.Errorf("Interleave = %q, want %q", ids, tt.want)
			}
			if len(got) != len(tt.items) {
				t.Errorf("Interleave kept %d items, want all %d", len(got), len(tt.items))
			}
			for _, it := range got {
				if !slices.Contains(tt.items, it) {
					t.Errorf("Interleave changed an item: %+v", it)
				}
			}
		})
	}
}

func TestProfile(t *testing.T) {
	items := []AssessmentItem{
		{ID: "r1", Area: "Realistic"}, {ID: "r2", Area: "Realistic"},
		{ID: "i1", Area: "Investigative"},
		{ID: "a1", Area: "Artistic"},
		{ID: "s1", Area: "Social"},
		{ID: "e1", Area: "Enterprising"},
		{ID: "c1", Area: "Conventional"}, {ID: "c2", Area: "Conventional"}, {ID: "c3", Area: "Conventional"},
		{ID: "x1", Area: "Sporty"}, // not an area: ignored
	}
	tests := []struct {
		name    string
		answers map[string]int
		want    [6]float64
	}{
		{"no answers: every area in the middle", nil, [6]float64{4, 4, 4, 4, 4, 4}},
		{
			"means stretched to 1–7; unanswered areas and items do not count",
			map[string]int{
				"r1": 2, "r2": 0, // mean 1 → 4
				"i1": 2,          // mean 2 → 7
				"a1": 0,          // mean 0 → 1
				"e1": 1,          // mean 1 → 4
				"c1": 2, "c2": 1, // c3 unanswered; mean 1.5 → 5.5
				"x1": 2, "zz": 0, // unknown area, unknown item
			},
			[6]float64{4, 7, 1, 4, 4, 5.5},
		},
		{"likes everything", map[string]int{"r1": 2, "r2": 2, "i1": 2, "a1": 2, "s1": 2, "e1": 2, "c1": 2, "c2": 2, "c3": 2}, [6]float64{7, 7, 7, 7, 7, 7}},
		{"dislikes everything", map[string]int{"r1": 0, "r2": 0, "i1": 0, "a1": 0, "s1": 0, "e1": 0, "c1": 0, "c2": 0, "c3": 0}, [6]float64{1, 1, 1, 1, 1, 1}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if got := Profile(items, tt.answers); got != tt.want {
				t.Errorf("Profile = %v, want %v", got, tt.want)
			}
		})
	}
}

func TestInterleaveUnknownArea(t *testing.T) {
	items := []AssessmentItem{{ID: "x", Area: "Sporty"}, {ID: "r1", Area: "Realistic"}}
	got := Interleave(items)
	if len(got) != 2 || got[0].ID != "r1" || got[1].ID != "x" {
		t.Errorf("Interleave = %+v, want r1 then x", got)
	}
}

func TestStrongest(t *testing.T) {
	tests := []struct {
		name          string
		profile       [6]float64
		want, weakest []string
	}{
		{"all not sure: no pattern", [6]float64{4, 4, 4, 4, 4, 4}, nil, nil},
		{"all like: no pattern", [6]float64{7, 7, 7, 7, 7, 7}, nil, nil},
		{"one answer's difference is not a pattern", [6]float64{4.6, 4, 4, 4, 4, 4}, nil, nil},
		{"two clear areas", [6]float64{1, 6.4, 2, 7, 1, 3}, []string{"Social", "Investigative"}, []string{"Realistic", "Enterprising"}},
		{"a tie for second counts both", [6]float64{1, 6, 6, 7, 1, 1}, []string{"Social", "Investigative", "Artistic"}, []string{"Realistic", "Enterprising", "Conventional"}},
		{"a tie for first", [6]float64{1, 7, 1, 7, 1, 1}, []string{"Investigative", "Social"}, []string{"Realistic", "Artistic", "Enterprising", "Conventional"}},
		{"liking all but one shows no strongest", [6]float64{7, 7, 7, 7, 7, 1}, nil, nil},
		{"one area liked, the rest not", [6]float64{1, 1, 1, 7, 1, 1}, []string{"Social"}, []string{"Realistic", "Investigative", "Artistic", "Enterprising", "Conventional"}},
		{"one not sure beside one liked area", [6]float64{1, 1, 1, 7, 1.6, 1}, []string{"Social"}, []string{"Realistic", "Investigative", "Artistic", "Conventional"}},
		{"a second area well above the rest counts", [6]float64{1, 1, 1, 7, 4, 1}, []string{"Social", "Enterprising"}, []string{"Realistic", "Investigative", "Artistic", "Conventional"}},
	}
	for _, tt := range tests {
		if got := Strongest(tt.profile); !slices.Equal(got, tt.want) {
			t.Errorf("%s: Strongest = %q, want %q", tt.name, got, tt.want)
		}
		if got := Weakest(tt.profile); !slices.Equal(got, tt.weakest) {
			t.Errorf("%s: Weakest = %q, want %q", tt.name, got, tt.weakest)
		}
	}
}

// TestMatchInterestsNoPattern: answers that rate everything alike fit no
// occupation better than another, so none is offered as a fit.
func TestMatchInterestsNoPattern(t *testing.T) {
	items := []AssessmentItem{{"r1", "Realistic", ""}, {"i1", "Investigative", ""}, {"a1", "Artistic", ""},
		{"s1", "Social", ""}, {"e1", "Enterprising", ""}, {"c1", "Conventional", ""}}
	interests := map[string][6]float64{"29-2072": {1.5, 3.0, 1.2, 2.0, 2.0, 6.5}, "41-2011": {3, 2, 1, 4, 5, 6}}
	for _, answer := range []int{0, 1, 2} {
		answers := map[string]int{}
		for _, it := range items {
			answers[it.ID] = answer
		}
		if got := MatchInterests(Profile(items, answers), sample, interests, Filter{}, 10); len(got) != 0 {
			t.Errorf("every answer %d: %d matches, want none", answer, len(got))
		}
	}
}
