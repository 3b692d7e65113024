package importer

import (
	"fmt"
	"io"
	"path/filepath"
	"strings"

	"github.com/careeratlas/careeratlas/internal/career"
	"github.com/careeratlas/careeratlas/internal/dataset"
	"github.com/careeratlas/careeratlas/internal/importer/onet"
)

// onetRelease is read from the database's "Read Me.txt" when present.
func onetRelease(dir string, log io.Writer) string {
	f, err := readOfficial(filepath.Join(dir, "Read Me.txt"), io.Discard)
	if err != nil {
		return "O*NET"
	}
	for _, line := range strings.Split(string(f.data), "\n") {
		if l := strings.TrimSpace(line); strings.HasPrefix(l, "O*NET ") && strings.HasSuffix(l, "Database") {
			return strings.TrimSuffix(l, " Database")
		}
	}
	return "O*NET"
}

// importONET reads the O*NET database folder.
func importONET(dir, dataDir string, log io.Writer) error {
	release := onetRelease(dir, log)
	files := map[string]string{
		"interests": "Interests.txt", "related": "Related Occupations.txt",
		"zones": "Job Zones.txt", "titles": "Alternate Titles.xlsx",
		"reported": "Sample of Reported Titles.txt", "technology": "Technology Skills.txt",
	}
	read := map[string]officialFile{}
	for k, name := range files {
		f, err := readOfficial(filepath.Join(dir, name), log)
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
