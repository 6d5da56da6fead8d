package entities

import (
	"strings"

	"newsgraph/loader/text"
	"newsgraph/schema"
)

// Stage 6 (after the relations): coreference that needs what the earlier
// stages found. Personal pronouns are resolved again with the gender of
// each person (honorifics, gendered titles, given names, the pronouns
// already resolved); "they/them/their" and plural descriptions ("the two
// men", "two Canadians") to a group of people named together; a
// description by nationality ("the Canadian") to the person of that
// nationality; "we/our/us" inside a quote to the body the speaker speaks
// for.

type gender byte

const (
	genderUnknown gender = iota
	genderMale
	genderFemale
)

var maleHonorifics = map[string]bool{"mr.": true, "mr": true, "sir": true, "lord": true}
var femaleHonorifics = map[string]bool{"ms.": true, "ms": true, "mrs.": true, "mrs": true, "miss": true, "madam": true, "madame": true, "dame": true, "lady": true}

func pronounGender(low string) gender {
	switch low {
	case "he", "him", "his":
		return genderMale
	case "she", "her", "hers":
		return genderFemale
	}
	return genderUnknown
}

func isPluralPronoun(low string) bool { return low == "they" || low == "them" || low == "their" }

func isFirstPersonPlural(low string) bool { return low == "we" || low == "our" || low == "us" }

// coref is the stage.
func (d *docState) coref() {
	d.genders = map[*entity]gender{}
	d.findGenders()
	d.groups = d.findGroups()
	d.describeByNationality()
	d.describeOrganizations()
	for i, ps := range d.pieces {
		if d.a.Sentences[i].IsAside() {
			continue
		}
		for _, p := range ps {
			low := d.low(i, p.ti)
			switch {
			case p.role == rolePronoun && pronounGender(low) != genderUnknown:
				g := pronounGender(low)
				if e := d.personAntecedent(p, g); e != nil {
					p.ent, p.class = e, schema.Person
					if d.genders[e] == genderUnknown {
						d.genders[e] = g
					}
				} else if p.ent != nil && d.genders[p.ent] != genderUnknown && d.genders[p.ent] != g {
					p.ent, p.class = nil, "" // "she" is not the man the first guess took
				}
			case p.role == rolePronoun && isPluralPronoun(low):
				if g := d.groupAntecedent(p); g != nil {
					p.ent, p.class, p.group = g[0], schema.Person, g
				}
			}
		}
	}
	d.corefRelations()
	// "we" last: the speaker may be a pronoun resolved above
	for i, ps := range d.pieces {
		for _, p := range ps {
			if p.role == rolePronoun && isFirstPersonPlural(d.low(i, p.ti)) {
				p.ent, p.class = nil, ""
				if e := d.quoteBody(p); e != nil && !d.a.Sentences[i].IsAside() {
					p.ent, p.class = e, e.class
				}
			}
		}
	}
}

// findGenders: what the text says of each person's sex, strongest first:
// an honorific, a gendered title ("spokeswoman"), a given name.
func (d *docState) findGenders() {
	for i, ps := range d.pieces {
		for _, p := range ps {
			if p.ent == nil || p.ent.class != schema.Person || p.role != roleName || p.ti == 0 {
				continue
			}
			if h := d.low(i, p.ti-1); maleHonorifics[h] {
				d.genders[p.ent] = genderMale
			} else if femaleHonorifics[h] {
				d.genders[p.ent] = genderFemale
			}
		}
	}
	for _, e := range d.ents {
		if e.class != schema.Person || d.genders[e] != genderUnknown {
			continue
		}
		for _, t := range e.titles {
			switch lw := lastWord(t); {
			case strings.HasSuffix(lw, "woman") || strings.HasSuffix(lw, "women"):
				d.genders[e] = genderFemale
			case strings.HasSuffix(lw, "man") && lw != "human":
				d.genders[e] = genderMale
			}
		}
		if d.genders[e] != genderUnknown || len(e.toks) < 2 {
			continue
		}
		if g, ok := d.w.gender[e.toks[0]]; ok {
			d.genders[e] = g
		}
	}
}

// personAntecedent: the person a he/she pronoun stands for: in its own
// sentence the nearest person before it; else, in the nearest earlier
// sentence (of the same title/body region, at most three back) that has
// one, the first person (the subject), a person whose gender is known to
// match going before one whose gender is unknown. A person known to be of
// the other sex is never the antecedent.
func (d *docState) personAntecedent(p *piece, g gender) *entity {
	ok := func(q *piece) bool {
		if q == p || q.ent == nil || q.ent.class != schema.Person || q.role == roleTitle {
			return false
		}
		if len(q.group) > 1 {
			return false // "the two men", "they": not one person
		}
		eg := d.genders[q.ent]
		return eg == genderUnknown || eg == g
	}
	ps := d.pieces[p.sent]
	for x := len(ps) - 1; x >= 0; x-- {
		if ps[x].ti < p.ti && ok(ps[x]) {
			return ps[x].ent
		}
	}
	for i := p.sent - 1; i >= 0 && i >= p.sent-3; i-- {
		if d.a.Sentences[i].Paragraph < 0 && d.a.Sentences[p.sent].Paragraph >= 0 && d.a.Sentences[i].Paragraph != text.TitleParagraph {
			break
		}
		var unknown, speaker *entity
		patient := d.patientPossessive(p)
		for _, q := range d.pieces[i] {
			if !ok(q) {
				continue
			}
			if patient && d.speaksNear(i, q) {
				// "Her arrest", "his lawyers": the one things happen to,
				// not the one reporting them
				if speaker == nil {
					speaker = q.ent
				}
				continue
			}
			if d.genders[q.ent] == g {
				return q.ent
			}
			if unknown == nil {
				unknown = q.ent
			}
		}
		if unknown != nil {
			return unknown
		}
		if speaker != nil {
			return speaker
		}
	}
	return nil
}

// patientNouns follow a possessive pronoun that stands for the one
// something happened to: "her arrest", "his extradition", "her lawyers".
var patientNouns = map[string]bool{
	"arrest": true, "detention": true, "release": true, "extradition": true, "case": true, "trial": true,
	"lawyer": true, "lawyers": true, "bail": true, "sentence": true, "conviction": true, "passport": true,
	"passports": true, "family": true, "imprisonment": true, "custody": true, "hearing": true,
}

// patientPossessive: the pronoun is "his/her" before a patient noun.
func (d *docState) patientPossessive(p *piece) bool {
	ts := d.sentToks(p.sent)
	l := d.low(p.sent, p.ti)
	return (l == "his" || l == "her") && p.tj < len(ts) && patientNouns[d.low(p.sent, p.tj)]
}

// personGroup is two or more people named together in one sentence.
type personGroup struct {
	sent, ti, tj int // the tokens from the first name to the last
	members      []*entity
}

// findGroups: coordinated people, "A and B", "A, B and C", "A, a former
// diplomat, and B".
func (d *docState) findGroups() [][]personGroup {
	out := make([][]personGroup, len(d.pieces))
	for i, ps := range d.pieces {
		var cur *personGroup
		var last *piece
		flush := func() {
			if cur != nil && len(cur.members) > 1 {
				out[i] = append(out[i], *cur)
			}
			cur = nil
		}
		for _, p := range ps {
			if p.role != roleName || p.ent == nil || p.ent.class != schema.Person {
				if cur != nil && p.role != roleTitle && p.role != roleDemonym && p.role != roleDesc && (p.role != roleName || p.class == schema.Person) {
					flush()
				}
				continue
			}
			if cur != nil && d.coordinated(i, last.tj, p.ti) {
				if !containsEntity(cur.members, p.ent) {
					cur.members = append(cur.members, p.ent)
				}
				cur.tj = p.tj
			} else {
				flush()
				cur = &personGroup{sent: i, ti: p.ti, tj: p.tj, members: []*entity{p.ent}}
			}
			last = p
		}
		flush()
	}
	return out
}

// coordinated: tokens [a, b) join two names of one coordination: "and",
// ",", or an appositive between commas closed by "and".
func (d *docState) coordinated(i, a, b int) bool {
	if a >= b {
		return false
	}
	simple := false
	for k := a; k < b; k++ {
		l := d.low(i, k)
		switch {
		case l == "and":
			simple = true
		case l == "," || l == "former" || d.inPiece(i, k, roleTitle) || d.inPiece(i, k, roleDemonym):
		default:
			simple = false
			k = b
		}
	}
	if simple || d.betweenOK(i, a, b, map[string]bool{",": true}) {
		return true // "A and B", "A, B", "A and former diplomat B"
	}
	if b-a > 16 || d.low(i, a) != "," || d.low(i, b-1) != "and" {
		return false
	}
	for k := a + 1; k < b-1; k++ {
		l := d.low(i, k)
		if l == "." || l == ";" || l == ":" || text.IsSpeechVerb(l) {
			return false
		}
	}
	return true
}

func containsEntity(es []*entity, e *entity) bool {
	for _, x := range es {
		if x == e {
			return true
		}
	}
	return false
}

// groupAntecedent: the people "they/them/their" stand for, when the nearest
// plural antecedent is a group of people; nil leaves the pronoun as the
// earlier stage resolved it (an organization or country).
func (d *docState) groupAntecedent(p *piece) []*entity {
	// in the sentence before the pronoun: the nearest group, unless an
	// organization or country stands nearer (not counting the subject of
	// the pronoun's own verb: "Beijing detained them")
	var best []*entity
	bestEnd := -1
	for _, g := range d.groups[p.sent] {
		if g.tj <= p.ti && g.tj > bestEnd {
			best, bestEnd = g.members, g.tj
		}
	}
	for _, q := range d.pieces[p.sent] {
		if len(q.group) > 1 && q.tj <= p.ti && q.tj > bestEnd {
			best, bestEnd = q.group, q.tj // "the two men ... their lawyers"
		}
	}
	for _, q := range d.pieces[p.sent] {
		if q.tj > p.ti || q.tj <= bestEnd || q.ent == nil || q.role == roleTitle || q.role == rolePronoun {
			continue
		}
		if q.ent.class == schema.Person || q.ent.class == schema.Place || q.kind == text.DemonymMention {
			continue
		}
		if strings.ToLower(p.surface) == "them" && p.ti-q.tj <= 3 && d.plainVerbs(p.sent, q.tj, p.ti) {
			continue // the subject of "detained them" is not who they are
		}
		return nil
	}
	if best != nil {
		return best
	}
	for i := p.sent - 1; i >= 0 && i >= p.sent-2; i-- {
		if d.a.Sentences[i].Paragraph < 0 {
			break
		}
		var last []*entity
		lastEnd := -1
		for _, g := range d.groups[i] {
			if g.tj > lastEnd && !d.allOfficials(g.members) {
				last, lastEnd = g.members, g.tj
			}
		}
		for _, q := range d.pieces[i] {
			if len(q.group) > 1 && q.tj > lastEnd {
				last, lastEnd = q.group, q.tj
			}
		}
		if last != nil {
			return last
		}
		for _, q := range d.pieces[i] {
			if q.ent != nil && q.role != roleTitle && q.ent.class != schema.Place && q.kind != text.DemonymMention {
				if q.ent.class != schema.Person || len(q.group) > 1 {
					if len(q.group) > 1 {
						return q.group
					}
					return nil
				}
			}
		}
	}
	return nil
}

// allOfficials: every one of the people holds an office or speaks for a
// body; "they" in a later sentence seldom stands for the officials a
// sentence lists ("met Foreign Minister A and Defence Minister B").
func (d *docState) allOfficials(es []*entity) bool {
	for _, e := range es {
		official := false
		for _, r := range d.rels {
			if r.subj == e && (r.pred == schema.MemberOf || r.pred == schema.SpokespersonFor) {
				official = true
				break
			}
		}
		if !official {
			return false
		}
	}
	return true
}

// plainVerbs: tokens [a, b) are lower-case words, no "and" or comma.
func (d *docState) plainVerbs(i, a, b int) bool {
	ts := d.sentToks(i)
	for k := a; k < b; k++ {
		l := d.low(i, k)
		if ts[k].Text != l || !isWord(l) || l == "and" || l == "or" {
			return false
		}
	}
	return true
}

// inQuote reports whether byte offset off of the text is inside quotation
// marks opened in its paragraph.
func (d *docState) inQuote(sent, off int) bool {
	s := d.a.Sentences[sent]
	start := s.Start
	for j := sent - 1; j >= 0 && d.a.Sentences[j].Paragraph == s.Paragraph; j-- {
		start = d.a.Sentences[j].Start
	}
	in := false
	for _, r := range d.a.Doc.Text[start:off] {
		switch r {
		case '"':
			in = !in
		case '\u201c':
			in = true
		case '\u201d':
			in = false
		}
	}
	return in
}

// quoteBody: "we/our/us" inside a quote stand for the body the speaker
// speaks for (their ministry, else the government or company they serve),
// or for the speaker when it is a country or organization itself.
func (d *docState) quoteBody(p *piece) *entity {
	ts := d.sentToks(p.sent)
	if !d.inQuote(p.sent, ts[p.ti].Start) {
		return nil
	}
	sp := d.quoteSpeaker(p)
	if sp == nil {
		return nil
	}
	if sp.class != schema.Person {
		return sp
	}
	var member, works *entity
	for _, r := range d.rels {
		if r.subj != sp {
			continue
		}
		switch r.pred {
		case schema.SpokespersonFor:
			return r.obj
		case schema.MemberOf:
			if member == nil || member.class == schema.Country && r.obj.class == schema.GovernmentOrganization {
				member = r.obj
			}
		case schema.WorksFor:
			works = r.obj
		}
	}
	if member != nil {
		return member
	}
	return works
}

// quoteSpeaker: the entity named outside the quotes of the pronoun's
// sentence (the attribution: "..., Li said"), else of the sentence before
// or after, preferring a person.
func (d *docState) quoteSpeaker(p *piece) *entity {
	for _, i := range []int{p.sent, p.sent + 1, p.sent - 1} {
		if i < 0 || i >= len(d.pieces) || d.a.Sentences[i].Paragraph != d.a.Sentences[p.sent].Paragraph {
			continue
		}
		ts := d.sentToks(i)
		var other *entity
		for _, q := range d.pieces[i] {
			if q.ent == nil || q.role == roleTitle || q.role == rolePronoun && isFirstPersonPlural(d.low(i, q.ti)) || q.kind == text.DemonymMention {
				continue
			}
			if d.inQuote(i, ts[q.ti].Start) || !d.speaksNear(i, q) {
				continue
			}
			if q.ent.class == schema.Person {
				return q.ent
			}
			if other == nil && q.ent.class != schema.Place {
				other = q.ent
			}
		}
		if other != nil {
			return other
		}
	}
	return nil
}

// speaksNear: a speech verb within three tokens of the mention.
func (d *docState) speaksNear(i int, q *piece) bool {
	ts := d.sentToks(i)
	for k := max(0, q.ti-3); k < min(len(ts), q.tj+3); k++ {
		if (k < q.ti || k >= q.tj) && text.IsSpeechVerb(d.low(i, k)) {
			return true
		}
	}
	return false
}

var pluralPeople = map[string]bool{
	"men": true, "women": true, "people": true, "nationals": true, "citizens": true, "detainees": true,
	"pair": true, "duo": true, "two": true, "both": true,
}

var numberWords = map[string]bool{"two": true, "three": true, "four": true, "both": true}

// isDeterminerStart: "the" or a number word (a switch: this runs on every token).
func isDeterminerStart(l string) bool {
	switch l {
	case "the", "two", "three", "four", "both":
		return true
	}
	return false
}

// describeByNationality: "the two men", "the pair", "two Canadians", "the
// Canadians" stand for the group of people named together (of that
// nationality where a demonym says it); "the Canadian", "the Chinese
// national" for the one person of that nationality.
func (d *docState) describeByNationality() {
	for i, ps := range d.pieces {
		if d.a.Sentences[i].IsAside() {
			continue
		}
		ts := d.sentToks(i)
		var cov []bool
		changed := false
		// "the two men", "the pair", "both men"
		for k := 0; k+1 < len(ts); k++ {
			l := d.low(i, k)
			if !isDeterminerStart(l) {
				continue
			}
			e := k + 1
			if l == "the" && e < len(ts) && numberWords[d.low(i, e)] {
				e++
			}
			if e >= len(ts) || ts[e].Text != d.low(i, e) || !pluralPeople[d.low(i, e)] || numberWords[d.low(i, e)] {
				continue
			}
			if cov == nil {
				cov = d.covered(i)
			}
			if cov[k] || cov[e] {
				continue
			}
			if l == "the" && e == k+1 && d.low(i, e) != "pair" && d.low(i, e) != "duo" && d.low(i, e) != "men" && d.low(i, e) != "women" {
				continue // "the people" is not a pair named before
			}
			if g := d.groupBefore(i, k, ""); g != nil {
				changed = true
				np := d.newPiece(piece{sent: i, ti: k, tj: e + 1, role: roleDesc, kind: text.DescriptionMention, class: schema.Person, surface: d.span(i, k, e+1), ent: g[0], group: g})
				d.add(np)
				for x := k; x <= e; x++ {
					cov[x] = true
				}
			}
		}
		for _, p := range ps {
			if p.role != roleDemonym || p.ti == 0 {
				continue
			}
			det := d.low(i, p.ti-1)
			if det != "the" && !numberWords[det] {
				continue
			}
			a := p.ti - 1
			if numberWords[det] && a > 0 && d.low(i, a-1) == "the" {
				a--
			}
			end := p.tj
			if end < len(ts) && d.w.nationality[d.low(i, end)] {
				end++ // "the Chinese national"
			}
			if end < len(ts) && !d.endsNounPhrase(i, end) {
				continue // "the Canadian government"
			}
			plural := strings.HasSuffix(d.low(i, p.tj-1), "s") || numberWords[det]
			if plural {
				if g := d.groupBefore(i, p.ti, p.canon); g != nil {
					changed = true
					p.role, p.kind, p.ent, p.class, p.group = roleDesc, text.DescriptionMention, g[0], schema.Person, g
					p.ti, p.tj, p.surface = a, end, d.span(i, a, end)
				}
				continue
			}
			if e := d.nationalBefore(i, p.ti, p.canon); e != nil {
				changed = true
				p.role, p.kind, p.ent, p.class = roleDesc, text.DescriptionMention, e, schema.Person
				p.ti, p.tj, p.surface = a, end, d.span(i, a, end)
			}
		}
		if changed {
			d.sortPieces(i)
		}
	}
}

// endsNounPhrase: token k cannot continue a noun phrase begun before it.
func (d *docState) endsNounPhrase(i, k int) bool {
	l := d.low(i, k)
	if !isWord(l) {
		return l != "-" && l != "'s" && l != "\u2019s"
	}
	if d.sentToks(i)[k].Text != l {
		return false
	}
	switch l {
	case "was", "is", "were", "are", "has", "had", "have", "who", "and", "or", "said", "says", "will", "would",
		"could", "can", "may", "might", "remains", "remained", "faces", "faced", "also", "to", "in", "on", "at", "from", "of", "for", "after", "before", "since", "as", "but", "been":
		return true
	}
	return strings.HasSuffix(l, "ed") || text.IsSpeechVerb(l)
}

// groupBefore: the most recent group of people named before token k of
// sentence i (or later in sentence i: "two Canadians, A and B"), all of
// nationality ctry when it is given.
func (d *docState) groupBefore(i, k int, ctry string) []*entity {
	fits := func(g personGroup) bool {
		if ctry == "" {
			return true
		}
		for _, m := range g.members {
			if !d.hasRel(m, schema.Nationality, ctry) {
				return false
			}
		}
		return true
	}
	for j := i; j >= 0 && j >= i-8; j-- {
		gs := d.groups[j]
		for x := len(gs) - 1; x >= 0; x-- {
			if (j < i || gs[x].tj <= k) && fits(gs[x]) {
				return gs[x].members
			}
		}
		for _, q := range d.pieces[j] {
			if len(q.group) > 1 && (j < i || q.tj <= k) && q.role != rolePronoun {
				g := personGroup{members: q.group}
				if fits(g) {
					return q.group
				}
			}
		}
	}
	for _, g := range d.groups[i] {
		if g.ti > k && g.ti-k <= 4 && fits(g) {
			return g.members
		}
	}
	return nil
}

// nationalBefore: the one person of this nationality named before token k
// of sentence i (nil when there are several).
func (d *docState) nationalBefore(i, k int, ctry string) *entity {
	var hit *entity
	pos := d.pos(i, k)
	for _, e := range d.ents {
		if e.class != schema.Person || e.firstPos < 0 || e.firstPos > pos || !d.hasRel(e, schema.Nationality, ctry) {
			continue
		}
		if hit != nil {
			return nil
		}
		hit = e
	}
	return hit
}

func (d *docState) hasRel(s *entity, pred schema.Predicate, obj string) bool {
	for _, r := range d.rels {
		if r.subj == s && r.pred == pred && r.obj.name == obj {
			return true
		}
	}
	return false
}

// orgDescriptions: "the company", "the tech giant", "the group" stand for
// the company (or organization) named last before them.
var orgDescriptions = map[string]bool{
	"company": true, "firm": true, "giant": true, "group": true, "bank": true, "lender": true,
	"maker": true, "manufacturer": true, "carrier": true, "conglomerate": true, "insurer": true, "operator": true,
	"charity": true, "organization": true, "organisation": true,
}

func (d *docState) describeOrganizations() {
	for i := range d.pieces {
		if d.a.Sentences[i].IsAside() {
			continue
		}
		ts := d.sentToks(i)
		var cov []bool
		for k := 0; k+1 < len(ts); k++ {
			if d.low(i, k) != "the" {
				continue
			}
			e := k + 1
			// "the tech giant", "the Chinese company": one modifier at most
			if e+1 < len(ts) && !orgDescriptions[d.low(i, e)] && orgDescriptions[d.low(i, e+1)] && (ts[e].Text == d.low(i, e) || d.inPiece(i, e, roleDemonym)) {
				e++
			}
			if !orgDescriptions[d.low(i, e)] || ts[e].Text != d.low(i, e) || e+1 < len(ts) && (isPossessive(ts[e+1].Text) || !d.endsNounPhrase(i, e+1)) {
				continue // "the group's director", "the company spokesman"
			}
			if cov == nil {
				cov = d.covered(i)
			}
			if cov[e] || cov[k] {
				continue
			}
			org := d.latestEmployer(d.pos(i, k))
			if org == nil {
				continue
			}
			if d.low(i, e) != "group" && d.low(i, e) != "charity" && d.low(i, e) != "organization" && d.low(i, e) != "organisation" && org.class != schema.Corporation {
				continue // "the company" is no NGO
			}
			for x := k; x <= e; x++ {
				cov[x] = true
			}
			d.add(d.newPiece(piece{sent: i, ti: k, tj: e + 1, role: roleDesc, kind: text.DescriptionMention, class: org.class, surface: d.span(i, k, e+1), ent: org}))
			d.sortPieces(i)
		}
	}
}
