package server_test

import (
	"strings"
	"testing"
)

func TestSalary(t *testing.T) {
	h := newHandler(t, testDB)
	tests := []struct {
		path   string
		status int
		want   []string
	}{
		{"/salary", 200, []string{"What are you worth?", `<option value="29-2072">Medical Records Specialists</option>`}},
		{"/salary?soc=29-2072", 200, []string{"The median pay nationwide is <strong>$50,250</strong>", `class="chart chart--pay"`}},
		{"/salary?soc=29-2072&pay=45000&per=year", 200, []string{"You earn more than about 35% of Medical Records Specialists nationwide", `class="chart__you"`}},
		{"/salary?soc=29-2072&pay=21.50&per=hour", 200, []string{"You earn more than about 34%"}},
		{"/salary?soc=29-2072&pay=30000", 200, []string{"below the 10th percentile"}},
		{"/salary?soc=29-2072&pay=95000", 200, []string{"at or above the 90th percentile"}},
		{"/salary?soc=11-1011&pay=300000", 200, []string{"at or above the 75th percentile, at the top of the range"}},
		{"/salary?soc=27-2011&pay=40000", 200, []string{"BLS publishes only hourly pay", "You earn more than about"}},
		{"/salary?soc=29-2072&state=OH&pay=45000", 200, []string{
			"In Ohio, Medical Records Specialists earned $51,190 a year on average (May 2023).",
			"Prices in Ohio are 8.2% below the national average (2023).",
			"Your $45,000 there buys about what $49,010 buys in a place with average prices.",
			"BEA Regional Price Parities, 2023"}},
		{"/salary?soc=29-2072&state=PR", 200, []string{"Puerto Rico"}},
		{"/salary?soc=99-9999", 400, []string{"We do not know an occupation with the code"}},
		{"/salary?soc=29-2072&pay=lots", 400, []string{"is not an amount of money"}},
		{"/salary?soc=29-2072&pay=0", 400, []string{"more than zero"}},
		{"/salary?soc=29-2072&pay=99999999&per=hour", 400, []string{"more than we can compare"}},
		{"/salary?soc=29-2072&per=week", 400, []string{"a year&#39;s or an hour&#39;s"}},
		{"/salary?soc=29-2072&state=ZZ", 400, []string{"We do not know a state"}},
		{"/salary?pay=50000", 400, []string{"Choose an occupation"}},
	}
	for _, tt := range tests {
		rec := get(h, "GET", tt.path)
		body := rec.Body.String()
		if rec.Code != tt.status {
			t.Errorf("%s: status %d, want %d", tt.path, rec.Code, tt.status)
		}
		for _, w := range tt.want {
			if !strings.Contains(body, w) {
				t.Errorf("%s: lacks %q", tt.path, w)
			}
		}
	}
}
