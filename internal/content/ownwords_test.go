package content

import (
	"bufio"
	"io/fs"
	"os"
	"path/filepath"
	"regexp"
	"strings"
	"testing"

	"github.com/careeratlas/careeratlas/internal/sharedtest"
)

// shingleSize is the length of the word runs compared: eight words in a row
// that match an official sentence are no accident.
const shingleSize = 8

var wordRun = regexp.MustCompile(`[a-z0-9']+`)

func shingles(text string, n int, each func(string)) {
	ws := wordRun.FindAllString(strings.ToLower(text), -1)
	for i := 0; i+n <= len(ws); i++ {
		each(strings.Join(ws[i:i+n], " "))
	}
}

// TestProseIsOurOwn compares every occupation file with O*NET's task
// statements and occupation descriptions, which our editors must not copy.
// A file may share one run of eight words by chance (a credential's name, a
// stock phrase); more than that means a sentence was borrowed.
func TestProseIsOurOwn(t *testing.T) {
	dir := sharedtest.Dir(t, "onet")
	official := map[string]bool{}
	for _, f := range []struct{ file, column string }{{"Task Statements.txt", "Task"}, {"Occupation Data.txt", "Description"}} {
		fh, err := os.Open(filepath.Join(dir, f.file))
		if err != nil {
			t.Fatal(err)
		}
		sc := bufio.NewScanner(fh)
		sc.Buffer(make([]byte, 1<<20), 1<<20)
		col := -1
		for sc.Scan() {
			cells := strings.Split(sc.Text(), "\t")
			if col < 0 {
				for i, c := range cells {
					if c == f.column {
						col = i
					}
				}
				continue
			}
			if col < len(cells) {
				shingles(cells[col], shingleSize, func(s string) { official[s] = true })
			}
		}
		fh.Close()
		if col < 0 {
			t.Fatalf("%s has no %s column", f.file, f.column)
		}
	}
	fsys := os.DirFS("../../content")
	files, _ := fs.Glob(fsys, "occupations/*.md")
	lists, _ := fs.Glob(fsys, "lists/*.md")
	for _, name := range append(files, lists...) {
		b, err := fs.ReadFile(fsys, name)
		if err != nil {
			t.Fatal(err)
		}
		var shared []string
		shingles(string(b), shingleSize, func(s string) {
			if official[s] {
				shared = append(shared, s)
			}
		})
		if len(shared) > 1 {
			t.Errorf("%s shares %d runs of %d words with O*NET's own sentences, e.g. %q: rewrite them in our words", name, len(shared), shingleSize, shared[0])
		}
	}
}
