package store

import (
	"cmp"
	"context"
	"database/sql"
	"fmt"
	"html"
	"math"
	"regexp"
	"slices"
	"strings"
	"unicode"

	"github.com/careeratlas/careeratlas/internal/career"
	"github.com/careeratlas/careeratlas/internal/content"
)

// ftsQuery makes an FTS5 query in which every term must match, as a word
// or the start of one. Terms are quoted, so no FTS5 syntax gets through.
func ftsQuery(terms []string) string {
	parts := make([]string, 0, len(terms))
	for _, t := range terms {
		parts = append(parts, `"`+strings.ReplaceAll(t, `"`, `""`)+`"*`)
	}
	return strings.Join(parts, " AND ")
}

// searchPool is how many full-text matches are re-ranked.
const searchPool = 120

// SearchOccupations finds occupations whose title, other titles or our
// prose hold every term, best first. SQLite's bm25 ranks the matches (a
// title counts most, then other titles, then our summary and prose); the
// ranking then favours titles that contain the very words typed, and,
// among near equals, occupations with more jobs. Occupations that only use
// a technology of that name ("epic") come after all of those, most jobs
// first.
func (s *DB) SearchOccupations(ctx context.Context, terms []string, limit int) ([]*career.Occupation, error) {
	if len(terms) == 0 {
		return nil, nil
	}
	tx, err := s.db.BeginTx(ctx, &sql.TxOptions{ReadOnly: true})
	if err != nil {
		return nil, fmt.Errorf("store: search: %w", err)
	}
	defer tx.Rollback()
	rows, err := tx.QueryContext(ctx, `SELECT soc, bm25(occupation_search, 0.0, 12.0, 4.0, 1.5, 0.5) FROM occupation_search
		WHERE occupation_search MATCH ?
		ORDER BY 2 LIMIT ?`, ftsQuery(terms), searchPool)
	if err != nil {
		return nil, fmt.Errorf("store: search: %w", err)
	}
	var socs []string
	bm25 := map[string]float64{}
	for rows.Next() {
		var soc string
		var score float64
		if err := rows.Scan(&soc, &score); err != nil {
			rows.Close()
			return nil, fmt.Errorf("store: search: %w", err)
		}
		socs = append(socs, soc)
		bm25[soc] = score
	}
	rows.Close()
	if err := rows.Err(); err != nil {
		return nil, fmt.Errorf("store: search: %w", err)
	}
	// Tools match whole words only: "epic" is Epic, not Epicor.
	toolOnly := map[string]float64{}
	err = eachRow(ctx, tx, func(rows *sql.Rows) error {
		var soc string
		var score float64
		if err := rows.Scan(&soc, &score); err != nil {
			return err
		}
		if _, ok := bm25[soc]; !ok {
			socs = append(socs, soc)
			toolOnly[soc] = score
		}
		return nil
	}, `SELECT soc, bm25(tool_search, 0.0, 8.0, 1.0) FROM tool_search WHERE tool_search MATCH ? ORDER BY 2 LIMIT ?`,
		strings.ReplaceAll(ftsQuery(terms), `"*`, `"`), searchPool)
	if err != nil {
		return nil, fmt.Errorf("store: search: %w", err)
	}
	if len(socs) == 0 {
		return nil, nil
	}
	args := make([]any, len(socs))
	for i, s := range socs {
		args[i] = s
	}
	found, err := findOccupations(ctx, tx, false, "o.soc IN ("+placeholders(len(socs))+")", args...)
	if err != nil {
		return nil, fmt.Errorf("store: search: %w", err)
	}
	score := func(o *career.Occupation) float64 {
		sc := bm25[o.SOC] * (1 + 0.5*titleMatch(o.Title, terms)) // bm25 is negative: lower is better
		if t, ok := toolOnly[o.SOC]; ok {
			sc = 1000 + t // after every match of title or prose, best match first
		}
		if o.Wages != nil && o.Wages.Employment.Available() {
			sc -= 0.6 * math.Log10(o.Wages.Employment.Value+1)
		}
		return sc
	}
	slices.SortStableFunc(found, func(a, b *career.Occupation) int {
		return cmp.Or(cmp.Compare(score(a), score(b)), strings.Compare(a.Title, b.Title))
	})
	return found[:min(max(limit, 0), len(found))], nil
}

// titleMatch is the share of terms that begin a word of the title as typed
// (no stemming): "accountant" matches "Accountants" but not "Accounting".
func titleMatch(title string, terms []string) float64 {
	words := strings.FieldsFunc(strings.ToLower(title), func(r rune) bool {
		return !unicode.IsLetter(r) && !unicode.IsDigit(r)
	})
	n := 0
	for _, t := range terms {
		if slices.ContainsFunc(words, func(w string) bool { return strings.HasPrefix(w, t) }) {
			n++
		}
	}
	return float64(n) / float64(len(terms))
}

// SearchSchoolNames finds schools whose name or city holds every term.
func (s *DB) SearchSchoolNames(ctx context.Context, terms []string, limit int) ([]career.School, error) {
	if len(terms) == 0 {
		return nil, nil
	}
	out, err := scanAll(ctx, s.db, func(rows *sql.Rows, sc *career.School) error {
		return rows.Scan(&sc.UnitID, &sc.Slug, &sc.Name, &sc.City, &sc.State, &sc.Control)
	}, `SELECT i.unitid, i.slug, i.name, i.city, i.state, i.control
		FROM school_search ss JOIN institutions i ON i.unitid = ss.unitid
		WHERE school_search MATCH ? ORDER BY bm25(school_search, 0.0, 5.0, 1.0), i.total DESC LIMIT ?`, ftsQuery(terms), limit)
	return out, wrap("school search", err)
}

// SearchWords returns the words of titles and other titles with their
// counts, for correcting misspelt searches.
func (s *DB) SearchWords(ctx context.Context) (map[string]int, error) {
	out, err := scanMap[int](ctx, s.db, `SELECT word, count FROM search_words`)
	return out, wrap("search words", err)
}

var (
	tags      = regexp.MustCompile(`<[^>]*>`)
	wordChars = regexp.MustCompile(`[\p{L}\p{N}]+`)
)

// insertSearch fills the full-text indexes and the word list.
func insertSearch(ctx context.Context, tx *sql.Tx, cat *content.Catalog) error {
	alts := map[string][]string{}
	seen := map[string]bool{}
	addTitle := func(soc, title string) {
		if k := soc + "\x00" + strings.ToLower(title); !seen[k] {
			seen[k] = true
			alts[soc] = append(alts[soc], title)
		}
	}
	for _, a := range cat.AltTitles {
		addTitle(a.SOC, a.Title)
	}
	for _, r := range cat.ReportedTitles {
		addTitle(r.SOC, r.Title)
	}
	tools, inDemand := map[string][]string{}, map[string][]string{}
	for _, t := range cat.Technology {
		if t.InDemand {
			inDemand[t.SOC] = append(inDemand[t.SOC], t.Name)
		} else {
			tools[t.SOC] = append(tools[t.SOC], t.Name)
		}
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
	for _, o := range cat.Occupations {
		if len(tools[o.SOC])+len(inDemand[o.SOC]) > 0 {
			rows = append(rows, []any{o.SOC, strings.Join(inDemand[o.SOC], " | "), strings.Join(tools[o.SOC], " | ")})
		}
	}
	if err := batchInsert(ctx, tx, "tool_search", []string{"soc", "in_demand", "tools"}, rows); err != nil {
		return fmt.Errorf("tool search: %w", err)
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
