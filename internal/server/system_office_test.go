package server_test

import (
	"net/http"
	"testing"

	"github.com/careeratlas/careeratlas/internal/server"
)

// TestSystemOfficePage: the old page of a system's administrative office,
// which is not a school, is a 404 that names the system and links its
// campuses, never cached; the slug does not matter.
func TestSystemOfficePage(t *testing.T) {
	h := mustServer(t, fixture, server.Options{})
	for _, path := range []string{
		"/schools/999901/national-education-seminars-inc-system-office",
		"/schools/999901",
		"/schools/999901/old-name",
	} {
		t.Run(path, func(t *testing.T) {
			rec := do(h, http.MethodGet, path)
			if rec.Code != http.StatusNotFound {
				t.Fatalf("status %d, want 404; body starts %.300q", rec.Code, rec.Body.String())
			}
			if got := rec.Header().Get("Cache-Control"); got != "no-store" {
				t.Errorf("Cache-Control %q, want no-store", got)
			}
			if got := rec.Header().Get("Location"); got != "" {
				t.Errorf("Location %q, want none", got)
			}
			doc := mustDoc(t, rec)
			if got := texts(doc.Find("h1")); len(got) != 1 || got[0] != "National Education Seminars Inc.-System Office is not a school" {
				t.Errorf("<h1> %q", got)
			}
			pageInvariants(t, doc)
			all(
				errorPage(http.StatusNotFound),
				textHas("section.error-page .lede", "administrative office of National Education Seminars Inc."),
				textHas("h2", "Schools of National Education Seminars Inc."),
				count(".office-campuses a", 1),
				link("/schools/203386/hondros-college-of-nursing"),
				textHas(".office-campuses li", "Columbus, OH"),
				link("/schools"),
			)(t, doc)
		})
	}
	t.Run("a unit ID of neither", func(t *testing.T) {
		rec := do(h, http.MethodGet, "/schools/999902/x")
		doc := mustDoc(t, rec)
		if rec.Code != http.StatusNotFound || texts(doc.Find("h1"))[0] != "Page not found" {
			t.Errorf("status %d, h1 %q; want the plain 404", rec.Code, texts(doc.Find("h1")))
		}
		hasNone(".office-campuses")(t, doc)
	})
}
