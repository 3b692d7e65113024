package main

import (
	"context"
	"os"
	"os/exec"
	"regexp"
	"strings"
	"testing"
	"time"

	"github.com/chromedp/chromedp"
)

// browser starts headless Chromium for a test and returns its tab's
// context, with the deadline d for the test's actions. Outside CI a
// machine without Chromium skips; in CI the browser tests must run.
func browser(t *testing.T, d time.Duration) context.Context {
	t.Helper()
	path, err := exec.LookPath("chromium")
	if err != nil {
		if os.Getenv("CI") != "" {
			t.Fatal("CI is set but chromium is not installed (apt-get install -y chromium)")
		}
		t.Skip("no chromium on this machine")
	}
	opts := append(chromedp.DefaultExecAllocatorOptions[:],
		chromedp.ExecPath(path),
		chromedp.NoSandbox,
		chromedp.Headless,
		chromedp.DisableGPU,
		chromedp.Flag("disable-background-networking", true),
		chromedp.Flag("disable-component-update", true),
		chromedp.Flag("no-first-run", true),
		chromedp.WindowSize(1280, 900),
	)
	actx, cancelAlloc := chromedp.NewExecAllocator(context.Background(), opts...)
	ctx, cancelCtx := chromedp.NewContext(actx)
	t.Cleanup(func() { cancelCtx(); cancelAlloc() })
	// Start the browser on a context without a deadline: the deadline of
	// the first action's context would stop the browser itself.
	if err := chromedp.Do(ctx); err != nil {
		t.Fatalf("start chromium: %v", err)
	}
	ctx, cancelTimeout := context.WithTimeout(ctx, d)
	t.Cleanup(cancelTimeout)
	return ctx
}

func text(t *testing.T, ctx context.Context, sel string) string {
	t.Helper()
	s, err := chromedp.Run(ctx, chromedp.Text(chromedp.CSS(sel)))
	if err != nil {
		t.Fatalf("text of %s: %v", sel, err)
	}
	return s
}

// TestBrowserSchoolFinder fills the school finder as a person would: a ZIP
// code, a distance, an area of study, then a program within it.
func TestBrowserSchoolFinder(t *testing.T) {
	dir, db := realContent(t)
	base := startServe(t, dir, db)
	ctx := browser(t, time.Minute)
	err := chromedp.Do(ctx,
		chromedp.Navigate(base+"/schools"),
		chromedp.SendKeys(chromedp.CSS("#zip"), "43215"),
		chromedp.SetValue(chromedp.CSS("#miles"), "25"),
		chromedp.SetValue(chromedp.CSS("#area"), "51"),
		chromedp.Click(chromedp.CSS(`form.finder button[type="submit"]`)),
		chromedp.WaitVisible(chromedp.CSS("#results-h")),
	)
	if err != nil {
		t.Fatal(err)
	}
	// The chosen area now offers its programs; pick one and search again.
	// Take the old results away first, so that waiting for results waits
	// for the new page.
	if _, err := chromedp.Run(ctx, chromedp.Evaluate[bool](`document.getElementById("results-h").remove(), true`)); err != nil {
		t.Fatal(err)
	}
	err = chromedp.Do(ctx,
		chromedp.SetValue(chromedp.CSS("#cip"), "51.0707"),
		chromedp.Click(chromedp.CSS(`form.finder button[type="submit"]`)),
		chromedp.WaitVisible(chromedp.CSS("#results-h")),
	)
	if err != nil {
		t.Fatal(err)
	}
	// How many depends on the IPEDS release; the nearest does not.
	if got := text(t, ctx, "#results-h"); !regexp.MustCompile(`^[1-9]\d* schools?$`).MatchString(got) {
		t.Errorf("results heading %q, want a count of schools", got)
	}
	if got := text(t, ctx, ".school-card__name"); got != "Columbus State Community College" {
		t.Errorf("nearest school %q, want Columbus State Community College", got)
	}
	loc, _ := chromedp.Run(ctx, chromedp.Location())
	for _, want := range []string{"zip=43215", "area=51", "cip=51.0707", "miles=25"} {
		if !strings.Contains(loc, want) {
			t.Errorf("the URL %s does not hold %s: the search must be a link", loc, want)
		}
	}
}

// TestBrowserSchoolFilters narrows a state's schools for an occupation to
// those with programs online, sorted by admission (open admission, then
// the highest rate) with the aid columns shown, on a phone and on a desktop: the form works at both
// widths and the search is a link.
func TestBrowserSchoolFilters(t *testing.T) {
	dir, db := realContent(t)
	base := startServe(t, dir, db)
	ctx := browser(t, time.Minute)
	for _, width := range []int64{390, 1280} {
		err := chromedp.Do(ctx,
			chromedp.EmulateViewport(width, 900),
			chromedp.Navigate(base+"/schools?soc=29-1141&state=OH"),
			chromedp.WaitVisible(chromedp.CSS("#results-h")),
			chromedp.Click(chromedp.CSS(`input[name="online"]`)),
			chromedp.SetValue(chromedp.CSS(`select[name="sort"]`), "admission"),
			chromedp.Click(chromedp.CSS(`input[name="show"][value="aid"]`)),
		)
		if err != nil {
			t.Fatalf("%d px: %v", width, err)
		}
		if _, err := chromedp.Run(ctx, chromedp.Evaluate[bool](`document.getElementById("results-h").remove(), true`)); err != nil {
			t.Fatal(err)
		}
		err = chromedp.Do(ctx,
			chromedp.Click(chromedp.CSS(`form.finder button[type="submit"]`)),
			chromedp.WaitVisible(chromedp.CSS("#results-h")),
		)
		if err != nil {
			t.Fatalf("%d px: %v", width, err)
		}
		loc, _ := chromedp.Run(ctx, chromedp.Location())
		for _, want := range []string{"soc=29-1141", "state=OH", "online=1", "sort=admission", "show=aid"} {
			if !strings.Contains(loc, want) {
				t.Errorf("%d px: the URL %s does not hold %s", width, loc, want)
			}
		}
		if got := text(t, ctx, "#results-h"); !regexp.MustCompile(`^[1-9]\d* schools?$`).MatchString(got) {
			t.Errorf("%d px: results heading %q, want a count of schools", width, got)
		}
		// Open admission first: it admits everyone who applies, and Ohio
		// has such schools with online programs.
		if got := text(t, ctx, ".school-card"); !strings.Contains(got, "Open admission") {
			t.Errorf("%d px: the first result %q is not an open-admission school", width, got)
		}
	}
}

// TestBrowserOccupationToSchools goes from a profile to the schools that
// teach it, through the state picker of "Where to study".
func TestBrowserOccupationToSchools(t *testing.T) {
	dir, db := realContent(t)
	base := startServe(t, dir, db)
	ctx := browser(t, time.Minute)
	err := chromedp.Do(ctx,
		chromedp.Navigate(base+"/occupations/medical-records-specialists"),
		chromedp.WaitVisible(chromedp.CSS("#where-to-study")),
		chromedp.SetValue(chromedp.CSS("#study-state"), "OH"),
		chromedp.Click(chromedp.CSS(`#where-to-study button[type="submit"]`)),
		chromedp.WaitVisible(chromedp.CSS("#results-h")),
	)
	if err != nil {
		t.Fatal(err)
	}
	if h := text(t, ctx, "h1"); h != "Find a school" {
		t.Errorf("landed on %q", h)
	}
	cards, err := chromedp.Run(ctx, chromedp.Text(chromedp.CSS(".school-list")))
	if err != nil {
		t.Fatal(err)
	}
	if !strings.Contains(cards, "Columbus State Community College") || !strings.Contains(cards, "Health Information/Medical Records Technology/Technician") {
		t.Errorf("Ohio schools for medical records specialists lack Columbus State's program:\n%.500s", cards)
	}
	// The big button opens the nationwide search with the same programs.
	err = chromedp.Do(ctx,
		chromedp.Navigate(base+"/occupations/medical-records-specialists"),
		chromedp.Click(chromedp.CSS("#where-to-study a.button")),
		chromedp.WaitVisible(chromedp.CSS("#results-h")),
	)
	if err != nil {
		t.Fatal(err)
	}
	if got := text(t, ctx, "#results-h"); !strings.HasSuffix(got, "schools") || got == "0 schools" {
		t.Errorf("nationwide results: %q", got)
	}
}

// TestBrowserSearchToCompare types a job into the header's search
// box, opens the profile it finds, and compares it with a second job.
func TestBrowserSearchToCompare(t *testing.T) {
	dir, db := realContent(t)
	base := startServe(t, dir, db)
	ctx := browser(t, time.Minute)
	err := chromedp.Do(ctx,
		chromedp.Navigate(base+"/"),
		chromedp.SendKeys(chromedp.CSS("#site-q"), "medical records"),
		chromedp.Submit(chromedp.CSS("#site-q")),
		chromedp.WaitVisible(chromedp.CSS(".result__title a")),
	)
	if err != nil {
		t.Fatal(err)
	}
	if got := text(t, ctx, ".result__title a"); got != "Medical Records Specialists" {
		t.Fatalf("first result %q", got)
	}
	err = chromedp.Do(ctx,
		chromedp.Click(chromedp.CSS(".result__title a")),
		chromedp.WaitVisible(chromedp.CSS(".profile__actions a")),
	)
	if err != nil {
		t.Fatal(err)
	}
	if h := text(t, ctx, "h1"); h != "Medical Records Specialists" {
		t.Fatalf("profile h1 %q", h)
	}
	err = chromedp.Do(ctx,
		chromedp.Click(chromedp.CSS(".profile__actions a")),
		chromedp.WaitVisible(chromedp.CSS("#add-soc")),
		chromedp.SetValue(chromedp.CSS("#add-soc"), "29-9021"),
		chromedp.Click(chromedp.CSS(`form[aria-label="Add an occupation"] button`)),
		// The table is there before the click too; wait for its second column.
		chromedp.WaitVisible(chromedp.CSS(".compare-table thead th + th")),
	)
	if err != nil {
		t.Fatal(err)
	}
	head := text(t, ctx, ".compare-table thead")
	if !strings.Contains(head, "Medical Records Specialists") || !strings.Contains(head, "Health Information Technologists") {
		t.Errorf("comparison heads: %q", head)
	}
	loc, _ := chromedp.Run(ctx, chromedp.Location())
	if !strings.Contains(loc, "soc=29-2072") || !strings.Contains(loc, "soc=29-9021") {
		t.Errorf("the comparison's URL %s does not hold both occupations", loc)
	}
}
