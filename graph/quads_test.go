package graph

import (
	"reflect"
	"strings"
	"testing"

	"github.com/cayleygraph/quad"

	"newsgraph/schema"
)

func TestQuadsDeterministicAndLabelled(t *testing.T) {
	f := docA()
	a, b := Quads(f), Quads(docA())
	if !reflect.DeepEqual(a, b) {
		t.Fatal("Quads gave different results for the same facts")
	}
	if strings.Join(nquadLines(a), "\n") != strings.Join(nquadLines(b), "\n") {
		t.Fatal("N-Quads text differs for the same facts")
	}
	label := quad.IRI(f.Doc.IRI())
	seen := map[quad.Quad]bool{}
	for _, q := range a {
		if q.Label != label {
			t.Errorf("quad %s: label %v, want %v", q.NQuad(), q.Label, label)
		}
		if seen[q] {
			t.Errorf("duplicate quad %s", q.NQuad())
		}
		seen[q] = true
		for _, v := range []quad.Value{q.Subject, q.Predicate, q.Object} {
			switch v := v.(type) {
			case quad.BNode:
				t.Errorf("blank node in %s", q.NQuad())
			case quad.IRI:
				if strings.Contains(string(v), "://") {
					t.Errorf("full IRI %s stored in %s; want the short form", v, q.NQuad())
				}
			case quad.TypedString:
				if !strings.HasPrefix(string(v.Type), schema.XSDNS) {
					t.Errorf("datatype %s is not a full xsd IRI in %s", v.Type, q.NQuad())
				}
			}
		}
	}
}

func nquadLines(qs []quad.Quad) []string {
	out := make([]string, len(qs))
	for i, q := range qs {
		out[i] = q.NQuad()
	}
	return out
}

func TestQuadsMapping(t *testing.T) {
	qs := Quads(docA())
	has := map[string]bool{}
	for _, q := range qs {
		has[q.NQuad()] = true
	}
	doc := "<ng:doc/a-txt>"
	wang, mfa, canada := "<ng:id/wang-wenbin>", "<ng:id/ministry-of-foreign-affairs-of-china>", "<ng:id/canada>"
	want := []string{
		doc + ` <rdf:type> <schema:NewsArticle> ` + doc + ` .`,
		doc + ` <schema:identifier> "a.txt" ` + doc + ` .`,
		doc + ` <ng:path> "docs/a.txt" ` + doc + ` .`,
		doc + ` <schema:headline> "Beijing urges Ottawa" ` + doc + ` .`,
		doc + ` <schema:datePublished> "2021-03-02"^^<http://www.w3.org/2001/XMLSchema#date> ` + doc + ` .`,
		doc + ` <ng:contentHash> "aaaa1" ` + doc + ` .`,
		wang + ` <rdf:type> <schema:Person> ` + doc + ` .`,
		wang + ` <schema:name> "Wang Wenbin" ` + doc + ` .`,
		wang + ` <schema:alternateName> "Wang" ` + doc + ` .`,
		wang + ` <ng:spokespersonFor> ` + mfa + ` ` + doc + ` .`,
		mfa + ` <ng:spokesperson> ` + wang + ` ` + doc + ` .`, // the inverse links
		wang + ` <ng:subjectOf> <ng:rel/a-txt/1> ` + doc + ` .`,
		mfa + ` <ng:objectOf> <ng:rel/a-txt/1> ` + doc + ` .`,
		wang + ` <schema:jobTitle> "spokesperson" ` + doc + ` .`,
		`<ng:rel/a-txt/1> <rdf:type> <ng:Relation> ` + doc + ` .`,
		`<ng:rel/a-txt/1> <rdf:subject> ` + wang + ` ` + doc + ` .`,
		`<ng:rel/a-txt/1> <rdf:predicate> <ng:spokespersonFor> ` + doc + ` .`,
		`<ng:rel/a-txt/1> <rdf:object> ` + mfa + ` ` + doc + ` .`,
		`<ng:rel/a-txt/1> <ng:rule> "rel.spokesperson.apposition" ` + doc + ` .`,
		`<ng:rel/a-txt/1> <ng:sentenceStart> "0"^^<http://www.w3.org/2001/XMLSchema#integer> ` + doc + ` .`,
		`<ng:rel/a-txt/1> <ng:source> ` + doc + ` ` + doc + ` .`,
		// a name with no entity record still gets its node
		mfa + ` <schema:parentOrganization> <ng:id/government-of-china> ` + doc + ` .`,
		`<ng:event/a-txt/1> <rdf:type> <ng:Demand> ` + doc + ` .`,
		`<ng:event/a-txt/1> <schema:name> "Demand: Wang Wenbin → Canada" ` + doc + ` .`,
		`<ng:event/a-txt/1> <schema:agent> ` + wang + ` ` + doc + ` .`,
		`<ng:event/a-txt/1> <schema:target> ` + canada + ` ` + doc + ` .`,
		`<ng:event/a-txt/1> <ng:date> "2021-03-02"^^<http://www.w3.org/2001/XMLSchema#date> ` + doc + ` .`,
		`<ng:event/a-txt/1> <ng:cameo> "10" ` + doc + ` .`,
		`<ng:event/a-txt/1> <ng:trigger> "urged" ` + doc + ` .`,
		`<ng:event/a-txt/2> <schema:about> ` + canada + ` ` + doc + ` .`,
		`<ng:event/a-txt/2> <ng:quote> "a grave mistake" ` + doc + ` .`,
		`<ng:event/a-txt/2> <ng:sentenceStart> "90"^^<http://www.w3.org/2001/XMLSchema#integer> ` + doc + ` .`,
	}
	for _, w := range want {
		if !has[w] {
			t.Errorf("missing %s", w)
		}
	}
	notWant := []string{
		wang + ` <schema:alternateName> "Wang Wenbin" ` + doc + ` .`, // equal to the name
		`<ng:event/a-txt/2> <ng:date> `,                              // no date known
	}
	for _, nw := range notWant {
		for q := range has {
			if strings.HasPrefix(q, nw) {
				t.Errorf("unexpected %s", q)
			}
		}
	}
	// the entity without a record is named, the event without a date has none
	if !has[`<ng:id/government-of-china> <schema:name> "Government of China" `+doc+` .`] {
		t.Error("entity without a record has no name")
	}
}
