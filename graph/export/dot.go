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
	Register(format{name: "dot", ext: ".dot", write: writeDOT})
}

// writeDOT writes a Graphviz digraph: nodes named by IRI, labelled with
// their name, shaped and coloured by kind, with type, kind, documents and
// literal properties as attributes; edges labelled with the predicate's
// local name.
func writeDOT(w io.Writer, qs graph.QuadStore) error {
	v, err := buildView(qs)
	if err != nil {
		return err
	}
	bw := bufio.NewWriter(w)
	p := func(format string, args ...any) { fmt.Fprintf(bw, format, args...) }
	p("digraph newsgraph {\n")
	p("  graph [overlap=false, splines=true];\n")
	p("  node [style=filled, fontname=\"Helvetica\"];\n")
	p("  edge [fontname=\"Helvetica\", fontsize=10];\n")
	attrs := func(kvs [][2]string) string {
		parts := make([]string, len(kvs))
		for i, kv := range kvs {
			parts[i] = dotQuote(kv[0]) + "=" + dotQuote(kv[1])
		}
		return strings.Join(parts, ", ")
	}
	for _, n := range v.nodes {
		s := styles[n.kind]
		kvs := [][2]string{{"label", n.label}, {"type", n.typ}, {"kind", n.kind},
			{"documents", strconv.Itoa(n.docs)}, {"shape", s.shape}, {"fillcolor", s.color}}
		for _, a := range v.nodeAttrs {
			if val, ok := n.attrs[a]; ok {
				kvs = append(kvs, [2]string{a, val})
			}
		}
		p("  %s [%s];\n", dotQuote(n.id), attrs(kvs))
	}
	for _, e := range v.edges {
		kvs := [][2]string{{"label", e.label}, {"predicate", e.predicate},
			{"documents", strconv.Itoa(len(e.docs))}, {"sources", strings.Join(e.docs, " ")}}
		for _, a := range v.edgeAttrs {
			if val, ok := e.attrs[a]; ok {
				kvs = append(kvs, [2]string{a, val})
			}
		}
		p("  %s -> %s [%s];\n", dotQuote(e.source), dotQuote(e.target), attrs(kvs))
	}
	p("}\n")
	return bw.Flush()
}

// dotQuote writes a DOT double-quoted string: backslash and quote escaped,
// a newline as \n (a line break in labels), carriage returns dropped and
// other control characters as spaces.
func dotQuote(s string) string {
	var b strings.Builder
	b.WriteByte('"')
	for _, r := range s {
		switch {
		case r == '"' || r == '\\':
			b.WriteByte('\\')
			b.WriteRune(r)
		case r == '\n':
			b.WriteString(`\n`)
		case r == '\r':
		case r < 0x20 || r == 0x7f:
			b.WriteByte(' ')
		default:
			b.WriteRune(r)
		}
	}
	b.WriteByte('"')
	return b.String()
}
