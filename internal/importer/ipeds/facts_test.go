package ipeds

import (
	"os"
	"path/filepath"
	"reflect"
	"strings"
	"testing"

	"github.com/careeratlas/careeratlas/internal/career"
	"github.com/careeratlas/careeratlas/internal/sharedtest"
)

var (
	yes      = career.Answer{Yes: true, Reporting: career.Reported}
	no       = career.Answer{Reporting: career.Reported}
	naAnswer = career.Answer{Reporting: career.NotApplicable}
	na       = career.Figure{Reporting: career.NotApplicable}
	unknown  = career.Figure{}
)

func reported(n int) career.Figure { return career.Figure{Value: n, Reporting: career.Reported} }

// Rows in the official layouts, with more columns than are read, in
// another order than the parsers ask for them.
const (
	icHeader  = "UNITID,CALSYS,OPENADMP,DSTNUGC,DSTNUGP,DSTNGC,DSTNGP,DISTCRS,DISTPGS,DISTNCED,XDISABPC,DISABPCT\r\n"
	admHeader = "UNITID,ADMCON1,XAPPLCN,APPLCN,XAPPLCNM,APPLCNM,XADMSSN,ADMSSN,XENRLT,ENRLT\r\n"
	sfaHeader = "UNITID,XSCUGFFN,SCUGFFN,XAGRNT_N,AGRNT_N,XAGRNT_P,AGRNT_P,XAGRNT_A,AGRNT_A,XPGRNT_P,PGRNT_P,XFLOAN_P,FLOAN_P,XFLOAN_A,FLOAN_A\r\n"
)

func TestParseCharacteristics(t *testing.T) {
	data := "\ufeff" + icHeader +
		"100654,1,2,1,1,1,1,1,1,2,R,3.42\r\n" + // selective, online at both levels
		"202222,1,1,1,1,-2,-2,1,1,2,A,\r\n" + // open admission, no graduate level
		"203386,1,2,1,0,-2,-2,1,0,2,A,\r\n" + // online courses, no online programs
		"480000,1,1,1,1,1,1,1,1,1,A,\r\n" + // every program online
		"100733,-2,-2,-2,-2,-2,-2,-2,-2,-2,A,\r\n" + // a system office
		"999999,1,-1,1,1,1,1,1,-1,-1,A,\r\n" // did not answer
	got, err := ParseCharacteristics("ic2024.csv", []byte(data))
	if err != nil {
		t.Fatal(err)
	}
	want := &Characteristics{Release: "2024–25", Rows: []career.Characteristics{
		{UnitID: "100654", OpenAdmission: no, OnlinePrograms: yes, OnlineUndergrad: yes, OnlineGraduate: yes, AllOnline: no, OnlineCourses: yes},
		{UnitID: "202222", OpenAdmission: yes, OnlinePrograms: yes, OnlineUndergrad: yes, OnlineGraduate: naAnswer, AllOnline: no, OnlineCourses: yes},
		{UnitID: "203386", OpenAdmission: no, OnlinePrograms: no, OnlineUndergrad: no, OnlineGraduate: naAnswer, AllOnline: no, OnlineCourses: yes},
		{UnitID: "480000", OpenAdmission: yes, OnlinePrograms: yes, OnlineUndergrad: yes, OnlineGraduate: yes, AllOnline: yes, OnlineCourses: yes},
		// DISTPGS -2 is "not reported" in the dictionary; the others "not applicable".
		{UnitID: "100733", OpenAdmission: naAnswer, OnlinePrograms: career.Answer{}, OnlineUndergrad: naAnswer, OnlineGraduate: naAnswer, AllOnline: naAnswer, OnlineCourses: naAnswer},
		{UnitID: "999999", OnlineUndergrad: yes, OnlineGraduate: yes, AllOnline: career.Answer{}, OnlineCourses: yes},
	}}
	diffRows(t, "ParseCharacteristics", got, want)
}

func TestParseAdmissions(t *testing.T) {
	data := admHeader +
		"100654,1,R,23406,R,7568,R,13564,R,1968\r\n" + // Alabama A&M: 58%
		"114354,1,R,0,R,0,A,,A,\r\n" + // no applicants: admitted not applicable
		"244233,1,P,37,P,20,P,37,P,9\r\n" + // imputed (carry forward): not reported
		"300000,1,C,10,R,5,Z,,R,0\r\n" // corrected, implied zero
	got, err := ParseAdmissions("adm2024.csv", []byte(data))
	if err != nil {
		t.Fatal(err)
	}
	want := &Admissions{Release: "Fall 2024", Rows: []career.Admissions{
		{UnitID: "100654", Applicants: reported(23406), Admitted: reported(13564)},
		{UnitID: "114354", Applicants: reported(0), Admitted: na},
		{UnitID: "244233", Applicants: unknown, Admitted: unknown},
		{UnitID: "300000", Applicants: reported(10), Admitted: reported(0)},
	}}
	diffRows(t, "ParseAdmissions", got, want)
	if rate, ok := got.Rows[0].Rate(); !ok || rate < 57.9 || rate > 58 {
		t.Errorf("Alabama A&M rate %v %v, want 57.95%%", rate, ok)
	}
	for i, r := range got.Rows[1:] {
		if rate, ok := r.Rate(); ok && i < 2 {
			t.Errorf("%s: rate %v, want none", r.UnitID, rate)
		}
	}
}

func TestParseAid(t *testing.T) {
	data := sfaHeader +
		"100654,R,1976,R,1698,R,86,R,12844,R,67,R,76,R,6224\r\n" +
		"102058,R,6,Z,0,Z,0,A,,R,0,Z,0,A,\r\n" + // nobody awarded grants or loans
		"104999,R,0,A,,A,,A,,A,,A,,A,\r\n" + // no full-time first-time undergraduates
		"152044,P,40,P,18,P,46,P,9000,P,40,P,46,P,5000\r\n" + // imputed: not reported
		"244233,R,50,N,37,N,74,N,8000,N,60,N,87,N,4000\r\n" // nearest neighbor: not reported
	got, err := ParseAid("sfa2324.csv", []byte(data))
	if err != nil {
		t.Fatal(err)
	}
	want := &Aid{Release: "2023–24", Rows: []career.StudentAid{
		{UnitID: "100654", Students: reported(1976), GrantPct: reported(86), GrantAvg: reported(12844), LoanPct: reported(76), LoanAvg: reported(6224)},
		{UnitID: "102058", Students: reported(6), GrantPct: reported(0), GrantAvg: na, LoanPct: reported(0), LoanAvg: na},
		{UnitID: "104999", Students: reported(0), GrantPct: na, GrantAvg: na, LoanPct: na, LoanAvg: na},
		{UnitID: "152044"},
		{UnitID: "244233", Students: reported(50)},
	}}
	diffRows(t, "ParseAid", got, want)
}

// TestFactsProblems: every bad row is reported as FILE:ROW, with the
// column and the value.
func TestFactsProblems(t *testing.T) {
	tests := []struct {
		name  string
		parse func(string, []byte) error
		file  string
		data  string
		want  []string
	}{
		{"IC codes", func(n string, b []byte) error { _, err := ParseCharacteristics(n, b); return err }, "ic2024.csv",
			icHeader + "1,1,3,1,1,1,1,1,1,2,A,\n2,1,1,1,1,1,1,1,7,2,A,\n2,1,1,1,1,1,1,1,1,2,A,\nx9,1,1,1,1,1,1,1,1,2,A,\n",
			[]string{`ic2024.csv:2: OPENADMP "3" is not one of its codes (1, 2, -1, -2)`, `ic2024.csv:3: DISTPGS "7" is not one of its codes (1, 0, -1, -2)`,
				`ic2024.csv:4: UNITID 2 already appears on line 3`, `ic2024.csv:5: UNITID "x9" is not a number`}},
		{"IC columns", func(n string, b []byte) error { _, err := ParseCharacteristics(n, b); return err }, "ic2024.csv",
			"UNITID,OPENADMP\n1,1\n", []string{"ic2024.csv:1: missing column DISTPGS", "ic2024.csv:1: missing column DISTNCED"}},
		{"ADM flags and values", func(n string, b []byte) error { _, err := ParseAdmissions(n, b); return err }, "adm2024.csv",
			admHeader + "1,1,R,,R,1,R,1,R,1\n2,1,Q,5,R,1,R,1,R,1\n3,1,R,5,R,1,R,9,R,1\n4,1,Z,5,R,1,R,0,R,1\n",
			[]string{`adm2024.csv:2: APPLCN "" (flag R) is not a whole number`, `adm2024.csv:3: XAPPLCN "Q" is not an IPEDS imputation flag`,
				"adm2024.csv:4: ADMSSN 9 is more than APPLCN 5", "adm2024.csv:5: APPLCN is 5 but flagged Z (implied zero)"}},
		{"SFA percents", func(n string, b []byte) error { _, err := ParseAid(n, b); return err }, "sfa2324.csv",
			sfaHeader + "1,R,10,R,1,R,140,R,100,R,1,R,1,R,1\n2,R,10,R,1,R,10,R,1.5,R,1,R,1,R,1\n",
			[]string{"sfa2324.csv:2: AGRNT_P 140 is more than 100 percent", `sfa2324.csv:3: AGRNT_A "1.5" (flag R) is not a whole number`}},
		{"year not in the name", func(n string, b []byte) error { _, err := ParseAid(n, b); return err }, "aid.csv",
			sfaHeader, []string{"aid.csv: the year is not in the file name: keep the IPEDS name (sfa2324.csv)"}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			err := tt.parse(tt.file, []byte(tt.data))
			if err == nil {
				t.Fatal("accepted")
			}
			for _, w := range tt.want {
				if !strings.Contains(err.Error(), w) {
					t.Errorf("lacks %q:\n%v", w, err)
				}
			}
		})
	}
}

func TestKindOfAndRelease(t *testing.T) {
	tests := []struct {
		header string
		name   string
		kind   Kind
		rel    string
	}{
		{"\ufeff" + hdHeader, "hd2024.csv", DirectoryKind, ""},
		{"UNITID,CIPCODE,MAJORNUM,AWLEVEL,CTOTALT\n", "c2024_a.csv", CompletionsKind, ""},
		{icHeader, "/data/IC2024.csv", CharacteristicsKind, "2024–25"},
		{icHeader, "ic2024_rv.csv", CharacteristicsKind, "2024–25"},
		{admHeader, "adm2024.csv", AdmissionsKind, "Fall 2024"},
		{`"UNITID","XSCUGFFN","AGRNT_P"` + "\n", "sfa2324.csv", AidKind, "2023–24"},
		{sfaHeader, "sfa1920.csv", AidKind, "2019–20"},
		{"OPENADMP\n", "ic2024.csv", UnknownKind, ""},
		{"UNITID,EFYTOTLT\n", "effy2024.csv", UnknownKind, ""},
	}
	for _, tt := range tests {
		if got := KindOf([]byte(tt.header)); got != tt.kind {
			t.Errorf("KindOf(%q) = %v, want %v", tt.header, got, tt.kind)
		}
		if got := release(tt.kind, tt.name); got != tt.rel {
			t.Errorf("release(%v, %q) = %q, want %q", tt.kind, tt.name, got, tt.rel)
		}
	}
}

// TestRealFactFiles reads the official IC, ADM and SFA files and checks
// the figures of Alabama A&M (UNITID 100654), the example, and
// that imputed figures and the files' sizes come through.
func TestRealFactFiles(t *testing.T) {
	dir := sharedtest.Dir(t, "ipeds")
	read := func(name string) (string, []byte) {
		b, err := os.ReadFile(filepath.Join(dir, name))
		if err != nil {
			t.Fatal(err)
		}
		return name, b
	}
	ic, err := ParseCharacteristics(read("ic2024.csv"))
	if err != nil {
		t.Fatal(err)
	}
	adm, err := ParseAdmissions(read("adm2024.csv"))
	if err != nil {
		t.Fatal(err)
	}
	sfa, err := ParseAid(read("sfa2324.csv"))
	if err != nil {
		t.Fatal(err)
	}
	if len(ic.Rows) != 5963 || len(adm.Rows) != 1956 || len(sfa.Rows) != 5575 {
		t.Errorf("rows: IC %d, ADM %d, SFA %d; want 5963, 1956, 5575", len(ic.Rows), len(adm.Rows), len(sfa.Rows))
	}
	if ic.Release != "2024–25" || adm.Release != "Fall 2024" || sfa.Release != "2023–24" {
		t.Errorf("releases %q, %q, %q", ic.Release, adm.Release, sfa.Release)
	}
	find := func(id string) (career.Characteristics, career.Admissions, career.StudentAid) {
		var c career.Characteristics
		var a career.Admissions
		var s career.StudentAid
		for _, r := range ic.Rows {
			if r.UnitID == id {
				c = r
			}
		}
		for _, r := range adm.Rows {
			if r.UnitID == id {
				a = r
			}
		}
		for _, r := range sfa.Rows {
			if r.UnitID == id {
				s = r
			}
		}
		return c, a, s
	}
	c, a, s := find("100654")
	if !c.OpenAdmission.IsNo() || !c.OnlinePrograms.IsYes() || !c.OnlineUndergrad.IsYes() || !c.OnlineGraduate.IsYes() || !c.AllOnline.IsNo() {
		t.Errorf("100654 IC %+v", c)
	}
	if a.Applicants != reported(23406) || a.Admitted != reported(13564) {
		t.Errorf("100654 ADM %+v, want 13,564 of 23,406", a)
	}
	if rate, _ := a.Rate(); int(rate+0.5) != 58 {
		t.Errorf("100654 admission rate %.2f, want 58%%", rate)
	}
	if s.GrantPct != reported(86) || s.GrantAvg != reported(12844) || s.LoanPct != reported(76) || s.LoanAvg != reported(6224) {
		t.Errorf("100654 SFA %+v", s)
	}
	// 244233 did not report: its figures were imputed, so none is known.
	if _, a, s := find("244233"); a.Applicants.Known() || a.Admitted.Known() || s.GrantPct.Known() || s.LoanAvg.Known() {
		t.Errorf("244233's imputed figures read as reported: %+v %+v", a, s)
	}
	open := 0
	for _, r := range ic.Rows {
		if r.OpenAdmission.IsYes() {
			open++
		}
	}
	if open != 3526 {
		t.Errorf("%d schools with open admission, want 3526 (the dictionary's frequency)", open)
	}
}

// diffRows reports, row by row, where got differs from want.
func diffRows(t *testing.T, what string, got, want any) {
	t.Helper()
	g, w := reflect.ValueOf(got).Elem(), reflect.ValueOf(want).Elem()
	if a, b := g.FieldByName("Release").String(), w.FieldByName("Release").String(); a != b {
		t.Errorf("%s: release %q, want %q", what, a, b)
	}
	gr, wr := g.FieldByName("Rows"), w.FieldByName("Rows")
	if gr.Len() != wr.Len() {
		t.Errorf("%s: %d rows, want %d", what, gr.Len(), wr.Len())
	}
	for i := range min(gr.Len(), wr.Len()) {
		if !reflect.DeepEqual(gr.Index(i).Interface(), wr.Index(i).Interface()) {
			t.Errorf("%s row %d:\n got %+v\nwant %+v", what, i, gr.Index(i).Interface(), wr.Index(i).Interface())
		}
	}
}
