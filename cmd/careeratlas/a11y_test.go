package main

import (
	"context"
	"encoding/json"
	"fmt"
	"os"
	"strings"
	"testing"
	"time"

	"github.com/chromedp/chromedp"
)

// axeScript returns axe-core's source, from the file AXE_CORE names
// (.ci/run installs it from npm). Outside CI a machine without it skips.
func axeScript(t *testing.T) string {
	t.Helper()
	path := os.Getenv("AXE_CORE")
	if path == "" {
		if os.Getenv("CI") != "" {
			t.Fatal("CI is set but AXE_CORE does not name axe.min.js (npm install axe-core)")
		}
		t.Skip("AXE_CORE is not set")
	}
	b, err := os.ReadFile(path)
	if err != nil {
		t.Fatalf("AXE_CORE: %v", err)
	}
	return string(b)
}

type axeResult struct {
	Passes     []struct{ ID string } `json:"passes"`
	Violations []struct {
		ID     string `json:"id"`
		Impact string `json:"impact"`
		Help   string `json:"help"`
		Nodes  []struct {
			Target []any `json:"target"`
		} `json:"nodes"`
	} `json:"violations"`
}

// TestAccessibility runs axe-core's WCAG 2.2 A and AA rules on the main
// pages, at a phone's width and a desktop's.
func TestAccessibility(t *testing.T) {
	dir, db := realContent(t)
	axe := axeScript(t)
	base := startServe(t, dir, db)
	// 50 runs of axe: bound each page rather than the whole test.
	ctx := browser(t, 10*time.Minute)
	pages := []string{
		"/", "/occupations", "/occupations?edu=Postsecondary+nondegree+award&sort=pay",
		"/occupations/medical-records-specialists", "/occupations/actors", "/groups/healthcare-practitioners-and-technical",
		"/search?q=nurce", "/schools", "/schools?zip=43215&miles=25&area=51", "/schools?state=XX",
		"/schools?soc=29-1141&state=OH&online=1&sort=admission&show=aid", "/schools/195827/suny-system-office",
		"/schools/204796/ohio-state-university-main-campus", "/programs/51.0707?state=OH",
		"/compare?soc=29-2072&soc=29-9021", "/lists", "/lists/high-paying-jobs-with-little-schooling",
		"/salary", "/salary?soc=29-2072&state=OH&pay=45000", "/salary?pay=x", "/salary?job=medical+records&pay=45000",
		"/assessment", "/assessment?s1=2&s2=2&s3=2&s4=2&s5=2&i1=2&i2=2&i3=1&i4=2&i5=0&r1=0&r2=0&c1=1", "/assessment?s1=2",
		"/about/data", "/no-such-page",
	}
	for _, width := range []int64{390, 1280} {
		if err := chromedp.Do(ctx, chromedp.EmulateViewport(width, 900)); err != nil {
			t.Fatal(err)
		}
		for _, p := range pages {
			pctx, cancel := context.WithTimeout(ctx, 30*time.Second)
			if err := chromedp.Do(pctx, chromedp.Navigate(base+p)); err != nil {
				cancel()
				t.Fatalf("%s: %v", p, err)
			}
			run := axe + `;axe.run(document, {runOnly: {type: "tag", values: ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "wcag22aa"]}}).then(r => JSON.stringify(r))`
			out, err := chromedp.Run(pctx, chromedp.Evaluate[string](run, chromedp.EvalAwaitPromise))
			cancel()
			if err != nil {
				t.Fatalf("%s: axe: %v", p, err)
			}
			var res axeResult
			if err := json.Unmarshal([]byte(out), &res); err != nil {
				t.Fatalf("%s: %v", p, err)
			}
			if len(res.Passes) < 10 {
				t.Errorf("%s: axe passed only %d rules; did it run?", p, len(res.Passes))
			}
			for _, v := range res.Violations {
				var where []string
				for _, n := range v.Nodes[:min(3, len(v.Nodes))] {
					where = append(where, fmt.Sprint(n.Target...))
				}
				t.Errorf("%s at %dpx: %s (%s): %s; e.g. %s", p, width, v.ID, v.Impact, v.Help, strings.Join(where, " | "))
			}
		}
	}
}
