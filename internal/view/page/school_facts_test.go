package page_test

import (
	"slices"
	"strings"
	"testing"

	"github.com/careeratlas/careeratlas/internal/career"
	"github.com/careeratlas/careeratlas/internal/career/careertest"
	"github.com/careeratlas/careeratlas/internal/view/page"
)

var (
	yes     = career.Answer{Yes: true, Reporting: career.Reported}
	no      = career.Answer{Reporting: career.Reported}
	naA     = career.Answer{Reporting: career.NotApplicable}
	naF     = career.Figure{Reporting: career.NotApplicable}
	figures = func(v int) career.Figure { return career.Figure{Value: v, Reporting: career.Reported} }
)

// factPage builds a school page for a hand-made school with these facts,
// with the fixture's sources (IC 2024–25, ADM fall 2024, SFA 2023–24).
func factPage(f career.SchoolFacts, c page.Common) page.SchoolPage {
	sc := &career.School{Institution: career.Institution{UnitID: "1", Name: "Tiny", City: "Erie", State: "PA"}, Slug: "tiny", Facts: f}
	return page.NewSchoolPage(page.SchoolInput{Common: c, School: sc, StateName: "Pennsylvania"})
}

func fact(t *testing.T, p page.SchoolPage, label string) page.SchoolFact {
	t.Helper()
	i := slices.IndexFunc(p.Facts, func(f page.SchoolFact) bool { return f.Label == label })
	if i < 0 {
		t.Fatalf("no fact %q among %+v", label, p.Facts)
	}
	return p.Facts[i]
}

// TestSchoolFacts words each answer a school can give to IC, ADM and SFA,
// names the survey and year of each, and shows "Not reported", never 0,
// for what a school did not report (an imputed figure is not reported).
func TestSchoolFacts(t *testing.T) {
	alabama := career.SchoolFacts{
		Characteristics: career.Characteristics{OpenAdmission: no, OnlinePrograms: yes, OnlineUndergrad: yes, OnlineGraduate: yes, AllOnline: no, OnlineCourses: yes},
		Admissions:      career.Admissions{Applicants: figures(23406), Admitted: figures(13564)},
		Aid:             career.StudentAid{Students: figures(1976), GrantPct: figures(86), GrantAvg: figures(12844), LoanPct: figures(76), LoanAvg: figures(6224)},
	}
	tests := []struct {
		name    string
		facts   career.SchoolFacts
		label   string
		want    page.SchoolFact
		missing bool
	}{
		{"admission rate: Alabama A&M", alabama, "Admission",
			page.SchoolFact{Value: "58% admitted", Detail: "13,564 of 23,406 applicants", Source: "IPEDS Admissions", Release: "Fall 2024"}, false},
		{"open admission", career.SchoolFacts{Characteristics: career.Characteristics{OpenAdmission: yes}}, "Admission",
			page.SchoolFact{Value: "Open admission", Detail: "Any first-time undergraduate who applies is admitted", Source: "IPEDS Institutional Characteristics", Release: "2024–25"}, false},
		{"not open, no applicants", career.SchoolFacts{Characteristics: career.Characteristics{OpenAdmission: no},
			Admissions: career.Admissions{Applicants: figures(0), Admitted: naF}}, "Admission",
			page.SchoolFact{Value: "No applicants", Detail: "No first-time undergraduate applied", Source: "IPEDS Admissions", Release: "Fall 2024"}, true},
		{"not open, not in the admissions file", career.SchoolFacts{Characteristics: career.Characteristics{OpenAdmission: no}}, "Admission",
			page.SchoolFact{Value: "Not reported", Detail: "Not open admission; applicants and admissions not reported", Source: "IPEDS Admissions", Release: "Fall 2024"}, true},
		{"no first-time undergraduates", career.SchoolFacts{Characteristics: career.Characteristics{OpenAdmission: naA}}, "Admission",
			page.SchoolFact{Value: "Not applicable", Detail: "Enrolls no first-time undergraduates", Source: "IPEDS Institutional Characteristics", Release: "2024–25"}, true},
		{"admission not reported", career.SchoolFacts{}, "Admission",
			page.SchoolFact{Value: "Not reported", Source: "IPEDS Institutional Characteristics", Release: "2024–25"}, true},

		{"online at both levels", alabama, "Programs fully online",
			page.SchoolFact{Value: "Undergraduate and graduate", Detail: "Some programs can be completed entirely through distance education", Source: "IPEDS Institutional Characteristics", Release: "2024–25"}, false},
		{"online, graduate only", career.SchoolFacts{Characteristics: career.Characteristics{OnlinePrograms: yes, OnlineUndergrad: no, OnlineGraduate: yes}}, "Programs fully online",
			page.SchoolFact{Value: "Graduate", Detail: "Some programs can be completed entirely through distance education", Source: "IPEDS Institutional Characteristics", Release: "2024–25"}, false},
		{"all online", career.SchoolFacts{Characteristics: career.Characteristics{OnlinePrograms: yes, OnlineUndergrad: yes, AllOnline: yes}}, "Programs fully online",
			page.SchoolFact{Value: "All programs", Detail: "Every program can be completed through distance education", Source: "IPEDS Institutional Characteristics", Release: "2024–25"}, false},
		{"courses only", career.SchoolFacts{Characteristics: career.Characteristics{OnlinePrograms: no, OnlineCourses: yes}}, "Programs fully online",
			page.SchoolFact{Value: "None", Detail: "Some courses are taught online", Source: "IPEDS Institutional Characteristics", Release: "2024–25"}, false},
		{"distance education not reported", career.SchoolFacts{}, "Programs fully online",
			page.SchoolFact{Value: "Not reported", Source: "IPEDS Institutional Characteristics", Release: "2024–25"}, true},

		{"grant aid", alabama, "Grant aid",
			page.SchoolFact{Value: "86%", Detail: "of full-time first-time undergraduates were awarded grants; average grant $12,844", Source: "IPEDS Student Financial Aid", Release: "2023–24"}, false},
		{"federal loans", alabama, "Federal student loans",
			page.SchoolFact{Value: "76%", Detail: "of full-time first-time undergraduates were awarded federal loans; average loan $6,224", Source: "IPEDS Student Financial Aid", Release: "2023–24"}, false},
		{"nobody borrowed: no average", career.SchoolFacts{Aid: career.StudentAid{Students: figures(6), LoanPct: figures(0), LoanAvg: naF}}, "Federal student loans",
			page.SchoolFact{Value: "0%", Detail: "of full-time first-time undergraduates were awarded federal loans", Source: "IPEDS Student Financial Aid", Release: "2023–24"}, false},
		{"average not reported", career.SchoolFacts{Aid: career.StudentAid{Students: figures(60), GrantPct: figures(40)}}, "Grant aid",
			page.SchoolFact{Value: "40%", Detail: "of full-time first-time undergraduates were awarded grants; average grant not reported", Source: "IPEDS Student Financial Aid", Release: "2023–24"}, false},
		{"no full-time first-time undergraduates", career.SchoolFacts{Aid: career.StudentAid{Students: figures(0), GrantPct: naF, GrantAvg: naF}}, "Grant aid",
			page.SchoolFact{Value: "Not applicable", Detail: "No full-time first-time undergraduates", Source: "IPEDS Student Financial Aid", Release: "2023–24"}, true},
		{"aid not reported (imputed)", career.SchoolFacts{Aid: career.StudentAid{Students: figures(50)}}, "Grant aid",
			page.SchoolFact{Value: "Not reported", Source: "IPEDS Student Financial Aid", Release: "2023–24"}, true},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got := fact(t, factPage(tt.facts, common()), tt.label)
			want := tt.want
			want.Label, want.Missing = tt.label, tt.missing
			if got != want {
				t.Errorf("\n got %+v\nwant %+v", got, want)
			}
		})
	}

	t.Run("in order", func(t *testing.T) {
		var labels []string
		for _, f := range factPage(alabama, common()).Facts {
			labels = append(labels, f.Label)
		}
		if want := []string{"Admission", "Programs fully online", "Grant aid", "Federal student loans"}; !slices.Equal(labels, want) {
			t.Errorf("facts %q, want %q", labels, want)
		}
	})

	t.Run("surveys not imported", func(t *testing.T) {
		c := common()
		c.Sources = slices.DeleteFunc(slices.Clone(c.Sources), func(s career.Source) bool {
			return s.Dataset == "characteristics" || s.Dataset == "admissions" || s.Dataset == "student_aid"
		})
		p := factPage(alabama, c)
		if len(p.Facts) != 0 || len(p.Sources) != 3 {
			t.Errorf("facts %+v, sources %q; want none of the surveys", p.Facts, sourceWhats(p.Sources))
		}
		c.Sources = append(c.Sources, career.Source{Dataset: "characteristics", Name: "IPEDS Institutional Characteristics", Release: "2024–25"})
		if got := fact(t, factPage(alabama, c), "Admission"); got.Value != "Not open admission" || got.Missing {
			t.Errorf("without the admissions survey: %+v, want not open admission, not a missing rate", got)
		}
	})
}

// TestSchoolPageRendersFacts renders a fixture school's page: its
// admission, online study and aid with the survey and year of each, and
// a school that reported nothing shows "Not reported" and no 0%.
func TestSchoolPageRendersFacts(t *testing.T) {
	sc, err := fx.DB.SchoolByID(t.Context(), "204176") // Mount Carmel College of Nursing: not open admission
	if err != nil {
		t.Fatal(err)
	}
	doc := render(t, page.School(page.NewSchoolPage(page.SchoolInput{Common: common(), School: sc, Families: fx.FamilyTitles(), StateName: "Ohio"})))
	report := doc.Find("section.school-report")
	if got := text(report.Find("h2")); got != "Admission, online study and aid" {
		t.Errorf("section heading %q", got)
	}
	items := report.Find(".facts__item")
	if items.Length() != 4 {
		t.Fatalf("%d facts, want 4", items.Length())
	}
	admission := text(items.Eq(0))
	if !strings.Contains(admission, "84% admitted") || !strings.Contains(admission, "59 of 70 applicants") || !strings.Contains(admission, "IPEDS Admissions, Fall 2024") {
		t.Errorf("admission: %q", admission)
	}
	for i := range items.Length() {
		if items.Eq(i).Find(".school-report__source").Length() != 1 || items.Eq(i).Find(".school-report__year").Text() == "" {
			t.Errorf("fact %q names no survey and year", text(items.Eq(i)))
		}
	}
	if href, _ := report.Find(".hint a").Attr("href"); href != "/about/data#schools-h" {
		t.Errorf("tuition note links to %q", href)
	}

	quiet := &career.School{Institution: career.Institution{UnitID: careertest.UnitID, Name: "Quiet", City: "Erie", State: "PA"}, Slug: "quiet"}
	doc = render(t, page.School(page.NewSchoolPage(page.SchoolInput{Common: common(), School: quiet, StateName: "Pennsylvania"})))
	values := texts(doc.Find("section.school-report .facts__value"))
	if !slices.Equal(values, []string{"Not reported", "Not reported", "Not reported", "Not reported"}) {
		t.Errorf("a school that reported nothing: %q", values)
	}
	if doc.Find("section.school-report .facts__value.muted").Length() != 4 || strings.Contains(text(doc.Find("section.school-report")), "0%") {
		t.Errorf("not reported should be muted and never 0%%: %q", text(doc.Find("section.school-report")))
	}
}
