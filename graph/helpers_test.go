package graph

import (
	"context"
	"database/sql"
	"fmt"
	"net/url"
	"os"
	"path/filepath"
	"sort"
	"strings"
	"sync/atomic"
	"testing"

	"github.com/cayleygraph/quad"

	"newsgraph/schema"
)

// backends every store test runs against (btree is Cayley's in-memory
// key-value store); PostgreSQL joins when
// NEWSGRAPH_TEST_POSTGRES holds a DSN (a database per test is created in it).
func testBackends() []string {
	b := []string{"bolt", "bbolt", "leveldb", "memstore", "btree"}
	if os.Getenv("NEWSGRAPH_TEST_POSTGRES") != "" {
		b = append(b, "postgres")
	}
	return b
}

// forEachBackend runs fn as a subtest per backend.
func forEachBackend(t *testing.T, fn func(t *testing.T, backend string)) {
	for _, b := range testBackends() {
		t.Run(b, func(t *testing.T) { fn(t, b) })
	}
}

// storePath returns a fresh, not yet existing store location for backend.
func storePath(t testing.TB, backend string) string {
	dir := t.TempDir()
	switch backend {
	case "bbolt":
		return filepath.Join(dir, "newsgraph.db")
	case "memstore", "btree":
		return ""
	case "postgres":
		return postgresDB(t)
	}
	return filepath.Join(dir, "store")
}

var pgSeq atomic.Int64

// postgresDB creates a throwaway database on the server of
// NEWSGRAPH_TEST_POSTGRES and returns its DSN; it is dropped after the test.
func postgresDB(t testing.TB) string {
	admin := os.Getenv("NEWSGRAPH_TEST_POSTGRES")
	u, err := url.Parse(admin)
	if err != nil {
		t.Fatalf("NEWSGRAPH_TEST_POSTGRES: %v", err)
	}
	db, err := sql.Open("postgres", admin)
	if err != nil {
		t.Fatal(err)
	}
	name := fmt.Sprintf("ngtest_%d_%d", os.Getpid(), pgSeq.Add(1))
	if _, err := db.Exec("CREATE DATABASE " + name); err != nil {
		db.Close()
		t.Fatalf("creating test database: %v", err)
	}
	t.Cleanup(func() {
		defer db.Close()
		if _, err := db.Exec("DROP DATABASE IF EXISTS " + name + " WITH (FORCE)"); err != nil {
			t.Logf("dropping %s: %v", name, err)
		}
	})
	u.Path = "/" + name
	return u.String()
}

func openNew(t testing.TB, backend string) (*Store, string) {
	t.Helper()
	path := storePath(t, backend)
	s, err := Open(backend, path, true)
	if err != nil {
		t.Fatalf("Open(%s, create): %v", backend, err)
	}
	t.Cleanup(func() { s.Close() })
	return s, path
}

// dump lists every quad of the store as sorted N-Quads lines.
func dump(t testing.TB, s *Store) []string {
	t.Helper()
	ctx := context.Background()
	it := s.QuadStore().QuadsAllIterator()
	defer it.Close()
	var out []string
	for it.Next(ctx) {
		out = append(out, s.QuadStore().Quad(it.Result()).NQuad())
	}
	if err := it.Err(); err != nil {
		t.Fatal(err)
	}
	sort.Strings(out)
	return out
}

// dumpLabel lists the quads of one document as sorted N-Quads lines.
func dumpLabel(t testing.TB, s *Store, identifier string) []string {
	t.Helper()
	qs, err := s.labelled(quad.IRI(schema.DocumentIRI(identifier)))
	if err != nil {
		t.Fatal(err)
	}
	return nquads(qs)
}

func nquads(qs []quad.Quad) []string {
	out := make([]string, 0, len(qs))
	for _, q := range qs {
		out = append(out, q.NQuad())
	}
	sort.Strings(out)
	return out
}

func union(lists ...[]string) []string {
	seen := map[string]bool{}
	var out []string
	for _, l := range lists {
		for _, s := range l {
			if !seen[s] {
				seen[s] = true
				out = append(out, s)
			}
		}
	}
	sort.Strings(out)
	return out
}

func sameLines(t testing.TB, what string, got, want []string) {
	t.Helper()
	if strings.Join(got, "\n") == strings.Join(want, "\n") {
		return
	}
	g, w := map[string]bool{}, map[string]bool{}
	for _, s := range got {
		g[s] = true
	}
	for _, s := range want {
		w[s] = true
	}
	var msg strings.Builder
	for _, s := range got {
		if !w[s] {
			fmt.Fprintf(&msg, "\n  extra:   %s", s)
		}
	}
	for _, s := range want {
		if !g[s] {
			fmt.Fprintf(&msg, "\n  missing: %s", s)
		}
	}
	t.Fatalf("%s: got %d quads, want %d:%s", what, len(got), len(want), msg.String())
}

func hasQuad(t testing.TB, s *Store, q quad.Quad) bool {
	t.Helper()
	want := q.NQuad()
	for _, l := range dump(t, s) {
		if l == want {
			return true
		}
	}
	return false
}

// --- sample facts, written for these tests ---

func span(start int, text string) schema.Span {
	return schema.Span{Start: start, End: start + len([]rune(text)), Text: text}
}

func docA() schema.DocFacts {
	s1 := "Foreign Ministry spokesperson Wang Wenbin urged Canada to release the detained executive."
	s2 := "China's embassy criticised the decision on Tuesday."
	return schema.DocFacts{
		Doc: schema.DocumentInfo{Identifier: "a.txt", Path: "docs/a.txt", Title: "Beijing urges Ottawa",
			Date: "2021-03-02", Hash: "aaaa1"},
		Entities: []schema.Entity{
			{Name: "Wang Wenbin", Class: schema.Person, Aliases: []string{"Wang", "Wang Wenbin", "Wang"}},
			{Name: "Ministry of Foreign Affairs of China", Class: schema.GovernmentOrganization, Aliases: []string{"Foreign Ministry"}},
			{Name: "China", Class: schema.Country},
			{Name: "Canada", Class: schema.Country},
		},
		Relations: []schema.Relation{
			{Subject: "Wang Wenbin", Predicate: schema.SpokespersonFor, Object: "Ministry of Foreign Affairs of China",
				JobTitle: "spokesperson", Rule: "rel.spokesperson.apposition", Evidence: span(0, s1)},
			{Subject: "Ministry of Foreign Affairs of China", Predicate: schema.ParentOrganization, Object: "Government of China",
				Rule: "rel.parent.of", Evidence: span(0, s1)},
		},
		Events: []schema.Event{
			{Class: schema.Demand, Agent: []string{"Wang Wenbin"}, Target: []string{"Canada"}, Date: "2021-03-02",
				CAMEO: "10", Trigger: "urged", Rule: "ev.demand.urge", Evidence: span(0, s1)},
			{Class: schema.Criticism, Agent: []string{"China"}, About: []string{"Canada"},
				CAMEO: "11", Trigger: "criticised", Quote: "a grave mistake", Rule: "ev.criticise", Evidence: span(len([]rune(s1))+1, s2)},
		},
	}
}

func docB() schema.DocFacts {
	s1 := "China's foreign minister met his Canadian counterpart."
	return schema.DocFacts{
		Doc: schema.DocumentInfo{Identifier: "b.txt", Path: "docs/b.txt", Date: "2021-03-05", Hash: "bbbb1"},
		Entities: []schema.Entity{
			{Name: "China", Class: schema.Country},
			{Name: "Canada", Class: schema.Country},
			{Name: "Wang Wenbin", Class: schema.Person},
		},
		Events: []schema.Event{
			{Class: schema.Meeting, Agent: []string{"China"}, Target: []string{"Canada"},
				CAMEO: "04", Trigger: "met", Rule: "ev.meet", Evidence: span(0, s1)},
		},
	}
}

func docC() schema.DocFacts {
	return schema.DocFacts{
		Doc:      schema.DocumentInfo{Identifier: "c.txt", Path: "docs/c.txt", Hash: "cccc1"},
		Entities: []schema.Entity{{Name: "Huawei", Class: schema.Corporation}},
	}
}

// docA2 is a new version of a.txt that no longer mentions China.
func docA2() schema.DocFacts {
	f := docA()
	f.Doc.Hash = "aaaa2"
	f.Doc.Title = "Beijing urges Ottawa again"
	f.Entities = []schema.Entity{f.Entities[0], f.Entities[3]}
	f.Relations = nil
	f.Events = f.Events[:1]
	f.Events[0].Quote = "release her now"
	return f
}

func put(t testing.TB, w *Writer, fs ...schema.DocFacts) {
	t.Helper()
	for _, f := range fs {
		if _, err := w.Put(f); err != nil {
			t.Fatalf("Put(%s): %v", f.Doc.Identifier, err)
		}
	}
	if err := w.Flush(); err != nil {
		t.Fatalf("Flush: %v", err)
	}
}

// writeABC writes the three sample documents, committing every 10 quads.
func writeABC(t testing.TB, s *Store) {
	t.Helper()
	w := NewWriter(s, WriterOptions{BatchQuads: 10})
	put(t, w, docA(), docB(), docC())
	if err := w.Close(); err != nil {
		t.Fatal(err)
	}
}
