package store_test

import (
	"context"
	"encoding/json"
	"fmt"
	"testing"

	"github.com/careeratlas/careeratlas/internal/career"
	"github.com/careeratlas/careeratlas/internal/career/careertest"
)

func TestZZDump(t *testing.T) {
	db := careertest.DB(t)
	ctx := context.Background()
	p := func(name string, v any, err error) {
		b, _ := json.Marshal(v)
		s := string(b)
		if len(s) > 1500 {
			s = s[:1500]
		}
		fmt.Printf("== %s err=%v\n%s\n", name, err, s)
	}
	o, err := db.OccupationBySlug(ctx, careertest.SlugWritten); p("occ", o, err)
	ls, err := db.ListOccupations(ctx, career.OccupationFilter{}); 
	for _, o := range ls { fmt.Println(o.SOC, o.Slug, o.Title, o.Group, o.Summary != "") }
	g, err := db.Groups(ctx); for _, x := range g { fmt.Println(x.Code, x.Slug, x.Title, x.Count, x.Wages != nil, x.Projection != nil) }
	s, err := db.Sources(ctx); for _, x := range s { fmt.Println(x.Dataset, x.Label(), x.Rows) }
	sm, err := db.StateMeans(ctx, careertest.SOCWritten); p("sm", sm, err)
	pp, err := db.PriceParity(ctx, "OH"); p("pp", pp, err)
	pp, err = db.PriceParity(ctx, "US"); p("ppUS", pp, err)
	ai, err := db.AllInterests(ctx); p("ai", ai, err)
	r, err := db.RelatedSOCs(ctx, "25-1072", 5); p("rel", r, err)
	at, err := db.AltTitles(ctx, careertest.SOCWritten, 5); p("alt", at, err)
	jz, err := db.JobZones(ctx); p("jz", jz, err)
	l, err := db.Lists(ctx); p("lists", l, err)
	it, err := db.AssessmentItems(ctx); p("items", it, err)
	so, err := db.SearchOccupations(ctx, []string{"nurse"}, 10); for _, x := range so { fmt.Println("search", x.SOC, x.Title) }
	sn, err := db.SearchSchoolNames(ctx, []string{"columbus"}, 10); p("schoolnames", sn, err)
	sw, err := db.SearchWords(ctx); fmt.Println("words", len(sw), sw["nurse"], sw["nurses"], sw["records"])
	for _, f := range []career.SchoolFilter{{}, {State: "OH"}, {Near: &career.Point{Lat: 39.9671, Lon: -83.0044, Miles: 25}, Sort: career.SortDistance}, {Family: "51", Sort: career.SortCompletions}, {CIPs: []string{careertest.CIP}}, {CIPs: []string{"51.3801"}, Groups: []career.CredentialGroup{career.Bachelor}}, {ProgramsPerSchool: 3}} {
		res, err := db.SearchSchools(ctx, f)
		fmt.Printf("== filter %+v total=%d err=%v\n", f, res.Total, err)
		for _, s := range res.Schools { fmt.Printf("  %s %s %s ctl=%d matched=%d total=%d dist=%.2f progs=%d more=%d\n", s.UnitID, s.Name, s.State, s.Control, s.Matched, s.Total, s.Distance, len(s.Programs), s.MorePrograms); for _, pr := range s.Programs[:min(3, len(s.Programs))] { fmt.Println("     ", pr) } }
	}
	sc, err := db.SchoolByID(ctx, careertest.UnitID); fmt.Println("school", sc.Name, sc.Slug, len(sc.Programs), sc.Total, sc.MorePrograms, err)
	pl, err := db.Places(ctx); p("places", pl, err)
	st, err := db.States(ctx); p("states", st, err)
	fa, err := db.Families(ctx); p("fams", fa, err)
	pr, err := db.Programs(ctx); fmt.Println("programs", len(pr))
	pif, err := db.ProgramsInFamily(ctx, "51"); p("pif", pif, err)
	pfo, err := db.ProgramsForOccupation(ctx, careertest.SOCNurse); p("pfo", pfo, err)
	pfo, err = db.ProgramsForOccupation(ctx, careertest.SOCWritten); p("pfo2", pfo, err)
	ofp, err := db.OccupationsForProgram(ctx, careertest.CIP); for _, x := range ofp { fmt.Println("ofp", x.SOC) }
	obp, err := db.OccupationsByProgram(ctx, []string{careertest.CIP, "51.3801"}); p("obp", obp, err)
	refs, err := db.SchoolRefs(ctx); p("refs", refs, err)
	op, err := db.OfferedPrograms(ctx); fmt.Println("offered", len(op), op[:5])
	h, err := db.ContentHash(ctx); fmt.Println("hash", h, err)
}
