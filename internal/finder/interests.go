package finder

import (
	"cmp"
	"math"
	"slices"

	"github.com/careeratlas/careeratlas/internal/career"
)

// Match is an occupation that fits a person's interests.
type Match struct {
	Occupation *career.Occupation
	// Fit is the cosine similarity of the two interest profiles, each
	// centred on its own mean: 1 is the same shape, 0 unrelated.
	Fit float64
	// Shared lists the person's top interest areas that are also among the
	// occupation's strongest.
	Shared []string
}

// centred subtracts a profile's mean, so that only its shape counts: a
// person who likes everything matches the same jobs as one who likes the
// same things less.
func centred(v [6]float64) [6]float64 {
	var mean float64
	for _, x := range v {
		mean += x / 6
	}
	for i := range v {
		v[i] -= mean
	}
	return v
}

func cosine(a, b [6]float64) float64 {
	var dot, na, nb float64
	for i := range a {
		dot += a[i] * b[i]
		na += a[i] * a[i]
		nb += b[i] * b[i]
	}
	if na == 0 || nb == 0 {
		return 0
	}
	return dot / math.Sqrt(na*nb)
}

// MatchInterests ranks occupations by how well their interest profiles fit
// a person's, keeping those that pass the filter, best first.
func MatchInterests(person [6]float64, all []*career.Occupation, interests map[string][6]float64, f Filter, n int) []Match {
	me := centred(person)
	mine := TopInterests(person, 2)
	var out []Match
	for _, o := range all {
		s, ok := interests[o.SOC]
		if !ok || !f.Match(o, interests) {
			continue
		}
		m := Match{Occupation: o, Fit: cosine(me, centred(s))}
		theirs := TopInterests(s, 3)
		for _, a := range mine {
			if slices.Contains(theirs, a) {
				m.Shared = append(m.Shared, a)
			}
		}
		out = append(out, m)
	}
	slices.SortFunc(out, func(a, b Match) int {
		return cmp.Or(cmp.Compare(b.Fit, a.Fit), cmp.Compare(a.Occupation.Title, b.Occupation.Title))
	})
	// Keep the list varied: at most a few from one minor group, so twenty
	// kinds of professor do not crowd out everything else.
	perMinor := map[string]int{}
	var varied []Match
	for _, m := range out {
		minor := m.Occupation.SOC[:4]
		if perMinor[minor] >= maxPerMinorGroup {
			continue
		}
		perMinor[minor]++
		varied = append(varied, m)
		if len(varied) == n {
			break
		}
	}
	return varied
}

// maxPerMinorGroup caps the matches from one SOC minor group ("25-1").
const maxPerMinorGroup = 3
