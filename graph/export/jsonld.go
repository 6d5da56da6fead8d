package export

import (
	"bufio"
	"io"
	"sort"
	"strings"

	"github.com/cayleygraph/cayley/graph"
	"github.com/cayleygraph/quad"

	"newsgraph/schema"
)

func init() {
	Register(format{name: "jsonld", ext: ".jsonld", write: writeJSONLD})
}

var rdfType = quad.IRI(schema.Expand(string(schema.Type)))

// writeJSONLD writes a JSON-LD document: an @context with the project's
// prefixes and one graph object {"@id": label, "@graph": [...]} per quad
// label (document); quads without a label are top-level node objects.
// Every quad survives a JSON-LD to RDF conversion unchanged (blank nodes
// excepted: JSON-LD processors rename them).
func writeJSONLD(w io.Writer, qs graph.QuadStore) error {
	quads, err := readAll(qs)
	if err != nil {
		return err
	}
	// label term -> subject term -> quads
	byGraph := map[string]map[string][]quad.Quad{}
	labels := map[string]quad.Value{}
	for _, q := range quads {
		if err := checkLabel(q); err != nil {
			return err
		}
		g := term(q.Label) // "" for the default graph
		labels[g] = q.Label
		if byGraph[g] == nil {
			byGraph[g] = map[string][]quad.Quad{}
		}
		s := term(q.Subject)
		byGraph[g][s] = append(byGraph[g][s], q)
	}

	var top []any
	defaultNodes := map[string]object{}
	for _, n := range nodeObjects(byGraph[""]) {
		defaultNodes[n[0].val.(string)] = n
	}
	for _, g := range sortedKeys(byGraph) {
		if g == "" {
			continue
		}
		id := jsonldID(labels[g])
		var nodes []any
		for _, n := range nodeObjects(byGraph[g]) {
			nodes = append(nodes, n)
		}
		obj := object{{"@id", id}}
		if dn, ok := defaultNodes[id]; ok { // the label node also has default-graph quads
			obj = append(obj, dn[1:]...)
			delete(defaultNodes, id)
		}
		top = append(top, append(obj, member{"@graph", nodes}))
	}
	for _, n := range nodeObjects(byGraph[""]) {
		if _, ok := defaultNodes[n[0].val.(string)]; ok {
			top = append(top, n)
		}
	}
	if top == nil {
		top = []any{}
	}

	var ctx object
	for _, p := range schema.Prefixes {
		ctx = append(ctx, member{strings.TrimSuffix(p.Prefix, ":"), p.Namespace})
	}
	doc := object{{"@context", ctx}, {"@graph", top}}
	bw := bufio.NewWriter(w)
	writeJSON(bw, doc, 0)
	bw.WriteByte('\n')
	return bw.Flush()
}

// nodeObjects turns the quads of one graph, grouped by subject, into node
// objects sorted by subject; the first member of each is its "@id".
func nodeObjects(bySubject map[string][]quad.Quad) []object {
	var out []object
	for _, s := range sortedKeys(bySubject) {
		qs := bySubject[s]
		obj := object{{"@id", jsonldID(qs[0].Subject)}}
		var types []any
		props := map[string][]quad.Quad{}
		for _, q := range qs {
			if q.Predicate == rdfType {
				switch q.Object.(type) {
				case quad.IRI, quad.BNode:
					types = append(types, jsonldID(q.Object))
					continue
				}
			}
			p := term(q.Predicate)
			props[p] = append(props[p], q)
		}
		if len(types) > 0 {
			obj = append(obj, member{"@type", oneOrMany(types)})
		}
		for _, p := range sortedKeys(props) {
			var vals []any
			for _, q := range props[p] {
				vals = append(vals, jsonldValue(q.Object))
			}
			obj = append(obj, member{jsonldID(props[p][0].Predicate), oneOrMany(vals)})
		}
		out = append(out, obj)
	}
	return out
}

// jsonldID is the JSON-LD form of an IRI or blank node: a compact IRI when
// a context prefix covers it and the compact form cannot be misread.
func jsonldID(v quad.Value) string {
	switch v := v.(type) {
	case quad.BNode:
		return "_:" + bnodeLabel(string(v))
	case quad.IRI:
		c, ok := compact(string(v))
		if ok && !strings.HasPrefix(c[strings.IndexByte(c, ':')+1:], "//") {
			return c
		}
		return string(v)
	}
	return term(v)
}

func jsonldValue(v quad.Value) any {
	switch v := v.(type) {
	case quad.IRI, quad.BNode:
		return object{{"@id", jsonldID(v)}}
	case quad.String:
		return string(v)
	case quad.TypedString:
		return object{{"@value", string(v.Value)}, {"@type", jsonldID(v.Type)}}
	case quad.LangString:
		if langTag.MatchString(v.Lang) {
			return object{{"@value", string(v.Value)}, {"@language", v.Lang}}
		}
		return string(v.Value)
	}
	return term(v)
}

func oneOrMany(vs []any) any {
	if len(vs) == 1 {
		return vs[0]
	}
	return vs
}

func sortedKeys[V any](m map[string]V) []string {
	keys := make([]string, 0, len(m))
	for k := range m {
		keys = append(keys, k)
	}
	sort.Strings(keys)
	return keys
}
