package store

import (
	"context"
	"database/sql"
	"fmt"
	"html"
	"regexp"
	"strings"

	"github.com/careeratlas/careeratlas/internal/content"
)

func insertONET(ctx context.Context, tx *sql.Tx, cat *content.Catalog) error {
	for _, in := range cat.Interests {
		s := in.Scores
		if _, err := tx.ExecContext(ctx, `INSERT INTO interests (soc, realistic, investigative, artistic, social, enterprising, conventional)
			VALUES (?, ?, ?, ?, ?, ?, ?)`, in.SOC, s[0], s[1], s[2], s[3], s[4], s[5]); err != nil {
			return fmt.Errorf("interests %s: %w", in.SOC, err)
		}
	}
	rows := make([][]any, len(cat.Related))
	for i, r := range cat.Related {
		rows[i] = []any{r.SOC, r.Related, r.Rank}
	}
	if err := batchInsert(ctx, tx, "related", []string{"soc", "related", "rank"}, rows); err != nil {
		return fmt.Errorf("related: %w", err)
	}
	for _, z := range cat.JobZones {
		if _, err := tx.ExecContext(ctx, `INSERT INTO job_zones (soc, zone) VALUES (?, ?)`, z.SOC, z.Zone); err != nil {
			return fmt.Errorf("job zone %s: %w", z.SOC, err)
		}
	}
	rows = make([][]any, len(cat.AltTitles))
	for i, a := range cat.AltTitles {
		rows[i] = []any{a.SOC, a.Title}
	}
	if err := batchInsert(ctx, tx, "alt_titles", []string{"soc", "title"}, rows); err != nil {
		return fmt.Errorf("other titles: %w", err)
	}
	return nil
}

var (
	tags      = regexp.MustCompile(`<[^>]*>`)
	wordChars = regexp.MustCompile(`[\p{L}\p{N}]+`)
)

// insertSearch fills the full-text indexes and the word list.
func insertSearch(ctx context.Context, tx *sql.Tx, cat *content.Catalog) error {
	alts := map[string][]string{}
	for _, a := range cat.AltTitles {
		alts[a.SOC] = append(alts[a.SOC], a.Title)
	}
	words := map[string]int{}
	count := func(text string) {
		for _, w := range wordChars.FindAllString(strings.ToLower(text), -1) {
			if len(w) >= 2 {
				words[w]++
			}
		}
	}
	rows := make([][]any, 0, len(cat.Occupations))
	for _, o := range cat.Occupations {
		body := html.UnescapeString(tags.ReplaceAllString(o.Sections.WhatTheyDo+" "+o.Sections.WorkEnvironment+" "+o.Sections.HowToBecome, " "))
		rows = append(rows, []any{o.SOC, o.Title, strings.Join(alts[o.SOC], " | "), o.Summary, body})
		count(o.Title)
		for _, a := range alts[o.SOC] {
			count(a)
		}
	}
	if err := batchInsert(ctx, tx, "occupation_search", []string{"soc", "title", "alt_titles", "summary", "body"}, rows); err != nil {
		return fmt.Errorf("occupation search: %w", err)
	}
	rows = rows[:0]
	for _, in := range cat.Institutions {
		rows = append(rows, []any{in.UnitID, in.Name, in.City})
	}
	if err := batchInsert(ctx, tx, "school_search", []string{"unitid", "name", "city"}, rows); err != nil {
		return fmt.Errorf("school search: %w", err)
	}
	rows = rows[:0]
	for w, n := range words {
		rows = append(rows, []any{w, n})
	}
	if err := batchInsert(ctx, tx, "search_words", []string{"word", "count"}, rows); err != nil {
		return fmt.Errorf("search words: %w", err)
	}
	return nil
}
