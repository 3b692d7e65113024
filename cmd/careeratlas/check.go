package main

import (
	"flag"
	"fmt"
	"io"
	"os"

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
	written := 0
	for _, o := range cat.Occupations {
		if !o.Sections.Empty() || o.Summary != "" {
			written++
		}
	}
	fmt.Fprintf(stdout, "content OK: %d occupations (%d written up), %d groups\n", len(cat.Occupations), written, len(cat.Groups))
	return nil
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
