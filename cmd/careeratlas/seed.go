package main

import (
	"context"
	"flag"
	"fmt"
	"io"
	"os"

	"github.com/careeratlas/careeratlas/internal/publish"
)

func runSeed(ctx context.Context, args []string, getenv func(string) string, stdout, stderr io.Writer) error {
	fs := flag.NewFlagSet("seed", flag.ContinueOnError)
	fs.SetOutput(stderr)
	db := fs.String("db", envOr(getenv, "CAREERATLAS_DB", "data/careeratlas.db"), "database file to build")
	contentDir := fs.String("content", envOr(getenv, "CAREERATLAS_CONTENT", "content"), "content directory")
	if err := fs.Parse(args); err != nil {
		return err
	}
	cat, err := publish.Seed(ctx, os.DirFS(*contentDir), *db)
	if err != nil {
		printProblems(stderr, *contentDir, err)
		return fmt.Errorf("seed: %w; the old database is untouched", shortErr(err))
	}
	fmt.Fprintf(stdout, "built %s: %d occupations, %d groups\n", *db, len(cat.Occupations), len(cat.Groups))
	return nil
}
