package entities

import (
	"newsgraph/loader/lexicon"
	"newsgraph/loader/text"
	"newsgraph/schema"
)

// Stage 6b (in coref, after the groups and pronouns): relations that need
// coreference: the nationality of a group a plural demonym describes
// across appositives ("Canadians A, a former diplomat, and B", "A and B,
// two Canadians detained in ..."), the nationality of "a Chinese citizen"
// a pronoun then names, and "Jane Roe of the Acme Consulate General".

func (d *docState) corefRelations() {
	d.possessiveDescriptions()
	d.workedFor()
	for i, ps := range d.pieces {
		ts := d.sentToks(i)
		for x, p := range ps {
			switch {
			case p.role == roleDemonym && len(p.surface) > 1 && p.surface[len(p.surface)-1] == 's':
				// "Canadians A, ..., and B" / "The two Canadians -- A and B"
				for _, g := range d.groups[i] {
					if g.ti >= p.tj && g.ti-p.tj <= 6 && d.onlyGlueOrTitles(i, p.tj, g.ti) {
						for _, m := range g.members {
							d.relate(m, d.countryEntity(p.canon), schema.Nationality, "", "demonym-group", i)
						}
					}
					// "A and B, two Canadians"
					if g.tj < p.ti && p.ti-g.tj <= 3 && ts[g.tj].Text == "," && d.betweenOK(i, g.tj, p.ti, map[string]bool{",": true, "two": true, "three": true, "both": true, "the": true}) {
						for _, m := range g.members {
							d.relate(m, d.countryEntity(p.canon), schema.Nationality, "", "group-demonym", i)
						}
					}
				}
			case p.role == roleDemonym && p.tj < len(ts) && d.w.nationality[d.low(i, p.tj)] && p.ti > 0:
				// "imposed on a Chinese citizen ... her rights": the person
				// the pronoun after it stands for
				if l := d.low(i, p.ti-1); l != "a" && l != "an" && l != "the" {
					continue
				}
				if x > 0 && ps[x-1].ent != nil && ps[x-1].ent.class == schema.Person && p.ti-ps[x-1].tj <= 3 {
					continue // "Ann Lee, a Chinese citizen": the appositive rule's
				}
				for _, q := range ps[x+1:] {
					if q.role == roleName && q.ent != nil && q.ent.class == schema.Person {
						break
					}
					if q.role == rolePronoun && pronounGender(d.low(i, q.ti)) != genderUnknown && q.ent != nil && q.ent.class == schema.Person {
						d.relate(q.ent, d.countryEntity(p.canon), schema.Nationality, "", "citizen-pronoun", i)
						break
					}
				}
			case p.role == roleName && p.ent != nil && p.ent.class == schema.Person && p.tj+1 < len(ts) && d.low(i, p.tj) == "of":
				// "Jane Roe of the Acme Consulate General", "Ann Lee of Acme"
				k := p.tj + 1
				if d.low(i, k) == "the" {
					k++
				}
				for _, q := range ps[x+1:] {
					if q.ti != k {
						continue
					}
					if q.role == roleDemonym {
						k = q.tj // "of the US Consulate General"
						continue
					}
					if q.role == roleName && q.ent != nil && q.ent.class == schema.Country && q.tj < len(ts) && isPossessive(ts[q.tj].Text) {
						k = q.tj + 1 // "of China's Foreign Ministry"
						continue
					}
					if q.ent == nil || (q.role != roleName && q.role != roleGovDesc) {
						break
					}
					switch {
					case q.ent.class == schema.GovernmentOrganization:
						d.relate(p.ent, q.ent, schema.MemberOf, "", "person-of-body", i)
					case isEmployer(q.ent.class) && !lexicon.IsMedia(q.ent.name) || q.ent.class == schema.Corporation:
						d.relate(p.ent, q.ent, schema.WorksFor, "", "person-of-body", i)
					}
					break
				}
			}
		}
	}
}

// onlyGlueOrTitles: tokens [a, b) are punctuation, determiners, number
// words or inside title pieces ("The Canadians, businessman A and ...").
func (d *docState) onlyGlueOrTitles(i, a, b int) bool {
	for k := a; k < b; k++ {
		switch d.low(i, k) {
		case ",", ":", "--", "\u2014", "\u2013", "-", "the", "two", "three", "both", "former":
			continue
		}
		if l := d.low(i, k); d.inPiece(i, k, roleTitle) || isWord(l) && d.sentToks(i)[k].Text == l && !d.w.common[l] && l != "were" && l != "was" && l != "are" && l != "is" {
			continue // a title or a lower-case noun: "businessman"
		}
		return false
	}
	return true
}

// selfAux are the words after the subject of a reported clause in which an
// official speaks of their own country: "said Poland would not tolerate",
// "said Seoul had lodged a protest" (not "must" or "should": demands are
// made of others).
var selfAux = map[string]bool{
	"would": true, "will": true, "had": true, "has": true, "was": true, "is": true, "remains": true,
	"remained": true, "could": true, "stands": true, "stood": true, "intends": true, "plans": true,
}

// selfReportedCountry: the country an official with no other affiliation
// says something of itself about: "Foreign Minister Ann Lee said Poland
// would not tolerate ...".
func (d *docState) selfReportedCountry(i int, person *entity) *entity {
	ts := d.sentToks(i)
	ps := d.pieces[i]
	for x, p := range ps {
		if p.ent != person || p.role != roleName {
			continue
		}
		k := p.tj
		if k >= len(ts) || !text.IsSpeechVerb(d.low(i, k)) {
			return nil
		}
		k++
		if k < len(ts) && d.low(i, k) == "that" {
			k++
		}
		for _, q := range ps[x+1:] {
			if q.ti != k {
				continue
			}
			if q.ent == nil || q.ent.class != schema.Country || q.kind == text.DemonymMention || q.tj >= len(ts) || !selfAux[d.low(i, q.tj)] {
				return nil
			}
			return q.ent
		}
		return nil
	}
	return nil
}

// possessiveOrgNouns: "the group's director", "the company's chief
// executive": nouns for the organization someone works for.
var possessiveOrgNouns = map[string]bool{
	"group": true, "organization": true, "organisation": true, "charity": true, "ngo": true, "party": true,
	"company": true, "firm": true, "bank": true, "lender": true, "insurer": true, "carrier": true, "conglomerate": true,
}

// possessiveDescriptions: a title held in "the group's" / "the company's"
// names its holder's employer: the latest organization of that kind named
// before ("said Ann Lee, the group's Kenya director").
func (d *docState) possessiveDescriptions() {
	for i, ps := range d.pieces {
		ts := d.sentToks(i)
		for x, t := range ps {
			if t.role != roleTitle || t.ti < 3 {
				continue
			}
			// "the <noun> 's [Kenya] <title>"
			// skip the remit between: "the group's Kenya director", "the
			// group's Middle East and North Africa program coordinator"
			k := t.ti - 1
			for steps := 0; k > 2 && steps < 8 && !isPossessive(ts[k].Text); steps++ {
				if !isWord(ts[k].Text) || d.low(i, k) == "the" {
					break
				}
				k--
			}
			if k < 2 || !isPossessive(ts[k].Text) || d.low(i, k-2) != "the" {
				continue
			}
			if !possessiveOrgNouns[d.low(i, k-1)] {
				continue
			}
			pp := d.titledPerson(i, x)
			if pp == nil && k >= 4 && ts[k-3].Text == "," {
				// "said Ann Lee, the group's director"
				for _, q := range ps[:x] {
					if q.tj == k-3 && q.role == roleName {
						pp = q
					}
				}
			}
			if pp == nil || pp.ent == nil || pp.ent.class != schema.Person {
				continue
			}
			org := d.latestEmployer(d.pos(i, k-2))
			if org == nil {
				continue
			}
			switch {
			case t.tkind == titleSpokes:
				d.relate(pp.ent, org, schema.SpokespersonFor, t.title, "possessive-description", i)
			case partyCountry(org) != "":
				d.relate(pp.ent, d.countryEntity(partyCountry(org)), schema.MemberOf, t.title, "possessive-description", i)
			default:
				d.relate(pp.ent, org, schema.WorksFor, t.title, "possessive-description", i)
			}
		}
	}
}

// latestEmployer: the company or organization mentioned last before pos,
// not a news outlet (it reports rather than employs the people in the
// story).
func (d *docState) latestEmployer(pos int) *entity {
	var best *entity
	bestPos := -1
	for _, e := range d.ents {
		if !isEmployer(e.class) || lexicon.IsMedia(e.name) {
			continue
		}
		if last := d.lastMentionBefore(e, pos); last > bestPos {
			best, bestPos = e, last
		}
	}
	return best
}

var workVerbs = map[string]bool{"works": true, "worked": true, "work": true, "working": true}

// workedFor: "Ann Lee, 34, who worked for the medical charity Acme Aid":
// a relative clause saying where the person works.
func (d *docState) workedFor() {
	for i, ps := range d.pieces {
		ts := d.sentToks(i)
		for x, p := range ps {
			if p.role != roleName || p.ent == nil || p.ent.class != schema.Person {
				continue
			}
			// ", [age ,] who [has] worked for|at|with"
			k := p.tj
			if k+2 < len(ts) && ts[k].Text == "," && isAge(ts[k+1].Text) && ts[k+2].Text == "," {
				k += 2
			}
			if k+3 >= len(ts) || ts[k].Text != "," || d.low(i, k+1) != "who" {
				continue
			}
			k += 2
			if l := d.low(i, k); l == "has" || l == "had" || l == "previously" || l == "also" {
				k++
			}
			if k+1 >= len(ts) || !workVerbs[d.low(i, k)] {
				continue
			}
			if l := d.low(i, k+1); l != "for" && l != "at" && l != "with" {
				continue
			}
			for _, q := range ps[x+1:] {
				if q.ti <= k+1 {
					continue
				}
				if q.role == roleDemonym {
					continue
				}
				// only lower-case descriptive words between: "the medical charity"
				ok := q.ti-(k+2) <= 5
				for m := k + 2; m < q.ti && ok; m++ {
					if ts[m].Text != d.low(i, m) && !d.inPiece(i, m, roleDemonym) || !isWord(ts[m].Text) && ts[m].Text != "-" {
						ok = false
					}
				}
				if ok && q.ent != nil && q.role == roleName {
					switch {
					case isEmployer(q.ent.class):
						d.relate(p.ent, q.ent, schema.WorksFor, "", "who-worked-for", i)
					case q.ent.class == schema.GovernmentOrganization:
						d.relate(p.ent, q.ent, schema.MemberOf, "", "who-worked-for", i)
					}
				}
				break
			}
		}
	}
}
