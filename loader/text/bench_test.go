package text_test

import (
	"os"
	"path/filepath"
	"testing"

	"newsgraph/loader/corpus"
	"newsgraph/loader/document"
	"newsgraph/loader/text"
)

func generatedDocs(b *testing.B) []*document.Document {
	var docs []*document.Document
	if err := corpus.Generate(1, 200, func(name string, data []byte) error {
		d, err := document.Parse(name, data)
		if err != nil {
			return err
		}
		docs = append(docs, d)
		return nil
	}); err != nil {
		b.Fatal(err)
	}
	return docs
}

func sampleDocs(b *testing.B) []*document.Document {
	files, _ := filepath.Glob("../../testdata/docs/*.txt")
	var docs []*document.Document
	for _, f := range files {
		data, err := os.ReadFile(f)
		if err != nil {
			b.Fatal(err)
		}
		d, err := document.Parse(filepath.Base(f), data)
		if err != nil {
			b.Fatal(err)
		}
		docs = append(docs, d)
	}
	return docs
}

// BenchmarkSegment measures text.Segment on one core, per document: over
// generated news documents and over the sample documents of testdata/.
func BenchmarkSegment(b *testing.B) {
	for _, set := range []struct {
		name string
		docs func(*testing.B) []*document.Document
	}{{"corpus", generatedDocs}, {"testdata", sampleDocs}} {
		b.Run(set.name, func(b *testing.B) {
			docs := set.docs(b)
			if len(docs) == 0 {
				b.Skip("no documents")
			}
			size := 0
			for _, d := range docs {
				size += len(d.Text)
			}
			b.SetBytes(int64(size / len(docs)))
			n := 0
			for b.Loop() {
				text.Segment(docs[n%len(docs)])
				n++
			}
			b.ReportMetric(float64(n)/b.Elapsed().Seconds(), "docs/s")
		})
	}
}
