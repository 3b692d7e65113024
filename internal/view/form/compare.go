package form

import (
	"fmt"
	"net/url"

	"github.com/careeratlas/careeratlas/internal/career"
)

// MaxCompare is the most occupations a comparison holds.
const MaxCompare = 4

// maxCompareRead is how many soc= values are read, to say how many to
// remove; past it the query is refused outright.
const maxCompareRead = 20

// Compare is a comparison's query: /compare?soc=29-2072&soc=29-9021.
type Compare struct {
	Chosen   []*career.Occupation
	Problems []string
}

// ParseCompare reads the occupations to compare.
func ParseCompare(v url.Values, lk Lookup) Compare {
	var f Compare
	for _, soc := range cleanList(v["soc"], maxCompareRead, "occupations", &f.Problems) {
		switch o := lk.Occupation(soc); {
		case !career.ValidSOC(soc):
			f.Problems = append(f.Problems, fmt.Sprintf("%q is not an occupation code; codes look like 29-2072.", soc))
		case o == nil:
			f.Problems = append(f.Problems, fmt.Sprintf("We do not know an occupation with the code %s.", soc))
		default:
			f.Chosen = append(f.Chosen, o)
		}
	}
	if len(f.Chosen) > MaxCompare {
		f.Problems = append(f.Problems, fmt.Sprintf("You can compare up to %d occupations at once; remove %d.", MaxCompare, len(f.Chosen)-MaxCompare))
	}
	return f
}
