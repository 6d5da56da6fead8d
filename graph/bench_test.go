package graph

import (
	"fmt"
	"os"
	"testing"
	"time"

	"newsgraph/schema"
)

// synthDoc makes a document of made-up facts; entities recur across
// documents the way they do in news.
func synthDoc(i, version int) schema.DocFacts {
	id := fmt.Sprintf("synth_%05d.txt", i)
	f := schema.DocFacts{Doc: schema.DocumentInfo{Identifier: id, Path: "synth/" + id,
		Title: fmt.Sprintf("Headline %d", i), Date: "2022-01-02", Hash: fmt.Sprintf("h%d-%d", i, version)}}
	for j := 0; j < 8; j++ {
		f.Entities = append(f.Entities,
			schema.Entity{Name: fmt.Sprintf("Person %d", (i*7+j)%400), Class: schema.Person, Aliases: []string{fmt.Sprintf("P%d", j)}},
			schema.Entity{Name: fmt.Sprintf("Country %d", (i+j)%60), Class: schema.Country})
	}
	for j := 0; j < 4; j++ {
		ev := span(j*100, fmt.Sprintf("Person %d said something about Country %d (v%d).", j, j, version))
		f.Relations = append(f.Relations, schema.Relation{Subject: f.Entities[2*j].Name, Predicate: schema.Nationality,
			Object: f.Entities[2*j+1].Name, Rule: "synth", Evidence: ev})
		f.Events = append(f.Events, schema.Event{Class: schema.Statement, Agent: []string{f.Entities[2*j].Name},
			About: []string{f.Entities[2*j+1].Name}, Trigger: "said", CAMEO: "01", Rule: "synth", Evidence: ev})
	}
	return f
}

// BenchmarkWriterBolt writes 500 documents into a new bolt store ("build"),
// then writes a changed version of each ("update").
func BenchmarkWriterBolt(b *testing.B) {
	for _, mode := range []string{"build", "update"} {
		b.Run(mode, func(b *testing.B) { benchWriter(b, "bolt", mode, 500, DefaultBatchQuads) })
	}
}

// BenchmarkWriterPostgres does the same with 200 documents on the server of
// NEWSGRAPH_TEST_POSTGRES, at two batch sizes.
func BenchmarkWriterPostgres(b *testing.B) {
	if os.Getenv("NEWSGRAPH_TEST_POSTGRES") == "" {
		b.Skip("NEWSGRAPH_TEST_POSTGRES not set")
	}
	for _, batch := range []int{1000, DefaultBatchQuads} {
		for _, mode := range []string{"build", "update"} {
			b.Run(fmt.Sprintf("%s/batch=%d", mode, batch), func(b *testing.B) { benchWriter(b, "postgres", mode, 200, batch) })
		}
	}
}

func benchWriter(b *testing.B, backend, mode string, docs, batch int) {
	var quads int
	var spent time.Duration
	for n := 0; n < b.N; n++ {
		b.StopTimer()
		s, err := Open(backend, storePath(b, backend), true)
		if err != nil {
			b.Fatal(err)
		}
		version := 0
		if mode == "update" {
			w := NewWriter(s, WriterOptions{})
			for i := 0; i < docs; i++ {
				if _, err := w.Put(synthDoc(i, 0)); err != nil {
					b.Fatal(err)
				}
			}
			if err := w.Close(); err != nil {
				b.Fatal(err)
			}
			version = 1
		}
		b.StartTimer()
		start := time.Now()
		w := NewWriter(s, WriterOptions{BatchQuads: batch})
		for i := 0; i < docs; i++ {
			if _, err := w.Put(synthDoc(i, version)); err != nil {
				b.Fatal(err)
			}
		}
		if err := w.Close(); err != nil {
			b.Fatal(err)
		}
		spent += time.Since(start)
		st := w.Stats()
		quads += st.QuadsAdded + st.QuadsDeleted
		b.StopTimer()
		s.Close()
	}
	b.ReportMetric(float64(quads)/spent.Seconds(), "quads/s")
}
