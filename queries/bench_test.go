package queries_test

import (
	"context"
	"path/filepath"
	"testing"

	"newsgraph/graph"
	"newsgraph/loader"
	"newsgraph/loader/corpus"
	"newsgraph/queries"
)

// BenchmarkSavedQueries builds a bolt store from 2,000 generated documents
// (loader/corpus, the real extraction and graph writer) and times each saved
// query with its default parameters and with a heavy entity (a country in
// thousands of events). On the CLI the same: newsgraph query NAME --param ...
func BenchmarkSavedQueries(b *testing.B) {
	dir := b.TempDir()
	docs := filepath.Join(dir, "docs")
	if err := corpus.WriteDir(docs, 1, 2000); err != nil {
		b.Fatal(err)
	}
	st, err := graph.Open("bolt", filepath.Join(dir, "store.db"), true)
	if err != nil {
		b.Fatal(err)
	}
	defer st.Close()
	w := graph.NewWriter(st, graph.WriterOptions{})
	err = loader.Load(context.Background(), []string{docs}, loader.Options{}, func(r loader.Result) error {
		if r.Err != nil {
			return r.Err
		}
		_, err := w.Put(r.Facts)
		return err
	})
	if err == nil {
		err = w.Close()
	}
	if err != nil {
		b.Fatal(err)
	}
	for _, c := range []struct {
		name, script string
		params       map[string]string
	}{
		{"timeline/country", "timeline", map[string]string{"entity": "China"}},
		{"timeline/country-all", "timeline", map[string]string{"entity": "China", "limit": "0"}},
		{"entity/country", "entity", map[string]string{"entity": "China"}},
		{"evidence/country", "evidence", map[string]string{"entity": "China"}},
		{"entity/unknown", "entity", map[string]string{"entity": "nobody at all"}},
		{"sanctions", "sanctions", nil},
		{"sanctions/2020", "sanctions", map[string]string{"from": "2020", "to": "2020"}},
		{"spokesperson-demands", "spokesperson-demands", nil},
	} {
		s, ok := queries.Lookup(c.script)
		if !ok {
			b.Fatalf("no script %s", c.script)
		}
		b.Run(c.name, func(b *testing.B) {
			rows := 0
			for i := 0; i < b.N; i++ {
				rows = 0
				err := queries.RunScriptNotes(context.Background(), st.QuadStore(), s, c.params, func(queries.Row) error {
					rows++
					return nil
				}, nil)
				if err != nil {
					b.Fatal(err)
				}
			}
			b.ReportMetric(float64(rows), "rows")
		})
	}
}
