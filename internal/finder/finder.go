// Package finder filters and sorts occupations by what people ask of a
// job: field, education, experience, training, growth, openings, pay and
// interests. The occupation finder and the editorial lists share it.
package finder

import (
	"cmp"
	"fmt"
	"math"
	"slices"
	"strings"

	"github.com/careeratlas/careeratlas/internal/career"
)

// Filter selects occupations. Zero values do not filter.
type Filter struct {
	Group        string   // major group code, "29-0000"
	Education    []string // any of these entry-education categories
	EducationMax string   // at most this much entry education
	Experience   string
	Training     string
	Growth       []string // growth band keys, "much-faster"
	GrowthMin    string   // a growth band key: that band or a faster one
	OpeningsMin  float64  // openings a year, in jobs (not thousands)
	PayMin       float64  // median annual pay, dollars
	PayMax       float64
	Interest     string // RIASEC area that must be among the top two
	// InterestMin is the least score, on O*NET's scale of 1 to 7, that the
	// Interest area must have: how strongly the work calls for it.
	InterestMin float64
}

// Sort is the order of results.
type Sort string

// Orders the finder offers.
const (
	ByTitle      Sort = "title"
	ByPay        Sort = "pay"
	ByGrowth     Sort = "growth"
	ByOpenings   Sort = "openings"
	ByEmployment Sort = "employment"
)

// Sorts lists the orders with their plain names.
var Sorts = []struct {
	Sort  Sort
	Label string
}{
	{ByTitle, "Title (A–Z)"},
	{ByPay, "Median pay (highest first)"},
	{ByGrowth, "Growth (fastest first)"},
	{ByOpenings, "Openings (most first)"},
	{ByEmployment, "Jobs now (most first)"},
}

// ValidSort reports whether s is an order the finder offers.
func ValidSort(s Sort) bool {
	return slices.ContainsFunc(Sorts, func(x struct {
		Sort  Sort
		Label string
	}) bool {
		return x.Sort == s
	})
}

// Check lists what is wrong with a filter, in words for a person.
func (f Filter) Check(groups []*career.Group) []string {
	var probs []string
	if f.Group != "" && !slices.ContainsFunc(groups, func(g *career.Group) bool { return g.Code == f.Group }) {
		probs = append(probs, fmt.Sprintf("%q is not an occupational group.", f.Group))
	}
	for _, e := range f.Education {
		if !slices.Contains(career.Educations, e) {
			probs = append(probs, fmt.Sprintf("%q is not an education level BLS uses.", e))
		}
	}
	if f.EducationMax != "" && !slices.Contains(career.Educations, f.EducationMax) {
		probs = append(probs, fmt.Sprintf("%q is not an education level BLS uses.", f.EducationMax))
	}
	if f.Experience != "" && !slices.Contains(career.Experiences, f.Experience) {
		probs = append(probs, fmt.Sprintf("%q is not a level of work experience BLS uses.", f.Experience))
	}
	if f.Training != "" && !slices.Contains(career.Trainings, f.Training) {
		probs = append(probs, fmt.Sprintf("%q is not a kind of on-the-job training BLS uses.", f.Training))
	}
	bands := career.GrowthBands()
	for _, g := range append(slices.Clone(f.Growth), f.GrowthMin) {
		if g != "" && !slices.ContainsFunc(bands, func(b career.Growth) bool { return b.Key == g }) {
			probs = append(probs, fmt.Sprintf("%q is not a growth band.", g))
		}
	}
	if f.OpeningsMin < 0 || math.IsNaN(f.OpeningsMin) {
		probs = append(probs, "The minimum number of openings cannot be negative.")
	}
	if f.PayMin < 0 || f.PayMax < 0 || math.IsNaN(f.PayMin) || math.IsNaN(f.PayMax) {
		probs = append(probs, "Pay cannot be negative.")
	}
	if f.PayMax > 0 && f.PayMin > f.PayMax {
		probs = append(probs, "The lowest pay is above the highest pay.")
	}
	if f.Interest != "" && !slices.Contains(career.RIASEC[:], f.Interest) {
		probs = append(probs, fmt.Sprintf("%q is not an interest area: use one of %s.", f.Interest, strings.Join(career.RIASEC[:], ", ")))
	}
	if f.InterestMin != 0 && (f.Interest == "" || !(f.InterestMin >= 1 && f.InterestMin <= 7)) {
		probs = append(probs, "The least interest score must be from 1 to 7, for an interest area.")
	}
	return probs
}

// Empty reports whether the filter selects everything.
func (f Filter) Empty() bool {
	return f.Group == "" && len(f.Education) == 0 && f.EducationMax == "" && f.Experience == "" && f.Training == "" &&
		len(f.Growth) == 0 && f.GrowthMin == "" && f.OpeningsMin == 0 && f.PayMin == 0 && f.PayMax == 0 && f.Interest == "" && f.InterestMin == 0
}

// growthRank is the position of a growth band, fastest first; -1 when
// unknown.
func growthRank(key string) int {
	return slices.IndexFunc(career.GrowthBands(), func(b career.Growth) bool { return b.Key == key })
}

// Median is an occupation's median annual pay, or NaN when unpublished.
// For a top-coded median it is the ceiling, which the median is at or
// above: right for ordering, but a bound, not a figure to subtract from
// (see PayDifference).
func Median(o *career.Occupation) float64 {
	if a := medianAmount(o); a.Available() {
		return a.Value
	}
	return math.NaN()
}

// medianAmount is an occupation's median annual pay as published.
func medianAmount(o *career.Occupation) career.Amount {
	if o.Wages == nil {
		return career.Amount{}
	}
	return o.Wages.Annual[2]
}

// payAtLeast reports whether the median is known to be at least v; a
// top-coded median is, up to its ceiling.
func payAtLeast(o *career.Occupation, v float64) bool {
	a := medianAmount(o)
	return a.Available() && a.Value >= v
}

// payAtMost reports whether the median is known to be at most v; a
// top-coded median never is, since nothing bounds it from above.
func payAtMost(o *career.Occupation, v float64) bool {
	a := medianAmount(o)
	return a.State == career.Known && a.Value <= v
}

func pct(o *career.Occupation) float64 {
	if o.Projection == nil || !o.Projection.PctChange.Available() {
		return math.NaN()
	}
	return o.Projection.PctChange.Value
}

func openings(o *career.Occupation) float64 {
	if o.Projection == nil || !o.Projection.Openings.Available() {
		return math.NaN()
	}
	return o.Projection.Openings.Value * 1000
}

func employment(o *career.Occupation) float64 {
	if o.Projection != nil && o.Projection.EmpBase.Available() {
		return o.Projection.EmpBase.Value * 1000
	}
	if o.Wages != nil && o.Wages.Employment.Available() {
		return o.Wages.Employment.Value
	}
	return math.NaN()
}

// EducationRank is the position of an education level, least first; -1
// when unknown.
func EducationRank(e string) int { return slices.Index(career.Educations, e) }

// Match reports whether an occupation passes the filter. interests holds
// RIASEC scores by SOC code.
func (f Filter) Match(o *career.Occupation, interests map[string][6]float64) bool {
	if f.Group != "" && o.Group != f.Group {
		return false
	}
	edu, exp, tr := "", "", ""
	if p := o.Projection; p != nil {
		edu, exp, tr = p.Education, p.Experience, p.Training
	}
	if len(f.Education) > 0 && !slices.Contains(f.Education, edu) {
		return false
	}
	if f.EducationMax != "" && (edu == "" || EducationRank(edu) > EducationRank(f.EducationMax)) {
		return false
	}
	if f.Experience != "" && exp != f.Experience {
		return false
	}
	if f.Training != "" && tr != f.Training {
		return false
	}
	if len(f.Growth) > 0 {
		p := pct(o)
		if math.IsNaN(p) || !slices.Contains(f.Growth, o.Projection.Growth.Key) {
			return false
		}
	}
	if f.GrowthMin != "" {
		// Without a projection there is no band, and no promise kept.
		if math.IsNaN(pct(o)) || growthRank(o.Projection.Growth.Key) < 0 || growthRank(o.Projection.Growth.Key) > growthRank(f.GrowthMin) {
			return false
		}
	}
	if f.OpeningsMin > 0 && !(openings(o) >= f.OpeningsMin) {
		return false
	}
	if f.PayMin > 0 && !payAtLeast(o, f.PayMin) {
		return false
	}
	if f.PayMax > 0 && !payAtMost(o, f.PayMax) {
		return false
	}
	if f.Interest != "" {
		scores, ok := interests[o.SOC]
		if !ok || !slices.Contains(TopInterests(scores, 2), f.Interest) {
			return false
		}
		if f.InterestMin > 0 && scores[slices.Index(career.RIASEC[:], f.Interest)] < f.InterestMin {
			return false
		}
	}
	return true
}

// TopInterests returns the n highest RIASEC areas of a score set.
func TopInterests(scores [6]float64, n int) []string {
	idx := []int{0, 1, 2, 3, 4, 5}
	slices.SortStableFunc(idx, func(a, b int) int { return cmp.Compare(scores[b], scores[a]) })
	out := make([]string, 0, n)
	for _, i := range idx[:n] {
		out = append(out, career.RIASEC[i])
	}
	return out
}

// Apply returns the occupations that pass the filter, in the given order.
// Occupations without the figure being sorted on come last.
func Apply(all []*career.Occupation, f Filter, by Sort, interests map[string][6]float64) []*career.Occupation {
	var out []*career.Occupation
	for _, o := range all {
		if f.Match(o, interests) {
			out = append(out, o)
		}
	}
	SortBy(out, by)
	return out
}

// SortBy orders occupations in place.
func SortBy(os []*career.Occupation, by Sort) {
	key := map[Sort]func(*career.Occupation) float64{
		ByPay: Median, ByGrowth: pct, ByOpenings: openings, ByEmployment: employment,
	}[by]
	byTitle := func(a, b *career.Occupation) int {
		return strings.Compare(strings.ToLower(a.Title), strings.ToLower(b.Title))
	}
	if key == nil {
		slices.SortStableFunc(os, byTitle)
		return
	}
	slices.SortStableFunc(os, func(a, b *career.Occupation) int {
		ka, kb := key(a), key(b)
		switch {
		case math.IsNaN(ka) && math.IsNaN(kb):
			return byTitle(a, b)
		case math.IsNaN(ka):
			return 1
		case math.IsNaN(kb):
			return -1
		}
		return cmp.Or(cmp.Compare(kb, ka), byTitle(a, b))
	})
}
