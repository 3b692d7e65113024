// Package search turns what a person types into search terms: it splits
// the query into words and corrects misspelt ones against the words our
// titles use ("nurce" → "nurse"). It also ranks what the store found
// (Rank): occupations whose own title holds the words first, then those
// with another title that does, then the rest by how well their text
// matches.
package search

import (
	"regexp"
	"strings"
	"unicode/utf8"
)

// MaxQuery is the longest query we read; the rest is ignored.
const MaxQuery = 200

// maxTerms caps the words of a query.
const maxTerms = 8

var word = regexp.MustCompile(`[\p{L}\p{N}]+`)

// Terms splits a query into lower-case words, ignoring punctuation and
// anything past MaxQuery characters or maxTerms words.
func Terms(q string) []string {
	if len(q) > MaxQuery {
		q = q[:MaxQuery]
		for !utf8.ValidString(q) {
			q = q[:len(q)-1]
		}
	}
	ws := word.FindAllString(strings.ToLower(q), -1)
	if len(ws) > maxTerms {
		ws = ws[:maxTerms]
	}
	return ws
}

// Vocabulary is the words titles use, with how often each appears.
type Vocabulary map[string]int

// Correct replaces words the vocabulary does not know, and that are not
// the start of a word it knows, with the closest known word when one is
// close enough to be a typo. It reports whether anything changed.
func (v Vocabulary) Correct(terms []string) ([]string, bool) {
	out := make([]string, len(terms))
	changed := false
	for i, t := range terms {
		out[i] = t
		if len(t) < 4 || v[t] > 0 || v.hasPrefix(t) {
			continue
		}
		if c := v.closest(t); c != "" {
			out[i], changed = c, true
		}
	}
	return out, changed
}

// hasPrefix reports whether some known word starts with p (a search for
// "electr" is not a typo).
func (v Vocabulary) hasPrefix(p string) bool {
	for w := range v {
		if strings.HasPrefix(w, p) {
			return true
		}
	}
	return false
}

// closest finds the known word nearest to t: within one edit for short
// words and two for longer ones, the more common word winning ties.
func (v Vocabulary) closest(t string) string {
	limit := 1
	if utf8.RuneCountInString(t) >= 6 {
		limit = 2
	}
	best, bestD, bestN := "", limit+1, 0
	for w, n := range v {
		if abs(len(w)-len(t)) > limit {
			continue
		}
		d := Distance(t, w, limit)
		if d > limit {
			continue
		}
		if d < bestD || (d == bestD && n > bestN) {
			best, bestD, bestN = w, d, n
		}
	}
	return best
}

func abs(n int) int {
	if n < 0 {
		return -n
	}
	return n
}

// Distance is the Damerau–Levenshtein (optimal string alignment) distance
// between a and b: the edits, swaps of neighbours included, that turn one
// into the other. It stops at limit+1 once the distance must exceed limit.
func Distance(a, b string, limit int) int {
	ra, rb := []rune(a), []rune(b)
	prev2 := make([]int, len(rb)+1)
	prev := make([]int, len(rb)+1)
	cur := make([]int, len(rb)+1)
	for j := range prev {
		prev[j] = j
	}
	for i := 1; i <= len(ra); i++ {
		cur[0] = i
		rowMin := cur[0]
		for j := 1; j <= len(rb); j++ {
			cost := 1
			if ra[i-1] == rb[j-1] {
				cost = 0
			}
			cur[j] = min(prev[j]+1, cur[j-1]+1, prev[j-1]+cost)
			if i > 1 && j > 1 && ra[i-1] == rb[j-2] && ra[i-2] == rb[j-1] {
				cur[j] = min(cur[j], prev2[j-2]+1)
			}
			rowMin = min(rowMin, cur[j])
		}
		if rowMin > limit {
			return limit + 1
		}
		prev2, prev, cur = prev, cur, prev2
	}
	return prev[len(rb)]
}
