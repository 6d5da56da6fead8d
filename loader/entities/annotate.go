// Package entities finds the named participants of a segmented document:
// candidate names from capitalization (names.go), their types (classify.go),
// titles and the role patterns that give relations (titles.go), and
// within-document resolution to canonical entities (resolve.go).
package entities

import (
	"cmp"
	"slices"
	"sort"
	"unicode/utf8"

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
	d.release()
}

func (d *docState) emit() {
	a := d.a
	// the entities named in the text or in a relation, each once
	var keep []*entity
	for _, e := range d.ents {
		if e.used && !e.kept {
			e.kept = true
			keep = append(keep, e)
		}
	}
	for _, r := range d.rels {
		for _, e := range [2]*entity{r.subj, r.obj} {
			if !e.kept {
				e.kept = true
				keep = append(keep, e)
			}
		}
	}
	a.Entities = make(map[string]*schema.Entity, len(keep))
	for _, e := range keep {
		var al []string
		for s := range e.aliases {
			if s != e.name && s != "" {
				al = append(al, s)
			}
		}
		sort.Strings(al)
		a.Entities[e.name] = &schema.Entity{Name: e.name, Class: e.class, Aliases: al}
	}
	n := 0
	for p := range d.eachPiece {
		n += 1 + len(p.group)
	}
	a.Mentions = slices.Grow(a.Mentions[:0], n)
	for p := range d.eachPiece {
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
	slices.SortStableFunc(a.Mentions, func(x, y text.Mention) int { return cmp.Compare(x.Start, y.Start) })
	a.Relations = a.Relations[:0]
	var rc runeCounter
	for _, r := range d.rels {
		s := a.Sentences[r.sent]
		a.Relations = append(a.Relations, schema.Relation{
			Subject: r.subj.name, Predicate: r.pred, Object: r.obj.name,
			JobTitle: r.title, Rule: r.rule, Evidence: rc.charSpan(a.Doc.Text, s.Start, s.End),
		})
	}
}

// runeCounter is text.Annotated.CharSpan for many spans of one text: it
// remembers the code point count at the offsets asked before and counts on
// from the nearest one, instead of from the start of the text each time.
type runeCounter struct {
	at []runeMark // sorted by byte offset
}

type runeMark struct{ bytes, runes int }

// charSpan is the span of bytes [start, end) of t in code points, with the
// counts of text.Annotated.CharSpan.
func (rc *runeCounter) charSpan(t string, start, end int) schema.Span {
	return schema.Span{Start: rc.count(t, start), End: rc.count(t, end), Text: t[start:end]}
}

// count is utf8.RuneCountInString(t[:x]). Counting on from an earlier
// offset b gives the same number when t[b] starts a rune sequence: no
// sequence decoded before b runs into it.
func (rc *runeCounter) count(t string, x int) int {
	i, found := slices.BinarySearchFunc(rc.at, x, func(m runeMark, x int) int { return cmp.Compare(m.bytes, x) })
	if found {
		return rc.at[i].runes
	}
	var n int
	if m := rc.lastBefore(i); m.bytes < len(t) && utf8.RuneStart(t[m.bytes]) {
		n = m.runes + utf8.RuneCountInString(t[m.bytes:x])
	} else {
		n = utf8.RuneCountInString(t[:x])
	}
	rc.at = slices.Insert(rc.at, i, runeMark{x, n})
	return n
}

// lastBefore is the mark before index i, or offset 0.
func (rc *runeCounter) lastBefore(i int) runeMark {
	if i == 0 {
		return runeMark{}
	}
	return rc.at[i-1]
}
