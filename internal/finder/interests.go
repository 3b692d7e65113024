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
	// Shared lists the person's strongest interest areas that are also
	// among the occupation's strongest three.
	Shared []string
	// Scores is the occupation's interest profile, for saying why it fits.
	Scores [6]float64
}

// minSpread is how far apart, on O*NET's scale of 1 to 7, a person's
// strongest and weakest areas must be for the answers to show a pattern:
// a sixth of the scale, two answers' worth in an area of five activities.
const minSpread = 1.0

// maxStrongest is how many areas can share the lead and still be named as
// a person's strongest; when more tie, nothing stands out.
const maxStrongest = 3

// Strongest returns a person's strongest interest areas, strongest first:
// the top two, and any area tied with the second; the top one alone when
// the second stands less than a third of the way from the weakest to the
// top (one area liked, the rest not). It returns none when the answers
// show no clear pattern: every area rated about the same (all "not sure",
// or all "like"), or more than three sharing the lead.
func Strongest(person [6]float64) []string {
	lo, hi := slices.Min(person[:]), slices.Max(person[:])
	if hi-lo < minSpread {
		return nil
	}
	idx := []int{0, 1, 2, 3, 4, 5}
	slices.SortStableFunc(idx, func(a, b int) int { return cmp.Compare(person[b], person[a]) })
	second := person[idx[1]]
	if second-lo < (hi-lo)/3 {
		second = hi // the top one alone, and any tied with it
	}
	var out []string
	for _, i := range idx {
		if person[i] >= second-tie {
			out = append(out, career.RIASEC[i])
		}
	}
	if len(out) > maxStrongest {
		return nil
	}
	return out
}

// Weakest returns the areas a person rated lowest, tied ones together, in
// the order of career.RIASEC; none when the answers show no pattern.
func Weakest(person [6]float64) []string {
	if Strongest(person) == nil {
		return nil
	}
	lo := slices.Min(person[:])
	var out []string
	for i, v := range person {
		if v <= lo+tie {
			out = append(out, career.RIASEC[i])
		}
	}
	return out
}

// tie is how close two scores must be to count as equal.
const tie = 1e-9

// minFit is the least fit a match must have to be shown: below it an
// occupation's interests are as much unlike the person's as like them.
const minFit = 0.5

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
// a person's, keeping those that pass the filter and fit at least half,
// best first. Answers without a clear pattern (see Strongest) fit nothing,
// and "All Other" categories, not jobs one can aim for, are left out.
func MatchInterests(person [6]float64, all []*career.Occupation, interests map[string][6]float64, f Filter, n int) []Match {
	mine := Strongest(person)
	if mine == nil {
		return nil
	}
	me := centred(person)
	var out []Match
	for _, o := range all {
		s, ok := interests[o.SOC]
		if !ok || o.Residual() || !f.Match(o, interests) {
			continue
		}
		m := Match{Occupation: o, Fit: cosine(me, centred(s)), Scores: s}
		if m.Fit < minFit {
			continue
		}
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
