package form

import (
	"fmt"
	"math"
	"net/url"
	"strconv"
	"strings"

	"github.com/careeratlas/careeratlas/internal/career"
	"github.com/careeratlas/careeratlas/internal/finder"
)

// FinderParams are the query parameters of the occupation finder; the
// finder shows results when any of them is present.
var FinderParams = []string{"group", "edu", "exp", "train", "growth", "openings", "pay_min", "pay_max", "interest", "sort"}

// maxFigure is the largest pay or number of openings the finder accepts.
const maxFigure = 10_000_000

// Finder is the occupation finder's query.
type Finder struct {
	// As typed, to show back in the form.
	Group                    string
	Education                []string
	Experience, Training     string
	Growth                   []string
	Openings, PayMin, PayMax string
	Interest, Sort           string

	// Filter and By are the search the query stands for.
	Filter   finder.Filter
	By       finder.Sort
	Problems []string
}

// Query is the finder's query in canonical form: only its own
// parameters, for links such as the CSV download.
func (f Finder) Query(v url.Values) url.Values {
	q := url.Values{}
	for _, p := range FinderParams {
		for _, x := range v[p] {
			q.Add(p, x)
		}
	}
	return q
}

// ParseFinder reads and checks the occupation finder's query; groups are
// the major groups that may be chosen.
func ParseFinder(v url.Values, groups []*career.Group) Finder {
	var capped []string // problems of lists too long to read
	f := Finder{
		Group:      strings.TrimSpace(v.Get("group")),
		Education:  cleanList(v["edu"], len(career.Educations), "education levels", &capped),
		Experience: strings.TrimSpace(v.Get("exp")),
		Training:   strings.TrimSpace(v.Get("train")),
		Growth:     cleanList(v["growth"], len(career.GrowthBands()), "growth rates", &capped),
		Openings:   strings.TrimSpace(v.Get("openings")),
		PayMin:     strings.TrimSpace(v.Get("pay_min")),
		PayMax:     strings.TrimSpace(v.Get("pay_max")),
		Interest:   strings.TrimSpace(v.Get("interest")),
		Sort:       strings.TrimSpace(v.Get("sort")),
	}
	f.Problems = capped
	f.Filter = finder.Filter{Group: f.Group, Education: f.Education, Experience: f.Experience,
		Training: f.Training, Growth: f.Growth, Interest: f.Interest}
	number := func(label, s string) float64 {
		if s == "" {
			return 0
		}
		n, err := strconv.ParseFloat(strings.NewReplacer(",", "", "$", "").Replace(s), 64)
		if err != nil || n < 0 || math.IsInf(n, 0) || math.IsNaN(n) || n > maxFigure {
			f.Problems = append(f.Problems, fmt.Sprintf("%s must be a whole number of dollars or jobs, like 50000; %q is not.", label, s))
			return 0
		}
		return n
	}
	f.Filter.OpeningsMin = number("Openings", f.Openings)
	f.Filter.PayMin = number("The lowest median pay", f.PayMin)
	f.Filter.PayMax = number("The highest median pay", f.PayMax)
	f.Problems = append(f.Problems, f.Filter.Check(groups)...)
	f.By = finder.Sort(f.Sort)
	switch {
	case f.Sort == "":
		f.By = finder.ByTitle
	case !finder.ValidSort(f.By):
		f.Problems = append(f.Problems, fmt.Sprintf("%q is not a way to sort: choose title, pay, growth, openings or employment.", f.Sort))
		f.By = finder.ByTitle
	}
	f.Sort = string(f.By)
	return f
}
