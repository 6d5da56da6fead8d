package export

import (
	"math/rand"

	"github.com/cayleygraph/cayley/graph/memstore"
	"github.com/cayleygraph/quad"

	"newsgraph/schema"
)

// A small graph as package graph writes it: two documents, a spokesperson
// of a ministry of a country, a foreign minister, and a demand whose
// evidence needs escaping everywhere.

const (
	docA = "ng:doc/brief-a-txt"
	docB = "ng:doc/brief-b-txt"

	wang     = "ng:id/wang-wenbin"
	ministry = "ng:id/ministry-of-foreign-affairs-of-china"
	china    = "ng:id/china"
	joly     = "ng:id/melanie-joly"
	canada   = "ng:id/canada"
	demand   = "ng:event/brief-a-txt/1"
	rel1     = "ng:rel/brief-a-txt/1"
	rel2     = "ng:rel/brief-b-txt/1"

	evidence = "Wang said Canada \"must stop\" R&D <interference> at once – à bientôt, Mélanie\\Joly.\nHe left."
	headline = `China's "demand" & <Canada>`
)

func iri(s string) quad.IRI { return quad.IRI(s) }

func testQuads() []quad.Quad {
	date := quad.TypedString{Value: "2023-03-01", Type: schema.XSDDate}
	var qs []quad.Quad
	add := func(s string, p schema.Predicate, o quad.Value, doc string) {
		qs = append(qs, quad.Make(iri(s), p.IRI(), o, iri(doc)))
	}
	typ := func(s string, c schema.Class, doc string) { add(s, schema.Type, c.IRI(), doc) }

	for _, d := range []struct{ iri, id, headline string }{{docA, "brief-a.txt", headline}, {docB, "brief-b.txt", ""}} {
		typ(d.iri, schema.Document, d.iri)
		add(d.iri, schema.Identifier, quad.String(d.id), d.iri)
		add(d.iri, schema.DatePublished, date, d.iri)
		if d.headline != "" {
			add(d.iri, schema.Headline, quad.String(d.headline), d.iri)
		}
	}
	// Both documents name the spokesperson and his ministry.
	for _, doc := range []string{docA, docB} {
		typ(wang, schema.Person, doc)
		add(wang, schema.Name, quad.String("Wang Wenbin"), doc)
		typ(ministry, schema.GovernmentOrganization, doc)
		add(ministry, schema.Name, quad.String("Ministry of Foreign Affairs of China"), doc)
		add(wang, schema.SpokespersonFor, iri(ministry), doc)
	}
	add(ministry, schema.AlternateName, quad.String("Foreign Ministry"), docA)
	typ(china, schema.Country, docA)
	add(china, schema.Name, quad.String("China"), docA)
	add(ministry, schema.ParentOrganization, iri(china), docA)
	typ(joly, schema.Person, docB)
	add(joly, schema.Name, quad.String("Mélanie Joly"), docB)
	typ(canada, schema.Country, docA)
	typ(canada, schema.Country, docB)
	add(canada, schema.Name, quad.String("Canada"), docA)
	add(canada, schema.Name, quad.String("Canada"), docB)
	add(joly, schema.Nationality, iri(canada), docB)
	add(canada, schema.National, iri(joly), docB) // an inverse link: not drawn

	// Reified relations carrying the provenance and the job title.
	for _, r := range []struct{ iri, doc string }{{rel1, docA}, {rel2, docB}} {
		typ(r.iri, schema.RelationClass, r.doc)
		add(r.iri, schema.RDFSubject, iri(wang), r.doc)
		add(r.iri, schema.RDFPredicate, schema.SpokespersonFor.IRI(), r.doc)
		add(r.iri, schema.RDFObject, iri(ministry), r.doc)
		add(r.iri, schema.JobTitle, quad.String("spokesperson"), r.doc)
		add(r.iri, schema.Source, iri(r.doc), r.doc)
		add(wang, schema.SubjectOf, iri(r.iri), r.doc)
		add(ministry, schema.ObjectOf, iri(r.iri), r.doc)
		add(ministry, schema.Spokesperson, iri(wang), r.doc)
	}

	typ(demand, schema.Demand, docA)
	add(demand, schema.Name, quad.String("Demand"), docA)
	add(demand, schema.Agent, iri(wang), docA)
	add(demand, schema.Target, iri(canada), docA)
	add(demand, schema.Date, date, docA)
	add(demand, schema.Source, iri(docA), docA)
	add(demand, schema.Evidence, quad.String(evidence), docA)
	add(demand, schema.SentenceStart, quad.Int(120), docA) // a native value, as a kv store may hand back
	add(demand, schema.SentenceEnd, quad.TypedString{Value: "214", Type: schema.XSDInteger}, docA)
	add(demand, schema.CAMEO, quad.String("10"), docA)
	return qs
}

// newStore returns a memstore holding the test graph, its quads inserted
// in an order that depends on seed.
func newStore(seed int64) *memstore.QuadStore {
	qs := testQuads()
	rand.New(rand.NewSource(seed)).Shuffle(len(qs), func(i, j int) { qs[i], qs[j] = qs[j], qs[i] })
	return memstore.New(qs...)
}
