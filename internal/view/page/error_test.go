package page_test

import (
	"net/http"
	"slices"
	"testing"

	"github.com/careeratlas/careeratlas/internal/view/page"
)

func TestNewErrorPage(t *testing.T) {
	c := common()
	c.DevProblems = []string{"occupations/x.md: bad"}
	p := page.NewErrorPage(page.ErrorInput{Common: c, Status: http.StatusNotFound, Heading: "Page not found", Message: "We could not find that page."})
	checkMeta(t, p.Meta, "Page not found", "", true)
	if p.Status != http.StatusNotFound || p.Heading != "Page not found" || p.Message != "We could not find that page." {
		t.Errorf("page = %+v", p)
	}
	if p.Meta.Description != p.Message {
		t.Errorf("Description = %q, want the message", p.Meta.Description)
	}
	if !slices.Equal(p.Meta.DevProblems, c.DevProblems) {
		t.Errorf("DevProblems = %q, want %q", p.Meta.DevProblems, c.DevProblems)
	}
}
