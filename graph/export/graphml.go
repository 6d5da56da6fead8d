package export

import (
	"bufio"
	"bytes"
	"encoding/xml"
	"fmt"
	"io"
	"strconv"
	"strings"

	"github.com/cayleygraph/cayley/graph"
)

func init() {
	Register(format{name: "graphml", ext: ".graphml", write: writeGraphML})
}

// writeGraphML writes GraphML for yEd and Gephi: nodes n1..nN with their
// IRI, name, type, kind, documents and literal properties as data, edges
// with their predicate's local name; yEd shape nodes carry the label and
// the colour of the node's kind.
func writeGraphML(w io.Writer, qs graph.QuadStore) error {
	v, err := buildView(qs)
	if err != nil {
		return err
	}
	bw := bufio.NewWriter(w)
	p := func(format string, args ...any) { fmt.Fprintf(bw, format, args...) }
	p("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n")
	p("<graphml xmlns=\"http://graphml.graphdrawing.org/xmlns\" xmlns:xsi=\"http://www.w3.org/2001/XMLSchema-instance\" xmlns:y=\"http://www.yworks.com/xml/graphml\" xsi:schemaLocation=\"http://graphml.graphdrawing.org/xmlns http://www.yworks.com/xml/schema/graphml/1.1/ygraphml.xsd\">\n")

	key := func(id, target, name, typ string) {
		p("  <key id=\"%s\" for=\"%s\" attr.name=\"%s\" attr.type=\"%s\"/>\n", id, target, xmlEsc(name), typ)
	}
	key("iri", "node", "iri", "string")
	key("label", "node", "label", "string")
	key("type", "node", "type", "string")
	key("kind", "node", "kind", "string")
	key("documents", "node", "documents", "int")
	nodeKeys := map[string]string{}
	for i, a := range v.nodeAttrs {
		nodeKeys[a] = "node_attr" + strconv.Itoa(i)
		key(nodeKeys[a], "node", a, "string")
	}
	key("elabel", "edge", "label", "string")
	key("predicate", "edge", "predicate", "string")
	key("edocuments", "edge", "documents", "int")
	key("sources", "edge", "sources", "string")
	edgeKeys := map[string]string{}
	for i, a := range v.edgeAttrs {
		edgeKeys[a] = "edge_attr" + strconv.Itoa(i)
		key(edgeKeys[a], "edge", a, "string")
	}
	p("  <key id=\"ynode\" for=\"node\" yfiles.type=\"nodegraphics\"/>\n")
	p("  <key id=\"yedge\" for=\"edge\" yfiles.type=\"edgegraphics\"/>\n")

	p("  <graph id=\"newsgraph\" edgedefault=\"directed\">\n")
	data := func(indent, key, val string) {
		p("%s<data key=\"%s\">%s</data>\n", indent, key, xmlEsc(val))
	}
	ids := map[string]string{}
	for i, n := range v.nodes {
		id := "n" + strconv.Itoa(i+1)
		ids[n.id] = id
		p("    <node id=\"%s\">\n", id)
		const in = "      "
		data(in, "iri", n.id)
		data(in, "label", n.label)
		data(in, "type", n.typ)
		data(in, "kind", n.kind)
		data(in, "documents", strconv.Itoa(n.docs))
		for _, a := range v.nodeAttrs {
			if val, ok := n.attrs[a]; ok {
				data(in, nodeKeys[a], val)
			}
		}
		s := styles[n.kind]
		p("%s<data key=\"ynode\"><y:ShapeNode><y:Fill color=\"%s\"/><y:NodeLabel>%s</y:NodeLabel><y:Shape type=\"%s\"/></y:ShapeNode></data>\n",
			in, s.color, xmlEsc(n.label), yedShape(s))
		p("    </node>\n")
	}
	for _, e := range v.edges {
		p("    <edge id=\"%s\" source=\"%s\" target=\"%s\">\n", e.id, ids[e.source], ids[e.target])
		const in = "      "
		data(in, "elabel", e.label)
		data(in, "predicate", e.predicate)
		data(in, "edocuments", strconv.Itoa(len(e.docs)))
		data(in, "sources", strings.Join(e.docs, " "))
		for _, a := range v.edgeAttrs {
			if val, ok := e.attrs[a]; ok {
				data(in, edgeKeys[a], val)
			}
		}
		p("%s<data key=\"yedge\"><y:PolyLineEdge><y:Arrows source=\"none\" target=\"standard\"/><y:EdgeLabel>%s</y:EdgeLabel></y:PolyLineEdge></data>\n", in, xmlEsc(e.label))
		p("    </edge>\n")
	}
	p("  </graph>\n</graphml>\n")
	return bw.Flush()
}

// xmlEsc escapes text for XML content and attribute values (quotes,
// newlines and tabs included); characters XML cannot hold become U+FFFD.
func xmlEsc(s string) string {
	var b bytes.Buffer
	xml.EscapeText(&b, []byte(s)) // never fails on a bytes buffer
	return b.String()
}
