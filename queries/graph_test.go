package queries

import (
	"fmt"
	"testing"

	"github.com/cayleygraph/cayley/graph/memstore"
	"github.com/cayleygraph/quad"

	"newsgraph/schema"
)

// A small news graph in the shape package graph writes: short IRIs, every
// quad labelled with its document.

const xsdDate = "http://www.w3.org/2001/XMLSchema#date"
const xsdInteger = "http://www.w3.org/2001/XMLSchema#integer"

type graphBuilder struct {
	quads []quad.Quad
	label quad.Value
}

func (b *graphBuilder) add(s, p string, o quad.Value) {
	b.quads = append(b.quads, quad.Quad{Subject: quad.IRI(s), Predicate: quad.IRI(p), Object: o, Label: b.label})
}

func (b *graphBuilder) doc(id, slug, headline, date string) {
	b.label = quad.IRI("ng:doc/" + slug)
	iri := "ng:doc/" + slug
	b.add(iri, "rdf:type", quad.IRI("schema:NewsArticle"))
	b.add(iri, "schema:identifier", quad.String(id))
	b.add(iri, "schema:headline", quad.String(headline))
	b.add(iri, "schema:datePublished", quad.TypedString{Value: quad.String(date), Type: xsdDate})
}

func (b *graphBuilder) entity(slug, class, name string, aliases ...string) string {
	iri := "ng:id/" + slug
	b.add(iri, "rdf:type", quad.IRI(class))
	b.add(iri, "schema:name", quad.String(name))
	for _, a := range aliases {
		b.add(iri, "schema:alternateName", quad.String(a))
	}
	return iri
}

func (b *graphBuilder) relation(docSlug string, n int, s, p, o, evidence string) {
	b.add(s, p, quad.IRI(o))
	rel := fmt.Sprintf("ng:rel/%s/%d", docSlug, n)
	// the inverse links, as the writer adds them
	b.add(o, string(schema.Inverse[schema.Predicate(p)]), quad.IRI(s))
	b.add(s, "ng:subjectOf", quad.IRI(rel))
	b.add(o, "ng:objectOf", quad.IRI(rel))
	b.add(rel, "rdf:type", quad.IRI("ng:Relation"))
	b.add(rel, "rdf:subject", quad.IRI(s))
	b.add(rel, "rdf:predicate", quad.IRI(p))
	b.add(rel, "rdf:object", quad.IRI(o))
	b.add(rel, "ng:evidence", quad.String(evidence))
	b.add(rel, "ng:source", quad.IRI("ng:doc/"+docSlug))
}

type event struct {
	class, name, date, evidence string
	agent, target, about        []string
	start                       int
}

func (b *graphBuilder) event(docSlug string, n int, e event) string {
	iri := fmt.Sprintf("ng:event/%s/%d", docSlug, n)
	b.add(iri, "rdf:type", quad.IRI("ng:"+e.class))
	b.add(iri, "schema:name", quad.String(e.name))
	for _, a := range e.agent {
		b.add(iri, "schema:agent", quad.IRI(a))
	}
	for _, t := range e.target {
		b.add(iri, "schema:target", quad.IRI(t))
	}
	for _, a := range e.about {
		b.add(iri, "schema:about", quad.IRI(a))
	}
	if e.date != "" {
		b.add(iri, "ng:date", quad.TypedString{Value: quad.String(e.date), Type: xsdDate})
	}
	b.add(iri, "ng:source", quad.IRI("ng:doc/"+docSlug))
	b.add(iri, "ng:evidence", quad.String(e.evidence))
	b.add(iri, "ng:sentenceStart", quad.TypedString{Value: quad.String(fmt.Sprint(e.start)), Type: xsdInteger})
	b.add(iri, "ng:sentenceEnd", quad.TypedString{Value: quad.String(fmt.Sprint(e.start + len(e.evidence))), Type: xsdInteger})
	b.add(iri, "ng:rule", quad.String("test-rule"))
	return iri
}

// newsGraph: two documents; a spokesperson with two demands on two
// countries, a demand by a country (not a spokesperson), a sanction, an
// arrest and a criticism.
func newsGraph(t testing.TB) *memstore.QuadStore {
	t.Helper()
	var b graphBuilder

	b.doc("doc-1.txt", "doc-1-txt", "China demands Canada free Meng Wanzhou", "2021-08-26")
	wang := b.entity("wang-wenbin", "schema:Person", "Wang Wenbin", "Wang")
	mfa := b.entity("ministry-of-foreign-affairs-of-china", "schema:GovernmentOrganization", "Ministry of Foreign Affairs of China", "Foreign Ministry")
	china := b.entity("china", "schema:Country", "China", "Beijing")
	canada := b.entity("canada", "schema:Country", "Canada", "Ottawa")
	meng := b.entity("meng-wanzhou", "schema:Person", "Meng Wanzhou", "Meng")
	huawei := b.entity("huawei", "schema:Corporation", "Huawei")
	b.add(wang, "schema:jobTitle", quad.String("spokesperson"))
	b.relation("doc-1-txt", 1, wang, "ng:spokespersonFor", mfa, "Foreign Ministry spokesperson Wang Wenbin spoke on Thursday.")
	b.relation("doc-1-txt", 2, wang, "schema:nationality", china, "Foreign Ministry spokesperson Wang Wenbin spoke on Thursday.")
	b.relation("doc-1-txt", 3, meng, "schema:worksFor", huawei, "Meng Wanzhou is the chief financial officer of Huawei.")
	b.event("doc-1-txt", 1, event{class: "Demand", name: "Demand: Wang Wenbin → Canada", date: "2021-08-26",
		agent: []string{wang}, target: []string{canada}, about: []string{meng}, start: 60,
		evidence: "Wang Wenbin demanded that Canada release Meng Wanzhou immediately."})
	b.event("doc-1-txt", 2, event{class: "Arrest", name: "Arrest: Canada → Meng Wanzhou", date: "2018-12-01",
		agent: []string{canada}, target: []string{meng}, start: 9,
		evidence: "Canada arrested Meng Wanzhou in December 2018."})

	b.doc("doc-2.txt", "doc-2-txt", "Beijing rebukes Washington over Huawei", "2021-09-04")
	us := b.entity("united-states", "schema:Country", "United States", "US", "Washington")
	kovrig := b.entity("michael-kovrig", "schema:Person", "Michael Kovrig")
	b.add(wang, "rdf:type", quad.IRI("schema:Person")) // the same fact again, from doc 2
	b.event("doc-2-txt", 1, event{class: "Demand", name: "Demand: Wang Wenbin → United States", date: "2021-09-02",
		agent: []string{wang}, target: []string{us}, about: []string{huawei}, start: 0,
		evidence: "Wang Wenbin demanded that the United States stop suppressing Huawei."})
	b.event("doc-2-txt", 2, event{class: "Sanction", name: "Sanction: United States → Huawei", date: "2019-05-15",
		agent: []string{us}, target: []string{huawei}, start: 70,
		evidence: "The United States sanctioned Huawei in May 2019."})
	b.event("doc-2-txt", 3, event{class: "Criticism", name: "Criticism: China → Canada", date: "2021-09-03",
		agent: []string{china}, target: []string{canada}, start: 120,
		evidence: "China criticised Canada for its handling of the case."})
	b.event("doc-2-txt", 4, event{class: "Demand", name: "Demand: Canada → China", date: "2021-09-04",
		agent: []string{canada}, target: []string{china}, about: []string{kovrig}, start: 180,
		evidence: "Canada demanded that China release Michael Kovrig."})
	b.event("doc-2-txt", 5, event{class: "Statement", name: "Statement: Canada", start: 240,
		agent: []string{canada}, evidence: "Canada said it would respond."})

	return memstore.New(b.quads...)
}
