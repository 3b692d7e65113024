package form_test

import (
	"fmt"
	"net/url"
	"slices"
	"strings"
	"testing"

	"github.com/careeratlas/careeratlas/internal/career"
	"github.com/careeratlas/careeratlas/internal/view/form"
)

// many is a query with n distinct values of param, made by value(i).
func many(param string, n int, value func(int) string) url.Values {
	v := url.Values{}
	for i := range n {
		v.Add(param, value(i))
	}
	return v
}

// TestListsAreCapped: every multi-valued parameter reads a bounded number
// of values and says so when there were more; repeats do not count.
func TestListsAreCapped(t *testing.T) {
	cip := func(i int) string { return fmt.Sprintf("51.%04d", i) }
	tests := []struct {
		name     string
		problems []string
		read     int
		want     string
	}{
		{"1,607 programs", form.ParseSchool(many("cip", 1607, cip), lookup).Problems, len(form.ParseSchool(many("cip", 1607, cip), lookup).CIPs), "Choose at most 50 programs at a time."},
		{"credentials", form.ParseSchool(many("cred", 500, func(i int) string { return fmt.Sprint(i) }), lookup).Problems, -1, "Choose at most " + fmt.Sprint(len(career.CredentialGroups)) + " credential levels at a time."},
		{"education levels", form.ParseFinder(many("edu", 100, func(i int) string { return fmt.Sprint(i) }), nil).Problems, -1, "Choose at most 8 education levels at a time."},
		{"growth rates", form.ParseFinder(many("growth", 100, func(i int) string { return fmt.Sprint(i) }), nil).Problems, -1, "Choose at most 6 growth rates at a time."},
		{"occupations to compare", form.ParseCompare(many("soc", 5000, func(i int) string { return fmt.Sprintf("29-%04d", i) }), lookup, nil).Problems, -1, "Choose at most 20 occupations at a time."},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			if !slices.Contains(tc.problems, tc.want) {
				t.Errorf("problems %.200q…, want %q among them", strings.Join(tc.problems, " | "), tc.want)
			}
			if tc.read >= 0 && tc.read > form.MaxPrograms {
				t.Errorf("read %d values, want at most %d", tc.read, form.MaxPrograms)
			}
		})
	}
	// Repeats of one value are one value, not a long list.
	v := many("cip", 5000, func(int) string { return "51.0707" })
	if f := form.ParseSchool(v, lookup); slices.ContainsFunc(f.Problems, func(p string) bool { return strings.HasPrefix(p, "Choose at most") }) {
		t.Errorf("one program repeated is refused: %q", f.Problems)
	}
}
