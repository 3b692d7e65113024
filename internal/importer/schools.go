package importer

import (
	"fmt"
	"io"
	"path/filepath"
	"strings"

	"github.com/careeratlas/careeratlas/internal/career"
	"github.com/careeratlas/careeratlas/internal/dataset"
	"github.com/careeratlas/careeratlas/internal/importer/cip"
	"github.com/careeratlas/careeratlas/internal/importer/geo"
	"github.com/careeratlas/careeratlas/internal/importer/ipeds"
)

// readBoth reads two official files, parsing each, and reports both
// files' problems together.
func readBoth[A, B any](a, b string, log io.Writer, pa func(string, []byte) (A, error), pb func(string, []byte) (B, error)) (officialFile, A, officialFile, B, error) {
	var ra A
	var rb B
	fa, err := readOfficial(a, log)
	if err != nil {
		return fa, ra, officialFile{}, rb, err
	}
	fb, err := readOfficial(b, log)
	if err != nil {
		return fa, ra, fb, rb, err
	}
	var errs []string
	if ra, err = pa(fa.path, fa.data); err != nil {
		errs = append(errs, err.Error())
	}
	if rb, err = pb(fb.path, fb.data); err != nil {
		errs = append(errs, err.Error())
	}
	if len(errs) > 0 {
		return fa, ra, fb, rb, fmt.Errorf("nothing written:\n%s", strings.Join(errs, "\n"))
	}
	return fa, ra, fb, rb, nil
}

func importIPEDS(hdPath, cPath, dataDir string, log io.Writer, mixedYears bool) error {
	hf, dir, cf, comp, err := readBoth(hdPath, cPath, log, ipeds.ParseDirectory, ipeds.ParseCompletions)
	if err != nil {
		return fmt.Errorf("import ipeds: %w", err)
	}
	if dir.Year != comp.Year && !mixedYears {
		return fmt.Errorf("import ipeds: nothing written: the directory is %s (%s) but the completions are %s (%s); "+
			"schools that opened or closed in between would be dropped or listed without awards. "+
			"Import files of one year, or add -mixed-years if that is what you mean",
			orUnknown(dir.Year), hf.name, orUnknown(comp.Year), cf.name)
	}
	fmt.Fprintf(log, "  %d active institutions (%d closed or inactive left out)\n", len(dir.Institutions), dir.Skipped)
	active := map[string]bool{}
	for _, in := range dir.Institutions {
		active[in.UnitID] = true
	}
	kept := comp.Rows[:0:0]
	dropped := 0
	for _, c := range comp.Rows {
		if active[c.UnitID] {
			kept = append(kept, c)
		} else {
			dropped++
		}
	}
	fmt.Fprintf(log, "  %d completion rows (%d of institutions not in the directory left out)\n", len(kept), dropped)
	if err := dataset.WriteInstitutions(dataDir, dir.Institutions, career.Source{
		Name: "IPEDS Institutional Characteristics (directory)", Release: dir.Year, File: hf.name, SHA256: hf.sha256,
	}); err != nil {
		return err
	}
	if err := dataset.WriteCompletions(dataDir, kept, career.Source{
		Name: "IPEDS Completions by program, first majors", Release: comp.Year, File: cf.name, SHA256: cf.sha256,
	}); err != nil {
		return err
	}
	fmt.Fprintf(log, "wrote %s and %s\n", filepath.Join(dataDir, dataset.InstitutionsName+".csv"), filepath.Join(dataDir, dataset.CompletionsName+".csv"))
	return nil
}

func importCIP(codesPath, crosswalkPath, dataDir string, log io.Writer) error {
	cf, codes, xf, paths, err := readBoth(codesPath, crosswalkPath, log, cip.ParseCodes, cip.ParseCrosswalk)
	if err != nil {
		return fmt.Errorf("import cip: %w", err)
	}
	fmt.Fprintf(log, "  %d CIP codes, %d program–occupation links\n", len(codes), len(paths))
	if err := dataset.WritePrograms(dataDir, codes, career.Source{
		Name: "NCES Classification of Instructional Programs", Release: "CIP 2020", File: cf.name, SHA256: cf.sha256,
	}); err != nil {
		return err
	}
	if err := dataset.WritePathways(dataDir, paths, career.Source{
		Name: "NCES/BLS CIP 2020–SOC 2018 crosswalk", Release: "CIP 2020–SOC 2018", File: xf.name, SHA256: xf.sha256,
	}); err != nil {
		return err
	}
	fmt.Fprintf(log, "wrote %s and %s\n", filepath.Join(dataDir, dataset.ProgramsName+".csv"), filepath.Join(dataDir, dataset.PathwaysName+".csv"))
	return nil
}

func importGeo(zipPath, statePath, dataDir string, log io.Writer) error {
	zf, places, sf, states, err := readBoth(zipPath, statePath, log, geo.ParseZIPs, geo.ParseStates)
	if err != nil {
		return fmt.Errorf("import geo: %w", err)
	}
	fmt.Fprintf(log, "  %d ZIP codes, %d states and territories\n", len(places), len(states))
	if err := dataset.WritePlaces(dataDir, places, career.Source{
		Name: "GeoNames postal codes (CC BY 4.0)", Release: "GeoNames US", File: zf.name, SHA256: zf.sha256,
	}); err != nil {
		return err
	}
	if err := dataset.WriteStates(dataDir, states, career.Source{
		Name: "U.S. Census Bureau state codes", Release: "Census", File: sf.name, SHA256: sf.sha256,
	}); err != nil {
		return err
	}
	fmt.Fprintf(log, "wrote %s and %s\n", filepath.Join(dataDir, dataset.PlacesName+".csv"), filepath.Join(dataDir, dataset.StatesName+".csv"))
	return nil
}

// orUnknown names a year, or says it is not known.
func orUnknown(year string) string {
	if year == "" {
		return "of an unknown year"
	}
	return "for " + year
}
