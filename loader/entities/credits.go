package entities

import (
	"strings"

	"newsgraph/loader/lexicon"
	"newsgraph/schema"
)

// Stage 3b: the asides (bylines, photo credits, source lines): who wrote or
// photographed the article, and for whom.

// creditLabels end a run without being part of the name they follow: "AP
// Photo", "Acme News Staff".
var creditLabels = map[string]bool{"photo": true, "photos": true, "staff": true}

// byline is a person credited in an aside and the outlet credited with them
// (nil: the agency of the dateline, "LONDON (Acme) -").
type byline struct{ person, outlet *piece }

// hintAsides types the names of bylines and credits: "By JANE ROE | Acme
// Daily", "By Jane Roe, Acme Staff", "Source: Acme Times", "(Jane Roe/Acme)".
// Names written in capitals only become title case.
func (d *docState) hintAsides() {
	for i, s := range d.a.Sentences {
		if !s.IsAside() {
			continue
		}
		ts := s.Tokens
		ps := d.pieces[i]
		first := firstWord(ts)
		if first >= len(ts) {
			continue
		}
		switch strings.ToLower(ts[first].Text) {
		case "by":
			d.bylineAt(i, first+1)
		case "reporting", "writing", "editing", "additional", "compiled":
			d.creditLine(i, first)
		case "source", "sources", "from":
			// "Source: Acme Times": the outlet
			for _, p := range ps {
				if p.ti > first && p.role == roleName && p.class == "" {
					p.classHint = schema.Organization
				}
				break
			}
		}
		// "(Jane Roe/Acme)", "(Acme Photo/Jane Roe)": the name beside a photographer
		for x := 0; x+1 < len(ps); x++ {
			p, q := ps[x], ps[x+1]
			slash := p.tj
			for slash < q.ti && creditLabels[d.low(i, slash)] {
				slash++
			}
			if slash+1 != q.ti || ts[slash].Text != "/" || p.role != roleName || q.role != roleName {
				continue
			}
			switch {
			case p.class == schema.Person && q.class == "":
				q.classHint = schema.Organization
			case q.class == schema.Person && p.class == "":
				p.classHint = schema.Organization
			case isEmployer(p.class) && q.class == "" && q.tj-q.ti >= 2 && d.personLike(i, q.ti, q.tj):
				q.class, q.personCue = schema.Person, true // "(Acme Photo/Ann Lee)"
			case isEmployer(q.class) && p.class == "" && p.tj-p.ti >= 2 && d.personLike(i, p.ti, p.tj):
				p.class, p.personCue = schema.Person, true // "(Ann Lee/Acme)"
			}
		}
	}
}

// bylineAt reads the names after "By": people joined by "and" or commas,
// then the outlet after a separator.
func (d *docState) bylineAt(i, k int) {
	ts := d.sentToks(i)
	var people []*piece
	var outlet *piece
	last := k
	for _, p := range d.pieces[i] {
		if p.ti < k || p.role != roleName {
			continue
		}
		glue := strings.ToLower(strings.TrimSpace(d.a.Doc.Text[ts[last-1].End:ts[p.ti].Start]))
		if len(people) > 0 {
			glue = ""
			for x := last; x < p.ti; x++ {
				glue += strings.ToLower(ts[x].Text)
			}
		}
		personal := (p.class == "" || p.class == schema.Person) && d.personLike(i, p.ti, p.tj) && p.tj-p.ti >= 2
		switch {
		case personal && (len(people) == 0 && p.ti == k || glue == "and" || glue == "&" || glue == ",") && outlet == nil:
			p.class, p.personCue = schema.Person, true
			if isAllCaps(p.surface) {
				p.surface = titleCase(p.surface)
			}
			people = append(people, p)
		case len(people) > 0 && outlet == nil && (p.class == "" || isEmployer(p.class)):
			if p.class == "" {
				p.classHint = schema.Organization
			}
			outlet = p
		}
		last = p.tj
		if outlet != nil {
			break
		}
	}
	// no outlet on the line: the dateline's agency ("By Ann Lee" over
	// "LYON (Acme) -")
	for _, p := range people {
		d.bylines = append(d.bylines, byline{p, outlet})
	}
}

// creditLine reads a wire credit line: "(Reporting by Ann Lee in Lyon and
// Bo Park; Additional reporting by Cy Dunn; Editing by Di Fox)": each
// person named after "by" is credited; the outlet is the dateline's agency.
func (d *docState) creditLine(i, k int) {
	by := false
	for _, p := range d.pieces[i] {
		if p.ti < k || p.role != roleName {
			continue
		}
		// the glue since the last "by" or separator: "by", "and", ",", "in Lyon"
		by = false
		for x := p.ti - 1; x >= k; x-- {
			l := d.low(i, x)
			if l == "by" {
				by = true
				break
			}
			if l == ";" || l == "(" || l == ")" {
				break
			}
		}
		if !by || x0(d, i, p) == "in" {
			continue // "in Brasilia": where they reported from
		}
		if (p.class == "" || p.class == schema.Person) && p.tj-p.ti >= 2 && d.personLike(i, p.ti, p.tj) {
			p.class, p.personCue = schema.Person, true
			d.bylines = append(d.bylines, byline{person: p})
		}
	}
}

// x0 is the word right before the piece, lower case.
func x0(d *docState, i int, p *piece) string {
	if p.ti == 0 {
		return ""
	}
	return d.low(i, p.ti-1)
}

// datelineAgency: the news agency of the dateline, "LONDON (Acme) -": a
// media organization written alone in brackets in the first sentences.
func (d *docState) datelineAgency() *entity {
	if ag := d.a.Doc.Dateline.Agency; ag != "" {
		for _, e := range d.ents {
			if isEmployer(e.class) && (e.name == ag || e.aliases[ag]) {
				return e
			}
		}
	}
	for i, ps := range d.pieces {
		if i > 4 && !d.a.Sentences[i].IsAside() {
			continue
		}
		ts := d.sentToks(i)
		for _, p := range ps {
			if p.ent == nil || p.role != roleName || p.ti == 0 || p.tj >= len(ts) || ts[p.ti-1].Text != "(" || ts[p.tj].Text != ")" {
				continue
			}
			if isEmployer(p.ent.class) && lexicon.IsMedia(p.ent.name) {
				return p.ent
			}
		}
	}
	return nil
}

// bylineRelations: each credited person works for the outlet credited with them.
func (d *docState) bylineRelations() {
	var agency *entity
	agencyDone := false
	for _, b := range d.bylines {
		if b.outlet == nil {
			if !agencyDone {
				agency, agencyDone = d.datelineAgency(), true
			}
			if agency != nil && b.person.ent != nil && b.person.ent.class == schema.Person {
				d.relate(b.person.ent, agency, schema.WorksFor, "reporter", "credit-line", b.person.sent)
			}
			continue
		}
		if b.person.ent != nil && b.outlet.ent != nil && b.person.ent.class == schema.Person && isEmployer(b.outlet.ent.class) {
			d.relate(b.person.ent, b.outlet.ent, schema.WorksFor, "reporter", "byline", b.person.sent)
		}
	}
}
