package export

import (
	"bytes"
	"encoding/json"
	"encoding/xml"
	"fmt"
	"io"
	"os/exec"
	"sort"
	"strings"
	"testing"

	"github.com/cayleygraph/cayley/graph/memstore"

	"newsgraph/schema"
)

func memstoreNew() *memstore.QuadStore { return memstore.New() }

// parsed is a visualizer file read back: node attributes by node IRI, and
// edges with their endpoints' IRIs.
type parsed struct {
	nodes map[string]map[string]string
	edges []parsedEdge
}

type parsedEdge struct {
	source, target string
	attrs          map[string]string
}

func xmlWellFormed(b []byte) error {
	d := xml.NewDecoder(bytes.NewReader(b))
	for {
		_, err := d.Token()
		if err == io.EOF {
			return nil
		}
		if err != nil {
			return err
		}
	}
}

type xmlData struct {
	Key   string `xml:"key,attr"`
	Text  string `xml:",chardata"`
	Shape *struct {
		Label string `xml:"NodeLabel"`
	} `xml:"ShapeNode"`
	Line *struct {
		Label string `xml:"EdgeLabel"`
	} `xml:"PolyLineEdge"`
}

func parseGraphML(t *testing.T, b []byte) parsed {
	var doc struct {
		Keys []struct {
			ID   string `xml:"id,attr"`
			Name string `xml:"attr.name,attr"`
		} `xml:"key"`
		Graph struct {
			Nodes []struct {
				ID   string    `xml:"id,attr"`
				Data []xmlData `xml:"data"`
			} `xml:"node"`
			Edges []struct {
				Source string    `xml:"source,attr"`
				Target string    `xml:"target,attr"`
				Data   []xmlData `xml:"data"`
			} `xml:"edge"`
		} `xml:"graph"`
	}
	if err := xml.Unmarshal(b, &doc); err != nil {
		t.Fatalf("graphml: %v", err)
	}
	names := map[string]string{}
	for _, k := range doc.Keys {
		names[k.ID] = k.Name
	}
	attrs := func(ds []xmlData) map[string]string {
		m := map[string]string{}
		for _, d := range ds {
			switch {
			case d.Shape != nil:
				m["yed label"] = d.Shape.Label
			case d.Line != nil:
				m["yed label"] = d.Line.Label
			default:
				m[names[d.Key]] = d.Text
			}
		}
		return m
	}
	p := parsed{nodes: map[string]map[string]string{}}
	iris := map[string]string{}
	for _, n := range doc.Graph.Nodes {
		a := attrs(n.Data)
		iris[n.ID] = a["iri"]
		p.nodes[a["iri"]] = a
	}
	for _, e := range doc.Graph.Edges {
		p.edges = append(p.edges, parsedEdge{iris[e.Source], iris[e.Target], attrs(e.Data)})
	}
	return p
}

func parseGEXF(t *testing.T, b []byte) parsed {
	type attvalue struct {
		For   string `xml:"for,attr"`
		Value string `xml:"value,attr"`
	}
	var doc struct {
		Graph struct {
			Attributes []struct {
				Class string `xml:"class,attr"`
				Attr  []struct {
					ID    string `xml:"id,attr"`
					Title string `xml:"title,attr"`
				} `xml:"attribute"`
			} `xml:"attributes"`
			Nodes []struct {
				ID    string     `xml:"id,attr"`
				Label string     `xml:"label,attr"`
				Vals  []attvalue `xml:"attvalues>attvalue"`
			} `xml:"nodes>node"`
			Edges []struct {
				Source string     `xml:"source,attr"`
				Target string     `xml:"target,attr"`
				Label  string     `xml:"label,attr"`
				Weight string     `xml:"weight,attr"`
				Vals   []attvalue `xml:"attvalues>attvalue"`
			} `xml:"edges>edge"`
		} `xml:"graph"`
	}
	if err := xml.Unmarshal(b, &doc); err != nil {
		t.Fatalf("gexf: %v", err)
	}
	titles := map[string]string{}
	for _, c := range doc.Graph.Attributes {
		for _, a := range c.Attr {
			titles[c.Class+" "+a.ID] = a.Title
		}
	}
	p := parsed{nodes: map[string]map[string]string{}}
	for _, n := range doc.Graph.Nodes {
		m := map[string]string{"label": n.Label}
		for _, v := range n.Vals {
			m[titles["node "+v.For]] = v.Value
		}
		p.nodes[n.ID] = m
	}
	for _, e := range doc.Graph.Edges {
		m := map[string]string{"label": e.Label, "weight": e.Weight}
		for _, v := range e.Vals {
			m[titles["edge "+v.For]] = v.Value
		}
		p.edges = append(p.edges, parsedEdge{e.Source, e.Target, m})
	}
	return p
}

func parseCytoscape(t *testing.T, b []byte) parsed {
	var doc struct {
		Elements struct {
			Nodes []struct{ Data map[string]any } `json:"nodes"`
			Edges []struct{ Data map[string]any } `json:"edges"`
		} `json:"elements"`
	}
	if err := json.Unmarshal(b, &doc); err != nil {
		t.Fatalf("cytoscape: %v", err)
	}
	str := func(data map[string]any) map[string]string {
		m := map[string]string{}
		for k, v := range data {
			switch v := v.(type) {
			case []any:
				var parts []string
				for _, x := range v {
					parts = append(parts, fmt.Sprint(x))
				}
				m[k] = strings.Join(parts, " ")
			default:
				m[k] = fmt.Sprint(v)
			}
		}
		return m
	}
	p := parsed{nodes: map[string]map[string]string{}}
	for _, n := range doc.Elements.Nodes {
		m := str(n.Data)
		p.nodes[m["id"]] = m
	}
	for _, e := range doc.Elements.Edges {
		m := str(e.Data)
		p.edges = append(p.edges, parsedEdge{m["source"], m["target"], m})
	}
	return p
}

// dotTokens splits one DOT statement line into tokens, unquoting quoted
// strings (\" and \\ escapes; \n read as a newline, as a label shows it).
func dotTokens(t *testing.T, line string) []string {
	var toks []string
	rs := []rune(line)
	for i := 0; i < len(rs); i++ {
		switch r := rs[i]; {
		case r == ' ' || r == '\t':
		case r == '"':
			var b strings.Builder
			for i++; ; i++ {
				if i >= len(rs) {
					t.Fatalf("dot: unterminated string in %s", line)
				}
				if rs[i] == '"' {
					break
				}
				if rs[i] == '\\' && i+1 < len(rs) {
					i++
					switch rs[i] {
					case 'n':
						b.WriteRune('\n')
					case '"', '\\':
						b.WriteRune(rs[i])
					default:
						t.Fatalf("dot: unexpected escape \\%c in %s", rs[i], line)
					}
					continue
				}
				b.WriteRune(rs[i])
			}
			toks = append(toks, "\x00"+b.String()) // mark as quoted
		case r == '-' && i+1 < len(rs) && rs[i+1] == '>':
			toks = append(toks, "->")
			i++
		case strings.ContainsRune("[]=,;{}", r):
			toks = append(toks, string(r))
		default:
			j := i
			for j < len(rs) && !strings.ContainsRune(" \t[]=,;{}\"", rs[j]) {
				j++
			}
			toks = append(toks, string(rs[i:j]))
			i = j - 1
		}
	}
	return toks
}

func parseDOT(t *testing.T, b []byte) parsed {
	p := parsed{nodes: map[string]map[string]string{}}
	lines := strings.Split(strings.TrimSpace(string(b)), "\n")
	if lines[0] != "digraph newsgraph {" || lines[len(lines)-1] != "}" {
		t.Fatalf("dot: not a digraph:\n%s", b)
	}
	for _, line := range lines[1 : len(lines)-1] {
		toks := dotTokens(t, line)
		if len(toks) < 3 || toks[len(toks)-1] != ";" {
			t.Fatalf("dot: bad statement %s", line)
		}
		if !strings.HasPrefix(toks[0], "\x00") {
			continue // graph, node and edge defaults
		}
		i := 1
		target := ""
		if toks[1] == "->" {
			target = strings.TrimPrefix(toks[2], "\x00")
			i = 3
		}
		attrs := map[string]string{}
		if toks[i] != "[" {
			t.Fatalf("dot: no attribute list in %s", line)
		}
		for i++; toks[i] != "]"; i += 4 {
			if toks[i+1] != "=" || (toks[i+3] != "," && toks[i+3] != "]") {
				t.Fatalf("dot: bad attribute list in %s", line)
			}
			attrs[strings.TrimPrefix(toks[i], "\x00")] = strings.TrimPrefix(toks[i+2], "\x00")
			if toks[i+3] == "]" {
				break
			}
		}
		src := strings.TrimPrefix(toks[0], "\x00")
		if target == "" {
			p.nodes[src] = attrs
		} else {
			p.edges = append(p.edges, parsedEdge{src, target, attrs})
		}
	}
	return p
}

func fullIRI(s string) string { return schema.Expand(s) }

func TestVisualizers(t *testing.T) {
	parsers := map[string]func(*testing.T, []byte) parsed{
		"graphml": parseGraphML, "gexf": parseGEXF, "cytoscape": parseCytoscape, "dot": parseDOT,
	}
	for name, parse := range parsers {
		t.Run(name, func(t *testing.T) {
			out := export(t, name, 3)
			if name == "graphml" || name == "gexf" {
				if err := xmlWellFormed(out); err != nil {
					t.Fatalf("not well-formed XML: %v", err)
				}
			}
			if name == "dot" {
				if dot, err := exec.LookPath("dot"); err == nil {
					cmd := exec.Command(dot, "-Tsvg")
					cmd.Stdin = bytes.NewReader(out)
					if msg, err := cmd.CombinedOutput(); err != nil {
						t.Errorf("graphviz rejects the file: %v\n%s", err, msg)
					}
				}
			}
			checkView(t, parse(t, out))
		})
	}
}

func checkView(t *testing.T, p parsed) {
	t.Helper()
	var ids []string
	for id := range p.nodes {
		ids = append(ids, id)
	}
	sort.Strings(ids)
	var want []string
	for _, s := range []string{docA, docB, wang, ministry, china, joly, canada, demand} {
		want = append(want, fullIRI(s))
	}
	sort.Strings(want)
	if strings.Join(ids, " ") != strings.Join(want, " ") {
		t.Fatalf("nodes = %v\nwant %v", ids, want)
	}
	node := func(s string, attrs map[string]string) {
		t.Helper()
		got := p.nodes[fullIRI(s)]
		for k, v := range attrs {
			if got[k] != v {
				t.Errorf("node %s: %s = %q, want %q", s, k, got[k], v)
			}
		}
		if yl, ok := got["yed label"]; ok && yl != got["label"] {
			t.Errorf("node %s: yEd label %q, label %q", s, yl, got["label"])
		}
	}
	node(joly, map[string]string{"label": "Mélanie Joly", "type": "Person", "kind": "entity", "documents": "1"})
	node(wang, map[string]string{"label": "Wang Wenbin", "type": "Person", "kind": "entity", "documents": "2"})
	node(ministry, map[string]string{"label": "Ministry of Foreign Affairs of China", "type": "GovernmentOrganization", "alternateName": "Foreign Ministry"})
	node(canada, map[string]string{"label": "Canada", "type": "Country", "documents": "2"})
	node(demand, map[string]string{"label": "Demand", "type": "Demand", "kind": "event", "date": "2023-03-01",
		"evidence": evidence, "sentenceStart": "120", "sentenceEnd": "214", "cameo": "10"})
	node(docA, map[string]string{"label": headline, "type": "NewsArticle", "kind": "document", "identifier": "brief-a.txt"})
	node(docB, map[string]string{"label": "brief-b.txt", "kind": "document", "datePublished": "2023-03-01"})

	type key struct{ s, label, o string }
	edges := map[key]map[string]string{}
	for _, e := range p.edges {
		k := key{e.source, e.attrs["label"], e.target}
		if edges[k] != nil {
			t.Errorf("edge %v written twice", k)
		}
		edges[k] = e.attrs
		if yl, ok := e.attrs["yed label"]; ok && yl != e.attrs["label"] {
			t.Errorf("edge %v: yEd label %q", k, yl)
		}
	}
	wantEdges := map[key]map[string]string{
		{wang, "spokespersonFor", ministry}:     {"documents": "2", "jobTitle": "spokesperson", "sources": fullIRI(docA) + " " + fullIRI(docB)},
		{ministry, "parentOrganization", china}: {"documents": "1"},
		{joly, "nationality", canada}:           {"documents": "1", "predicate": schema.SchemaNS + "nationality"},
		{demand, "agent", wang}:                 {"documents": "1"},
		{demand, "target", canada}:              {"documents": "1"},
		{demand, "source", docA}:                {"documents": "1"},
	}
	if len(edges) != len(wantEdges) {
		t.Errorf("%d edges, want %d: %v", len(edges), len(wantEdges), edges)
	}
	for k, attrs := range wantEdges {
		got := edges[key{fullIRI(k.s), k.label, fullIRI(k.o)}]
		if got == nil {
			t.Errorf("no edge %v", k)
			continue
		}
		for a, v := range attrs {
			if got[a] != v {
				t.Errorf("edge %v: %s = %q, want %q", k, a, got[a], v)
			}
		}
	}
}
