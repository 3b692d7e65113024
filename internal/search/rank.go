package search

import (
	"cmp"
	"math"
	"slices"
	"strings"
	"unicode"

	"github.com/careeratlas/careeratlas/internal/career"
)

// Query asks for one page of the occupations that match some terms.
type Query struct {
	Terms  []string
	Offset int
	Limit  int
}

// Results is one page of the occupations a search found, best first.
type Results struct {
	// Total is how many occupations match, on every page together.
	Total int
	Hits  []Hit
}

// Hit is an occupation a search found.
type Hit struct {
	Occupation *career.Occupation
	// AlsoCalled is the other title that holds the words typed, when the
	// occupation's own title does not: "Nurse Aide" for Nursing Assistants.
	AlsoCalled string
}

// Where says how well an occupation matched: the lower, the better. Every
// occupation of a better kind ranks above every one of a worse kind. A
// term that is a word of some title must match as that word, stemmed
// ("nurse" is in "Registered Nurses" and "Nursing Assistants"); any other
// term is a fragment and matches the start of words ("electr").
type Where int

const (
	// InOwnTitle: the occupation's own title holds every term.
	InOwnTitle Where = iota
	// InOtherTitle: one of O*NET's other titles holds every term.
	InOtherTitle
	// InTitles: the title and the other titles hold every term between
	// them.
	InTitles
	// InText: the titles and our prose hold every term.
	InText
	// AsPrefix: some word typed only begins longer words ("nurse" in
	// "Nursery").
	AsPrefix
	// InTools: only the technology the occupation uses has the terms.
	InTools
)

// Match is what the store found about one occupation and a search; Rank
// orders matches.
type Match struct {
	SOC   string
	Title string
	Where Where
	// BM25 is SQLite's bm25 over titles and prose (over the technology for
	// InTools): negative, the lower the better.
	BM25 float64
	// InTitle is the share of terms the occupation's own title holds as
	// words, stemmed.
	InTitle float64
	// Best is how closely the single title holding every term fits them,
	// for InOwnTitle and InOtherTitle; AlsoCalled is that title when it is
	// not the occupation's own. Titles is how many of the occupation's
	// titles hold every term: Medical Records Specialists has seven with
	// "medical coder", Medical Secretaries two.
	Best       Fit
	AlsoCalled string
	Titles     int
	// Jobs is the national employment, 0 when it is not published.
	Jobs float64
}

// Fit is how closely a title holding every term fits them.
type Fit struct {
	// Share is the part of the title's words the terms make up: "Nurse
	// Aide" is 1 for "nurse aid", "Psychiatric Nursing Aide" 2/3.
	Share float64
	// Exact is the share of terms the title has as typed or as a plural,
	// rather than only as the same stem: "nurse" is exact in "Nurses" but
	// not in "Nursing".
	Exact float64
}

// Better reports whether f fits better than g.
func (f Fit) Better(g Fit) bool { return f.score() > g.score() }

// score weighs the words as typed above the share of the title: for
// "nurse", "Licensed Practical and Licensed Vocational Nurses" fits
// better than "Nursing Assistants".
func (f Fit) score() float64 { return 2*f.Exact + f.Share }

// minorWords are not counted among a title's words.
var minorWords = map[string]bool{"and": true, "or": true, "of": true, "the": true, "in": true, "for": true, "to": true, "with": true}

// TitleFit measures how closely a title that holds every term (as the
// full-text index stems them) fits them.
func TitleFit(title string, terms []string) Fit {
	var words []string
	for _, w := range strings.FieldsFunc(strings.ToLower(title), notWordRune) {
		if len([]rune(w)) >= 2 && !minorWords[w] {
			words = append(words, w)
		}
	}
	if len(words) == 0 || len(terms) == 0 {
		return Fit{}
	}
	exact := 0
	for _, t := range terms {
		if slices.ContainsFunc(words, func(w string) bool { return sameWord(t, w) }) {
			exact++
		}
	}
	return Fit{
		Share: min(1, float64(len(terms))/float64(len(words))),
		Exact: float64(exact) / float64(len(terms)),
	}
}

// sameWord reports whether a title's word w is the term t as typed or
// with a plural ending either way ("aid" and "Aides", "nurses" and
// "Nurse").
func sameWord(t, w string) bool {
	if w == t {
		return true
	}
	for _, end := range []string{"s", "es", "e"} {
		if w == t+end || t == w+end {
			return true
		}
	}
	return false
}

func notWordRune(r rune) bool { return !unicode.IsLetter(r) && !unicode.IsDigit(r) }

// Rank orders matches best first: by how they matched (Where), then
// within each kind by how closely a title fits the terms, how much of
// them the occupation's own title holds, how many of its titles hold
// them and the occupation's size, or by bm25 where only the text
// matched, and then by title.
func Rank(matches []Match, terms []string) {
	score := func(m *Match) float64 {
		jobs := 0.6 * math.Log10(m.Jobs+1)
		switch m.Where {
		case InOwnTitle, InOtherTitle, InTitles:
			return m.Best.score() + 1.5*m.InTitle + 0.3*math.Log2(float64(max(m.Titles, 1))) + jobs
		default:
			return -m.BM25*(1+0.5*prefixShare(m.Title, terms)) + jobs
		}
	}
	scores := make(map[string]float64, len(matches))
	for i := range matches {
		scores[matches[i].SOC] = score(&matches[i])
	}
	slices.SortStableFunc(matches, func(a, b Match) int {
		return cmp.Or(cmp.Compare(a.Where, b.Where), cmp.Compare(scores[b.SOC], scores[a.SOC]), strings.Compare(a.Title, b.Title))
	})
}

// prefixShare is the share of terms that begin a word of the title as
// typed: "electr" begins "Electricians".
func prefixShare(title string, terms []string) float64 {
	if len(terms) == 0 {
		return 0
	}
	words := strings.FieldsFunc(strings.ToLower(title), notWordRune)
	n := 0
	for _, t := range terms {
		if slices.ContainsFunc(words, func(w string) bool { return strings.HasPrefix(w, t) }) {
			n++
		}
	}
	return float64(n) / float64(len(terms))
}
