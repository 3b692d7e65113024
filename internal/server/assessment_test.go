package server_test

import (
	"strings"
	"testing"
)

// socialAnswers likes helping and science and dislikes the rest.
const socialAnswers = "s1=2&s2=2&s3=2&s4=2&s5=2&i1=2&i2=2&i3=1&i4=2&i5=0&r1=0&r2=0&r3=0&r4=0&r5=0&a1=1&a2=1&a3=0&a4=0&a5=0&e1=0&e2=0&e3=1&e4=1&e5=0&c1=1&c2=0&c3=1&c4=0&c5=0"

func TestAssessment(t *testing.T) {
	h := newHandler(t, testDB)
	blank := get(h, "GET", "/assessment").Body.String()
	if !strings.Contains(blank, "Career assessment") || strings.Count(blank, `<fieldset class="assessment__item">`) != 30 {
		t.Errorf("the form should ask all 30 activities")
	}
	r1, i1, r2 := strings.Index(blank, `id="r1-0"`), strings.Index(blank, `id="i1-0"`), strings.Index(blank, `id="r2-0"`)
	if r1 < 0 || !(r1 < i1 && i1 < r2) {
		t.Errorf("items should be interleaved across areas: r1 at %d, i1 at %d, r2 at %d", r1, i1, r2)
	}
	rec := get(h, "GET", "/assessment?"+socialAnswers)
	body := rec.Body.String()
	if rec.Code != 200 || !strings.Contains(body, "Your strongest interests are <strong>Social and Investigative</strong>") {
		t.Fatalf("result: %d", rec.Code)
	}
	if n := strings.Count(body, `class="result__title"`); n != 20 {
		t.Errorf("%d matches, want 20", n)
	}
	for _, w := range []string{"% fit", "like you", `<input type="radio" id="s1-2" name="s1" value="2" checked>`, "O*NET 29.3 Database"} {
		if !strings.Contains(body, w) {
			t.Errorf("result lacks %q", w)
		}
	}
	limited := get(h, "GET", "/assessment?"+socialAnswers+"&edu_max=High+school+diploma+or+equivalent").Body.String()
	if strings.Contains(limited, "Doctoral or professional degree</span>") || strings.Contains(limited, "Bachelor&#39;s degree</span>") {
		t.Error("the education limit lets degree jobs through")
	}
	for path, want := range map[string]string{
		"/assessment?s1=2&s2=2":                         "Answer at least 12",
		"/assessment?s1=9":                              "must be dislike, not sure or like",
		"/assessment?" + socialAnswers + "&edu_max=PhD": "is not an education level",
	} {
		rec := get(h, "GET", path)
		if rec.Code != 400 || !strings.Contains(rec.Body.String(), want) {
			t.Errorf("%s: %d, want 400 with %q", path, rec.Code, want)
		}
	}
}
