// Package importer loads a new official release into content/data: it
// reads the files with the parser for their source and writes the
// normalized datasets. Nothing is written when any file has a problem.
package importer

import (
	"crypto/sha256"
	"encoding/hex"
	"fmt"
	"io"
	"maps"
	"os"
	"path/filepath"
	"slices"
	"strconv"
	"strings"

	"github.com/careeratlas/careeratlas/internal/career"
	"github.com/careeratlas/careeratlas/internal/dataset"
	"github.com/careeratlas/careeratlas/internal/importer/bea"
	"github.com/careeratlas/careeratlas/internal/importer/bls"
)

// Sources lists the sources Import understands, with the files each takes.
var Sources = []string{"oews", "oews-means", "projections", "ipeds", "cip", "geo", "onet", "bea"}

// Options change how an import checks its files.
type Options struct {
	// MixedYears lets an IPEDS directory and completions file of different
	// years be imported together; without it they are refused.
	MixedYears bool
}

// Import reads files of the given source and writes their datasets under
// dataDir (content/data). Progress goes to log, and then what changed
// against the datasets that were there before.
func Import(source string, files []string, dataDir string, log io.Writer, opts Options) error {
	before := readDatasets(dataDir)
	if err := importSource(source, files, dataDir, log, opts); err != nil {
		return err
	}
	reportChanges(log, before, readDatasets(dataDir))
	return nil
}

func importSource(source string, files []string, dataDir string, log io.Writer, opts Options) error {
	if len(files) == 0 {
		return fmt.Errorf("import %s: name at least one file", source)
	}
	switch source {
	case "oews":
		return importOEWS(files, dataDir, log)
	case "oews-means":
		if len(files) != 1 {
			return fmt.Errorf("import oews-means: name exactly one file, got %d", len(files))
		}
		return importStateMeans(files[0], dataDir, log)
	case "projections":
		if len(files) != 1 {
			return fmt.Errorf("import projections: name exactly one file, got %d", len(files))
		}
		return importProjections(files[0], dataDir, log)
	case "ipeds":
		if len(files) < 2 || len(files) > 5 {
			return fmt.Errorf("import ipeds: name the directory file and the completions file (hdYYYY.csv cYYYY_a.csv), "+
				"then any of the institutional characteristics, admissions and student aid files (icYYYY.csv admYYYY.csv sfaYYZZ.csv); got %d files", len(files))
		}
		return importIPEDS(files, dataDir, log, opts.MixedYears)
	case "cip":
		if len(files) != 2 {
			return fmt.Errorf("import cip: name the CIP list and the CIP–SOC crosswalk (CIPCode2020.csv CIP2020_SOC2018_Crosswalk.xlsx), got %d files", len(files))
		}
		return importCIP(files[0], files[1], dataDir, log)
	case "geo":
		if len(files) != 2 {
			return fmt.Errorf("import geo: name the GeoNames ZIP file and the Census state list (US.txt state.txt), got %d files", len(files))
		}
		return importGeo(files[0], files[1], dataDir, log)
	case "bea":
		if len(files) != 1 {
			return fmt.Errorf("import bea: name the regional price parities file (SARPP_STATE_….csv), got %d files", len(files))
		}
		f, err := readOfficial(files[0], log)
		if err != nil {
			return err
		}
		ps, err := bea.ParseRPP(f.path, f.data)
		if err != nil {
			return fmt.Errorf("import bea: nothing written:\n%w", err)
		}
		release := ""
		if len(ps) > 0 {
			release = strconv.Itoa(ps[0].Year)
		}
		if err := dataset.WritePrices(dataDir, ps, career.Source{Name: "BEA Regional Price Parities", Release: release, File: f.name, SHA256: f.sha256}); err != nil {
			return err
		}
		fmt.Fprintf(log, "wrote %s (%d rows, %s)\n", filepath.Join(dataDir, dataset.PricesName+".csv"), len(ps), release)
		return nil
	case "onet":
		if len(files) != 1 {
			return fmt.Errorf("import onet: name the O*NET database folder, got %d arguments", len(files))
		}
		return importONET(files[0], dataDir, log)
	default:
		return fmt.Errorf("import: unknown source %q (known: %s)", source, strings.Join(Sources, ", "))
	}
}

// officialFile is one file read whole, with what its sidecar records.
type officialFile struct {
	path, name, sha256 string
	data               []byte
}

func readOfficial(path string, log io.Writer) (officialFile, error) {
	data, err := os.ReadFile(path)
	if err != nil {
		return officialFile{}, fmt.Errorf("import: %w", err)
	}
	sum := sha256.Sum256(data)
	fmt.Fprintf(log, "reading %s (%d KB)\n", path, len(data)/1024)
	return officialFile{path: path, name: filepath.Base(path), sha256: hex.EncodeToString(sum[:]), data: data}, nil
}

func importOEWS(files []string, dataDir string, log io.Writer) error {
	type parsed struct {
		f    officialFile
		oews *bls.OEWS
	}
	var all []parsed
	var errs []string
	for _, path := range files {
		f, err := readOfficial(path, log)
		if err != nil {
			return err
		}
		o, err := bls.ParseOEWS(f.path, f.data)
		if err != nil {
			errs = append(errs, err.Error())
			continue
		}
		fmt.Fprintf(log, "  %d rows, release %s\n", len(o.Wages), o.Release)
		all = append(all, parsed{f, o})
	}
	if len(errs) > 0 {
		return fmt.Errorf("import oews: nothing written:\n%s", strings.Join(errs, "\n"))
	}
	// One dataset per kind of area; a file may hold several kinds.
	byType := map[string][]career.Wages{}
	srcs := map[string]career.Source{}
	for _, p := range all {
		for _, w := range p.oews.Wages {
			byType[w.AreaType] = append(byType[w.AreaType], w)
			if _, ok := srcs[w.AreaType]; !ok {
				srcs[w.AreaType] = career.Source{
					Name: "BLS Occupational Employment and Wage Statistics", Release: p.oews.Release,
					File: p.f.name, SHA256: p.f.sha256,
					TopHourly: p.oews.TopHourly, TopAnnual: p.oews.TopAnnual,
				}
			}
		}
	}
	for _, t := range slices.Sorted(maps.Keys(byType)) {
		name := dataset.WagesName(t)
		if err := dataset.WriteWages(dataDir, name, byType[t], srcs[t]); err != nil {
			return err
		}
		fmt.Fprintf(log, "wrote %s (%d rows)\n", filepath.Join(dataDir, name+".csv"), len(byType[t]))
	}
	return nil
}

// importStateMeans reads a trimmed state OEWS file that has only mean wages.
func importStateMeans(path, dataDir string, log io.Writer) error {
	f, err := readOfficial(path, log)
	if err != nil {
		return err
	}
	o, err := bls.ParseStateMeans(f.path, f.data)
	if err != nil {
		return fmt.Errorf("import oews-means: nothing written:\n%w", err)
	}
	src := career.Source{Name: "BLS OEWS state mean wages", Release: o.Release, File: f.name, SHA256: f.sha256,
		TopHourly: o.TopHourly, TopAnnual: o.TopAnnual}
	if err := dataset.WriteWages(dataDir, dataset.StateMeansName, o.Wages, src); err != nil {
		return err
	}
	fmt.Fprintf(log, "wrote %s (%d rows, %s)\n", filepath.Join(dataDir, dataset.StateMeansName+".csv"), len(o.Wages), o.Release)
	return nil
}

func importProjections(path, dataDir string, log io.Writer) error {
	f, err := readOfficial(path, log)
	if err != nil {
		return err
	}
	p, err := bls.ParseProjections(f.path, f.data)
	if err != nil {
		return fmt.Errorf("import projections: nothing written:\n%w", err)
	}
	src := career.Source{
		Name: "BLS Employment Projections", Release: p.Release(), File: f.name, SHA256: f.sha256,
		BaseYear: p.BaseYear, ProjectedYear: p.ProjectedYear,
	}
	rows, kept, err := withSummaryRows(p.Rows, src.Release, dataDir)
	if err != nil {
		return fmt.Errorf("import projections: nothing written: %s: %w", f.name, err)
	}
	if kept > 0 {
		fmt.Fprintf(log, "  the file has no summary rows: kept the %d all-occupations and group rows of %s already in %s\n",
			kept, src.Release, dataset.ProjectionsName+".csv")
	}
	if err := dataset.WriteProjections(dataDir, rows, src); err != nil {
		return err
	}
	fmt.Fprintf(log, "wrote %s (%d rows, %s)\n", filepath.Join(dataDir, dataset.ProjectionsName+".csv"), len(rows), src.Release)
	return nil
}

// withSummaryRows returns the rows with the all-occupations and group
// lines the pages compare against. The data tool's CSV export has none:
// they are kept from the projections already imported when those are of
// the same release, and otherwise the file is refused.
func withSummaryRows(rows []career.Projection, release, dataDir string) ([]career.Projection, int, error) {
	for _, r := range rows {
		if r.Summary {
			return rows, 0, nil
		}
	}
	old, src, err := dataset.ReadProjections(os.DirFS(filepath.Dir(dataDir)), filepath.Base(dataDir))
	if err != nil || src.Release != release {
		return nil, 0, fmt.Errorf("it has no all-occupations or group rows, and no projections of %s are there to keep them from: "+
			"import the Employment Projections workbook (occupation.xlsx, Table 1.2) first", release)
	}
	kept := 0
	for _, r := range old {
		if r.Summary {
			rows = append(rows, r)
			kept++
		}
	}
	return rows, kept, nil // WriteProjections sorts them
}
