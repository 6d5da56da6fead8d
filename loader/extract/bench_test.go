package extract

import (
	"testing"

	"newsgraph/loader/corpus"
	"newsgraph/loader/document"
)

// BenchmarkExtract measures the whole extraction pipeline on one core over
// generated news documents: docs/s and MB/s.
func BenchmarkExtract(b *testing.B) {
	var docs []*document.Document
	var size int64
	corpus.Generate(1, 200, func(name string, data []byte) error {
		d, err := document.Parse(name, data)
		if err != nil {
			return err
		}
		docs = append(docs, d)
		size += int64(len(data))
		return nil
	})
	b.SetBytes(size / int64(len(docs)))
	b.ResetTimer()
	for i := 0; i < b.N; i++ {
		Default.Extract(docs[i%len(docs)])
	}
	b.ReportMetric(float64(b.N)/b.Elapsed().Seconds(), "docs/s")
}
