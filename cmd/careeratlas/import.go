package main

import (
	"flag"
	"fmt"
	"io"
	"path/filepath"
	"strings"

	"github.com/careeratlas/careeratlas/internal/importer"
)

func runImport(args []string, getenv func(string) string, stdout, stderr io.Writer) error {
	fs := flag.NewFlagSet("import", flag.ContinueOnError)
	fs.SetOutput(stderr)
	contentDir := fs.String("content", envOr(getenv, "CAREERATLAS_CONTENT", "content"), "content directory; datasets go to its data/ folder")
	mixedYears := fs.Bool("mixed-years", false, "ipeds: import a directory and completions of different years together")
	fs.Usage = func() {
		fmt.Fprintln(stderr, "usage: careeratlas import [-content DIR] [-mixed-years] SOURCE FILE…")
		fs.PrintDefaults()
	}
	if err := fs.Parse(args); err != nil {
		return err
	}
	if fs.NArg() < 2 {
		fs.Usage()
		return fmt.Errorf("import: need a source and at least one file")
	}
	return shortProblems(importer.Import(fs.Arg(0), fs.Args()[1:], filepath.Join(*contentDir, "data"), stdout, importer.Options{MixedYears: *mixedYears}), maxProblemLines)
}

// maxProblemLines is how many lines of an import's problems are printed: a
// wrong file can have a problem on every one of its rows.
const maxProblemLines = 20

// shortProblems keeps the first n lines of problems after an error's
// first line and counts the rest.
func shortProblems(err error, n int) error {
	if err == nil {
		return nil
	}
	lines := strings.Split(err.Error(), "\n")
	if len(lines) <= n+2 {
		return err
	}
	return fmt.Errorf("%s\n… and %d more problems", strings.Join(lines[:n+1], "\n"), len(lines)-n-1)
}

// envOr returns the environment variable key, or def when it is unset.
func envOr(getenv func(string) string, key, def string) string {
	if v := getenv(key); v != "" {
		return v
	}
	return def
}
