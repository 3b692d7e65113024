package bls

import (
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/xuri/excelize/v2"

	"github.com/careeratlas/careeratlas/internal/career"
	"github.com/careeratlas/careeratlas/internal/sharedtest"
)

// workbook builds an .xlsx in memory with the given sheets, in order.
func workbook(t *testing.T, sheets []string, rows map[string][][]any) []byte {
	t.Helper()
	f := excelize.NewFile()
	defer f.Close()
	for i, name := range sheets {
		if i == 0 {
			if err := f.SetSheetName("Sheet1", name); err != nil {
				t.Fatal(err)
			}
		} else if _, err := f.NewSheet(name); err != nil {
			t.Fatal(err)
		}
		for r, row := range rows[name] {
			cellRef, _ := excelize.CoordinatesToCellName(1, r+1)
			if err := f.SetSheetRow(name, cellRef, &row); err != nil {
				t.Fatal(err)
			}
		}
	}
	buf, err := f.WriteToBuffer()
	if err != nil {
		t.Fatal(err)
	}
	return buf.Bytes()
}

var oewsHeader = []any{"AREA", "AREA_TITLE", "AREA_TYPE", "PRIM_STATE", "NAICS", "NAICS_TITLE", "I_GROUP", "OWN_CODE",
	"OCC_CODE", "OCC_TITLE", "O_GROUP", "TOT_EMP", "EMP_PRSE", "JOBS_1000", "LOC_QUOTIENT", "PCT_TOTAL", "PCT_RPT",
	"H_MEAN", "A_MEAN", "MEAN_PRSE", "H_PCT10", "H_PCT25", "H_MEDIAN", "H_PCT75", "H_PCT90",
	"A_PCT10", "A_PCT25", "A_MEDIAN", "A_PCT75", "A_PCT90", "ANNUAL", "HOURLY"}

func oewsRow(area, title, typ, state, code, occ, group string, rest ...any) []any {
	row := []any{area, title, typ, state, "000000", "Cross-industry", "cross-industry", "1235", code, occ, group}
	return append(row, rest...)
}

var fieldDescriptions = [][]any{
	{"May 2024 OEWS Estimates"},
	{"Notes:"},
	{"*  = indicates that a wage estimate is not available"},
	{"#  = indicates a wage equal to or greater than $115.00 per hour or $239,200 per year "},
}

func TestParseOEWSNational(t *testing.T) {
	data := workbook(t, []string{"national_M2024_dl", "Field Descriptions"}, map[string][][]any{
		"national_M2024_dl": {
			oewsHeader,
			oewsRow("99", "U.S.", "1", "US", "00-0000", "All Occupations", "total", "154187380", "0", "", "", "", "",
				"32.659999999999997", "67920", "0.1", "14.42", "17.66", "23.8", "37.89", "60.44", "29990", "36730", "49500", "78810", "125720", "", ""),
			oewsRow("99", "U.S.", "1", "US", "11-1011", "Chief Executives", "detailed", "211850", "1.2", "", "", "", "",
				"126.41", "262930", "0.9", "35.44", "60.61", "99.24", "#", "#", "73710", "126080", "206420", "#", "#", "", ""),
			oewsRow("99", "U.S.", "1", "US", "25-2021", "Elementary School Teachers, Except Special Education", "detailed", "1357200", "0.5", "", "", "", "",
				"*", "74410", "0.4", "*", "*", "*", "*", "*", "48000", "55000", "63680", "79000", "101000", "TRUE", ""),
			oewsRow("99", "U.S.", "1", "US", "27-2011", "Actors", "detailed", "**", "", "", "", "", "",
				"40.04", "*", "", "12.97", "17.9", "25.14", "47.36", "86.04", "*", "*", "*", "*", "*", "", "TRUE"),
		},
		"Field Descriptions": fieldDescriptions,
	})
	got, err := ParseOEWS("national_M2024_dl.xlsx", data)
	if err != nil {
		t.Fatalf("ParseOEWS: %v", err)
	}
	if got.Release != "May 2024" || got.TopHourly != 115 || got.TopAnnual != 239200 {
		t.Errorf("release %q, ceilings %v/%v; want May 2024, 115/239200", got.Release, got.TopHourly, got.TopAnnual)
	}
	if len(got.Wages) != 4 {
		t.Fatalf("got %d rows, want 4", len(got.Wages))
	}
	total := got.Wages[0]
	if total.HourlyMean != career.KnownAmount(32.66) || total.Level != "total" || total.AreaType != "national" {
		t.Errorf("total row: hourly mean %+v level %q type %q; want 32.66 rounded, total, national", total.HourlyMean, total.Level, total.AreaType)
	}
	ceo := got.Wages[1]
	if ceo.Annual[4] != (career.Amount{Value: 239200, State: career.TopCoded}) || ceo.Hourly[3] != (career.Amount{Value: 115, State: career.TopCoded}) {
		t.Errorf("CEO top-coded: annual p90 %+v hourly p75 %+v", ceo.Annual[4], ceo.Hourly[3])
	}
	if ceo.Annual[2] != career.KnownAmount(206420) {
		t.Errorf("CEO median %+v, want 206420", ceo.Annual[2])
	}
	teacher := got.Wages[2]
	if !teacher.AnnualOnly || teacher.Hourly[2].Available() || teacher.HourlyMean.Available() {
		t.Errorf("teacher: annual only %v, hourly median %+v; want annual only and missing hourly", teacher.AnnualOnly, teacher.Hourly[2])
	}
	actor := got.Wages[3]
	if !actor.HourlyOnly || actor.Employment.Available() || actor.Annual[2].Available() {
		t.Errorf("actor: hourly only %v, employment %+v; want hourly only, no employment", actor.HourlyOnly, actor.Employment)
	}
}

func TestParseOEWSStateLayout(t *testing.T) {
	// State and metro files have the same columns; AREA_TYPE says which.
	data := workbook(t, []string{"state_M2024_dl"}, map[string][][]any{
		"state_M2024_dl": {
			oewsHeader,
			oewsRow("01", "Alabama", "2", "AL", "29-2072", "Medical Records Specialists", "detailed", "2,450", "5.1", "", "", "", "",
				"21.5", "44720", "1.2", "14.1", "17", "20.5", "25.2", "30.1", "29330", "35360", "42640", "52420", "62610", "", ""),
			oewsRow("39", "Ohio", "2", "OH", "29-2072", "Medical Records Specialists", "detailed", "7960", "4.0", "", "", "", "",
				"24", "49920", "1.0", "16", "19", "23", "28", "35", "33280", "39520", "47840", "58240", "72800", "", ""),
			oewsRow("18140", "Columbus, OH", "4", "OH", "29-2072", "Medical Records Specialists", "detailed", "2100", "7.0", "", "", "", "",
				"24.5", "50960", "1.0", "16", "19", "23.5", "28", "35", "33280", "39520", "48880", "58240", "72800", "", ""),
		},
	})
	got, err := ParseOEWS("state_M2024_dl.xlsx", data)
	if err != nil {
		t.Fatalf("ParseOEWS: %v", err)
	}
	if got.TopAnnual != 239200 {
		t.Errorf("without footnotes the ceiling falls back to the release's: got %v", got.TopAnnual)
	}
	wantAreas := []struct{ area, title, typ string }{{"01", "Alabama", "state"}, {"39", "Ohio", "state"}, {"18140", "Columbus, OH", "metro"}}
	for i, w := range wantAreas {
		g := got.Wages[i]
		if g.Area != w.area || g.AreaTitle != w.title || g.AreaType != w.typ {
			t.Errorf("row %d: area %q %q %q, want %q %q %q", i, g.Area, g.AreaTitle, g.AreaType, w.area, w.title, w.typ)
		}
	}
	if got.Wages[0].Employment != career.KnownAmount(2450) {
		t.Errorf("thousands separator: employment %+v, want 2450", got.Wages[0].Employment)
	}
}

func TestParseOEWSProblems(t *testing.T) {
	data := workbook(t, []string{"national_M2024_dl"}, map[string][][]any{
		"national_M2024_dl": {
			oewsHeader,
			oewsRow("99", "U.S.", "1", "US", "29-207", "Bad Code", "detailed", "10"),
			oewsRow("99", "U.S.", "1", "US", "29-2072", "Medical Records Specialists", "detailed", "ten", "", "", "", "", "",
				"x", "1", "", "1", "1", "1", "1", "1", "1", "1", "1", "1", "1", "", ""),
		},
	})
	_, err := ParseOEWS("national_M2024_dl.xlsx", data)
	if err == nil {
		t.Fatal("ParseOEWS accepted a bad file")
	}
	msg := err.Error()
	for _, want := range []string{
		`national_M2024_dl.xlsx:2: OCC_CODE "29-207" is not a SOC code`,
		`national_M2024_dl.xlsx:3: TOT_EMP: "ten" is not a number`,
		`national_M2024_dl.xlsx:3: H_MEAN: "x" is not a number`,
	} {
		if !strings.Contains(msg, want) {
			t.Errorf("error lacks %q; got:\n%s", want, msg)
		}
	}

	missing := workbook(t, []string{"x"}, map[string][][]any{"x": {{"OCC_CODE", "OCC_TITLE"}, {"29-2072", "x"}}})
	if _, err := ParseOEWS("x_M2024_dl.xlsx", missing); err == nil || !strings.Contains(err.Error(), "missing column A_MEDIAN") {
		t.Errorf("missing columns: got %v", err)
	}
}

var table12Header = []any{"2024 National Employment Matrix title", "2024 National Employment Matrix code", "Occupation type",
	"Employment, 2024", "Employment, 2034", "Employment distribution, percent, 2024", "Employment distribution, percent, 2034",
	"Employment change, numeric, 2024–34", "Employment change, percent, 2024–34", "Percent self employed, 2024",
	"Occupational openings, 2024–34 annual average", "Median annual wage, dollars, 2024[1]", "Typical education needed for entry",
	"Work experience in a related occupation", "Typical on-the-job training needed to attain competency in the occupation",
	"Related Occupational Outlook Handbook (OOH) content xlsx"}

func TestParseProjectionsWorkbook(t *testing.T) {
	data := workbook(t, []string{"Index", "Table 1.2"}, map[string][][]any{
		"Index": {{"Employment Projections"}},
		"Table 1.2": {
			{"Table 1.2 Occupational projections, 2024–2034, and worker characteristics, 2024 (Employment in thousands)"},
			table12Header,
			{"Total, all occupations", "00-0000", "Summary", "169956.1", "175167.9", "100", "100", "5211.8", "3.1", "5.8", "18863.3", "49500", "—", "—", "—", "—"},
			{"      Medical records specialists", "29-2072", "Line item", "194.80000000000001", "208.6", "0.1", "0.1", "13.8", "7.0999999999999996", "1", "14.199999999999999", "50250", "Postsecondary nondegree award", "None", "None", "OOH Content"},
			{"      Surgeons, all other", "29-1249", "Line item", "25.1", "26", "0", "0", "1", "3.9", "1", "0.6", ">=239,200", "Doctoral or professional degree", "None", "Internship/residency", "—"},
			{"Footnotes:"},
			{"[1] Data are from the Occupational Employment and Wage Statistics program."},
		},
	})
	got, err := ParseProjections("occupation.xlsx", data)
	if err != nil {
		t.Fatalf("ParseProjections: %v", err)
	}
	if got.Release() != "2024–34" {
		t.Errorf("release %q, want 2024–34", got.Release())
	}
	if len(got.Rows) != 3 {
		t.Fatalf("%d rows, want 3 (footnotes skipped)", len(got.Rows))
	}
	mrs := got.Rows[1]
	want := career.Projection{
		SOC: "29-2072", Title: "Medical records specialists",
		EmpBase: career.KnownAmount(194.8), EmpProjected: career.KnownAmount(208.6), Change: career.KnownAmount(13.8),
		PctChange: career.KnownAmount(7.1), Openings: career.KnownAmount(14.2), MedianWage: career.KnownAmount(50250),
		Education: "Postsecondary nondegree award", Experience: "None", Training: "None",
	}
	if mrs != want {
		t.Errorf("29-2072:\n got %+v\nwant %+v", mrs, want)
	}
	if !got.Rows[0].Summary || got.Rows[0].Education != "" {
		t.Errorf("total row: summary %v education %q; want summary with no category", got.Rows[0].Summary, got.Rows[0].Education)
	}
	if got.Rows[2].MedianWage != (career.Amount{Value: 239200, State: career.TopCoded}) {
		t.Errorf("top-coded median: %+v", got.Rows[2].MedianWage)
	}
}

func TestParseProjectionsCSVExport(t *testing.T) {
	// The BLS data tool's export: byte-order mark, ="…" codes, other titles
	// after * marks, thousands separators, CRLF.
	csv := "\ufeffOccupation Title,Occupation Code,Employment 2024,Employment 2034,\"Employment Change, 2024-2034\",\"Employment Percent Change, 2024-2034\",\"Occupational Openings, 2024-2034 Annual Average\",Median Annual Wage 2024,Typical Entry-Level Education,Education Code,Work Experience in a Related Occupation,Workex Code,Typical on-the-job Training,trCode\r\n" +
		"Accountants and auditors    * Accountant* CPA,=\"13-2011\",\"1,579.80\",\"1,652.60\",72.8,4.6,124.2,\"81,680\",Bachelor's degree,3,None,4,None,6\r\n" +
		"Actors    * Actress,27-2011,57,57.1,0.2,0.3,6.3,N/A,\"Some college, no degree\",6,None,4,Long-term on-the-job training,3\r\n"
	got, err := ParseProjections("Employment Projections.csv", []byte(csv))
	if err != nil {
		t.Fatalf("ParseProjections: %v", err)
	}
	if len(got.Rows) != 2 {
		t.Fatalf("%d rows, want 2", len(got.Rows))
	}
	acc := got.Rows[0]
	if acc.SOC != "13-2011" || acc.Title != "Accountants and auditors" || acc.EmpBase != career.KnownAmount(1579.8) || acc.MedianWage != career.KnownAmount(81680) {
		t.Errorf("accountants: %+v", acc)
	}
	if got.Rows[1].MedianWage.Available() || got.Rows[1].Education != "Some college, no degree" {
		t.Errorf("actors: median %+v (want not available), education %q", got.Rows[1].MedianWage, got.Rows[1].Education)
	}
}

func TestParseProjectionsProblems(t *testing.T) {
	csv := "Occupation Title,Occupation Code,Employment 2024,Employment 2034,\"Employment Change, 2024-2034\",\"Employment Percent Change, 2024-2034\",\"Occupational Openings, 2024-2034 Annual Average\",Median Annual Wage 2024,Typical Entry-Level Education,Work Experience in a Related Occupation,Typical on-the-job Training\n" +
		"Nurses,29-1141,abc,1,1,1,1,1,Bachelor's degree,None,None\n" +
		"Coders,29-2072,1,1,1,1,1,1,A diploma,None,None\n" +
		"Coders again,29-2072,1,1,1,1,1,1,Bachelor's degree,None,None\n"
	_, err := ParseProjections("p.csv", []byte(csv))
	if err == nil {
		t.Fatal("accepted a bad file")
	}
	for _, want := range []string{
		`p.csv:2: employment 2024: "abc" is not a number`,
		`p.csv:3: education "A diploma" is not one of BLS's categories`,
		`p.csv:4: occupation code 29-2072 already appears on row 3`,
	} {
		if !strings.Contains(err.Error(), want) {
			t.Errorf("error lacks %q; got:\n%v", want, err)
		}
	}
}

func TestRealFiles(t *testing.T) {
	dir := sharedtest.Dir(t)
	read := func(name string) []byte {
		b, err := os.ReadFile(filepath.Join(dir, "bls", name))
		if err != nil {
			t.Fatal(err)
		}
		return b
	}
	oews, err := ParseOEWS("national_M2024_dl.xlsx", read("national_M2024_dl.xlsx"))
	if err != nil {
		t.Fatalf("OEWS: %v", err)
	}
	detailed := 0
	var mrs career.Wages
	for _, w := range oews.Wages {
		if w.Level == "detailed" {
			detailed++
		}
		if w.SOC == "29-2072" {
			mrs = w
		}
	}
	if detailed != 831 {
		t.Errorf("OEWS detailed occupations: %d, want 831", detailed)
	}
	if mrs.Employment != career.KnownAmount(187910) || mrs.Annual[2] != career.KnownAmount(50250) ||
		mrs.Annual[0] != career.KnownAmount(35780) || mrs.Annual[4] != career.KnownAmount(80950) {
		t.Errorf("29-2072 OEWS: employment %v, p10 %v, median %v, p90 %v; want 187910, 35780, 50250, 80950",
			mrs.Employment.Value, mrs.Annual[0].Value, mrs.Annual[2].Value, mrs.Annual[4].Value)
	}

	means, err := ParseStateMeans("state_M2023_dl_means_only.csv", read("state_M2023_dl_means_only.csv"))
	if err != nil {
		t.Fatalf("state means: %v", err)
	}
	areas := map[string]bool{}
	for _, w := range means.Wages {
		areas[w.AreaTitle] = true
		if w.AreaTitle == "Alabama" && w.SOC == "29-2072" && w.AnnualMean != career.KnownAmount(42970) {
			t.Errorf("Alabama 29-2072 mean %+v, want 42970", w.AnnualMean)
		}
	}
	if means.Release != "May 2023" || len(areas) != 54 {
		t.Errorf("state means: release %q, %d areas; want May 2023 and 54 (states, DC, PR, GU, VI)", means.Release, len(areas))
	}

	wb, err := ParseProjections("occupation.xlsx", read("occupation.xlsx"))
	if err != nil {
		t.Fatalf("projections workbook: %v", err)
	}
	csv, err := ParseProjections("Employment Projections.csv", read("Employment Projections.csv"))
	if err != nil {
		t.Fatalf("projections CSV: %v", err)
	}
	lineItems := map[string]career.Projection{}
	for _, p := range wb.Rows {
		if !p.Summary {
			lineItems[p.SOC] = p
		}
	}
	if len(lineItems) != 832 || len(csv.Rows) != 832 {
		t.Errorf("line items: workbook %d, CSV %d; want 832 each", len(lineItems), len(csv.Rows))
	}
	// Both forms of the release must agree line for line.
	for _, c := range csv.Rows {
		w, ok := lineItems[c.SOC]
		if !ok {
			t.Errorf("%s in the CSV but not the workbook", c.SOC)
			continue
		}
		if !strings.EqualFold(w.Title, c.Title) || w.EmpBase != c.EmpBase || w.EmpProjected != c.EmpProjected ||
			w.Openings != c.Openings || w.PctChange != c.PctChange || w.Education != c.Education ||
			w.Experience != c.Experience || w.Training != c.Training {
			t.Errorf("%s differs:\nworkbook %+v\n     CSV %+v", c.SOC, w, c)
		}
	}
	p := lineItems["29-2072"]
	want := career.Projection{SOC: "29-2072", Title: "Medical records specialists",
		EmpBase: career.KnownAmount(194.8), EmpProjected: career.KnownAmount(208.6), Change: career.KnownAmount(13.8),
		PctChange: career.KnownAmount(7.1), Openings: career.KnownAmount(14.2), MedianWage: career.KnownAmount(50250),
		Education: "Postsecondary nondegree award", Experience: "None", Training: "None"}
	if p != want {
		t.Errorf("29-2072 projections:\n got %+v\nwant %+v", p, want)
	}
}

func TestParseStateMeans(t *testing.T) {
	data := "\ufeffAREA_TITLE;OCC_CODE;OCC_TITLE;H_MEAN;A_MEAN\r\n" +
		"Alabama;29-2072;Medical Records Specialists;20.66;42,970\r\n" +
		"Alaska;11-1011;Chief Executives;#;#\r\n" +
		"Guam;27-2011;Actors;*;*\r\n" +
		"Ohio;29-207;Bad;1;1\r\n"
	got, err := ParseStateMeans("state_M2023_dl_means_only.csv", []byte(data))
	if err == nil || !strings.Contains(err.Error(), `state_M2023_dl_means_only.csv:5: OCC_CODE "29-207"`) {
		t.Fatalf("want the bad code reported, got %v", err)
	}
	got, err = ParseStateMeans("state_M2023_dl_means_only.csv", []byte(strings.Replace(data, "Ohio;29-207;Bad;1;1\r\n", "", 1)))
	if err != nil {
		t.Fatal(err)
	}
	if got.Release != "May 2023" || len(got.Wages) != 3 {
		t.Fatalf("release %q, %d rows", got.Release, len(got.Wages))
	}
	al := got.Wages[0]
	if al.Area != "Alabama" || al.AnnualMean != career.KnownAmount(42970) || al.HourlyMean != career.KnownAmount(20.66) {
		t.Errorf("Alabama: %+v", al)
	}
	if got.Wages[1].AnnualMean.State != career.TopCoded || got.Wages[2].AnnualMean.Available() {
		t.Errorf("markers: %+v %+v", got.Wages[1].AnnualMean, got.Wages[2].AnnualMean)
	}
}

// TestOEWSReleaseFromContent reads the release from the workbook's notes,
// falls back on the name only when there are none, and refuses a file
// whose name and notes disagree.
func TestOEWSReleaseFromContent(t *testing.T) {
	rows := [][]any{oewsHeader,
		oewsRow("99", "U.S.", "1", "US", "29-2072", "Medical Records Specialists", "detailed", "194720", "0.9", "", "", "", "",
			"27.3", "56790", "0.4", "17.79", "20.91", "24.59", "31.17", "39.01", "37000", "43490", "51140", "64820", "81150", "", "")}
	notes := func(release string) [][]any {
		return [][]any{{release + " OEWS Estimates"}, {"#  = indicates a wage equal to or greater than $120.00 per hour or $249,600 per year "}}
	}
	tests := []struct {
		name, file, notes string
		wantRelease       string
		wantErr           string
	}{
		{name: "notes and name agree", file: "national_M2025_dl.xlsx", notes: "May 2025", wantRelease: "May 2025"},
		{name: "notes without a release in the name", file: "oews.xlsx", notes: "May 2025", wantRelease: "May 2025"},
		{name: "name without notes", file: "national_M2023_dl.xlsx", wantRelease: "May 2023"},
		{name: "name and notes disagree", file: "national_M2024_dl.xlsx", notes: "May 2025",
			wantErr: "the file's name says May 2024 but its notes say \"May 2025 OEWS Estimates\""},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			sheets := map[string][][]any{"national_dl": rows}
			order := []string{"national_dl"}
			if tt.notes != "" {
				sheets["Field Descriptions"] = notes(tt.notes)
				order = append(order, "Field Descriptions")
			}
			got, err := ParseOEWS(tt.file, workbook(t, order, sheets))
			if tt.wantErr != "" {
				if err == nil || !strings.Contains(err.Error(), tt.wantErr) {
					t.Fatalf("error %v, want one saying %q", err, tt.wantErr)
				}
				return
			}
			if err != nil {
				t.Fatal(err)
			}
			if got.Release != tt.wantRelease {
				t.Errorf("release %q, want %q", got.Release, tt.wantRelease)
			}
			if tt.notes != "" && (got.TopHourly != 120 || got.TopAnnual != 249600) {
				t.Errorf("ceilings %v/%v, want the notes' 120/249600", got.TopHourly, got.TopAnnual)
			}
		})
	}
}

// TestRealMay2025 reads the newest national release: its own release, its
// published wages above the old ceiling, and the occupations it left out.
func TestRealMay2025(t *testing.T) {
	dir := sharedtest.Dir(t, "bls")
	data, err := os.ReadFile(filepath.Join(dir, "national_M2025_dl.xlsx"))
	if err != nil {
		t.Fatal(err)
	}
	got, err := ParseOEWS("national_M2025_dl.xlsx", data)
	if err != nil {
		t.Fatal(err)
	}
	if got.Release != "May 2025" {
		t.Errorf("release %q, want May 2025", got.Release)
	}
	bySOC := map[string]career.Wages{}
	for _, w := range got.Wages {
		bySOC[w.SOC] = w
	}
	mrs := bySOC["29-2072"]
	if mrs.Employment != career.KnownAmount(194720) || mrs.Annual[2] != career.KnownAmount(51140) ||
		mrs.Annual[0] != career.KnownAmount(37000) || mrs.Annual[4] != career.KnownAmount(81150) {
		t.Errorf("29-2072: employment %v, p10 %v, median %v, p90 %v; want 194720, 37000, 51140, 81150",
			mrs.Employment, mrs.Annual[0], mrs.Annual[2], mrs.Annual[4])
	}
	if p90 := bySOC["11-1011"].Annual[4]; p90 != career.KnownAmount(507730) {
		t.Errorf("chief executives' 90th percentile %+v, want 507730 as published, not top-coded", p90)
	}
	if all := bySOC["00-0000"].Annual[2]; all != career.KnownAmount(50980) {
		t.Errorf("all occupations' median %+v, want 50980", all)
	}
	if _, ok := bySOC["11-1031"]; ok {
		t.Error("11-1031 Legislators is in May 2025, want it absent")
	}
	if _, err := ParseOEWS("national_M2024_dl.xlsx", data); err == nil || !strings.Contains(err.Error(), "May 2025") {
		t.Errorf("the May 2025 workbook named as May 2024: got %v, want a refusal naming May 2025", err)
	}
}
