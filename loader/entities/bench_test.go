package entities

import (
	"testing"

	"newsgraph/loader/corpus"
	"newsgraph/loader/document"
	"newsgraph/loader/text"
)

// BenchmarkAnnotate measures Annotate alone (segmentation is done
// beforehand) on one core, per document: over generated news documents and
// over the sample documents of testdata/.
func BenchmarkAnnotate(b *testing.B) {
	b.Run("corpus", func(b *testing.B) {
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
		benchAnnotate(b, docs)
	})
	b.Run("testdata", func(b *testing.B) {
		benchAnnotate(b, sampleDocuments(b))
	})
}

func benchAnnotate(b *testing.B, docs []*document.Document) {
	if len(docs) == 0 {
		b.Skip("no documents")
	}
	segs := make([]*text.Annotated, len(docs))
	size := 0
	for i, d := range docs {
		segs[i] = text.Segment(d)
		size += len(d.Text)
	}
	b.SetBytes(int64(size / len(docs)))
	n := 0
	for b.Loop() {
		a := *segs[n%len(segs)] // fresh annotations over the same segmentation
		Annotate(&a)
		n++
	}
	b.ReportMetric(float64(n)/b.Elapsed().Seconds(), "docs/s")
}
