package export

import (
	"bytes"
	"encoding/json"
	"io"
	"regexp"
	"sort"
	"strconv"
	"strings"
	"testing"

	"github.com/cayleygraph/quad"
	"github.com/cayleygraph/quad/jsonld"
	"github.com/cayleygraph/quad/nquads"

	"newsgraph/schema"
)

var allFormats = []string{"cytoscape", "dot", "gexf", "graphml", "jsonld", "nquads"}

func TestRegistry(t *testing.T) {
	names := Names()
	if strings.Join(names, ",") != strings.Join(allFormats, ",") {
		t.Fatalf("Names() = %v, want %v", names, allFormats)
	}
	exts := map[string]bool{}
	for _, n := range names {
		f, ok := Lookup(n)
		if !ok || f.Name() != n {
			t.Fatalf("Lookup(%q) = %v, %v", n, f, ok)
		}
		if !strings.HasPrefix(f.Ext(), ".") || exts[f.Ext()] {
			t.Errorf("format %s: bad or duplicate extension %q", n, f.Ext())
		}
		exts[f.Ext()] = true
	}
	if _, ok := Lookup("graphviz"); ok {
		t.Error("Lookup found an unregistered format")
	}
	if err := Write("nope", io.Discard, newStore(1)); err == nil {
		t.Error("Write with an unknown format did not fail")
	}
	defer func() {
		if recover() == nil {
			t.Error("registering a name twice did not panic")
		}
	}()
	Register(format{name: "nquads", ext: ".x"})
}

func export(t *testing.T, name string, seed int64) []byte {
	t.Helper()
	var buf bytes.Buffer
	if err := Write(name, &buf, newStore(seed)); err != nil {
		t.Fatalf("%s: %v", name, err)
	}
	return buf.Bytes()
}

// Two stores filled in different orders export byte-identical files.
func TestDeterministic(t *testing.T) {
	for _, name := range allFormats {
		a, b := export(t, name, 1), export(t, name, 2)
		if !bytes.Equal(a, b) {
			t.Errorf("%s: two exports differ", name)
		}
		if c := export(t, name, 1); !bytes.Equal(a, c) {
			t.Errorf("%s: the same store exported twice differs", name)
		}
	}
}

// wantQuads is the test graph as full-IRI quads, keyed by the stock N-Quads
// form of each (both sides formatted by the same quad library function).
func wantQuads() map[string]bool {
	exp := func(v quad.Value) quad.Value {
		switch v := v.(type) {
		case quad.IRI:
			return quad.IRI(schema.Expand(string(v)))
		case quad.Int:
			return quad.TypedString{Value: quad.String(strconv.Itoa(int(v))), Type: schema.XSDInteger}
		}
		return v
	}
	want := map[string]bool{}
	for _, q := range testQuads() {
		want[quad.Quad{Subject: exp(q.Subject), Predicate: exp(q.Predicate), Object: exp(q.Object), Label: exp(q.Label)}.NQuad()] = true
	}
	return want
}

func readQuads(t *testing.T, r quad.Reader) map[string]bool {
	t.Helper()
	got := map[string]bool{}
	for {
		q, err := r.ReadQuad()
		if err == io.EOF {
			return got
		}
		if err != nil {
			t.Fatal(err)
		}
		got[q.NQuad()] = true
	}
}

func sameSet(t *testing.T, what string, got, want map[string]bool) {
	t.Helper()
	var missing, extra []string
	for k := range want {
		if !got[k] {
			missing = append(missing, k)
		}
	}
	for k := range got {
		if !want[k] {
			extra = append(extra, k)
		}
	}
	sort.Strings(missing)
	sort.Strings(extra)
	if len(missing)+len(extra) > 0 {
		t.Errorf("%s: missing %d quads %q\nextra %d quads %q", what, len(missing), missing, len(extra), extra)
	}
}

func noAutoConvert(t *testing.T) {
	n, j := nquads.AutoConvertTypedString, jsonld.AutoConvertTypedString
	nquads.AutoConvertTypedString, jsonld.AutoConvertTypedString = false, false
	t.Cleanup(func() { nquads.AutoConvertTypedString, jsonld.AutoConvertTypedString = n, j })
}

var (
	nqIRI  = `<(?:[^<>"{}|^` + "`" + `\\\x00-\x20]|\\u[0-9A-F]{4})+>`
	nqLit  = `"(?:[^"\\\n\r]|\\[tbnrf"'\\]|\\u[0-9A-F]{4})*"(?:\^\^` + nqIRI + `|@[a-zA-Z]+(?:-[a-zA-Z0-9]+)*)?`
	nqLine = regexp.MustCompile(`^(` + nqIRI + `) (` + nqIRI + `) (` + nqIRI + `|` + nqLit + `) (` + nqIRI + `) \.$`)
)

func TestNQuads(t *testing.T) {
	noAutoConvert(t)
	out := export(t, "nquads", 1)
	text := string(out)
	lines := strings.Split(strings.TrimSuffix(text, "\n"), "\n")
	if !sort.StringsAreSorted(lines) {
		t.Error("lines are not sorted")
	}
	for _, l := range lines {
		m := nqLine.FindStringSubmatch(l)
		if m == nil {
			t.Errorf("not an N-Quads line with a graph label: %s", l)
			continue
		}
		for _, short := range []string{"<ng:", "<schema:", "<rdf:", "<xsd:"} {
			if strings.Contains(l, short) {
				t.Errorf("short IRI %s in %s", short, l)
			}
		}
		if !strings.HasPrefix(m[4], "<"+schema.NS+"doc/") {
			t.Errorf("label is not a document: %s", l)
		}
	}
	for _, want := range []string{
		`<` + schema.NS + `event/brief-a-txt/1> <` + schema.NS + `date> "2023-03-01"^^<http://www.w3.org/2001/XMLSchema#date> <` + schema.NS + `doc/brief-a-txt> .`,
		`<` + schema.NS + `event/brief-a-txt/1> <` + schema.NS + `sentenceStart> "120"^^<http://www.w3.org/2001/XMLSchema#integer> <` + schema.NS + `doc/brief-a-txt> .`,
		`<` + schema.NS + `id/melanie-joly> <http://schema.org/name> "Mélanie Joly" <` + schema.NS + `doc/brief-b-txt> .`,
		`"Wang said Canada \"must stop\" R&D <interference> at once – à bientôt, Mélanie\\Joly.\nHe left."`,
	} {
		if !strings.Contains(text, want) {
			t.Errorf("output lacks %s", want)
		}
	}
	got := readQuads(t, nquads.NewReader(bytes.NewReader(out), false))
	sameSet(t, "nquads read back", got, wantQuads())
	if len(lines) != len(got) {
		t.Errorf("%d lines for %d distinct quads", len(lines), len(got))
	}
}

func TestJSONLD(t *testing.T) {
	noAutoConvert(t)
	out := export(t, "jsonld", 1)
	var doc struct {
		Context map[string]string `json:"@context"`
		Graph   []struct {
			ID    string            `json:"@id"`
			Graph []json.RawMessage `json:"@graph"`
		} `json:"@graph"`
	}
	if err := json.Unmarshal(out, &doc); err != nil {
		t.Fatalf("not JSON: %v\n%s", err, out)
	}
	if doc.Context["schema"] != schema.SchemaNS || doc.Context["ng"] != schema.NS {
		t.Errorf("@context = %v", doc.Context)
	}
	var graphs []string
	for _, g := range doc.Graph {
		graphs = append(graphs, g.ID)
		if len(g.Graph) == 0 {
			t.Errorf("graph %s is empty", g.ID)
		}
	}
	if strings.Join(graphs, " ") != docA+" "+docB {
		t.Errorf("named graphs = %v, want one per document", graphs)
	}
	if !bytes.Contains(out, []byte(`"Mélanie Joly"`)) || !bytes.Contains(out, []byte(`R&D <interference>`)) {
		t.Error("literals are not written as plain readable JSON strings")
	}
	got := readQuads(t, jsonld.NewReader(bytes.NewReader(out)))
	sameSet(t, "jsonld read back", got, wantQuads())
}

// An empty store exports valid, empty files.
func TestEmptyStore(t *testing.T) {
	for _, name := range allFormats {
		var buf bytes.Buffer
		if err := Write(name, &buf, memstoreNew()); err != nil {
			t.Fatalf("%s: %v", name, err)
		}
		switch name {
		case "nquads":
			if buf.Len() != 0 {
				t.Errorf("nquads: %q", buf.String())
			}
		case "jsonld", "cytoscape":
			if !json.Valid(buf.Bytes()) {
				t.Errorf("%s: invalid JSON %s", name, buf.String())
			}
		case "graphml", "gexf":
			if err := xmlWellFormed(buf.Bytes()); err != nil {
				t.Errorf("%s: %v", name, err)
			}
		}
	}
}
