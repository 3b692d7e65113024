package content

import (
	"errors"
	"slices"
	"strings"
	"testing"

	"github.com/careeratlas/careeratlas/internal/career"
)

const deepProfile = `---
soc: "29-2072"
summary: They keep patient records complete.
updated: 2026-12-05
license: some-states
license_note: a state certificate in a few states
more_info:
  - name: AHIMA
    url: https://www.ahima.org/
    about: credentials and accredited programs
  - name: AAPC
    url: https://www.aapc.com/
    about: coding credentials and local chapters
---

## What they do

They check charts.

## Work environment

Offices.

## How to become one

A certificate.

## Job outlook

More care means more records.
`

func TestLoadDeepProfile(t *testing.T) {
	cat, err := Load(testFS(map[string]string{"occupations/medical-records-specialists.md": deepProfile}))
	if err != nil {
		t.Fatalf("Load: %v", err)
	}
	o := cat.Occupation("29-2072")
	if o.License != career.LicenseSomeStates || o.LicenseNote != "a state certificate in a few states" {
		t.Errorf("license %q note %q", o.License, o.LicenseNote)
	}
	want := []career.Resource{
		{Name: "AHIMA", URL: "https://www.ahima.org/", About: "credentials and accredited programs"},
		{Name: "AAPC", URL: "https://www.aapc.com/", About: "coding credentials and local chapters"},
	}
	if !slices.Equal(o.Resources, want) {
		t.Errorf("resources %+v, want %+v", o.Resources, want)
	}
	if o.Sections.Outlook != "<p>More care means more records.</p>\n" || !o.Sections.Full() {
		t.Errorf("outlook %q full %v", o.Sections.Outlook, o.Sections.Full())
	}
	cv := cat.Coverage()
	if cv.Full != 1 || cv.SummaryOnly != 1 || cv.Residual != 1 {
		t.Errorf("coverage %+v, want 1 full, 1 summary-only (29-9021), 1 residual (29-2099)", cv)
	}
	if len(cv.Unwritten) != 1 || cv.Unwritten[0].SOC != "29-9021" {
		t.Errorf("unwritten %v, want 29-9021 alone", cv.Unwritten)
	}
	if len(cv.Orphans) != 0 {
		t.Errorf("orphans %v: 29-2099 has a named occupation in its minor group", cv.Orphans)
	}
}

func TestLoadDeepProfileProblems(t *testing.T) {
	bad := `---
soc: "29-2072"
summary: They keep records.
updated: 2026-12-05
license: mandatory
license_note: a licence that costs $300 and takes a very long time to get, in most of the states that ask
more_info:
  - name: AHIMA
    url: http://www.ahima.org/
    about: credentials
  - name: AHIMA again
    url: https://www.aapc.com/
    about: coding
  - name: Same
    url: https://www.aapc.com
    about: again
  - url: https://localhost/
    about: ""
    homepage: x
  - javascript:alert(1)
---

## Job outlok

Text.
`
	_, err := Load(testFS(map[string]string{"occupations/medical-records-specialists.md": bad}))
	var inv *career.InvalidError
	if !errors.As(err, &inv) {
		t.Fatalf("Load: %v, want an InvalidError", err)
	}
	got := err.Error()
	for _, want := range []string{
		`medical-records-specialists.md:5: license "mandatory" is not one of required, some-states, some-roles`,
		`medical-records-specialists.md:6: license_note is 91 characters; keep it to 90`,
		`medical-records-specialists.md:6: license_note states a figure`,
		`medical-records-specialists.md:9: more_info url "http://www.ahima.org/" must start with https://`,
		`medical-records-specialists.md:15: more_info url "https://www.aapc.com" is already listed on line 12`,
		`medical-records-specialists.md:17: more_info entry has no name`,
		`medical-records-specialists.md:17: more_info url "https://localhost/" has no proper host name`,
		`medical-records-specialists.md:18: more_info about is empty`,
		`medical-records-specialists.md:19: unknown key "homepage"`,
		`medical-records-specialists.md:20: more_info entry must have name, url and about`,
		`medical-records-specialists.md:23: unknown section "Job outlok": did you mean "Job outlook"?`,
	} {
		if !strings.Contains(got, want) {
			t.Errorf("problems lack %q\ngot:\n%s", want, got)
		}
	}
	if strings.Contains(got, "license_note needs license") {
		t.Error("a wrong license value also reported as missing")
	}
}

func TestLicenseNoteNeedsLicense(t *testing.T) {
	p := strings.Replace(deepProfile, "license: some-states\n", "", 1)
	_, err := Load(testFS(map[string]string{"occupations/medical-records-specialists.md": p}))
	if err == nil || !strings.Contains(err.Error(), "medical-records-specialists.md:5: license_note needs license") {
		t.Errorf("Load: %v, want license_note without license refused", err)
	}
}

// TestStudy: study names credential groups, kept shortest first; a value
// that is not one, a repeat or a lone value is refused with its line.
func TestStudy(t *testing.T) {
	p := strings.Replace(deepProfile, "license: some-states\n", "study: [bachelor, certificate-long]\nlicense: some-states\n", 1)
	cat, err := Load(testFS(map[string]string{"occupations/medical-records-specialists.md": p}))
	if err != nil {
		t.Fatal(err)
	}
	if got := cat.Occupation("29-2072").Study; !slices.Equal(got, []career.CredentialGroup{career.CertificateLong, career.Bachelor}) {
		t.Errorf("study %q, want the long certificate, then the bachelor's", got)
	}
	for value, want := range map[string]string{
		"[bachelor, masters]":    `medical-records-specialists.md:5: study: "masters" is not one of certificate-short, certificate-long, associate, bachelor, graduate`,
		"[associate, associate]": `medical-records-specialists.md:5: study names associate twice`,
		"associate":              `medical-records-specialists.md:5: study must be a list of credentials, like [associate, bachelor]`,
		"[]":                     `medical-records-specialists.md:5: study must be a list of credentials`,
	} {
		bad := strings.Replace(deepProfile, "updated: 2026-12-05\n", "updated: 2026-12-05\nstudy: "+value+"\n", 1)
		_, err := Load(testFS(map[string]string{"occupations/medical-records-specialists.md": bad}))
		if err == nil || !strings.Contains(err.Error(), want) {
			t.Errorf("study: %s: %v, want %q", value, err, want)
		}
	}
}
