package export

import (
	"bufio"
	"io"

	"github.com/cayleygraph/cayley/graph"
)

func init() {
	Register(format{name: "cytoscape", ext: ".cyjs", write: writeCytoscape})
}

// writeCytoscape writes Cytoscape.js elements JSON:
// {"elements": {"nodes": [{"data": {...}}], "edges": [{"data": {...}}]}}.
// Node data: id (IRI), label, type, kind, documents and literal
// properties; edge data: id, source, target, label, predicate, documents
// and sources (the document IRIs).
func writeCytoscape(w io.Writer, qs graph.QuadStore) error {
	v, err := buildView(qs)
	if err != nil {
		return err
	}
	nodes := []any{}
	for _, n := range v.nodes {
		data := object{{"id", n.id}, {"label", n.label}, {"type", n.typ}, {"kind", n.kind},
			{"documents", n.docs}, {"color", styles[n.kind].color}}
		for _, a := range v.nodeAttrs {
			if val, ok := n.attrs[a]; ok {
				data = append(data, member{a, val})
			}
		}
		nodes = append(nodes, object{{"data", data}})
	}
	edges := []any{}
	for _, e := range v.edges {
		sources := []any{}
		for _, d := range e.docs {
			sources = append(sources, d)
		}
		data := object{{"id", e.id}, {"source", e.source}, {"target", e.target}, {"label", e.label},
			{"predicate", e.predicate}, {"documents", len(e.docs)}, {"sources", sources}}
		for _, a := range v.edgeAttrs {
			if val, ok := e.attrs[a]; ok {
				data = append(data, member{a, val})
			}
		}
		edges = append(edges, object{{"data", data}})
	}
	doc := object{{"elements", object{{"nodes", nodes}, {"edges", edges}}}}
	bw := bufio.NewWriter(w)
	writeJSON(bw, doc, 0)
	bw.WriteByte('\n')
	return bw.Flush()
}
