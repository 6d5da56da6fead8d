package export

import (
	"bufio"
	"fmt"
	"io"
	"strconv"
	"strings"

	"github.com/cayleygraph/cayley/graph"
)

func init() {
	Register(format{name: "gexf", ext: ".gexf", write: writeGEXF})
}

// writeGEXF writes GEXF 1.3 for Gephi: nodes identified by IRI and labelled
// with their name, type/kind/documents and literal properties as
// attributes, the kind's colour as viz:color; edges labelled with the
// predicate's local name and weighted by the number of documents.
func writeGEXF(w io.Writer, qs graph.QuadStore) error {
	v, err := buildView(qs)
	if err != nil {
		return err
	}
	bw := bufio.NewWriter(w)
	p := func(format string, args ...any) { fmt.Fprintf(bw, format, args...) }
	p("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n")
	p("<gexf xmlns=\"http://gexf.net/1.3\" xmlns:viz=\"http://gexf.net/1.3/viz\" xmlns:xsi=\"http://www.w3.org/2001/XMLSchema-instance\" xsi:schemaLocation=\"http://gexf.net/1.3 http://gexf.net/1.3/gexf.xsd\" version=\"1.3\">\n")
	p("  <meta>\n    <creator>newsgraph</creator>\n    <description>entities, events and documents of a newsgraph store</description>\n  </meta>\n")
	p("  <graph defaultedgetype=\"directed\" mode=\"static\">\n")

	attrs := func(class string, fixed [][2]string, dyn []string) map[string]string {
		ids := map[string]string{}
		p("    <attributes class=\"%s\">\n", class)
		for i, f := range fixed {
			ids[f[0]] = class[:1] + strconv.Itoa(i)
			p("      <attribute id=\"%s\" title=\"%s\" type=\"%s\"/>\n", ids[f[0]], f[0], f[1])
		}
		for i, a := range dyn {
			ids[a] = class[:1] + strconv.Itoa(len(fixed)+i)
			p("      <attribute id=\"%s\" title=\"%s\" type=\"string\"/>\n", ids[a], xmlEsc(a))
		}
		p("    </attributes>\n")
		return ids
	}
	nodeIDs := attrs("node", [][2]string{{"type", "string"}, {"kind", "string"}, {"documents", "integer"}}, v.nodeAttrs)
	edgeIDs := attrs("edge", [][2]string{{"predicate", "string"}, {"documents", "integer"}, {"sources", "string"}}, v.edgeAttrs)

	attvalues := func(ids map[string]string, vals [][2]string) {
		p("        <attvalues>\n")
		for _, kv := range vals {
			p("          <attvalue for=\"%s\" value=\"%s\"/>\n", ids[kv[0]], xmlEsc(kv[1]))
		}
		p("        </attvalues>\n")
	}

	p("    <nodes>\n")
	for _, n := range v.nodes {
		p("      <node id=\"%s\" label=\"%s\">\n", xmlEsc(n.id), xmlEsc(n.label))
		vals := [][2]string{{"type", n.typ}, {"kind", n.kind}, {"documents", strconv.Itoa(n.docs)}}
		for _, a := range v.nodeAttrs {
			if val, ok := n.attrs[a]; ok {
				vals = append(vals, [2]string{a, val})
			}
		}
		attvalues(nodeIDs, vals)
		s := styles[n.kind]
		p("        <viz:color r=\"%d\" g=\"%d\" b=\"%d\"/>\n", s.r, s.g, s.b)
		p("      </node>\n")
	}
	p("    </nodes>\n    <edges>\n")
	for _, e := range v.edges {
		weight := len(e.docs)
		if weight == 0 {
			weight = 1
		}
		p("      <edge id=\"%s\" source=\"%s\" target=\"%s\" label=\"%s\" weight=\"%d\">\n",
			e.id, xmlEsc(e.source), xmlEsc(e.target), xmlEsc(e.label), weight)
		vals := [][2]string{{"predicate", e.predicate}, {"documents", strconv.Itoa(len(e.docs))}, {"sources", strings.Join(e.docs, " ")}}
		for _, a := range v.edgeAttrs {
			if val, ok := e.attrs[a]; ok {
				vals = append(vals, [2]string{a, val})
			}
		}
		attvalues(edgeIDs, vals)
		p("      </edge>\n")
	}
	p("    </edges>\n  </graph>\n</gexf>\n")
	return bw.Flush()
}
