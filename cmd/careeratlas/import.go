package main

import (
	"flag"
	"fmt"
	"io"
	"path/filepath"

	"github.com/careeratlas/careeratlas/internal/importer"
)

func runImport(args []string, getenv func(string) string, stdout, stderr io.Writer) error {
	fs := flag.NewFlagSet("import", flag.ContinueOnError)
	fs.SetOutput(stderr)
	contentDir := fs.String("content", envOr(getenv, "CAREERATLAS_CONTENT", "content"), "content directory; datasets go to its data/ folder")
	fs.Usage = func() {
		fmt.Fprintln(stderr, "usage: careeratlas import [-content DIR] SOURCE FILE…")
		fs.PrintDefaults()
	}
	if err := fs.Parse(args); err != nil {
		return err
	}
	if fs.NArg() < 2 {
		fs.Usage()
		return fmt.Errorf("import: need a source and at least one file")
	}
	return importer.Import(fs.Arg(0), fs.Args()[1:], filepath.Join(*contentDir, "data"), stdout)
}

// envOr returns the environment variable key, or def when it is unset.
func envOr(getenv func(string) string, key, def string) string {
	if v := getenv(key); v != "" {
		return v
	}
	return def
}
