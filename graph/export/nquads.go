package export

import (
	"bufio"
	"encoding/hex"
	"fmt"
	"io"
	"regexp"
	"strings"

	"github.com/cayleygraph/cayley/graph"
	"github.com/cayleygraph/quad"
)

func init() {
	Register(format{name: "nquads", ext: ".nq", write: writeNQuads})
}

// writeNQuads writes one N-Quads line per quad: full IRIs, full datatype
// IRIs, the label as the graph name, lines sorted.
func writeNQuads(w io.Writer, qs graph.QuadStore) error {
	quads, err := readAll(qs)
	if err != nil {
		return err
	}
	bw := bufio.NewWriter(w)
	for _, q := range quads {
		if err := checkLabel(q); err != nil {
			return err
		}
		bw.WriteString(nquadLine(q))
		bw.WriteByte('\n')
	}
	return bw.Flush()
}

// checkLabel rejects quads whose label RDF cannot name a graph with.
func checkLabel(q quad.Quad) error {
	switch q.Label.(type) {
	case nil, quad.IRI, quad.BNode:
		return nil
	}
	return fmt.Errorf("export: quad %v has a literal label, which RDF cannot represent", q)
}

// nquadLine is the N-Quads line of q (without its newline).
func nquadLine(q quad.Quad) string {
	var b strings.Builder
	b.WriteString(term(q.Subject))
	b.WriteByte(' ')
	b.WriteString(term(q.Predicate))
	b.WriteByte(' ')
	b.WriteString(term(q.Object))
	if q.Label != nil {
		b.WriteByte(' ')
		b.WriteString(term(q.Label))
	}
	b.WriteString(" .")
	return b.String()
}

// term is the N-Quads form of a value in full form.
func term(v quad.Value) string {
	switch v := v.(type) {
	case quad.IRI:
		return iriRef(string(v))
	case quad.BNode:
		return "_:" + bnodeLabel(string(v))
	case quad.String:
		return quoted(string(v))
	case quad.TypedString:
		return quoted(string(v.Value)) + "^^" + iriRef(string(v.Type))
	case quad.LangString:
		if langTag.MatchString(v.Lang) {
			return quoted(string(v.Value)) + "@" + v.Lang
		}
		return quoted(string(v.Value))
	case nil:
		return ""
	}
	return term(full(v))
}

var langTag = regexp.MustCompile(`^[a-zA-Z]+(-[a-zA-Z0-9]+)*$`)

// iriRef writes <iri>, with the characters IRIREF forbids as \u escapes.
func iriRef(s string) string {
	var b strings.Builder
	b.WriteByte('<')
	for _, r := range s {
		if r <= 0x20 || strings.ContainsRune("<>\"{}|^`\\", r) {
			fmt.Fprintf(&b, `\u%04X`, r)
			continue
		}
		b.WriteRune(r)
	}
	b.WriteByte('>')
	return b.String()
}

// quoted writes a STRING_LITERAL_QUOTE.
func quoted(s string) string {
	var b strings.Builder
	b.WriteByte('"')
	for _, r := range s {
		switch r {
		case '"':
			b.WriteString(`\"`)
		case '\\':
			b.WriteString(`\\`)
		case '\n':
			b.WriteString(`\n`)
		case '\r':
			b.WriteString(`\r`)
		case '\t':
			b.WriteString(`\t`)
		default:
			if r < 0x20 || r == 0x7f {
				fmt.Fprintf(&b, `\u%04X`, r)
			} else {
				b.WriteRune(r)
			}
		}
	}
	b.WriteByte('"')
	return b.String()
}

var plainBNode = regexp.MustCompile(`^[A-Za-z0-9_][A-Za-z0-9_-]*$`)

// bnodeLabel keeps simple blank node labels and hex-encodes the others.
func bnodeLabel(s string) string {
	if plainBNode.MatchString(s) {
		return s
	}
	return "x-" + hex.EncodeToString([]byte(s))
}

// NQuadsLine is the N-Quads line (without newline) of one quad as the
// nquads export writes it: full IRIs and full datatype IRIs. It lets a
// stream of quads that never enters a store be written the same way.
func NQuadsLine(q quad.Quad) string {
	return nquadLine(quad.Quad{Subject: full(q.Subject), Predicate: full(q.Predicate), Object: full(q.Object), Label: full(q.Label)})
}
