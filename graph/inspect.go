package graph

import (
	"context"
	"sort"

	cgraph "github.com/cayleygraph/cayley/graph"
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
// It compares the store's own node references and turns only the distinct
// predicates and classes back into values: decoding every quad (three value
// lookups each) made this minutes long on a store of tens of millions.
func (s *Store) Counts() (Counts, error) {
	ctx := context.Background()
	c := Counts{Classes: make(map[string]int64), Predicates: make(map[string]int64)}
	var typeKey interface{} = noTypeKey{} // no rdf:type in the store: no class to count
	if ref := s.qs.ValueOf(schema.Type.IRI()); ref != nil {
		typeKey = cgraph.ToKey(ref)
	}
	preds := make(map[interface{}]*predCount)
	typed := make(map[interface{}]*classCount)
	it := s.qs.QuadsAllIterator()
	defer it.Close()
	for it.Next(ctx) {
		ref := it.Result()
		c.Quads++
		p := s.qs.QuadDirection(ref, quad.Predicate)
		pk := cgraph.ToKey(p)
		pc := preds[pk]
		if pc == nil {
			pc = &predCount{ref: p}
			preds[pk] = pc
		}
		pc.n++
		if pk != typeKey {
			continue
		}
		o := s.qs.QuadDirection(ref, quad.Object)
		ok := cgraph.ToKey(o)
		cc := typed[ok]
		if cc == nil {
			cc = &classCount{ref: o, nodes: make(map[interface{}]struct{})}
			typed[ok] = cc
		}
		cc.nodes[cgraph.ToKey(s.qs.QuadDirection(ref, quad.Subject))] = struct{}{}
	}
	if err := it.Err(); err != nil {
		return c, err
	}
	for _, pc := range preds {
		c.Predicates[valueKey(s.qs.NameOf(pc.ref))] += pc.n
	}
	for _, cc := range typed {
		c.Classes[valueKey(s.qs.NameOf(cc.ref))] += int64(len(cc.nodes))
	}
	return c, nil
}

type noTypeKey struct{}

type predCount struct {
	ref cgraph.Ref
	n   int64
}

type classCount struct {
	ref   cgraph.Ref
	nodes map[interface{}]struct{}
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
