package store

import (
	"context"
	"database/sql"
	"fmt"
	"html"
	"regexp"
	"slices"
	"strings"
	"unicode/utf8"

	"github.com/careeratlas/careeratlas/internal/career"
	"github.com/careeratlas/careeratlas/internal/content"
	"github.com/careeratlas/careeratlas/internal/search"
)

// ftsQuery makes an FTS5 query in which every term must match, as a word
// or the start of one. Terms are quoted, so no FTS5 syntax gets through.
func ftsQuery(terms []string) string { return ftsTerms(terms, "*") }

// wordQuery makes an FTS5 query in which every term must match as a
// whole word, stemmed: "nurse" matches "nurses" and "nursing" but not
// "nursery".
func wordQuery(terms []string) string { return ftsTerms(terms, "") }

// ftsTerms quotes each term, adds suffix ("*" for a prefix) and joins
// them with AND.
func ftsTerms(terms []string, suffix string) string {
	parts := make([]string, 0, len(terms))
	for _, t := range terms {
		parts = append(parts, `"`+strings.ReplaceAll(t, `"`, `""`)+`"`+suffix)
	}
	return strings.Join(parts, " AND ")
}

// anys converts strings to query arguments.
func anys(ss []string) []any {
	out := make([]any, len(ss))
	for i, s := range ss {
		out[i] = s
	}
	return out
}

// SearchOccupations returns the first limit occupations of
// SearchOccupationsPage, best first.
func (s *DB) SearchOccupations(ctx context.Context, terms []string, limit int) ([]*career.Occupation, error) {
	res, err := s.SearchOccupationsPage(ctx, search.Query{Terms: terms, Limit: limit})
	if err != nil {
		return nil, err
	}
	var out []*career.Occupation
	for _, h := range res.Hits {
		out = append(out, h.Occupation)
	}
	return out, nil
}

// SearchOccupationsPage finds every occupation whose titles, other titles,
// prose or technology hold every term, ranks them with search.Rank and
// returns the page q asks for with the total. Occupations whose own title
// holds the words come first, then those with another title that holds
// them ("Nurse Aide"), then words spread over titles, then prose, then
// words only begun ("nurse" in "Nursery"), then technology ("epic").
func (s *DB) SearchOccupationsPage(ctx context.Context, q search.Query) (*search.Results, error) {
	if len(q.Terms) == 0 {
		return &search.Results{}, nil
	}
	tx, err := s.db.BeginTx(ctx, &sql.TxOptions{ReadOnly: true})
	if err != nil {
		return nil, fmt.Errorf("store: search: %w", err)
	}
	defer tx.Rollback()
	matches, err := matchOccupations(ctx, tx, q.Terms)
	if err != nil {
		return nil, fmt.Errorf("store: search: %w", err)
	}
	search.Rank(matches, q.Terms)
	res := &search.Results{Total: len(matches)}
	page := matches[min(max(q.Offset, 0), len(matches)):]
	page = page[:min(max(q.Limit, 0), len(page))]
	if len(page) == 0 {
		return res, nil
	}
	socs := make([]string, len(page))
	for i, m := range page {
		socs[i] = m.SOC
	}
	found, err := findOccupations(ctx, tx, false, "o.soc IN ("+placeholders(len(socs))+")", anys(socs)...)
	if err != nil {
		return nil, fmt.Errorf("store: search: %w", err)
	}
	bySOC := make(map[string]*career.Occupation, len(found))
	for _, o := range found {
		bySOC[o.SOC] = o
	}
	for _, m := range page {
		if o := bySOC[m.SOC]; o != nil {
			res.Hits = append(res.Hits, search.Hit{Occupation: o, AlsoCalled: m.AlsoCalled})
		}
	}
	return res, nil
}

// matchOccupations finds every occupation that matches the terms and how.
func matchOccupations(ctx context.Context, tx *sql.Tx, terms []string) ([]search.Match, error) {
	var matches []search.Match
	index := map[string]int{} // by SOC code
	byRow := map[int64]int{}  // by rowid of occupation_search
	// Every match, words only begun included, with its bm25: a title
	// counts most, then other titles, then our summary and prose.
	err := eachRow(ctx, tx, func(rows *sql.Rows) error {
		var m search.Match
		var rowid int64
		var jobs sql.NullFloat64
		if err := rows.Scan(&rowid, &m.SOC, &m.Title, &m.BM25, &jobs); err != nil {
			return err
		}
		m.Where, m.Jobs = search.AsPrefix, jobs.Float64
		index[m.SOC], byRow[rowid] = len(matches), len(matches)
		matches = append(matches, m)
		return nil
	}, `SELECT occupation_search.rowid, occupation_search.soc, occupation_search.title, bm25(occupation_search, 0.0, 12.0, 4.0, 1.5, 0.5), w.employment
		FROM occupation_search LEFT JOIN wages w ON w.soc = occupation_search.soc AND w.area = '99'
		WHERE occupation_search MATCH ?`, ftsQuery(terms))
	if err != nil {
		return nil, err
	}
	// A term that is a word of some title must match as that word,
	// stemmed ("nurse" is not "nursery"); any other is the start of a
	// word ("electr").
	known, err := scanAll(ctx, tx, scanOne[string], `SELECT word FROM search_words WHERE word IN (`+placeholders(len(terms))+`)`, anys(terms)...)
	if err != nil {
		return nil, err
	}
	parts := make([]string, len(terms))
	for i, t := range terms {
		parts[i] = ftsTerms([]string{t}, "*")
		if slices.Contains(known, t) {
			parts[i] = wordQuery([]string{t})
		}
	}
	words := strings.Join(parts, " AND ")
	// Then better kinds of match, each a subset of the one before. They
	// read rowids alone: a column would load the whole row, prose and all.
	eachMatch := func(query string, fn func(m *search.Match)) error {
		return eachRow(ctx, tx, func(rows *sql.Rows) error {
			var rowid int64
			if err := rows.Scan(&rowid); err != nil {
				return err
			}
			if i, ok := byRow[rowid]; ok {
				fn(&matches[i])
			}
			return nil
		}, `SELECT rowid FROM occupation_search WHERE occupation_search MATCH ?`, query)
	}
	upgrade := func(where search.Where, query string) error {
		return eachMatch(query, func(m *search.Match) { m.Where = min(m.Where, where) })
	}
	if len(known) == 0 { // every term is begun, as in the first query
		for i := range matches {
			matches[i].Where = search.InText
		}
	} else if err := upgrade(search.InText, words); err != nil {
		return nil, err
	}
	// A word of one letter places no title above another, and begins
	// thousands: such a search is ranked by its text alone.
	if slices.ContainsFunc(terms, func(t string) bool { return utf8.RuneCountInString(t) < 2 }) {
		return addTools(ctx, tx, terms, matches, index)
	}
	if err := upgrade(search.InTitles, "{title alt_titles} : ("+words+")"); err != nil {
		return nil, err
	}
	// Single titles that hold every term: the occupation's own, or else
	// the other title that fits the terms best.
	err = eachRow(ctx, tx, func(rows *sql.Rows) error {
		var soc, title string
		var own bool
		if err := rows.Scan(&soc, &own, &title); err != nil {
			return err
		}
		i, ok := index[soc]
		if !ok {
			return nil
		}
		m := &matches[i]
		m.Titles++
		switch {
		case m.Where == search.InOwnTitle: // nothing fits better
		case own:
			m.Where, m.Best, m.AlsoCalled = search.InOwnTitle, search.TitleFit(title, terms), ""
		default:
			if fit := search.TitleFit(title, terms); m.Where > search.InOtherTitle || fit.Better(m.Best) {
				m.Where, m.Best, m.AlsoCalled = search.InOtherTitle, fit, title
			}
		}
		return nil
	}, `SELECT soc, own, title FROM title_search WHERE title_search MATCH ?`, words)
	if err != nil {
		return nil, err
	}
	// How much of the query each occupation's own title holds.
	for _, part := range parts {
		if err := eachMatch("title : "+part, func(m *search.Match) { m.InTitle += 1 / float64(len(terms)) }); err != nil {
			return nil, err
		}
	}
	return addTools(ctx, tx, terms, matches, index)
}

// addTools adds the occupations that only use a technology the terms
// name. Tools match whole words only: "epic" is Epic, not Epicor.
func addTools(ctx context.Context, tx *sql.Tx, terms []string, matches []search.Match, index map[string]int) ([]search.Match, error) {
	err := eachRow(ctx, tx, func(rows *sql.Rows) error {
		var m search.Match
		var jobs sql.NullFloat64
		if err := rows.Scan(&m.SOC, &m.Title, &m.BM25, &jobs); err != nil {
			return err
		}
		if _, ok := index[m.SOC]; !ok {
			m.Where, m.Jobs = search.InTools, jobs.Float64
			index[m.SOC] = len(matches)
			matches = append(matches, m)
		}
		return nil
	}, `SELECT tool_search.soc, o.title, bm25(tool_search, 0.0, 8.0, 1.0), w.employment
		FROM tool_search JOIN occupations o ON o.soc = tool_search.soc
		LEFT JOIN wages w ON w.soc = tool_search.soc AND w.area = '99'
		WHERE tool_search MATCH ?`, wordQuery(terms))
	return matches, err
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

// otherTitles are each occupation's other titles, O*NET's alternate and
// reported titles, each once.
func otherTitles(cat *content.Catalog) map[string][]string {
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
	return alts
}

// occupationSearchRow is an occupation's row of the prose index.
func occupationSearchRow(o *career.Occupation, alts []string) []any {
	body := html.UnescapeString(tags.ReplaceAllString(o.Sections.WhatTheyDo+" "+o.Sections.WorkEnvironment+" "+o.Sections.HowToBecome, " "))
	return []any{o.SOC, o.Title, strings.Join(alts, " | "), o.Summary, body}
}

// occupationSearchColumns are the columns occupationSearchRow fills.
var occupationSearchColumns = []string{"soc", "title", "alt_titles", "summary", "body"}

// insertSearch fills the full-text indexes and the word list.
func insertSearch(ctx context.Context, tx *sql.Tx, cat *content.Catalog) error {
	alts := otherTitles(cat)
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
		rows = append(rows, occupationSearchRow(o, alts[o.SOC]))
		count(o.Title)
		for _, a := range alts[o.SOC] {
			count(a)
		}
	}
	if err := batchInsert(ctx, tx, "occupation_search", occupationSearchColumns, rows); err != nil {
		return fmt.Errorf("occupation search: %w", err)
	}
	rows = rows[:0]
	for _, o := range cat.Occupations {
		rows = append(rows, []any{o.SOC, true, o.Title})
		for _, a := range alts[o.SOC] {
			if !strings.EqualFold(a, o.Title) {
				rows = append(rows, []any{o.SOC, false, a})
			}
		}
	}
	if err := batchInsert(ctx, tx, "title_search", []string{"soc", "own", "title"}, rows); err != nil {
		return fmt.Errorf("title search: %w", err)
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
