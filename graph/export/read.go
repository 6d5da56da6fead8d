package export

import (
	"context"
	"fmt"
	"sort"
	"strings"
	"unicode/utf8"

	"github.com/cayleygraph/cayley/graph"
	"github.com/cayleygraph/cayley/voc"
	"github.com/cayleygraph/quad"

	"newsgraph/schema"
)

var xsdString = quad.IRI(schema.XSDNS + "string")

// readAll reads every quad of qs with its values in full form (see full),
// duplicates removed, sorted by their N-Quads line.
func readAll(qs graph.QuadStore) ([]quad.Quad, error) {
	ctx := context.Background()
	it := qs.QuadsAllIterator()
	defer it.Close()
	type keyed struct {
		line string
		q    quad.Quad
	}
	seen := map[string]bool{}
	var all []keyed
	for it.Next(ctx) {
		q := qs.Quad(it.Result())
		if !q.IsValid() {
			continue
		}
		q = quad.Quad{Subject: full(q.Subject), Predicate: full(q.Predicate), Object: full(q.Object), Label: full(q.Label)}
		line := nquadLine(q)
		if seen[line] {
			continue
		}
		seen[line] = true
		all = append(all, keyed{line, q})
	}
	if err := it.Err(); err != nil {
		return nil, fmt.Errorf("export: reading quads: %w", err)
	}
	sort.Slice(all, func(i, j int) bool { return all[i].line < all[j].line })
	out := make([]quad.Quad, len(all))
	for i, k := range all {
		out[i] = k.q
	}
	return out, nil
}

// full returns v with its IRI (or its datatype IRI) expanded: the project's
// short prefixes by schema.Expand, the others Cayley knows by voc.FullIRI.
// Native values (quad.Int, quad.Time...) become typed strings, and
// xsd:string literals plain strings (the same RDF term).
func full(v quad.Value) quad.Value {
	switch v := v.(type) {
	case nil:
		return nil
	case quad.IRI:
		return quad.IRI(expand(string(v)))
	case quad.BNode, quad.LangString:
		return v
	case quad.String:
		return quad.String(validUTF8(string(v)))
	case quad.TypedString:
		t := quad.IRI(expand(string(v.Type)))
		if t == xsdString {
			return quad.String(validUTF8(string(v.Value)))
		}
		return quad.TypedString{Value: quad.String(validUTF8(string(v.Value))), Type: t}
	case quad.TypedStringer:
		return full(v.TypedString())
	default:
		return quad.String(validUTF8(v.String()))
	}
}

func expand(iri string) string {
	if e := schema.Expand(iri); e != iri {
		return e
	}
	return voc.FullIRI(iri)
}

func validUTF8(s string) string {
	if utf8.ValidString(s) {
		return s
	}
	return strings.ToValidUTF8(s, "\uFFFD")
}

// compact returns the short form of a full IRI when one of the project's
// prefixes covers it.
func compact(iri string) (string, bool) {
	for _, p := range schema.Prefixes {
		if strings.HasPrefix(iri, p.Namespace) {
			return p.Prefix + iri[len(p.Namespace):], true
		}
	}
	return iri, false
}

// localName is the last segment of an IRI: "worksFor" for
// "http://schema.org/worksFor", "wang-wenbin" for ".../id/wang-wenbin".
func localName(iri string) string {
	s := strings.TrimRight(iri, "/#")
	if i := strings.LastIndexAny(s, "/#:"); i >= 0 && i+1 < len(s) {
		return s[i+1:]
	}
	if s == "" {
		return iri
	}
	return s
}

// literalText is the text of a literal value, nil for IRIs and blank nodes.
func literalText(v quad.Value) (string, bool) {
	switch v := v.(type) {
	case quad.String:
		return string(v), true
	case quad.TypedString:
		return string(v.Value), true
	case quad.LangString:
		return string(v.Value), true
	}
	return "", false
}
