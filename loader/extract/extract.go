// Package extract runs the extraction stages over one document and turns
// what they found into schema-typed facts:
//
//	document → text.Segment → entities.Annotate → events.Extract → schema.DocFacts
package extract

import (
	"sort"

	"newsgraph/loader/document"
	"newsgraph/loader/entities"
	"newsgraph/loader/events"
	"newsgraph/loader/text"
	"newsgraph/schema"
)

// An Extractor reads the facts out of one document. Implementations are safe
// for concurrent use.
type Extractor interface {
	Extract(doc *document.Document) schema.DocFacts
}

// A Stage adds what it finds to the annotated document.
type Stage func(*text.Annotated)

// Pipeline is an Extractor made of stages run in order after segmentation.
type Pipeline []Stage

// Default is the standard pipeline: entities (names, types, resolution,
// relations), then quotes, events and dates.
var Default = Pipeline{entities.Annotate, events.Extract}

// Annotate segments doc and runs every stage over it.
func (p Pipeline) Annotate(doc *document.Document) *text.Annotated {
	a := text.Segment(doc)
	for _, stage := range p {
		stage(a)
	}
	return a
}

// Extract implements Extractor.
func (p Pipeline) Extract(doc *document.Document) schema.DocFacts {
	return Facts(p.Annotate(doc))
}

// Facts collects the facts of an annotated document in a stable order.
func Facts(a *text.Annotated) schema.DocFacts {
	f := schema.DocFacts{Doc: a.Doc.Info}
	if f.Doc.Title == "" && a.Doc.Title.End > a.Doc.Title.Start {
		f.Doc.Title = a.Doc.Text[a.Doc.Title.Start:a.Doc.Title.End]
	}
	used := map[string]bool{}
	for _, r := range a.Relations {
		used[r.Subject], used[r.Object] = true, true
	}
	for _, e := range a.Events {
		for _, l := range [][]string{e.Agent, e.Target, e.About} {
			for _, n := range l {
				used[n] = true
			}
		}
	}
	for _, m := range a.Mentions {
		if m.Kind == text.NameMention || m.Kind == text.MetonymMention {
			used[m.Entity] = true
		}
	}
	names := make([]string, 0, len(a.Entities))
	for n := range a.Entities {
		if used[n] {
			names = append(names, n)
		}
	}
	sort.Strings(names)
	for _, n := range names {
		e := *a.Entities[n]
		e.Aliases = append([]string(nil), e.Aliases...)
		sort.Strings(e.Aliases)
		f.Entities = append(f.Entities, e)
	}
	f.Relations = append(f.Relations, a.Relations...)
	f.Events = append(f.Events, a.Events...)
	return f
}
