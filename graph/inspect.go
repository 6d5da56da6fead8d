package graph

import (
	"context"
	"sort"

	"github.com/cayleygraph/quad"

	"newsgraph/schema"
)

// Documents returns the documents the store holds: identifier -> content hash.
func (s *Store) Documents() (map[string]string, error) {
	ctx := context.Background()
	out := make(map[string]string)
	class := s.qs.ValueOf(schema.Document.IRI())
	if class == nil {
		return out, nil
	}
	var docs []quad.Value
	seen := make(map[quad.Value]bool)
	it := s.qs.QuadIterator(quad.Object, class)
	for it.Next(ctx) {
		q := s.qs.Quad(it.Result())
		if q.Predicate == schema.Type.IRI() && !seen[q.Subject] {
			seen[q.Subject] = true
			docs = append(docs, q.Subject)
		}
	}
	err := it.Err()
	it.Close()
	if err != nil {
		return nil, err
	}
	for _, d := range docs {
		var id, hash string
		it := s.qs.QuadIterator(quad.Subject, s.qs.ValueOf(d))
		for it.Next(ctx) {
			q := s.qs.Quad(it.Result())
			v, ok := q.Object.(quad.String)
			if !ok || q.Label != d {
				continue
			}
			switch q.Predicate {
			case schema.Identifier.IRI():
				id = string(v)
			case schema.ContentHash.IRI():
				hash = string(v)
			}
		}
		err := it.Err()
		it.Close()
		if err != nil {
			return nil, err
		}
		if id != "" {
			out[id] = hash
		}
	}
	return out, nil
}

// Counts summarises a store's contents.
type Counts struct {
	Quads      int64            // quads in the store
	Classes    map[string]int64 // rdf:type object -> distinct nodes of that type
	Predicates map[string]int64 // predicate -> quads using it
}

// Counts reads the whole store once and counts nodes by class and quads by
// predicate. Keys are the values as stored (short IRIs: "schema:Person").
func (s *Store) Counts() (Counts, error) {
	ctx := context.Background()
	c := Counts{Classes: make(map[string]int64), Predicates: make(map[string]int64)}
	typed := make(map[string]map[quad.Value]bool)
	it := s.qs.QuadsAllIterator()
	defer it.Close()
	for it.Next(ctx) {
		q := s.qs.Quad(it.Result())
		c.Quads++
		p := valueKey(q.Predicate)
		c.Predicates[p]++
		if q.Predicate == schema.Type.IRI() {
			k := valueKey(q.Object)
			if typed[k] == nil {
				typed[k] = make(map[quad.Value]bool)
			}
			typed[k][q.Subject] = true
		}
	}
	if err := it.Err(); err != nil {
		return c, err
	}
	for k, nodes := range typed {
		c.Classes[k] = int64(len(nodes))
	}
	return c, nil
}

func valueKey(v quad.Value) string {
	switch v := v.(type) {
	case quad.IRI:
		return string(v)
	case nil:
		return ""
	}
	return v.String()
}

func sortedKeys(m map[string]string) []string {
	keys := make([]string, 0, len(m))
	for k := range m {
		keys = append(keys, k)
	}
	sort.Strings(keys)
	return keys
}
