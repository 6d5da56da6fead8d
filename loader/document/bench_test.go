package document

import (
	"os"
	"path/filepath"
	"testing"

	"newsgraph/loader/corpus"
)

type benchDoc struct {
	name string
	data []byte
}

func benchParse(b *testing.B, docs []benchDoc) {
	if len(docs) == 0 {
		b.Skip("no documents")
	}
	size := 0
	for _, d := range docs {
		size += len(d.data)
	}
	b.SetBytes(int64(size / len(docs)))
	n := 0
	for b.Loop() {
		d := docs[n%len(docs)]
		if _, err := Parse(d.name, d.data); err != nil {
			b.Fatal(err)
		}
		n++
	}
	b.ReportMetric(float64(n)/b.Elapsed().Seconds(), "docs/s")
}

// BenchmarkParse measures Parse on one core, per document: over generated
// news documents and over the sample documents of testdata/.
func BenchmarkParse(b *testing.B) {
	b.Run("corpus", func(b *testing.B) {
		var docs []benchDoc
		if err := corpus.Generate(1, 200, func(name string, data []byte) error {
			docs = append(docs, benchDoc{name, data})
			return nil
		}); err != nil {
			b.Fatal(err)
		}
		benchParse(b, docs)
	})
	b.Run("testdata", func(b *testing.B) {
		files, _ := filepath.Glob("../../testdata/docs/*.txt")
		var docs []benchDoc
		for _, f := range files {
			d, err := os.ReadFile(f)
			if err != nil {
				b.Fatal(err)
			}
			docs = append(docs, benchDoc{filepath.Base(f), d})
		}
		benchParse(b, docs)
	})
}
