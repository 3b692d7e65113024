package onet

import (
	"slices"
	"strings"
	"testing"

	"github.com/careeratlas/careeratlas/internal/career"
)

func TestParseReportedTitles(t *testing.T) {
	const header = "O*NET-SOC Code\tTitle\tReported Job Title\tShown in My Next Move\n"
	tests := []struct {
		name    string
		rows    string
		want    []career.ReportedTitle
		wantErr string
	}{
		{
			name: "only the titles shown to users, in O*NET's order, merged to SOC",
			rows: "29-2072.00\tMedical Records Specialists\tMedical Records Clerk\tY\n" +
				"29-2072.00\tMedical Records Specialists\tCoder\tN\n" +
				"11-1011.03\tChief Sustainability Officers\tSustainability Director\tY\n" +
				"29-2072.00\tMedical Records Specialists\tHealth  Information   Technician\tY\n" +
				"29-2072.00\tMedical Records Specialists\tmedical records clerk\tY\n",
			want: []career.ReportedTitle{
				{SOC: "11-1011", Title: "Sustainability Director"},
				{SOC: "29-2072", Title: "Medical Records Clerk"},
				{SOC: "29-2072", Title: "Health Information Technician"},
			},
		},
		{
			name:    "a flag that is neither Y nor N",
			rows:    "29-2072.00\tMedical Records Specialists\tMedical Records Clerk\tyes\n",
			wantErr: `titles.txt:2: Shown in My Next Move is "yes", want Y or N`,
		},
		{
			name:    "not an O*NET-SOC code",
			rows:    "29-207\tMedical Records Specialists\tMedical Records Clerk\tY\n",
			wantErr: `titles.txt:2: "29-207" is not an O*NET-SOC code`,
		},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got, err := ParseReportedTitles("titles.txt", []byte(header+tt.rows))
			if tt.wantErr != "" {
				if err == nil || !strings.Contains(err.Error(), tt.wantErr) {
					t.Fatalf("error %v, want one saying %s", err, tt.wantErr)
				}
				return
			}
			if err != nil {
				t.Fatal(err)
			}
			if !slices.Equal(got, tt.want) {
				t.Errorf("got %+v, want %+v", got, tt.want)
			}
		})
	}
}

func TestParseAlternateTitlesDropsNA(t *testing.T) {
	data := "O*NET-SOC Code\tTitle\tAlternate Title\tShort Title\tSource(s)\n" +
		"29-1041.00\tOptometrists\tDoctor of Optometry\tOD\t08\n" +
		"29-1041.00\tOptometrists\tOptometrist\tn/a\t08\n"
	got, err := ParseAlternateTitles("Alternate Titles.txt", []byte(data))
	if err != nil {
		t.Fatal(err)
	}
	want := []career.AltTitle{{SOC: "29-1041", Title: "Doctor of Optometry"}, {SOC: "29-1041", Title: "OD"}, {SOC: "29-1041", Title: "Optometrist"}}
	if !slices.Equal(got, want) {
		t.Errorf("got %+v, want %+v (no n/a)", got, want)
	}
}

func TestParseTechnology(t *testing.T) {
	const header = "O*NET-SOC Code\tTitle\tExample\tCommodity Code\tCommodity Title\tHot Technology\tIn Demand\n"
	tests := []struct {
		name    string
		rows    string
		want    []career.Technology
		wantErr string
	}{
		{
			name: "by occupation, kind and name; a product listed by two specialties once, flagged if either flags it",
			rows: "29-2072.00\tMedical Records Specialists\tEpic Systems\t43232610\tMedical software\tY\tY\n" +
				"29-2072.00\tMedical Records Specialists\t3M  Encoder\t43232301\tCategorization or classification software\tN\tN\n" +
				"15-1299.08\tComputer Systems Engineers/Architects\tPython\t43232402\tDevelopment environment software\tY\tN\n" +
				"15-1299.09\tInformation Technology Project Managers\tpython\t43232402\tDevelopment environment software\tN\tY\n",
			want: []career.Technology{
				{SOC: "15-1299", Name: "Python", Kind: "Development environment software", Hot: true, InDemand: true},
				{SOC: "29-2072", Name: "3M Encoder", Kind: "Categorization or classification software"},
				{SOC: "29-2072", Name: "Epic Systems", Kind: "Medical software", Hot: true, InDemand: true},
			},
		},
		{
			name:    "a flag that is neither Y nor N",
			rows:    "29-2072.00\tMedical Records Specialists\tEpic Systems\t43232610\tMedical software\tyes\tN\n",
			wantErr: `tech.txt:2: Hot Technology is "yes", want Y or N`,
		},
		{
			name:    "a row without a product",
			rows:    "29-2072.00\tMedical Records Specialists\t\t43232610\tMedical software\tN\tN\n",
			wantErr: "tech.txt:2: a technology needs an example and a commodity title",
		},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got, err := ParseTechnology("tech.txt", []byte(header+tt.rows))
			if tt.wantErr != "" {
				if err == nil || !strings.Contains(err.Error(), tt.wantErr) {
					t.Fatalf("error %v, want one saying %s", err, tt.wantErr)
				}
				return
			}
			if err != nil {
				t.Fatal(err)
			}
			if !slices.Equal(got, tt.want) {
				t.Errorf("got %+v\nwant %+v", got, tt.want)
			}
		})
	}
}
