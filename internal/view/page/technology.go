package page

import (
	"cmp"
	"slices"
	"strings"

	"github.com/careeratlas/careeratlas/internal/career"
)

// TechView is "Tools and technology": what employers ask for most, then
// every tool by the kind of software it is.
type TechView struct {
	// Wanted are the tools employers ask for most (O*NET's hot and
	// in-demand technologies), at most techWanted of them.
	Wanted []string
	Kinds  []TechKind
	Total  int
	Credit string
}

// TechKind is one kind of software with its tools, the wanted ones first.
type TechKind struct {
	Kind  string
	Tools []TechTool
}

// TechTool is one product or kind of product.
type TechTool struct {
	Name   string
	Wanted bool
}

// techWanted is how many wanted tools the section names up front.
const techWanted = 12

// newTechView groups an occupation's technology; nil when it has none.
func newTechView(ts []career.Technology, credit string) *TechView {
	if len(ts) == 0 {
		return nil
	}
	rank := func(t career.Technology) int { // in demand, then hot, then the rest
		switch {
		case t.InDemand:
			return 0
		case t.Hot:
			return 1
		}
		return 2
	}
	sorted := slices.Clone(ts)
	slices.SortStableFunc(sorted, func(a, b career.Technology) int {
		return cmp.Or(cmp.Compare(rank(a), rank(b)), strings.Compare(strings.ToLower(a.Name), strings.ToLower(b.Name)))
	})
	v := &TechView{Total: len(ts), Credit: credit}
	byKind := map[string]*TechKind{}
	wanted := map[string]int{}
	for _, t := range sorted {
		k, ok := byKind[t.Kind]
		if !ok {
			k = &TechKind{Kind: t.Kind}
			byKind[t.Kind] = k
		}
		w := t.Hot || t.InDemand
		k.Tools = append(k.Tools, TechTool{Name: t.Name, Wanted: w})
		if w {
			wanted[t.Kind]++
			if len(v.Wanted) < techWanted {
				v.Wanted = append(v.Wanted, t.Name)
			}
		}
	}
	for _, k := range byKind {
		v.Kinds = append(v.Kinds, *k)
	}
	// Kinds with more wanted tools first, then the larger kinds.
	slices.SortFunc(v.Kinds, func(a, b TechKind) int {
		return cmp.Or(cmp.Compare(wanted[b.Kind], wanted[a.Kind]), cmp.Compare(len(b.Tools), len(a.Tools)), strings.Compare(a.Kind, b.Kind))
	})
	return v
}
