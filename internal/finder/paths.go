package finder

import (
	"cmp"
	"math"
	"slices"

	"github.com/careeratlas/careeratlas/internal/career"
)

// Move is a possible next occupation for someone in another one.
type Move struct {
	To *career.Occupation
	// PayChange is the difference in median annual pay; a top-coded
	// median makes it a bound (PayBound). Moves to or from an occupation
	// without a published median are not suggested.
	PayChange float64
	PayBound  Bound
	// ExtraEducation counts the steps of entry education above the current
	// occupation's (0 when none is needed).
	ExtraEducation int
	Related        bool // O*NET lists it as related
	SimilarTastes  bool // its interest profile is among the closest
}

// Bound says how far a difference of medians can be taken at its word.
// BLS top-codes the highest wages ("$239,200 or more"), so a difference
// that involves such a median is only a bound.
type Bound uint8

const (
	// Exact means both medians are exact.
	Exact Bound = iota
	// AtLeast means the figure is a lower bound: the new median is
	// top-coded.
	AtLeast
	// AtMost means the figure is an upper bound: the current median is
	// top-coded.
	AtMost
	// Unknown means both medians are top-coded: the figure (0) says nothing.
	Unknown
)

// PayDifference is how much more b's median pays than a's, and how far the
// figure holds. It is NaN when either median is unpublished.
func PayDifference(a, b *career.Occupation) (float64, Bound) {
	x, y := medianAmount(a), medianAmount(b)
	if !x.Available() || !y.Available() {
		return math.NaN(), Exact
	}
	switch top := x.State == career.TopCoded; {
	case top && y.State == career.TopCoded:
		return 0, Unknown
	case top:
		return y.Value - x.Value, AtMost
	case y.State == career.TopCoded:
		return y.Value - x.Value, AtLeast
	}
	return y.Value - x.Value, Exact
}

// interestDistance is the Euclidean distance between two interest profiles.
func interestDistance(a, b [6]float64) float64 {
	var d float64
	for i := range a {
		d += (a[i] - b[i]) * (a[i] - b[i])
	}
	return math.Sqrt(d)
}

// Moves suggests occupations to move to from o: its O*NET related
// occupations and those with the closest interest profiles. Good moves come
// first: more pay for little extra schooling. "All Other" categories are
// not jobs one can aim for, and are left out.
func Moves(o *career.Occupation, related []*career.Occupation, all []*career.Occupation, interests map[string][6]float64, n int) []Move {
	cands := map[string]*Move{}
	add := func(c *career.Occupation) *Move {
		if c.SOC == o.SOC || c.Residual() {
			return nil
		}
		m, ok := cands[c.SOC]
		if !ok {
			m = &Move{To: c}
			m.PayChange, m.PayBound = PayDifference(o, c)
			if o.Projection != nil && c.Projection != nil {
				a, b := EducationRank(o.Projection.Education), EducationRank(c.Projection.Education)
				if a >= 0 && b > a {
					m.ExtraEducation = b - a
				}
			}
			cands[c.SOC] = m
		}
		return m
	}
	for _, r := range related {
		if m := add(r); m != nil {
			m.Related = true
		}
	}
	if mine, ok := interests[o.SOC]; ok {
		type near struct {
			o *career.Occupation
			d float64
		}
		var ns []near
		for _, c := range all {
			if s, ok := interests[c.SOC]; ok && c.SOC != o.SOC {
				ns = append(ns, near{c, interestDistance(mine, s)})
			}
		}
		slices.SortFunc(ns, func(a, b near) int { return cmp.Compare(a.d, b.d) })
		for _, x := range ns[:min(15, len(ns))] {
			if m := add(x.o); m != nil {
				m.SimilarTastes = true
			}
		}
	}
	moves := make([]Move, 0, len(cands))
	for _, m := range cands {
		if !math.IsNaN(m.PayChange) {
			moves = append(moves, *m)
		}
	}
	// A good move pays more without years of new schooling: each step of
	// extra education costs as much as a quarter more pay is worth, and
	// gains beyond half again the pay count no further. A bound counts as
	// its figure, and an unknown change (both medians top-coded) as none.
	base := Median(o)
	score := func(m Move) float64 {
		s := math.Min(m.PayChange/base*100, 50)
		s -= 25 * float64(m.ExtraEducation)
		if m.Related {
			s += 5
		}
		if m.SimilarTastes {
			s += 3
		}
		return s
	}
	slices.SortFunc(moves, func(a, b Move) int {
		return cmp.Or(cmp.Compare(score(b), score(a)), cmp.Compare(a.To.Title, b.To.Title))
	})
	return moves[:min(n, len(moves))]
}
