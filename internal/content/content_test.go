package content

import (
	"errors"
	"fmt"
	"os"
	"strconv"
	"strings"
	"testing"
	"testing/fstest"

	"github.com/careeratlas/careeratlas/internal/career"
	"github.com/careeratlas/careeratlas/internal/dataset"
)

const wagesCSV = `area,area_title,area_type,soc,title,level,employment,hourly_mean,annual_mean,hourly_p10,hourly_p25,hourly_p50,hourly_p75,hourly_p90,annual_p10,annual_p25,annual_p50,annual_p75,annual_p90,annual_only,hourly_only
99,U.S.,national,29-0000,Healthcare Practitioners and Technical Occupations,major,9000000,50.00,104000,20,28,40,58,80,41600,58240,83200,120640,166400,false,false
99,U.S.,national,29-2072,Medical Records Specialists,detailed,187910,26.91,55970,17.20,20.00,24.16,30.80,38.92,35780,41600,50250,64070,80950,false,false
99,U.S.,national,29-9021,Health Information Technologists and Medical Registrars,detailed,40000,30.00,62400,18,22,28,36,48,37440,45760,58240,74880,99840,false,false
`

const projectionsCSV = `soc,title,summary,emp_base,emp_projected,change,pct_change,openings,median_wage,education,experience,training
00-0000,"Total, all occupations",true,169956.1,175167.9,5211.8,3.1,18863.3,49500,,,
29-2072,Medical records specialists,false,194.8,208.6,13.8,7.1,14.2,50250,Postsecondary nondegree award,None,None
29-2099,"Health technologists and technicians, all other",false,100.0,101.0,1.0,1.0,8.0,,Associate's degree,None,None
`

func source(dataset string, rows int) string {
	return "dataset: " + dataset + "\nname: test\nrelease: May 2024\nfile: x.xlsx\nsha256: abc\nrows: " + strconv.Itoa(rows) + "\n"
}

const goodProfile = `---
soc: "29-2072"
summary: >-
  They keep patient records complete and
  turn care into codes.
updated: 2026-11-27
---

## What they do

They check charts. See [technologists](/occupations/health-information-technologists-and-medical-registrars).

## How to become one

Most finish a certificate.
`

const growthYAML = "release: May 2024\nmuch-faster: 7\nfaster: 5\naverage: 3\nslower: 1\nlittle-change: 0\n"

func testFS(extra map[string]string) fstest.MapFS {
	fsys := fstest.MapFS{
		"data/oews_national.csv":         {Data: []byte(wagesCSV)},
		"data/oews_national.source.yaml": {Data: []byte(source("oews_national", 3))},
		"data/projections.csv":           {Data: []byte(projectionsCSV)},
		"data/projections.source.yaml":   {Data: []byte(source("projections", 3))},
		"growth.yaml":                    {Data: []byte(growthYAML)},
	}
	for name, body := range extra {
		fsys[name] = &fstest.MapFile{Data: []byte(body)}
	}
	return fsys
}

func TestLoad(t *testing.T) {
	cat, err := Load(testFS(map[string]string{"occupations/medical-records-specialists.md": goodProfile}))
	if err != nil {
		t.Fatalf("Load: %v", err)
	}
	if len(cat.Occupations) != 3 {
		t.Fatalf("%d occupations, want 3 (union of wages and projections)", len(cat.Occupations))
	}
	o := cat.Occupation("29-2072")
	if o.Title != "Medical Records Specialists" || o.Slug != "medical-records-specialists" {
		t.Errorf("title %q slug %q; want the OEWS title and its slug", o.Title, o.Slug)
	}
	if o.Summary != "They keep patient records complete and turn care into codes." {
		t.Errorf("summary %q", o.Summary)
	}
	if !strings.Contains(o.Sections.WhatTheyDo, `<a href="/occupations/health-information-technologists-and-medical-registrars">`) ||
		!strings.Contains(o.Sections.HowToBecome, "<p>Most finish a certificate.</p>") || o.Sections.WorkEnvironment != "" {
		t.Errorf("sections: %+v", o.Sections)
	}
	if o.Wages == nil || o.Wages.Annual[2] != career.KnownAmount(50250) || o.Projection == nil || o.Projection.Openings != career.KnownAmount(14.2) {
		t.Errorf("figures not joined: wages %+v projection %+v", o.Wages, o.Projection)
	}
	only := cat.Occupation("29-2099")
	if only == nil || only.Title != "Health technologists and technicians, all other" || only.Wages != nil {
		t.Errorf("an occupation only in the projections keeps its title and has no wages: %+v", only)
	}
	if len(cat.Groups) != 1 || cat.Groups[0].Slug != "healthcare-practitioners-and-technical" || cat.Groups[0].Count != 3 {
		t.Errorf("groups: %+v", cat.Groups[0])
	}
	if cat.Total == nil || cat.Total.PctChange != career.KnownAmount(3.1) {
		t.Errorf("total projection: %+v", cat.Total)
	}
	if cat.Hash == "" {
		t.Error("no content hash")
	}
}

func TestLoadReportsEveryProblem(t *testing.T) {
	bad := `---
soc: "29-2072"
sumary: x
updated: 27/11/2026
---
# Medical Records Specialists

## What they do
They earn $50,000 a year and grow 7% a decade.

## Work enviroment
Text.
See [nothing](/occupations/no-such-job).
`
	_, err := Load(testFS(map[string]string{
		"occupations/medical-records.md": bad,
		"occupations/ghost.md":           "---\nsoc: \"99-9999\"\nupdated: 2026-11-27\n---\n",
		"occupations/no-front.md":        "## What they do\n",
		"occupations/notes.txt":          "x",
	}))
	var inv *career.InvalidError
	if !errors.As(err, &inv) {
		t.Fatalf("Load: %v, want an InvalidError", err)
	}
	got := err.Error()
	for _, want := range []string{
		`occupations/medical-records.md:3: unknown key "sumary": did you mean "summary"?`,
		`occupations/medical-records.md:4: updated "27/11/2026" is not a date like 2026-11-27`,
		`occupations/medical-records.md:6: no # title`,
		`occupations/medical-records.md:9: states a figure`,
		`occupations/medical-records.md:11: unknown section "Work enviroment": did you mean "Work environment"?`,
		`occupations/medical-records.md:12: text outside a section`,
		`occupations/medical-records.md: the file for 29-2072 "Medical Records Specialists" must be named medical-records-specialists.md`,
		`occupations/medical-records.md:13: link to /occupations/no-such-job: no such occupation`,
		`occupations/ghost.md:2: SOC 99-9999 is not an occupation in the BLS data`,
		`occupations/no-front.md:1: front matter must start on the first line with ---`,
		`occupations/notes.txt: only .md files belong in occupations/`,
	} {
		if !strings.Contains(got, want) {
			t.Errorf("problems lack %q\ngot:\n%s", want, got)
		}
	}
}

func TestLoadBadData(t *testing.T) {
	fsys := testFS(nil)
	fsys["data/projections.csv"].Data = []byte(strings.Replace(projectionsCSV, "Postsecondary nondegree award", "Some award", 1))
	fsys["data/oews_national.source.yaml"].Data = []byte(source("oews_national", 3) + "colour: blue\n")
	delete(fsys, "data/oews_national.csv")
	_, err := Load(fsys)
	if err == nil {
		t.Fatal("Load accepted bad data")
	}
	for _, want := range []string{
		`data/oews_national.csv: missing: run careeratlas import oews`,
		`data/projections.csv:3: column education: "Some award" is not one of BLS's categories`,
	} {
		if !strings.Contains(err.Error(), want) {
			t.Errorf("problems lack %q\ngot:\n%v", want, err)
		}
	}
}

func TestHashChangesWithContent(t *testing.T) {
	a, _ := Hash(testFS(nil))
	b, _ := Hash(testFS(map[string]string{"occupations/x.md": "x"}))
	c, _ := Hash(testFS(map[string]string{"occupations/.x.md.swp": "editor junk"}))
	if a == b {
		t.Error("hash ignores a new file")
	}
	if a != c {
		t.Error("hash counts hidden files")
	}
}

// TestRealContent loads the committed content/ tree: a bad edit fails here
// before it reaches the site.
func TestRealContent(t *testing.T) {
	if testing.Short() {
		t.Skip("real content: skipped in -short")
	}
	cat, err := Load(os.DirFS("../../content"))
	if err != nil {
		t.Fatalf("content/ has problems:\n%v", err)
	}
	// Every OEWS detailed occupation and every Employment Projections line
	// item has a page: the union of the two files.
	socs := map[string]bool{}
	wages, _, err := dataset.ReadWages(os.DirFS("../../content"), "data", dataset.WagesName("national"))
	if err != nil {
		t.Fatal(err)
	}
	for _, w := range wages {
		if w.Level == "detailed" {
			socs[w.SOC] = true
		}
	}
	projs, _, err := dataset.ReadProjections(os.DirFS("../../content"), "data")
	if err != nil {
		t.Fatal(err)
	}
	for _, p := range projs {
		if !p.Summary && p.SOC != "00-0000" {
			socs[p.SOC] = true
		}
	}
	if n := len(cat.Occupations); n != len(socs) {
		t.Errorf("%d occupations, want %d (every OEWS detailed occupation and Employment Projections line item)", n, len(socs))
	}
	if n := len(cat.Groups); n != 22 {
		t.Errorf("%d major groups, want 22", n)
	}
	written := 0
	groupsWritten := map[string]bool{}
	for _, o := range cat.Occupations {
		if o.Summary != "" && !o.Sections.Empty() {
			written++
			groupsWritten[o.Group] = true
		}
	}
	if written < 25 {
		t.Errorf("%d written profiles, want at least 25", written)
	}
	if len(groupsWritten) != 22 {
		t.Errorf("profiles cover %d of 22 major groups", len(groupsWritten))
	}
	mrs := cat.Occupation("29-2072")
	if mrs == nil || mrs.Slug != "medical-records-specialists" || !mrs.Wages.Employment.Available() {
		t.Errorf("29-2072: %+v", mrs)
	}
}

func TestLists(t *testing.T) {
	good := `---
title: Health jobs with a certificate
summary: Health occupations you can enter with a certificate.
updated: 2026-11-27
filter:
  group: "29-0000"
  education_max: Postsecondary nondegree award
  growth: [much-faster, faster]
sort: pay
limit: 10
---

Our own words about these jobs.
`
	cat, err := Load(testFS(map[string]string{"lists/health-certificates.md": good}))
	if err != nil {
		t.Fatalf("Load: %v", err)
	}
	l := cat.Lists[0]
	if l.Slug != "health-certificates" || l.Sort != "pay" || l.Limit != 10 || l.Filter.Group != "29-0000" ||
		l.Filter.EducationMax != "Postsecondary nondegree award" || len(l.Filter.Growth) != 2 || !strings.Contains(l.Body, "<p>Our own words") {
		t.Errorf("list: %+v", l)
	}

	bad := `---
title: Broken
summary: x
updated: 2026-11-27
filter:
  eduction_max: Bachelor's degree
  growth: rocket
  group: "77-0000"
  pay_min: lots
sort: vibes
limit: 500
---
These pay $90,000.
`
	_, err = Load(testFS(map[string]string{"lists/Broken List.md": bad}))
	if err == nil {
		t.Fatal("Load accepted a broken list")
	}
	for _, want := range []string{
		`lists/Broken List.md:6: unknown key "eduction_max": did you mean "education_max"?`,
		`lists/Broken List.md:7: filter growth "rocket" is not one of`,
		`lists/Broken List.md:8: filter group "77-0000"`,
		`lists/Broken List.md:9: filter pay_min "lots" must be a number`,
		`lists/Broken List.md:10: sort "vibes" is not one of title, pay, growth, openings, employment`,
		`lists/Broken List.md:11: limit "500" must be a whole number from 1 to 100`,
		`lists/Broken List.md:13: states a figure`,
		`lists/Broken List.md: list file names are lower-case words joined by hyphens`,
	} {
		if !strings.Contains(err.Error(), want) {
			t.Errorf("problems lack %q\ngot:\n%v", want, err)
		}
	}
}

func TestAssessment(t *testing.T) {
	var good strings.Builder
	good.WriteString("items:\n")
	for _, a := range career.RIASEC {
		for i := 1; i <= 3; i++ {
			fmt.Fprintf(&good, "  - id: %s%d\n    area: %s\n    text: Something %s people like\n", strings.ToLower(a[:1]), i, a, a)
		}
	}
	cat, err := Load(testFS(map[string]string{"assessment.yaml": good.String()}))
	if err != nil || len(cat.Assessment) != 18 || cat.Assessment[0].ID != "r1" || cat.Assessment[0].Area != "Realistic" {
		t.Fatalf("Load: %v, %+v", err, cat)
	}
	bad := "items:\n  - id: R1\n    area: Realistc\n    txt: x\n  - id: s1\n    area: Social\n    text: Help\n  - id: s1\n    area: Social\n    text: Again\n"
	_, err = Load(testFS(map[string]string{"assessment.yaml": bad}))
	for _, want := range []string{
		`assessment.yaml:2: id "R1" must be lower-case`,
		`assessment.yaml:2: area "Realistc" is unknown: did you mean "Realistic"?`,
		`assessment.yaml:4: unknown key "txt": did you mean "text"?`,
		`assessment.yaml:8: id "s1" is already used on line 5`,
	} {
		if err == nil || !strings.Contains(err.Error(), want) {
			t.Errorf("problems lack %q\ngot:\n%v", want, err)
		}
	}
}
