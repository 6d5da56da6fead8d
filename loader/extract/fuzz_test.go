package extract

import (
	"os"
	"path/filepath"
	"testing"
	"unicode/utf8"

	"newsgraph/loader/document"
)

// FuzzExtract feeds arbitrary bytes through document reading and the whole
// extraction pipeline: bad input is an error, never a panic, and every fact
// points into the text.
func FuzzExtract(f *testing.F) {
	files, _ := filepath.Glob("../../testdata/docs/*")
	for _, p := range files {
		if b, err := os.ReadFile(p); err == nil {
			f.Add(b)
		}
	}
	f.Add([]byte(" date 2020-01-02 \"Quote\" he said. She urged U.S. officials to free Mr. X."))
	f.Fuzz(func(t *testing.T, data []byte) {
		doc, err := document.Parse("fuzz.txt", data)
		if err != nil {
			return
		}
		facts := Default.Extract(doc)
		n := utf8.RuneCountInString(doc.Text)
		for _, e := range facts.Events {
			if e.Evidence.Start < 0 || e.Evidence.End > n || e.Evidence.Start > e.Evidence.End {
				t.Fatalf("event evidence %d..%d outside text of %d characters", e.Evidence.Start, e.Evidence.End, n)
			}
			if len(e.Agent) == 0 && len(e.Target) == 0 {
				t.Fatalf("event %s has neither agent nor target", e.Class)
			}
		}
	})
}
