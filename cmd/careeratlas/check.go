package main

import (
	"flag"
	"fmt"
	"io"
	"os"
	"strings"

	"github.com/careeratlas/careeratlas/internal/content"
)

func runCheck(args []string, getenv func(string) string, stdout, stderr io.Writer) error {
	fs := flag.NewFlagSet("check", flag.ContinueOnError)
	fs.SetOutput(stderr)
	contentDir := fs.String("content", envOr(getenv, "CAREERATLAS_CONTENT", "content"), "content directory")
	if err := fs.Parse(args); err != nil {
		return err
	}
	cat, err := loadContent(*contentDir, stderr)
	if err != nil {
		return err
	}
	cv := cat.Coverage()
	// Every named occupation has a full profile and every "All Other"
	// category a named neighbour to point to; the site still serves a
	// page without them (a new BLS release can add an occupation), but
	// the content is not done.
	for _, o := range cv.Unwritten {
		fmt.Fprintf(stderr, "%s: no full profile: write What they do, Work environment and How to become one\n", prefixDir(*contentDir, "occupations/"+o.Slug+".md"))
	}
	for _, o := range cv.Orphans {
		fmt.Fprintf(stderr, "%s: an \"All Other\" category with no named occupation beside it in its SOC group to point to\n", prefixDir(*contentDir, "occupations/"+o.Slug+".md"))
	}
	if n := len(cv.Unwritten) + len(cv.Orphans); n > 0 {
		return fmt.Errorf("content: %d full, %d summary-only, %d residual: %d to finish (listed above) in %s",
			cv.Full, cv.SummaryOnly, cv.Residual, n, *contentDir)
	}
	fmt.Fprintf(stdout, "content OK: %d occupations (%d full, %d summary-only, %d residual), %d groups\n",
		len(cat.Occupations), cv.Full, cv.SummaryOnly, cv.Residual, len(cat.Groups))
	printUnmatched(stdout, cat)
	return nil
}

// printUnmatched names the occupations that one of the two BLS releases
// has and the other lacks: their pages show no pay, or no outlook.
func printUnmatched(w io.Writer, cat *content.Catalog) {
	var noWages, noProjection []string
	for _, o := range cat.Occupations {
		switch {
		case o.Wages == nil && o.Projection != nil:
			noWages = append(noWages, o.SOC+" "+o.Title)
		case o.Projection == nil && o.Wages != nil:
			noProjection = append(noProjection, o.SOC+" "+o.Title)
		}
	}
	release := func(dataset string) string {
		if s, ok := cat.Source(dataset); ok {
			return s.Label()
		}
		return dataset
	}
	if len(noWages) > 0 {
		fmt.Fprintf(w, "note: %s projections but no wages in %s: %s\n", occupationsHave(len(noWages)), release("oews_national"), strings.Join(noWages, "; "))
	}
	if len(noProjection) > 0 {
		fmt.Fprintf(w, "note: %s wages but no projections in %s: %s\n", occupationsHave(len(noProjection)), release("projections"), strings.Join(noProjection, "; "))
	}
}

// occupationsHave is "1 occupation has" or "2 occupations have".
func occupationsHave(n int) string {
	if n == 1 {
		return "1 occupation has"
	}
	return fmt.Sprintf("%d occupations have", n)
}

// loadContent loads and validates dir, printing every problem to stderr.
func loadContent(dir string, stderr io.Writer) (*content.Catalog, error) {
	cat, err := content.Load(os.DirFS(dir))
	if err != nil {
		printProblems(stderr, dir, err)
		return nil, fmt.Errorf("content: %w in %s", shortErr(err), dir)
	}
	return cat, nil
}

func prefixDir(dir, file string) string {
	if file == "" {
		return dir
	}
	return dir + "/" + file
}
