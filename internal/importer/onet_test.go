package importer

import (
	"bufio"
	"io"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/careeratlas/careeratlas/internal/dataset"
	"github.com/careeratlas/careeratlas/internal/sharedtest"
)

func TestONETRelease(t *testing.T) {
	tests := []struct {
		name, folder, readMe string
		want, wantErr        string
	}{
		{name: "Read Me", folder: "onet", readMe: "O*NET 29.3 Database\nMay 2025 Release\n", want: "O*NET 29.3"},
		{name: "O*NET's folder name agrees", folder: "db_29_3_text", readMe: "O*NET 29.3 Database\n", want: "O*NET 29.3"},
		{name: "folder name alone", folder: "db_29_0_text", want: "O*NET 29.0"},
		{name: "folder name and Read Me disagree", folder: "db_29_0_text", readMe: "O*NET 29.3 Database\n",
			wantErr: "the folder's name says O*NET 29.0 but its Read Me.txt says O*NET 29.3"},
		{name: "nothing names the release", folder: "onet", wantErr: "the release is unknown"},
		{name: "a Read Me without the release", folder: "onet", readMe: "Welcome\n", wantErr: "names the release"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			dir := filepath.Join(t.TempDir(), tt.folder)
			if err := os.MkdirAll(dir, 0o755); err != nil {
				t.Fatal(err)
			}
			if tt.readMe != "" {
				os.WriteFile(filepath.Join(dir, "Read Me.txt"), []byte(tt.readMe), 0o644)
			}
			got, err := onetRelease(dir)
			if tt.wantErr != "" {
				if err == nil || !strings.Contains(err.Error(), tt.wantErr) {
					t.Fatalf("error %v, want one saying %q", err, tt.wantErr)
				}
				return
			}
			if err != nil || got != tt.want {
				t.Errorf("release %q, %v; want %q", got, err, tt.want)
			}
		})
	}
}

// TestImportONETTextForm imports a release in the text form O*NET
// publishes (db_XX_X_text, every table a .txt), cut from the real files,
// with an Alternate Titles.txt holding O*NET's n/a short titles.
func TestImportONETTextForm(t *testing.T) {
	shared := sharedtest.Dir(t, "onet")
	dir := filepath.Join(t.TempDir(), "db_29_3_text")
	if err := os.MkdirAll(dir, 0o755); err != nil {
		t.Fatal(err)
	}
	for _, name := range []string{"Read Me.txt", "Interests.txt", "Related Occupations.txt", "Job Zones.txt",
		"Sample of Reported Titles.txt", "Technology Skills.txt"} {
		copyHead(t, filepath.Join(shared, name), filepath.Join(dir, name), 400)
	}
	alt := "O*NET-SOC Code\tTitle\tAlternate Title\tShort Title\tSource(s)\n" +
		"11-1011.00\tChief Executives\tChief Executive Officer\tCEO\t08\n" +
		"11-1011.00\tChief Executives\tAgency Owner\tn/a\t08\n"
	os.WriteFile(filepath.Join(dir, "Alternate Titles.txt"), []byte(alt), 0o644)
	out := filepath.Join(t.TempDir(), "data")
	if err := Import("onet", []string{dir}, out, io.Discard, Options{}); err != nil {
		t.Fatal(err)
	}
	titles, src, err := dataset.ReadAltTitles(os.DirFS(filepath.Dir(out)), "data")
	if err != nil {
		t.Fatal(err)
	}
	if src.Release != "O*NET 29.3" || src.File != "Alternate Titles.txt" {
		t.Errorf("source %+v, want release O*NET 29.3 from Alternate Titles.txt", src)
	}
	for _, a := range titles {
		if strings.EqualFold(a.Title, "n/a") {
			t.Errorf("an n/a title was kept: %+v", a)
		}
	}
	if len(titles) != 3 {
		t.Errorf("got %d titles, want 3 (no n/a): %+v", len(titles), titles)
	}
}

// copyHead copies the first n lines of a file.
func copyHead(t *testing.T, from, to string, n int) {
	t.Helper()
	f, err := os.Open(from)
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	var b strings.Builder
	sc := bufio.NewScanner(f)
	sc.Buffer(make([]byte, 1<<20), 1<<20)
	for i := 0; i < n && sc.Scan(); i++ {
		b.WriteString(sc.Text() + "\n")
	}
	if err := os.WriteFile(to, []byte(b.String()), 0o644); err != nil {
		t.Fatal(err)
	}
}
