package document

import (
	"os"
	"path/filepath"
	"testing"
)

func BenchmarkParse(b *testing.B) {
	files, _ := filepath.Glob("../../testdata/docs/*.txt")
	var docs [][]byte
	size := 0
	for _, f := range files {
		d, err := os.ReadFile(f)
		if err != nil {
			b.Fatal(err)
		}
		docs = append(docs, d)
		size += len(d)
	}
	b.SetBytes(int64(size))
	for b.Loop() {
		for _, d := range docs {
			if _, err := Parse("x.txt", d); err != nil {
				b.Fatal(err)
			}
		}
	}
}
