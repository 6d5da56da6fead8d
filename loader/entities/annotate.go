// Package entities finds the named participants of a segmented document:
// candidate names from capitalization (names.go), their types (classify.go),
// titles and the role patterns that give relations (titles.go), and
// within-document resolution to canonical entities (resolve.go).
package entities

import (
	"sort"

	"newsgraph/loader/text"
	"newsgraph/schema"
)

// Annotate fills a.Mentions (sorted by Start), a.Entities (canonical name
// -> entity with its class and aliases) and a.Relations.
func Annotate(a *text.Annotated) {
	d := newDocState(a)
	d.findRuns()
	d.classifyRuns()
	d.findLowercase()
	d.hintClasses()
	d.hintAsides()
	d.resolve()
	d.findRelations()
	d.coref()
	d.emit()
}

func (d *docState) emit() {
	a := d.a
	a.Entities = map[string]*schema.Entity{}
	keep := map[*entity]bool{}
	for _, e := range d.ents {
		if e.used {
			keep[e] = true
		}
	}
	for _, r := range d.rels {
		keep[r.subj], keep[r.obj] = true, true
	}
	for e := range keep {
		var al []string
		for s := range e.aliases {
			if s != e.name && s != "" {
				al = append(al, s)
			}
		}
		sort.Strings(al)
		a.Entities[e.name] = &schema.Entity{Name: e.name, Class: e.class, Aliases: al}
	}
	a.Mentions = a.Mentions[:0]
	for _, p := range d.allPieces() {
		if p.role == roleTitle {
			continue
		}
		ts := d.sentToks(p.sent)
		m := text.Mention{Start: ts[p.ti].Start, End: ts[p.tj-1].End, Sentence: p.sent, Kind: p.kind}
		m.Text = a.Doc.Text[m.Start:m.End]
		switch {
		case p.ent != nil:
			m.Entity, m.Class = p.ent.name, p.ent.class
		case p.role == roleDemonym:
			m.Entity, m.Class = p.canon, schema.Country
		case p.role == roleName && p.class != "":
			m.Class = p.class
		default:
			if p.role != rolePronoun {
				continue
			}
		}
		a.Mentions = append(a.Mentions, m)
		for _, g := range p.group {
			if g != p.ent {
				// a plural pronoun or description: one more mention per person
				extra := m
				extra.Entity, extra.Class = g.name, g.class
				a.Mentions = append(a.Mentions, extra)
			}
		}
	}
	sort.SliceStable(a.Mentions, func(x, y int) bool { return a.Mentions[x].Start < a.Mentions[y].Start })
	a.Relations = a.Relations[:0]
	for _, r := range d.rels {
		s := a.Sentences[r.sent]
		a.Relations = append(a.Relations, schema.Relation{
			Subject: r.subj.name, Predicate: r.pred, Object: r.obj.name,
			JobTitle: r.title, Rule: r.rule, Evidence: a.CharSpan(s.Start, s.End),
		})
	}
}
