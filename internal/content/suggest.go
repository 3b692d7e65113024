package content

import (
	"errors"
	"io/fs"
	"strings"

	"github.com/careeratlas/careeratlas/internal/search"
)

func isNotExist(err error) bool { return errors.Is(err, fs.ErrNotExist) }

// suggest returns the known word closest to got, when it is close enough
// to be a typo ("sumary" → "summary"), or "".
func suggest(got string, known []string) string {
	const limit = 2
	best, bestDist := "", limit+1
	g := strings.ToLower(got)
	for _, k := range known {
		if d := search.Distance(g, strings.ToLower(k), limit); d < bestDist {
			best, bestDist = k, d
		}
	}
	return best
}
