package graph

import (
	"strconv"
	"strings"

	"github.com/cayleygraph/quad"

	"newsgraph/schema"
)

// Quads turns the facts of one document into quads. Every quad is labelled
// with the document's IRI; IRIs are stored in their short form. The result
// depends only on f: the same facts give the same quads in the same order,
// without duplicates.
func Quads(f schema.DocFacts) []quad.Quad {
	b := quadBuilder{label: quad.IRI(f.Doc.IRI()), seen: make(map[quad.Quad]bool)}
	doc := b.label
	id := f.Doc.Identifier

	// the document
	b.add(doc, schema.Type, schema.Document.IRI())
	b.str(doc, schema.Identifier, id)
	b.str(doc, schema.Path, f.Doc.Path)
	b.str(doc, schema.Headline, f.Doc.Title)
	if f.Doc.Date != "" {
		b.add(doc, schema.DatePublished, date(f.Doc.Date))
	}
	b.str(doc, schema.ContentHash, f.Doc.Hash)
	b.str(doc, schema.FactsVersion, schema.FactsLayout)

	// entities
	listed := make(map[string]bool, len(f.Entities))
	for _, e := range f.Entities {
		if e.Name == "" {
			continue
		}
		listed[e.Name] = true
		n := entity(e.Name)
		if e.Class != "" {
			b.add(n, schema.Type, e.Class.IRI())
		}
		b.str(n, schema.Name, e.Name)
		for _, a := range e.Aliases {
			if a != e.Name {
				b.str(n, schema.AlternateName, a)
			}
		}
	}
	// names used by relations or events without an entity record still
	// get their node, and a name to show
	unlisted := func(name string) {
		if name != "" && !listed[name] {
			listed[name] = true
			b.str(entity(name), schema.Name, name)
		}
	}

	// relations, each also reified with its provenance
	n := 0
	for _, r := range f.Relations {
		if r.Subject == "" || r.Object == "" || r.Predicate == "" {
			continue
		}
		unlisted(r.Subject)
		unlisted(r.Object)
		s, o := entity(r.Subject), entity(r.Object)
		b.add(s, r.Predicate, o)
		if inv, ok := schema.Inverse[r.Predicate]; ok {
			b.add(o, inv, s)
		}
		b.str(s, schema.JobTitle, r.JobTitle)
		n++
		rel := quad.IRI(schema.RelationIRI(id, n))
		b.add(s, schema.SubjectOf, rel)
		b.add(o, schema.ObjectOf, rel)
		b.add(rel, schema.Type, schema.RelationClass.IRI())
		b.add(rel, schema.RDFSubject, s)
		b.add(rel, schema.RDFPredicate, r.Predicate.IRI())
		b.add(rel, schema.RDFObject, o)
		b.str(rel, schema.Rule, r.Rule)
		b.evidence(rel, r.Evidence)
		b.add(rel, schema.Source, doc)
	}

	// events
	for i, e := range f.Events {
		for _, names := range [][]string{e.Agent, e.Target, e.About} {
			for _, name := range names {
				unlisted(name)
			}
		}
		v := quad.IRI(schema.EventIRI(id, i+1))
		if e.Class != "" {
			b.add(v, schema.Type, e.Class.IRI())
		}
		b.str(v, schema.Name, eventLabel(e))
		b.roles(v, schema.Agent, e.Agent)
		b.roles(v, schema.Target, e.Target)
		b.roles(v, schema.About, e.About)
		if e.Date != "" {
			b.add(v, schema.Date, date(e.Date))
		}
		b.add(v, schema.Source, doc)
		b.evidence(v, e.Evidence)
		b.str(v, schema.Trigger, e.Trigger)
		b.str(v, schema.Quote, e.Quote)
		b.str(v, schema.CAMEO, e.CAMEO)
		b.str(v, schema.Rule, e.Rule)
	}
	return b.quads
}

func entity(name string) quad.IRI { return quad.IRI(schema.EntityIRI(name)) }

func date(d string) quad.Value {
	return quad.TypedString{Value: quad.String(d), Type: quad.IRI(schema.XSDDate)}
}

func integer(n int) quad.Value {
	return quad.TypedString{Value: quad.String(strconv.Itoa(n)), Type: quad.IRI(schema.XSDInteger)}
}

// eventLabel is a readable name for an event node, for visualizers:
// "Demand: Wang Wenbin → Canada".
func eventLabel(e schema.Event) string {
	var s strings.Builder
	s.WriteString(e.Class.Local())
	if s.Len() == 0 {
		s.WriteString("Event")
	}
	if len(e.Agent) > 0 {
		s.WriteString(": ")
		s.WriteString(e.Agent[0])
	}
	switch {
	case len(e.Target) > 0:
		s.WriteString(" → ")
		s.WriteString(e.Target[0])
	case len(e.About) > 0:
		s.WriteString(" about ")
		s.WriteString(e.About[0])
	}
	return s.String()
}

type quadBuilder struct {
	label quad.IRI
	quads []quad.Quad
	seen  map[quad.Quad]bool
}

func (b *quadBuilder) add(s quad.IRI, p schema.Predicate, o quad.Value) {
	q := quad.Quad{Subject: s, Predicate: p.IRI(), Object: o, Label: b.label}
	if !b.seen[q] {
		b.seen[q] = true
		b.quads = append(b.quads, q)
	}
}

// str adds a plain string literal, unless it is empty.
func (b *quadBuilder) str(s quad.IRI, p schema.Predicate, v string) {
	if v != "" {
		b.add(s, p, quad.String(v))
	}
}

func (b *quadBuilder) roles(s quad.IRI, p schema.Predicate, names []string) {
	for _, name := range names {
		if name != "" {
			b.add(s, p, entity(name))
		}
	}
}

func (b *quadBuilder) evidence(s quad.IRI, ev schema.Span) {
	if ev.Text == "" && ev.End <= ev.Start {
		return
	}
	b.str(s, schema.Evidence, ev.Text)
	b.add(s, schema.SentenceStart, integer(ev.Start))
	b.add(s, schema.SentenceEnd, integer(ev.End))
}
