package document

import (
	"os"
	"path/filepath"
	"testing"
	"unicode/utf8"
)

// FuzzParse checks that no input makes Parse panic and that every document
// it returns has valid UTF-8 text and regions in bounds and in order.
func FuzzParse(f *testing.F) {
	files, _ := filepath.Glob("../../testdata/docs/*")
	for _, p := range files {
		if b, err := os.ReadFile(p); err == nil {
			f.Add("doc.txt", b)
			f.Add("doc.md", b)
		}
	}
	f.Add("x.txt", []byte(page))
	f.Add("x.md", []byte("---\ntitle: a\n---\n# T *x* [a](b)\n\n- item **b**\n> q\n"))
	f.Add("x.txt", []byte(" date 2020-01-02 BEIJING, Dec. 11 (Xinhua) --"))
	f.Fuzz(func(t *testing.T, name string, data []byte) {
		for _, path := range []string{name, "f.txt", "f.md"} {
			d, err := Parse(path, data)
			if err != nil {
				if _, ok := err.(*Error); !ok {
					t.Fatalf("error of type %T: %v", err, err)
				}
				continue
			}
			if !utf8.ValidString(d.Text) {
				t.Fatal("invalid UTF-8 text")
			}
			checkRegions(t, d)
			_ = d.BodyText()
		}
	})
}
