package importer

import (
	"fmt"
	"io"
	"os"
	"path/filepath"
	"regexp"
	"strings"

	"github.com/careeratlas/careeratlas/internal/career"
	"github.com/careeratlas/careeratlas/internal/dataset"
	"github.com/careeratlas/careeratlas/internal/importer/onet"
)

// onetFolder is the name O*NET gives a release's folder: db_29_3_text.
var onetFolder = regexp.MustCompile(`^db_(\d+)_(\d+)_(text|excel)$`)

// onetRelease reads the release from the database's "Read Me.txt" ("O*NET
// 29.3 Database"), or from the folder's name when there is no Read Me; a
// folder whose name says another release is refused.
func onetRelease(dir string) (string, error) {
	named := ""
	if m := onetFolder.FindStringSubmatch(filepath.Base(filepath.Clean(dir))); m != nil {
		named = "O*NET " + m[1] + "." + m[2]
	}
	b, err := os.ReadFile(filepath.Join(dir, "Read Me.txt"))
	if err != nil {
		if named == "" {
			return "", fmt.Errorf("import onet: %s has no Read Me.txt and its name is not O*NET's (db_29_3_text): the release is unknown", dir)
		}
		return named, nil
	}
	for _, line := range strings.Split(string(b), "\n") {
		if l := strings.TrimSpace(line); strings.HasPrefix(l, "O*NET ") && strings.HasSuffix(l, " Database") {
			release := strings.TrimSuffix(l, " Database")
			if named != "" && named != release {
				return "", fmt.Errorf("import onet: the folder's name says %s but its Read Me.txt says %s: check that it is the release you meant", named, release)
			}
			return release, nil
		}
	}
	return "", fmt.Errorf("import onet: %s: no line like \"O*NET 29.3 Database\" names the release", filepath.Join(dir, "Read Me.txt"))
}

// onetFile finds a table in either of the forms O*NET publishes: text
// (name.txt) or Excel (name.xlsx).
func onetFile(dir, name string) (string, error) {
	for _, ext := range []string{".txt", ".xlsx"} {
		if p := filepath.Join(dir, name+ext); fileExists(p) {
			return p, nil
		}
	}
	return "", fmt.Errorf("import onet: %s has neither %s.txt nor %s.xlsx", dir, name, name)
}

func fileExists(p string) bool {
	fi, err := os.Stat(p)
	return err == nil && !fi.IsDir()
}

// importONET reads the O*NET database folder, in its text or Excel form.
func importONET(dir, dataDir string, log io.Writer) error {
	release, err := onetRelease(dir)
	if err != nil {
		return err
	}
	files := map[string]string{
		"interests": "Interests", "related": "Related Occupations",
		"zones": "Job Zones", "titles": "Alternate Titles",
		"reported": "Sample of Reported Titles", "technology": "Technology Skills",
	}
	read := map[string]officialFile{}
	for k, name := range files {
		path, err := onetFile(dir, name)
		if err != nil {
			return err
		}
		f, err := readOfficial(path, log)
		if err != nil {
			return err
		}
		read[k] = f
	}
	var errs []string
	note := func(err error) {
		if err != nil {
			errs = append(errs, err.Error())
		}
	}
	interests, err := onet.ParseInterests(read["interests"].path, read["interests"].data)
	note(err)
	related, err := onet.ParseRelated(read["related"].path, read["related"].data)
	note(err)
	zones, err := onet.ParseJobZones(read["zones"].path, read["zones"].data)
	note(err)
	titles, err := onet.ParseAlternateTitles(read["titles"].path, read["titles"].data)
	note(err)
	reported, err := onet.ParseReportedTitles(read["reported"].path, read["reported"].data)
	note(err)
	technology, err := onet.ParseTechnology(read["technology"].path, read["technology"].data)
	note(err)
	if len(errs) > 0 {
		return fmt.Errorf("import onet: nothing written:\n%s", strings.Join(errs, "\n"))
	}
	fmt.Fprintf(log, "  %s: %d interest profiles, %d related links, %d job zones, %d other titles, %d titles shown to users, %d technologies (merged to SOC codes)\n",
		release, len(interests), len(related), len(zones), len(titles), len(reported), len(technology))
	src := func(k string) career.Source {
		return career.Source{Name: "O*NET (CC BY 4.0)", Release: release, File: read[k].name, SHA256: read[k].sha256}
	}
	for _, w := range []func() error{
		func() error { return dataset.WriteInterests(dataDir, interests, src("interests")) },
		func() error { return dataset.WriteRelated(dataDir, related, src("related")) },
		func() error { return dataset.WriteJobZones(dataDir, zones, src("zones")) },
		func() error { return dataset.WriteAltTitles(dataDir, titles, src("titles")) },
		func() error { return dataset.WriteReportedTitles(dataDir, reported, src("reported")) },
		func() error { return dataset.WriteTechnology(dataDir, technology, src("technology")) },
	} {
		if err := w(); err != nil {
			return err
		}
	}
	fmt.Fprintf(log, "wrote %s/onet_*.csv\n", dataDir)
	return nil
}
