package page

import (
	"slices"

	"github.com/careeratlas/careeratlas/internal/career"
)

// awardReach is the highest of BLS's typical entry educations
// (career.Educations) that an award level meets, as an index into that
// list; -1 for an award level we do not know. Every certificate meets
// "Postsecondary nondegree award"; a postbaccalaureate certificate stands
// on a bachelor's degree and a post-master's one on a master's.
func awardReach(a career.Award) int {
	var edu string
	switch a {
	case 20, 21, 1, 2, 4:
		edu = "Postsecondary nondegree award"
	case 3:
		edu = "Associate's degree"
	case 5, 6:
		edu = "Bachelor's degree"
	case 7, 8:
		edu = "Master's degree"
	case 17, 18, 19:
		edu = "Doctoral or professional degree"
	}
	return slices.Index(career.Educations, edu)
}

// fitsEntry reports whether a credential reaching reach (awardReach) is
// the usual way into an occupation: it meets the occupation's typical
// entry education, and the occupation asks for no related work
// experience.
func fitsEntry(education, experience string, reach int) bool {
	i := slices.Index(career.Educations, education)
	return i >= 0 && i <= reach && experience == "None"
}

// splitByFit parts the occupations a program leads to into those its
// credential opens directly and those that take experience or more
// study, keeping the order of each.
func splitByFit(occs []career.OccupationLink, reach int) (direct, later []Link) {
	for _, o := range occs {
		l := Link{o.Title, "/occupations/" + o.Slug}
		if fitsEntry(career.EntryEducation(o.Education, o.Study), o.Experience, reach) {
			direct = append(direct, l)
		} else {
			later = append(later, l)
		}
	}
	return direct, later
}

// mostAwarded is the level with the most awards among those a program was
// conferred at that keep says to; the shorter level on a tie. false when
// none is kept.
func mostAwarded(awards []career.AwardCount, keep func(career.Award) bool) (career.Award, bool) {
	var best career.AwardCount
	found := false
	for _, a := range awards {
		if !keep(a.Award) {
			continue
		}
		if !found || a.Total > best.Total || a.Total == best.Total && a.Award.Rank() < best.Award.Rank() {
			best, found = a, true
		}
	}
	return best.Award, found
}
