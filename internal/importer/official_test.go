package importer

import (
	"bytes"
	"io"
	"io/fs"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/goccy/go-yaml"

	"github.com/careeratlas/careeratlas/internal/career"
	"github.com/careeratlas/careeratlas/internal/sharedtest"
)

// imports says how each source is imported again from the files its
// datasets' sidecars name, in the order the Makefile's import-all runs
// them: the datasets an import writes, and the sidecar file of each
// argument (a folder's sidecar names one file in it).
var imports = []struct {
	source   string
	datasets []string
	args     []string // datasets whose sidecar names each argument's file
	folder   bool     // the argument is the folder holding that file
}{
	{"oews", []string{"oews_national"}, []string{"oews_national"}, false},
	{"oews-means", []string{"oews_state_means"}, []string{"oews_state_means"}, false},
	{"projections", []string{"projections"}, []string{"projections"}, false},
	{"ipeds", []string{"institutions", "system_offices", "completions", "characteristics", "admissions", "student_aid"},
		[]string{"institutions", "completions", "characteristics", "admissions", "student_aid"}, false},
	{"cip", []string{"cip", "cip_soc"}, []string{"cip", "cip_soc"}, false},
	{"geo", []string{"zips", "states"}, []string{"zips", "states"}, false},
	{"onet", []string{"onet_interests", "onet_job_zones", "onet_related", "onet_reported_titles", "onet_technology", "onet_titles"}, []string{"onet_interests"}, true},
	{"bea", []string{"price_parities"}, []string{"price_parities"}, false},
}

// TestContentMatchesOfficialFiles imports again, into an empty folder,
// every official file that the committed content/data records in its
// sidecars, and wants the very same bytes: each figure on the site is the
// one in the official file it names, whatever the release. A new release
// is `make import-all` and a commit; this test needs no change.
func TestContentMatchesOfficialFiles(t *testing.T) {
	shared := sharedtest.Dir(t)
	content := filepath.Join("..", "..", "content", "data")
	tmp := t.TempDir()
	covered := map[string]bool{}
	for _, imp := range imports {
		var files []string
		for _, ds := range imp.args {
			src := readSidecar(t, filepath.Join(content, ds+".source.yaml"))
			path := findFile(t, shared, src.File, src.SHA256)
			if imp.folder {
				path = filepath.Dir(path)
			}
			files = append(files, path)
		}
		if err := Import(imp.source, files, tmp, io.Discard, Options{}); err != nil {
			t.Fatalf("import %s %q: %v", imp.source, files, err)
		}
		for _, ds := range imp.datasets {
			covered[ds] = true
			want, err := os.ReadFile(filepath.Join(content, ds+".csv"))
			if err != nil {
				t.Fatal(err)
			}
			got, err := os.ReadFile(filepath.Join(tmp, ds+".csv"))
			if err != nil {
				t.Fatalf("import %s wrote no %s.csv: %v", imp.source, ds, err)
			}
			if !bytes.Equal(got, want) {
				t.Errorf("content/data/%s.csv differs from importing %s again: line %d", ds, strings.Join(files, " "), firstDiff(got, want))
			}
			wantSrc := readSidecar(t, filepath.Join(content, ds+".source.yaml"))
			gotSrc := readSidecar(t, filepath.Join(tmp, ds+".source.yaml"))
			wantSrc.Imported, gotSrc.Imported = "", ""
			if gotSrc != wantSrc {
				t.Errorf("content/data/%s.source.yaml:\n got %+v\nwant %+v", ds, gotSrc, wantSrc)
			}
		}
	}
	sidecars, _ := filepath.Glob(filepath.Join(content, "*.source.yaml"))
	for _, s := range sidecars {
		if ds := strings.TrimSuffix(filepath.Base(s), ".source.yaml"); !covered[ds] {
			t.Errorf("content/data/%s is not checked against its official file: add its import to this test", ds)
		}
	}
}

func readSidecar(t *testing.T, path string) career.Source {
	t.Helper()
	b, err := os.ReadFile(path)
	if err != nil {
		t.Fatal(err)
	}
	var src career.Source
	if err := yaml.Unmarshal(b, &src); err != nil {
		t.Fatalf("%s: %v", path, err)
	}
	return src
}

// findFile finds the official file named in a sidecar under shared/data,
// the one with the recorded SHA-256 when several share the name.
func findFile(t *testing.T, root, name, sha string) string {
	t.Helper()
	var found []string
	filepath.WalkDir(root, func(p string, d fs.DirEntry, err error) error {
		if err == nil && !d.IsDir() && d.Name() == name {
			found = append(found, p)
		}
		return nil
	})
	for _, p := range found {
		f, err := readOfficial(p, io.Discard)
		if err == nil && f.sha256 == sha {
			return p
		}
	}
	t.Fatalf("no %s with SHA-256 %s under %s (found %q): content/data was imported from a file that is not there", name, sha, root, found)
	return ""
}

// firstDiff is the first line where a and b differ.
func firstDiff(a, b []byte) int {
	la, lb := bytes.Split(a, []byte("\n")), bytes.Split(b, []byte("\n"))
	for i := range min(len(la), len(lb)) {
		if !bytes.Equal(la[i], lb[i]) {
			return i + 1
		}
	}
	return min(len(la), len(lb)) + 1
}
