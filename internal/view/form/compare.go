package form

import (
	"fmt"
	"net/url"
	"strings"

	"github.com/careeratlas/careeratlas/internal/career"
)

// MaxCompare is the most occupations a comparison holds.
const MaxCompare = 4

// maxCompareRead is how many soc= values are read, to say how many to
// remove; past it the query is refused outright.
const maxCompareRead = 20

// maxTyped is the longest add= value read, well past the longest title;
// the rest is dropped rather than shown back.
const maxTyped = 200

// Compare is a comparison's query: /compare?soc=29-2072&soc=29-9021. The
// add box sends add=, an occupation's title (or its code) as typed:
// /compare?soc=29-2072&add=Registered+Nurses.
type Compare struct {
	Chosen []*career.Occupation
	// Added is true when add= named occupations and all of them were
	// found: the comparison is then better shown at its own address,
	// Query, which holds only codes.
	Added bool
	// Unknown is the first add= value that names no occupation, as typed,
	// to show back in the box and to suggest occupations like it.
	Unknown  string
	Problems []string
}

// ParseCompare reads the occupations to compare: the codes in soc=, in
// order, then what the add box sent in add=, each matched against the
// titles of all (exactly, ignoring case and extra spaces) or read as a
// code.
func ParseCompare(v url.Values, lk Lookup, all []*career.Occupation) Compare {
	var f Compare
	seen := map[string]bool{}
	choose := func(o *career.Occupation) {
		if !seen[o.SOC] {
			seen[o.SOC] = true
			f.Chosen = append(f.Chosen, o)
		}
	}
	for _, soc := range cleanList(v["soc"], maxCompareRead, "occupations", &f.Problems) {
		switch o := lk.Occupation(soc); {
		case !career.ValidSOC(soc):
			f.Problems = append(f.Problems, fmt.Sprintf("%q is not an occupation code; codes look like 29-2072.", soc))
		case o == nil:
			f.Problems = append(f.Problems, fmt.Sprintf("We do not know an occupation with the code %s.", soc))
		default:
			choose(o)
		}
	}
	if typed, ok := v["add"]; ok {
		adds := cleanList(typed, maxCompareRead, "occupations", &f.Problems)
		if len(adds) == 0 {
			f.Problems = append(f.Problems, "Type the title of an occupation to add, then choose it from the list.")
		}
		f.Added = len(adds) > 0
		for _, add := range adds {
			if len(add) > maxTyped {
				add = strings.ToValidUTF8(add[:maxTyped], "")
			}
			o := occupationNamed(add, lk, all)
			if o == nil {
				f.Added = false
				if f.Unknown == "" {
					f.Unknown = add
				}
				f.Problems = append(f.Problems, unknownAdd(add))
				continue
			}
			choose(o)
		}
	}
	if len(f.Chosen) > MaxCompare {
		f.Problems = append(f.Problems, fmt.Sprintf("You can compare up to %d occupations at once; remove %d.", MaxCompare, len(f.Chosen)-MaxCompare))
	}
	return f
}

// Query is the comparison's own query: a soc= for each chosen occupation,
// in order.
func (f Compare) Query() url.Values {
	v := url.Values{}
	for _, o := range f.Chosen {
		v.Add("soc", o.SOC)
	}
	return v
}

// occupationNamed finds the occupation a person typed into the add box:
// its title, whatever the case and spacing, or its code. Titles are
// unique in the SOC; were two alike, the first in all would be taken.
func occupationNamed(typed string, lk Lookup, all []*career.Occupation) *career.Occupation {
	if career.ValidSOC(typed) {
		return lk.Occupation(typed)
	}
	title := strings.Join(strings.Fields(typed), " ")
	for _, o := range all {
		if strings.EqualFold(o.Title, title) {
			return o
		}
	}
	return nil
}

// unknownAdd is the problem with an add= value that names no occupation.
func unknownAdd(typed string) string {
	if career.ValidSOC(typed) {
		return fmt.Sprintf("We do not know an occupation with the code %s.", typed)
	}
	return fmt.Sprintf("%q is not the full title of an occupation. Pick one from the list that opens as you type.", typed)
}
