package page

import (
	"reflect"
	"testing"

	"github.com/careeratlas/careeratlas/internal/career"
)

func TestNewTechView(t *testing.T) {
	if v := newTechView(nil, "credit"); v != nil {
		t.Errorf("no technology: got %+v, want no section", v)
	}
	ts := []career.Technology{
		{Name: "Allscripts EHR", Kind: "Medical software"},
		{Name: "Epic Systems", Kind: "Medical software", Hot: true, InDemand: true},
		{Name: "eClinicalWorks EHR software", Kind: "Medical software", Hot: true},
		{Name: "Microsoft Excel", Kind: "Spreadsheet software", Hot: true},
		{Name: "3M Encoder", Kind: "Categorization or classification software"},
		{Name: "DRG grouping software", Kind: "Categorization or classification software"},
	}
	v := newTechView(ts, career.ONETCredit("O*NET 29.3"))
	want := &TechView{
		Wanted: []string{"Epic Systems", "eClinicalWorks EHR software", "Microsoft Excel"},
		Kinds: []TechKind{
			{Kind: "Medical software", Tools: []TechTool{{"Epic Systems", true}, {"eClinicalWorks EHR software", true}, {"Allscripts EHR", false}}},
			{Kind: "Spreadsheet software", Tools: []TechTool{{"Microsoft Excel", true}}},
			{Kind: "Categorization or classification software", Tools: []TechTool{{"3M Encoder", false}, {"DRG grouping software", false}}},
		},
		Total:  6,
		Credit: career.ONETCredit("O*NET 29.3"),
	}
	if !reflect.DeepEqual(v, want) {
		t.Errorf("got  %+v\nwant %+v", v, want)
	}
}
