package entities

import (
	"strings"

	"newsgraph/schema"
)

// Stage 3b: the asides (bylines, photo credits, source lines): who wrote or
// photographed the article, and for whom.

// creditLabels end a run without being part of the name they follow: "AP
// Photo", "Acme News Staff".
var creditLabels = map[string]bool{"photo": true, "photos": true, "staff": true}

// byline is a person credited in an aside and the outlet credited with them.
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
	if outlet != nil {
		for _, p := range people {
			d.bylines = append(d.bylines, byline{p, outlet})
		}
	}
}

// bylineRelations: each credited person works for the outlet credited with them.
func (d *docState) bylineRelations() {
	for _, b := range d.bylines {
		if b.person.ent != nil && b.outlet.ent != nil && b.person.ent.class == schema.Person && isEmployer(b.outlet.ent.class) {
			d.relate(b.person.ent, b.outlet.ent, schema.WorksFor, "reporter", "byline", b.person.sent)
		}
	}
}
