package graph

import (
	"context"
	"testing"

	cgraph "github.com/cayleygraph/cayley/graph"
	ckv "github.com/cayleygraph/cayley/graph/kv"
	"github.com/cayleygraph/quad"

	"newsgraph/schema"
)

func TestBackendsRegistered(t *testing.T) {
	have := map[string]bool{}
	for _, b := range Backends() {
		have[b] = true
	}
	for _, b := range []string{"bbolt", "bolt", "btree", "cockroach", "leveldb", "memstore", "mysql", "postgres", "sql"} {
		if !have[b] {
			t.Errorf("backend %s not registered (have %v)", b, Backends())
		}
	}
}

func TestWriteReadBack(t *testing.T) {
	forEachBackend(t, func(t *testing.T, backend string) {
		s, _ := openNew(t, backend)
		w := NewWriter(s, WriterOptions{})
		put(t, w, docA())
		sameLines(t, "store after writing a.txt", dump(t, s), nquads(Quads(docA())))
		st := w.Stats()
		if st.Written != 1 || st.QuadsAdded != len(Quads(docA())) || st.QuadsDeleted != 0 {
			t.Errorf("stats %+v", st)
		}
	})
}

func TestTypedLiteralsRoundTrip(t *testing.T) {
	forEachBackend(t, func(t *testing.T, backend string) {
		s, _ := openNew(t, backend)
		put(t, NewWriter(s, WriterOptions{}), docA())
		qs := s.QuadStore()
		ctx := context.Background()
		check := func(subject quad.IRI, pred schema.Predicate, value, typ string) {
			t.Helper()
			it := qs.QuadIterator(quad.Subject, qs.ValueOf(subject))
			defer it.Close()
			found := false
			for it.Next(ctx) {
				q := qs.Quad(it.Result())
				if q.Predicate != pred.IRI() {
					continue
				}
				ts, ok := q.Object.(quad.TypedString)
				if !ok {
					t.Fatalf("%s %s: read back %T %v, want a typed string", subject, pred, q.Object, q.Object)
				}
				if string(ts.Type) != typ || string(ts.Value) != value {
					t.Errorf("%s %s: read back %q^^%q, want %q^^%q", subject, pred, ts.Value, ts.Type, value, typ)
				}
				found = true
			}
			if !found {
				t.Errorf("%s %s: not found", subject, pred)
			}
		}
		check("ng:doc/a-txt", schema.DatePublished, "2021-03-02", "http://www.w3.org/2001/XMLSchema#date")
		check("ng:event/a-txt/1", schema.Date, "2021-03-02", "http://www.w3.org/2001/XMLSchema#date")
		check("ng:rel/a-txt/1", schema.SentenceEnd, "89", "http://www.w3.org/2001/XMLSchema#integer")
		// the typed value can be looked up as a node
		if qs.ValueOf(quad.TypedString{Value: "2021-03-02", Type: schema.XSDDate}) == nil {
			t.Error("the xsd:date value is not found by ValueOf")
		}
	})
}

func TestWriteTwiceAddsNothing(t *testing.T) {
	forEachBackend(t, func(t *testing.T, backend string) {
		s, _ := openNew(t, backend)
		w := NewWriter(s, WriterOptions{})
		put(t, w, docA(), docB())
		before := dump(t, s)
		first := w.Stats()

		res, err := w.Put(docA())
		if err != nil {
			t.Fatal(err)
		}
		if !res.Unchanged || res.Added != 0 || res.Deleted != 0 {
			t.Errorf("same document again: %+v, want unchanged", res)
		}
		// same facts under a new hash: nothing but the hash changes
		a := docA()
		a.Doc.Hash = "aaaa-other"
		res, err = w.Put(a)
		if err != nil {
			t.Fatal(err)
		}
		if res.Unchanged || res.Added != 1 || res.Deleted != 1 {
			t.Errorf("new hash, same facts: %+v, want 1 added 1 deleted (the hash)", res)
		}
		if err := w.Flush(); err != nil {
			t.Fatal(err)
		}
		st := w.Stats()
		if st.Unchanged != 1 || st.QuadsAdded-first.QuadsAdded != 1 || st.QuadsDeleted != 1 {
			t.Errorf("stats %+v after %+v", st, first)
		}
		a.Doc.Hash = "aaaa1"
		put(t, w, a) // back to the original
		sameLines(t, "after rewriting", dump(t, s), before)
	})
}

// A document an older newsgraph wrote (no facts version, no inverse links)
// is written again though its content is unchanged, and then holds what a
// fresh build holds.
func TestOlderFactsLayoutIsRewritten(t *testing.T) {
	forEachBackend(t, func(t *testing.T, backend string) {
		s, _ := openNew(t, backend)
		w := NewWriter(s, WriterOptions{})
		put(t, w, docA())
		want := dump(t, s)
		var old []quad.Quad
		for _, q := range Quads(docA()) {
			p := schema.Predicate(q.Predicate.(quad.IRI))
			if p == schema.FactsVersion || p.IsInverseLink() {
				old = append(old, q)
			}
		}
		if len(old) < 4 {
			t.Fatalf("docA has %d version and inverse-link quads, want at least 4", len(old))
		}
		if err := s.QuadStore().ApplyDeltas(deltas(old, cgraph.Delete), cgraph.IgnoreOpts{}); err != nil {
			t.Fatal(err)
		}
		res, err := w.Put(docA())
		if err != nil {
			t.Fatal(err)
		}
		if res.Unchanged || res.Added != len(old) || res.Deleted != 0 {
			t.Errorf("document in the older layout: %+v, want %d quads added", res, len(old))
		}
		if err := w.Flush(); err != nil {
			t.Fatal(err)
		}
		sameLines(t, "after the rewrite", dump(t, s), want)
	})
}

func deltas(qs []quad.Quad, a cgraph.Procedure) []cgraph.Delta {
	out := make([]cgraph.Delta, len(qs))
	for i, q := range qs {
		out[i] = cgraph.Delta{Quad: q, Action: a}
	}
	return out
}

func TestChangedDocumentReplacesItsFacts(t *testing.T) {
	forEachBackend(t, func(t *testing.T, backend string) {
		s, _ := openNew(t, backend)
		w := NewWriter(s, WriterOptions{})
		put(t, w, docA(), docB())
		chinaByA := quad.Quad{Subject: quad.IRI("ng:id/china"), Predicate: schema.Name.IRI(), Object: quad.String("China"), Label: quad.IRI("ng:doc/a-txt")}
		chinaByB := chinaByA
		chinaByB.Label = quad.IRI("ng:doc/b-txt")
		if !hasQuad(t, s, chinaByA) || !hasQuad(t, s, chinaByB) {
			t.Fatal("China's name should be supported by both documents")
		}

		res, err := w.Put(docA2())
		if err != nil {
			t.Fatal(err)
		}
		if res.Unchanged || res.Added == 0 || res.Deleted == 0 {
			t.Errorf("changed document: %+v", res)
		}
		if err := w.Flush(); err != nil {
			t.Fatal(err)
		}
		sameLines(t, "a.txt after its change", dumpLabel(t, s, "a.txt"), nquads(Quads(docA2())))
		sameLines(t, "b.txt after a.txt changed", dumpLabel(t, s, "b.txt"), nquads(Quads(docB())))
		sameLines(t, "whole store", dump(t, s), union(nquads(Quads(docA2())), nquads(Quads(docB()))))
		if hasQuad(t, s, chinaByA) {
			t.Error("a.txt no longer mentions China but still supports its name")
		}
		if !hasQuad(t, s, chinaByB) {
			t.Error("China's name as supported by b.txt is gone")
		}
		docs, err := s.Documents()
		if err != nil {
			t.Fatal(err)
		}
		if docs["a.txt"] != "aaaa2" || docs["b.txt"] != "bbbb1" || len(docs) != 2 {
			t.Errorf("Documents() = %v", docs)
		}
	})
}

func TestRemoveAndPrune(t *testing.T) {
	forEachBackend(t, func(t *testing.T, backend string) {
		s, _ := openNew(t, backend)
		w := NewWriter(s, WriterOptions{})
		put(t, w, docA(), docB(), docC())
		res, err := w.Remove("b.txt")
		if err != nil {
			t.Fatal(err)
		}
		if res.Deleted != len(Quads(docB())) {
			t.Errorf("Remove: %+v, want %d deleted", res, len(Quads(docB())))
		}
		if err := w.Flush(); err != nil {
			t.Fatal(err)
		}
		sameLines(t, "after removing b.txt", dump(t, s), union(nquads(Quads(docA())), nquads(Quads(docC()))))
		// removing what is not there does nothing
		if res, err := w.Remove("nosuch.txt"); err != nil || res.Deleted != 0 {
			t.Errorf("Remove(nosuch.txt) = %+v, %v", res, err)
		}

		put(t, w, docB())
		gone, err := w.Prune(map[string]bool{"b.txt": true, "other.txt": true})
		if err != nil {
			t.Fatal(err)
		}
		if len(gone) != 2 || gone[0] != "a.txt" || gone[1] != "c.txt" {
			t.Errorf("Prune removed %v, want [a.txt c.txt]", gone)
		}
		sameLines(t, "after pruning", dump(t, s), nquads(Quads(docB())))
		docs, err := s.Documents()
		if err != nil {
			t.Fatal(err)
		}
		if len(docs) != 1 || docs["b.txt"] != "bbbb1" {
			t.Errorf("Documents() = %v", docs)
		}
		if st := w.Stats(); st.Removed != 3 {
			t.Errorf("stats %+v, want 3 removed", st)
		}
	})
}

func TestIncrementalEqualsTogether(t *testing.T) {
	forEachBackend(t, func(t *testing.T, backend string) {
		s1, _ := openNew(t, backend)
		w1 := NewWriter(s1, WriterOptions{})
		put(t, w1, docA())
		put(t, w1, docB())
		put(t, w1, docC())

		s2, _ := openNew(t, backend)
		w2 := NewWriter(s2, WriterOptions{})
		put(t, w2, docC(), docA(), docB())

		want := union(nquads(Quads(docA())), nquads(Quads(docB())), nquads(Quads(docC())))
		sameLines(t, "one at a time", dump(t, s1), want)
		sameLines(t, "together", dump(t, s2), want)
	})
}

func TestLaterBufferedVersionWins(t *testing.T) {
	forEachBackend(t, func(t *testing.T, backend string) {
		s, _ := openNew(t, backend)
		w := NewWriter(s, WriterOptions{})
		put(t, w, docB())
		// a.txt twice in one batch, then b.txt removed and put back
		if _, err := w.Put(docA()); err != nil {
			t.Fatal(err)
		}
		if _, err := w.Put(docA2()); err != nil {
			t.Fatal(err)
		}
		if _, err := w.Remove("b.txt"); err != nil {
			t.Fatal(err)
		}
		if res, err := w.Put(docB()); err != nil || !res.Unchanged {
			t.Fatalf("b.txt back as it is in the store: %+v, %v", res, err)
		}
		if err := w.Close(); err != nil {
			t.Fatal(err)
		}
		sameLines(t, "store", dump(t, s), union(nquads(Quads(docA2())), nquads(Quads(docB()))))
		// and the old version buffered after the new one wins too
		if _, err := w.Put(docA2()); err != nil {
			t.Fatal(err)
		}
		if _, err := w.Put(docA()); err != nil {
			t.Fatal(err)
		}
		if err := w.Close(); err != nil {
			t.Fatal(err)
		}
		sameLines(t, "store", dump(t, s), union(nquads(Quads(docA())), nquads(Quads(docB()))))
	})
}

func TestSmallBatchesFlushWholeDocuments(t *testing.T) {
	forEachBackend(t, func(t *testing.T, backend string) {
		s, _ := openNew(t, backend)
		w := NewWriter(s, WriterOptions{BatchQuads: 5})
		for _, f := range []schema.DocFacts{docA(), docB(), docC()} {
			if _, err := w.Put(f); err != nil {
				t.Fatal(err)
			}
			// each document exceeds the batch, so it is already in the store, whole
			sameLines(t, f.Doc.Identifier, dumpLabel(t, s, f.Doc.Identifier), nquads(Quads(f)))
		}
		if err := w.Close(); err != nil {
			t.Fatal(err)
		}
	})
}

func TestReopenSeesData(t *testing.T) {
	for _, backend := range testBackends() {
		if !cgraph.IsPersistent(backend) {
			continue
		}
		t.Run(backend, func(t *testing.T) {
			path := storePath(t, backend)
			s, err := Open(backend, path, true)
			if err != nil {
				t.Fatal(err)
			}
			w := NewWriter(s, WriterOptions{})
			if _, err := w.Put(docA()); err != nil {
				t.Fatal(err)
			}
			if err := w.Close(); err != nil {
				t.Fatal(err)
			}
			want := dump(t, s)
			if err := s.Close(); err != nil {
				t.Fatal(err)
			}
			s, err = Open(backend, path, false)
			if err != nil {
				t.Fatalf("reopen: %v", err)
			}
			defer s.Close()
			sameLines(t, "after reopening", dump(t, s), want)
			// and create on an existing store opens it as it is
			s.Close()
			s, err = Open(backend, path, true)
			if err != nil {
				t.Fatalf("reopen with create: %v", err)
			}
			sameLines(t, "after reopening with create", dump(t, s), want)
			w = NewWriter(s, WriterOptions{})
			if res, err := w.Put(docA()); err != nil || !res.Unchanged {
				t.Errorf("Put after reopen: %+v, %v", res, err)
			}
		})
	}
}

func TestCounts(t *testing.T) {
	forEachBackend(t, func(t *testing.T, backend string) {
		s, _ := openNew(t, backend)
		put(t, NewWriter(s, WriterOptions{}), docA(), docB())
		c, err := s.Counts()
		if err != nil {
			t.Fatal(err)
		}
		all := append(Quads(docA()), Quads(docB())...)
		if c.Quads != int64(len(all)) {
			t.Errorf("Quads = %d, want %d", c.Quads, len(all))
		}
		names := 0
		for _, q := range all {
			if q.Predicate == schema.Name.IRI() {
				names++
			}
		}
		if c.Predicates["schema:name"] != int64(names) {
			t.Errorf("schema:name = %d, want %d", c.Predicates["schema:name"], names)
		}
		// Wang Wenbin, China and Canada appear in both documents: one node each
		want := map[string]int64{"schema:Person": 1, "schema:Country": 2, "schema:NewsArticle": 2,
			"schema:GovernmentOrganization": 1, "ng:Relation": 2, "ng:Demand": 1, "ng:Meeting": 1, "ng:Criticism": 1}
		for k, v := range want {
			if c.Classes[k] != v {
				t.Errorf("Classes[%s] = %d, want %d", k, c.Classes[k], v)
			}
		}
		if len(c.Classes) != len(want) {
			t.Errorf("Classes = %v", c.Classes)
		}
	})
}

// The label index added to new kv stores is used and kept up to date.
func TestLabelIndex(t *testing.T) {
	for _, backend := range []string{"bolt", "bbolt", "leveldb"} {
		t.Run(backend, func(t *testing.T) {
			s, _ := openNew(t, backend)
			put(t, NewWriter(s, WriterOptions{}), docA(), docB())
			qs := s.QuadStore()
			it := qs.QuadIterator(quad.Label, qs.ValueOf(quad.IRI("ng:doc/b-txt")))
			defer it.Close()
			if _, ok := it.(*ckv.QuadIterator); !ok {
				t.Errorf("label lookup uses %T, want an index scan (*kv.QuadIterator)", it)
			}
			sameLines(t, "label lookup", dumpLabel(t, s, "b.txt"), nquads(Quads(docB())))
		})
	}
}

// Cayley's kv stores lose a node from quads added in a batch that removes
// more references to it than it adds; the writer must not be caught by it,
// neither within one document nor across documents of one batch.
func TestShrinkingSharedNodesInOneBatch(t *testing.T) {
	forEachBackend(t, func(t *testing.T, backend string) {
		s, _ := openNew(t, backend)
		w := NewWriter(s, WriterOptions{})
		put(t, w, docA())
		// one batch: a.txt shrinks (drops most China and a.txt quads) while
		// b.txt adds quads on China
		if _, err := w.Put(docA2()); err != nil {
			t.Fatal(err)
		}
		if _, err := w.Put(docB()); err != nil {
			t.Fatal(err)
		}
		if err := w.Flush(); err != nil {
			t.Fatal(err)
		}
		sameLines(t, "store", dump(t, s), union(nquads(Quads(docA2())), nquads(Quads(docB()))))
	})
}

func TestLosesNodes(t *testing.T) {
	q := func(s, o string) quad.Quad {
		return quad.Quad{Subject: quad.IRI(s), Predicate: quad.IRI("p"), Object: quad.String(o), Label: quad.IRI("l")}
	}
	add := func(q quad.Quad) cgraph.Delta { return cgraph.Delta{Quad: q, Action: cgraph.Add} }
	del := func(q quad.Quad) cgraph.Delta { return cgraph.Delta{Quad: q, Action: cgraph.Delete} }
	if losesNodes([]cgraph.Delta{add(q("a", "1")), add(q("b", "2"))}) {
		t.Error("additions only")
	}
	if losesNodes([]cgraph.Delta{del(q("a", "1")), add(q("a", "2"))}) {
		t.Error("one out, one in: no node loses")
	}
	if !losesNodes([]cgraph.Delta{del(q("a", "1")), del(q("a", "3")), add(q("a", "2"))}) {
		t.Error("a loses two references and gains one")
	}
	other := quad.Quad{Subject: quad.IRI("b"), Predicate: quad.IRI("p2"), Object: quad.String("2"), Label: quad.IRI("l2")}
	if losesNodes([]cgraph.Delta{del(q("a", "1")), del(q("a", "3")), add(other)}) {
		t.Error("the added quad uses none of the nodes that lose references")
	}
}
