package events_test

import (
	"testing"

	"newsgraph/loader/corpus"
	"newsgraph/loader/document"
	"newsgraph/loader/entities"
	"newsgraph/loader/events"
	"newsgraph/loader/text"
)

// BenchmarkEvents measures the events stage alone (quotes, triggers,
// roles, dates) on one core over generated news documents that the
// earlier stages have already annotated: docs/s.
func BenchmarkEvents(b *testing.B) {
	var docs []*text.Annotated
	var size int64
	err := corpus.Generate(1, 200, func(name string, data []byte) error {
		d, err := document.Parse(name, data)
		if err != nil {
			return err
		}
		a := text.Segment(d)
		entities.Annotate(a)
		docs = append(docs, a)
		size += int64(len(data))
		return nil
	})
	if err != nil {
		b.Fatal(err)
	}
	b.SetBytes(size / int64(len(docs)))
	b.ReportAllocs()
	b.ResetTimer()
	for i := 0; i < b.N; i++ {
		events.Extract(docs[i%len(docs)])
	}
	b.ReportMetric(float64(b.N)/b.Elapsed().Seconds(), "docs/s")
}

// BenchmarkFindDates measures the date scanner on sentences with and
// without date expressions.
func BenchmarkFindDates(b *testing.B) {
	sents := []string{
		"Foreign Ministry spokesperson Zhao Lijian said on Thursday that the country would take all necessary measures.",
		"The court adjourned the hearing until December 14, 2021, after a two-day session last week.",
		"Officials of both sides met in the capital to discuss trade and investment.",
		"It was the third such meeting since 2019-03-01, according to the statement issued yesterday.",
	}
	b.ReportAllocs()
	for i := 0; i < b.N; i++ {
		events.FindDates(sents[i%len(sents)], "2021-08-27", false)
	}
}
