package importer

import (
	"errors"
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

// importIPEDS imports the IPEDS directory and completions (the first two
// files) and, after them, any of the IC, ADM and SFA files, in any order,
// each told by its columns. Every file is parsed before anything is
// written; the schools' other figures are kept for the directory's active
// institutions only, as completions are.
func importIPEDS(files []string, dataDir string, log io.Writer, mixedYears bool) error {
	hf, dir, cf, comp, err := readBoth(files[0], files[1], log, ipeds.ParseDirectory, ipeds.ParseCompletions)
	extra, factsErr := readFacts(files[2:], log)
	switch {
	case err != nil && factsErr != nil:
		return fmt.Errorf("import ipeds: %w\n%v", err, factsErr)
	case err != nil:
		return fmt.Errorf("import ipeds: %w", err)
	case factsErr != nil:
		return fmt.Errorf("import ipeds: nothing written:\n%w", factsErr)
	}
	if dir.Year != comp.Year && !mixedYears {
		return fmt.Errorf("import ipeds: nothing written: the directory is %s (%s) but the completions are %s (%s); "+
			"schools that opened or closed in between would be dropped or listed without awards. "+
			"Import files of one year, or add -mixed-years if that is what you mean",
			orUnknown(dir.Year), hf.name, orUnknown(comp.Year), cf.name)
	}
	fmt.Fprintf(log, "  %d active institutions (%d closed or inactive left out, and %d system offices, which are not schools)\n",
		len(dir.Institutions), dir.Skipped, len(dir.Offices))
	active := map[string]bool{}
	for i, in := range dir.Institutions {
		active[in.UnitID] = true
		dir.Institutions[i].System = dir.Systems[in.UnitID]
	}
	kept, dropped := keepActive(comp.Rows, active, func(c career.Completion) string { return c.UnitID })
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
	offices := make([]career.SystemOffice, 0, len(dir.Offices))
	for _, o := range dir.Offices {
		offices = append(offices, career.SystemOffice{UnitID: o.UnitID, Name: o.Name, Slug: career.Slugify(o.Name),
			SystemCode: o.SystemCode, System: o.System})
	}
	if err := dataset.WriteOffices(dataDir, offices, career.Source{
		Name: "IPEDS Institutional Characteristics (directory): system offices", Release: dir.Year, File: hf.name, SHA256: hf.sha256,
	}); err != nil {
		return err
	}
	written := []string{dataset.InstitutionsName, dataset.OfficesName, dataset.CompletionsName}
	if ic := extra.ic; ic != nil {
		rows, dropped := keepActive(ic.Rows, active, func(c career.Characteristics) string { return c.UnitID })
		fmt.Fprintf(log, "  %d schools' characteristics, %s (%d not in the directory left out)\n", len(rows), ic.Release, dropped)
		if err := dataset.WriteCharacteristics(dataDir, rows, extra.icFile.source("IPEDS Institutional Characteristics", ic.Release)); err != nil {
			return err
		}
		written = append(written, dataset.CharacteristicsName)
	}
	if adm := extra.adm; adm != nil {
		rows, dropped := keepActive(adm.Rows, active, func(a career.Admissions) string { return a.UnitID })
		fmt.Fprintf(log, "  %d schools' admissions, %s (%d not in the directory left out)\n", len(rows), adm.Release, dropped)
		if err := dataset.WriteAdmissions(dataDir, rows, extra.admFile.source("IPEDS Admissions", adm.Release)); err != nil {
			return err
		}
		written = append(written, dataset.AdmissionsName)
	}
	if sfa := extra.sfa; sfa != nil {
		rows, dropped := keepActive(sfa.Rows, active, func(a career.StudentAid) string { return a.UnitID })
		fmt.Fprintf(log, "  %d schools' student aid, %s (%d not in the directory left out)\n", len(rows), sfa.Release, dropped)
		if err := dataset.WriteAid(dataDir, rows, extra.sfaFile.source("IPEDS Student Financial Aid", sfa.Release)); err != nil {
			return err
		}
		written = append(written, dataset.AidName)
	}
	for i, name := range written {
		written[i] = filepath.Join(dataDir, name+".csv")
	}
	fmt.Fprintf(log, "wrote %s\n", strings.Join(written, ", "))
	return nil
}

// source is the sidecar of a dataset read from f.
func (f officialFile) source(name, release string) career.Source {
	return career.Source{Name: name, Release: release, File: f.name, SHA256: f.sha256}
}

// ipedsFacts are the IC, ADM and SFA files of an IPEDS import, each nil
// when not named.
type ipedsFacts struct {
	ic                       *ipeds.Characteristics
	adm                      *ipeds.Admissions
	sfa                      *ipeds.Aid
	icFile, admFile, sfaFile officialFile
}

// readFacts reads and parses the IC, ADM and SFA files, telling each by
// its columns, and reports every file's problems together.
func readFacts(paths []string, log io.Writer) (ipedsFacts, error) {
	var out ipedsFacts
	var probs career.Problems
	seen := map[ipeds.Kind]string{}
	for _, path := range paths {
		f, err := readOfficial(path, log)
		if err != nil {
			return out, err
		}
		kind := ipeds.KindOf(f.data)
		if prev, dup := seen[kind]; dup && kind != ipeds.UnknownKind {
			probs.Add(f.path, 0, "a second %s file (the first is %s): name each once", kind, prev)
			continue
		}
		seen[kind] = f.name
		var perr error
		switch kind {
		case ipeds.CharacteristicsKind:
			out.icFile = f
			out.ic, perr = ipeds.ParseCharacteristics(f.path, f.data)
		case ipeds.AdmissionsKind:
			out.admFile = f
			out.adm, perr = ipeds.ParseAdmissions(f.path, f.data)
		case ipeds.AidKind:
			out.sfaFile = f
			out.sfa, perr = ipeds.ParseAid(f.path, f.data)
		default:
			probs.Add(f.path, 1, "not an IPEDS file this import reads after the directory and completions: "+
				"institutional characteristics (icYYYY.csv, with OPENADMP), admissions (admYYYY.csv, with APPLCN) "+
				"or student financial aid (sfaYYZZ.csv, with AGRNT_P)")
		}
		var inv *career.InvalidError
		if errors.As(perr, &inv) {
			probs = append(probs, inv.Problems...)
		} else if perr != nil {
			probs.Add("", 0, "%v", perr)
		}
	}
	return out, probs.Err()
}

// keepActive keeps the rows of institutions in the directory, and counts
// the others.
func keepActive[T any](rows []T, active map[string]bool, id func(T) string) ([]T, int) {
	kept := rows[:0:0]
	for _, r := range rows {
		if active[id(r)] {
			kept = append(kept, r)
		}
	}
	return kept, len(rows) - len(kept)
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
