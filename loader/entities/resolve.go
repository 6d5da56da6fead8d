package entities

import (
	"slices"
	"sort"
	"strings"
	"unicode"

	"newsgraph/loader/lexicon"
	"newsgraph/loader/text"
	"newsgraph/schema"
)

// Stage 4: within-document resolution: one entity per real participant,
// canonical names, surnames, pronouns, government bodies in context.

type entity struct {
	name      string
	class     schema.Class
	aliases   map[string]bool
	country   string   // for government bodies: the country it belongs to
	toks      []string // for people: the words of the full name
	full      []string // for people renamed to a shorter canonical name: the words of the full name
	titles    []string // titles held in the document
	firstPos  int
	lastPos   int
	firstSent int
	used      bool // named or metonymic in the text (not only a demonym)
	kept      bool // emit: given to the output
}

func (e *entity) isMinistry() bool {
	l := strings.ToLower(e.name)
	return strings.Contains(l, "ministry") || strings.Contains(l, "department") || strings.Contains(l, "global affairs")
}

func (d *docState) pos(i, k int) int { return i*100000 + k }

// entityFor returns the entity with this canonical name, creating it.
func (d *docState) entityFor(name string, c schema.Class) *entity {
	if e, ok := d.byName[name]; ok {
		return e
	}
	e := &entity{name: name, class: c, aliases: map[string]bool{}, firstPos: -1}
	d.byName[name] = e
	d.ents = append(d.ents, e)
	return e
}

func (d *docState) attach(p *piece, e *entity) {
	p.ent = e
	pos := d.pos(p.sent, p.ti)
	if e.firstPos < 0 || pos < e.firstPos {
		e.firstPos, e.firstSent = pos, p.sent
	}
	if pos > e.lastPos {
		e.lastPos = pos
	}
	if p.role == roleName || p.role == roleGovDesc && e.class == schema.GovernmentOrganization {
		e.used = true
	}
}

// countryEntity is the entity of a country named by its canonical name.
func (d *docState) countryEntity(name string) *entity {
	if name == "" {
		return nil
	}
	e := d.entityFor(name, schema.Country)
	e.used = true
	return e
}

// all pieces in document order.
func (d *docState) allPieces() []*piece {
	n := 0
	for _, ps := range d.pieces {
		n += len(ps)
	}
	out := make([]*piece, 0, n)
	for _, ps := range d.pieces {
		out = append(out, ps...)
	}
	return out
}

// eachPiece yields the pieces of all sentences in order, as allPieces
// lists them, without building the list; the loop must not add or remove
// pieces.
func (d *docState) eachPiece(yield func(*piece) bool) {
	for _, ps := range d.pieces {
		for _, p := range ps {
			if !yield(p) {
				return
			}
		}
	}
}

// fieldCount is len(strings.Fields(s)) without building the fields.
func fieldCount(s string) int {
	n, in := 0, false
	for _, r := range s {
		sp := unicode.IsSpace(r)
		if !sp && !in {
			n++
		}
		in = !sp
	}
	return n
}

func (d *docState) resolve() {
	ps := d.allPieces()
	// countries and metonyms
	for _, p := range ps {
		if p.class == schema.Country && (p.role == roleName) {
			e := d.entityFor(p.canon, schema.Country)
			d.attach(p, e)
			if p.surface != e.name && (p.kind == text.NameMention || d.isSeatName(p.surface)) {
				e.aliases[p.surface] = true
			}
		}
	}
	// government bodies
	for _, p := range ps {
		if p.class != schema.GovernmentOrganization || p.ent != nil {
			continue
		}
		d.possessiveOffice(p)
		name, ctry := d.govCanonical(p)
		if name == "" {
			continue
		}
		written := name
		name = d.dropAdminWords(name)
		e := d.entityFor(name, schema.GovernmentOrganization)
		if e.country == "" {
			e.country = ctry
		}
		d.attach(p, e)
		if written != name {
			e.aliases[written] = true
		}
		if p.role == roleName && p.surface != name {
			e.aliases[p.surface] = true
			if full := d.withModifier(p); full != "" && full != name {
				e.aliases[full] = true
			}
		}
	}
	d.qualifyPlaces()
	// organizations, companies, places
	for _, p := range ps {
		if p.role != roleName || p.ent != nil || (p.class != schema.Corporation && p.class != schema.Organization && p.class != schema.Place) {
			continue
		}
		name := p.surface
		if p.canon != "" {
			name = p.canon
		} else if p.class == schema.Corporation {
			name = stripLegal(name)
		}
		e := d.sameOrg(name, p.class)
		if e == nil {
			e = d.entityFor(name, p.class)
		}
		d.attach(p, e)
		if p.surface != e.name {
			e.aliases[p.surface] = true
		}
	}
	// people with full names
	for _, p := range ps {
		if p.role == roleName && p.ent == nil && p.class == schema.Person && p.tj-p.ti >= 2 {
			d.attach(p, d.personFor(p))
		}
	}
	d.canonicalPersons()
	// single words and untyped names: a person's surname or given name, an
	// organization's short name, or a new entity when the context says what it is
	for _, p := range ps {
		if p.role != roleName || p.ent != nil {
			continue
		}
		if e := d.shortFormOf(p); e != nil {
			d.attach(p, e)
			if e.class != schema.Person && p.surface != e.name {
				e.aliases[p.surface] = true
			} else if e.class == schema.Person && p.surface != e.name && fieldCount(p.surface) == len(e.toks) && len(e.toks) == 2 {
				e.aliases[p.surface] = true // the name in the other order
			}
			continue
		}
		if p.generic || p.class == schema.GovernmentOrganization && d.genericBody(strings.Fields(p.surface)) && isMission(p.surface) {
			continue // "Consulate General" of no known country and host names nothing
		}
		c := p.class
		if c == "" {
			c = d.guessClass(p)
		}
		if c == "" {
			continue
		}
		p.class = c
		if c == schema.Person {
			d.attach(p, d.personFor(p))
		} else {
			e := d.sameOrg(p.surface, c)
			if e == nil {
				e = d.entityFor(p.surface, c)
			}
			d.attach(p, e)
		}
	}
	// people typed from context only now: canonical names too
	d.canonicalPersons()
	// acronyms written after the full name: "Royal Mounted Police (RMP)"
	d.acronymAliases()
	// pronouns
	for _, p := range ps {
		if p.role == rolePronoun {
			if e := d.antecedent(p); e != nil {
				p.ent, p.class = e, e.class
			}
		}
	}
}

// isAge: a one- to three-digit number ("34").
func isAge(s string) bool {
	if len(s) == 0 || len(s) > 3 {
		return false
	}
	for _, c := range s {
		if c < '0' || c > '9' {
			return false
		}
	}
	return true
}

// kinNouns name a person by relation: "her brother, Ann Lee".
var kinNouns = map[string]bool{
	"brother": true, "sister": true, "wife": true, "husband": true, "son": true, "daughter": true,
	"mother": true, "father": true, "lawyer": true, "attorney": true, "partner": true, "cousin": true,
	"uncle": true, "aunt": true, "colleague": true, "friend": true, "widow": true, "fiancee": true, "fiance": true,
}

// isSeatName: a capital or seat of government written as a name ("Ottawa",
// "Downing Street"), the alias of the country it stands for.
func (d *docState) isSeatName(s string) bool {
	if !isCapitalized(s) {
		return false
	}
	_, ok := d.capital(s)
	return ok
}

// possessiveOffice: "Office" after "<Title>'s" is that officer's office:
// "the Attorney General's Office", "the Prosecutor General's Office".
func (d *docState) possessiveOffice(p *piece) {
	if p.role != roleName || p.surface != "Office" || p.ti < 3 {
		return
	}
	ts := d.sentToks(p.sent)
	if !isPossessive(ts[p.ti-1].Text) {
		return
	}
	for _, q := range d.pieces[p.sent] {
		if q.tj == p.ti-1 && q.tj-q.ti <= 3 && (q.role == roleTitle || q.role == roleName && q.class == "" && d.isTitlePhrase(p.sent, q.ti, q.tj)) {
			p.officeOf = d.span(p.sent, q.ti, q.tj) + ts[p.ti-1].Text
			p.surface = p.officeOf + " Office"
			p.ti = q.ti
			// the title is part of the body's name, not a person's title
			kept := d.pieces[p.sent][:0]
			for _, r := range d.pieces[p.sent] {
				if r != q {
					kept = append(kept, r)
				}
			}
			d.pieces[p.sent] = kept
			q.role, q.generic, q.class = roleName, true, ""
			return
		}
	}
}

// withModifier: the body's name as written with its country word ("Chinese
// Foreign Ministry"), when a demonym piece stands right before it.
func (d *docState) withModifier(p *piece) string {
	for _, q := range d.pieces[p.sent] {
		if q.role == roleDemonym && q.tj == p.ti {
			return q.surface + " " + p.surface
		}
	}
	return ""
}

// personFor finds or creates the person a full-name piece names: the same
// first and last words name the same person.
func (d *docState) personFor(p *piece) *entity {
	toks := strings.Fields(p.surface)
	name := p.surface
	if c := d.chineseOrder(toks); c != "" {
		// "Wanzhou Meng": named family name first, written so an alias
		name, toks = c, strings.Fields(c)
	}
	if c := d.w.correctChineseName(toks); c != nil {
		// "Chen Quanquo" is "Chen Quanguo" misspelt (pinyin.go); the
		// written form stays an alias
		name, toks = strings.Join(c, " "), c
	}
	e := d.personMatch(p, toks)
	if e == nil {
		e = d.entityFor(name, schema.Person)
		e.toks = toks
	}
	if p.surface != e.name {
		e.aliases[p.surface] = true
	}
	return e
}

// personMatch finds the person of the document the name's words (family
// name first) stand for, nil if none.
func (d *docState) personMatch(p *piece, toks []string) *entity {
	if e, ok := d.byName[strings.Join(toks, " ")]; ok && e.class == schema.Person {
		return e
	}
	for _, e := range d.ents {
		if e.class != schema.Person || len(e.toks) < 2 || len(toks) < 2 {
			continue
		}
		if len(toks) == 2 && len(e.toks) == 2 && toks[0] == e.toks[1] && toks[1] == e.toks[0] && (d.w.surnames[toks[0]] || d.w.surnames[toks[1]]) {
			// "Wanzhou Meng" and "Meng Wanzhou": an East Asian name in
			// either order; the family name first is canonical
			if d.w.surnames[toks[0]] && !d.w.surnames[e.toks[0]] {
				d.rename(e, strings.Join(toks, " "))
				e.toks = toks
			}
			return e
		}
		if e.toks[0] == toks[0] && e.toks[len(e.toks)-1] == toks[len(toks)-1] || tailOf(toks, e.toks) || tailOf(e.toks, toks) || beforePatronym(toks, e.toks) || beforePatronym(e.toks, toks) ||
			d.w.westernPrefix(toks, e.toks) || d.w.misspeltName(toks, e.toks) {
			return e
		}
		if d.w.westernPrefix(e.toks, toks) {
			// "Sabrina Meng", then "Sabrina Meng Wanzhou": the fuller form
			// decides the canonical name (canonicalPersons)
			e.toks = toks
			return e
		}
	}
	return nil
}

var patronymParticles = map[string]bool{"bin": true, "binti": true, "bint": true, "ibn": true, "ben": true, "ould": true, "bte": true}

// beforePatronym: short is the name before the patronymic particle of
// long: "Ahmad Farid" of "Ahmad Farid bin Ismail".
func beforePatronym(short, long []string) bool {
	return len(short) >= 2 && len(long) > len(short)+1 && patronymParticles[long[len(short)]] && slices.Equal(short, long[:len(short)])
}

func hasPatronym(toks []string) bool {
	for _, t := range toks[1:] {
		if patronymParticles[t] {
			return true
		}
	}
	return false
}

// tailOf: short is the last two words or more of long, a longer form
// with a given name before it ("Meng Wanzhou" in "Sabrina Meng Wanzhou").
func tailOf(short, long []string) bool {
	return len(short) >= 2 && len(long) > len(short) && slices.Equal(short, long[len(long)-len(short):])
}

// canonicalPersons names each person written both in full and as a
// two-word name ("Ann Marie Lee" and "Ann Lee", "Sabrina Meng Wanzhou" and
// "Meng Wanzhou") by the two-word form the document uses most (the first
// written on a tie), keeping the longer forms as aliases, so that the same
// person gets the same name in every document that writes them so.
func (d *docState) canonicalPersons() {
	for _, e := range d.ents {
		if e.class != schema.Person || len(e.toks) < 3 {
			continue
		}
		if d.w.eastAsianWithWestern(e.toks) > 0 {
			// "Sabrina Meng Wanzhou", "Carrie Lam Cheng Yuet-ngor": named
			// by the name alone (personnames.go)
			d.renamePerson(e, d.w.canonicalPersonToks(e.toks))
			continue
		}
		if hasPatronym(e.toks) {
			continue // "Ahmad Farid bin Ismail" keeps the full name
		}
		count := map[string]int{}
		first := map[string]int{}
		for p := range d.eachPiece {
			if p.ent != e || p.role != roleName || fieldCount(p.surface) != 2 {
				continue
			}
			count[p.surface]++
			if _, ok := first[p.surface]; !ok {
				first[p.surface] = d.pos(p.sent, p.ti)
			}
		}
		best := ""
		for n, c := range count {
			if best == "" || c > count[best] || c == count[best] && first[n] < first[best] {
				best = n
			}
		}
		if best != "" && best != e.name {
			d.rename(e, best)
			e.toks = strings.Fields(best)
			continue
		}
		// written in full only: "Michael John Smith" is "Michael Smith"
		d.renamePerson(e, d.w.canonicalPersonToks(e.toks))
	}
}

// renamePerson gives a person the canonical name of these words, keeping
// the full form (and every other form) an alias; the full form's words
// stay with the entity for the short forms to find it by.
func (d *docState) renamePerson(e *entity, toks []string) {
	name := strings.Join(toks, " ")
	if name == e.name {
		return
	}
	full := e.toks
	if other, ok := d.byName[name]; ok && other != e {
		return // another person of the document has that name
	}
	d.rename(e, name)
	e.full = full
	e.toks = toks
}

// shortFormOf resolves a one-word (or partial) name to an entity named in
// full elsewhere in the document: the nearest person before it with that
// surname or given name (else the first after it), or the organization
// whose name it begins.
func (d *docState) shortFormOf(p *piece) *entity {
	toks := strings.Fields(p.surface)
	pos := d.pos(p.sent, p.ti)
	if p.class == "" || p.class == schema.Person {
		var before, after *entity
		bestBefore, bestAfter := -1, 1<<62
		for _, e := range d.ents {
			if e.class == schema.Person && len(toks) == 2 && len(e.toks) == 2 && toks[0] == e.toks[1] && toks[1] == e.toks[0] && d.w.surnames[toks[1]] {
				return e // "Wanzhou Meng" after "Meng Wanzhou"
			}
			if e.class == schema.Person && (d.w.westernPrefix(toks, e.full) || d.w.westernPrefix(toks, e.toks) || len(e.toks) >= 2 && d.w.misspeltName(toks, e.toks)) {
				return e // "Sabrina Meng" of "Sabrina Meng Wanzhou"
			}
			if e.class == schema.Person && d.w.westernPrefix(e.toks, toks) {
				// "Sabrina Meng Wanzhou" after "Sabrina Meng": the fuller
				// form decides the canonical name (canonicalPersons)
				e.toks = toks
				e.aliases[p.surface] = true
				return e
			}
			if e.class != schema.Person || len(e.toks) < 2 || len(toks) >= len(e.toks) {
				continue
			}
			if !(slices.Equal(toks, e.toks[:len(toks)]) || slices.Equal(toks, e.toks[len(e.toks)-len(toks):]) ||
				len(toks) == 1 && containsString(e.toks[1:], toks[0])) {
				continue
			}
			last := d.lastMentionBefore(e, pos)
			if last >= 0 && last > bestBefore {
				before, bestBefore = e, last
			} else if last < 0 && e.firstPos < bestAfter {
				after, bestAfter = e, e.firstPos
			}
		}
		if before != nil {
			return before
		}
		if after != nil {
			return after
		}
	}
	if p.class == "" || p.class == schema.Corporation || p.class == schema.Organization {
		for _, e := range d.ents {
			if (e.class == schema.Corporation || e.class == schema.Organization) && strings.HasPrefix(e.name, p.surface+" ") {
				return e
			}
		}
	}
	if p.generic {
		// "the News", "the Post": the one organization whose name ends so
		var hit *entity
		for _, e := range d.ents {
			if isEmployer(e.class) && strings.HasSuffix(e.name, " "+p.surface) {
				if hit != nil {
					return nil
				}
				hit = e
			}
		}
		return hit
	}
	return nil
}

// lastMentionBefore: the position of e's last mention before pos, -1 if none.
func (d *docState) lastMentionBefore(e *entity, pos int) int {
	best := -1
	for _, ps := range d.pieces {
		for _, p := range ps {
			if p.ent == e {
				if q := d.pos(p.sent, p.ti); q < pos && q > best {
					best = q
				}
			}
		}
	}
	return best
}

var corpSuffixes = map[string]bool{
	"technologies": true, "technology": true, "inc": true, "inc.": true, "corp": true, "corp.": true,
	"corporation": true, "co": true, "co.": true, "ltd": true, "ltd.": true, "group": true, "holdings": true,
	"company": true, "limited": true, "llc": true, "plc": true,
}

// sameOrg finds an organization already in the document that this name is
// a shorter or longer form of ("Acme" / "Acme Technologies"); the fuller
// name becomes canonical.
func (d *docState) sameOrg(name string, c schema.Class) *entity {
	if e, ok := d.byName[name]; ok {
		return e
	}
	for _, e := range d.ents {
		if e.class != c && !(isEmployer(e.class) && isEmployer(c)) {
			continue
		}
		short, long := name, e.name
		if len(short) > len(long) {
			short, long = long, short
		}
		if !strings.HasPrefix(long, short+" ") {
			continue
		}
		rest := strings.Fields(long[len(short)+1:])
		ok := true
		for _, w := range rest {
			if !corpSuffixes[strings.ToLower(strings.Trim(w, ","))] {
				ok = false
			}
		}
		if !ok {
			continue
		}
		if len(name) > len(e.name) {
			d.rename(e, name)
		}
		return e
	}
	return nil
}

var legalForms = map[string]bool{
	"co": true, "co.": true, "ltd": true, "ltd.": true, "inc": true, "inc.": true, "corp": true, "corp.": true,
	"llc": true, "plc": true, "limited": true, "gmbh": true, "ag": true, "sa": true,
}

// stripLegal drops legal forms from a company name: "Acme Technologies Co
// Ltd" -> "Acme Technologies" (the full form stays an alias).
func stripLegal(name string) string {
	ws := strings.Fields(name)
	for len(ws) > 1 && legalForms[strings.ToLower(strings.Trim(ws[len(ws)-1], ","))] {
		ws = ws[:len(ws)-1]
	}
	if len(ws) > 0 {
		ws[len(ws)-1] = strings.TrimSuffix(ws[len(ws)-1], ",")
	}
	return strings.Join(ws, " ")
}

func (d *docState) rename(e *entity, name string) {
	delete(d.byName, e.name)
	e.aliases[e.name] = true
	delete(e.aliases, name)
	e.name = name
	d.byName[name] = e
}

// guessClass types a name nothing else typed, from its context.
func (d *docState) guessClass(p *piece) schema.Class {
	i := p.sent
	ts := d.sentToks(i)
	n := p.tj - p.ti
	if n >= 2 && n <= 3 && d.personLike(i, p.ti, p.tj) && d.titleAfterCopula(p) {
		return schema.Person // "Ann Lee is an Acme reporter"
	}
	if n >= 2 && n <= 4 && d.personLike(i, p.ti, p.tj) {
		// right after a title: "the minister of foreign affairs, Ann Lee"
		for _, q := range d.pieces[i] {
			if q.role == roleTitle && (q.tj == p.ti || q.tj+1 == p.ti && ts[q.tj].Text == ",") {
				return schema.Person
			}
		}
	}
	if n >= 2 && n <= 3 && d.personLike(i, p.ti, p.tj) {
		// coordinated with a person: "Erik Dahl and Ole Berg"
		for _, q := range d.pieces[i] {
			if q.tj < p.ti && q.class == schema.Person && q.role == roleName && d.betweenOK(i, q.tj, p.ti, map[string]bool{"and": true, ",": true}) {
				return schema.Person
			}
		}
		if p.tj < len(ts) && text.IsSpeechVerb(ts[p.tj].Text) {
			return schema.Person
		}
		// "..., said Ann Lee." / "said Ann Lee, the group's director"
		if p.ti > 0 && text.IsSpeechVerb(ts[p.ti-1].Text) && ts[p.ti-1].Text == d.low(i, p.ti-1) && (p.tj >= len(ts) || !isWord(ts[p.tj].Text)) {
			return schema.Person
		}
		// "Ann Lee, 34, was ...": an age in commas
		if p.tj+2 < len(ts) && ts[p.tj].Text == "," && isAge(ts[p.tj+1].Text) && ts[p.tj+2].Text == "," {
			return schema.Person
		}
		// "X's brother, Ann Lee", "the lawyer, Ann Lee"
		if p.ti >= 2 && ts[p.ti-1].Text == "," && kinNouns[d.low(i, p.ti-2)] {
			return schema.Person
		}
		if p.tj+1 < len(ts) && ts[p.tj].Text == "," && (d.low(i, p.tj+1) == "who" || d.low(i, p.tj+1) == "a" || d.low(i, p.tj+1) == "an") && !d.cueAfter(p) {
			return schema.Person
		}
	}
	// a cue noun right before: "tech giant Acme", "the city of Lyon"
	if p.ti > 0 {
		k := p.ti - 1
		if d.low(i, k) == "of" && k > 0 {
			if c := d.w.cues[d.low(i, k-1)]; c == schema.Place {
				return c
			}
		} else if c, ok := d.w.cues[d.low(i, k)]; ok && ts[k].Text == d.low(i, k) {
			return c
		}
	}
	// a cue noun right after: "the Acme newspaper", "Acme, a Chinese company"
	if c := d.cueAfterClass(p); c != "" {
		return c
	}
	if p.ti > 0 && !isAllCaps(p.surface) {
		switch d.low(i, p.ti-1) {
		case "in", "near", "outside", "from":
			if n <= 3 && (p.tj >= len(ts) || !isCapitalized(ts[p.tj].Text) && ts[p.tj].Text != "'s" && ts[p.tj].Text != "\u2019s") {
				return schema.Place
			}
		}
	}
	if p.classHint != "" {
		return p.classHint
	}
	return ""
}

// titleAfterCopula: "X is/was a/an/the [words] <title>".
func (d *docState) titleAfterCopula(p *piece) bool {
	i := p.sent
	ts := d.sentToks(i)
	if p.tj+1 >= len(ts) || (d.low(i, p.tj) != "is" && d.low(i, p.tj) != "was") {
		return false
	}
	for _, q := range d.pieces[i] {
		if q.role == roleTitle && q.ti > p.tj && q.ti <= p.tj+6 && d.betweenOKSkippingPieces(i, p.tj, q.ti) {
			return true
		}
	}
	return false
}

// betweenOKSkippingPieces: tokens [a, b) are glue words or inside non-person pieces.
func (d *docState) betweenOKSkippingPieces(i, a, b int) bool {
	for k := a; k < b; k++ {
		if appositiveGlue[d.low(i, k)] {
			continue
		}
		in := false
		for _, q := range d.pieces[i] {
			if q.ti <= k && k < q.tj && q.class != schema.Person && q.role != roleTitle {
				in = true
			}
		}
		if !in {
			return false
		}
	}
	return true
}

func (d *docState) cueAfter(p *piece) bool { return d.cueAfterClass(p) != "" }

func (d *docState) cueAfterClass(p *piece) schema.Class {
	i := p.sent
	ts := d.sentToks(i)
	k := p.tj
	if k < len(ts) {
		if c, ok := d.w.cues[d.low(i, k)]; ok && ts[k].Text == d.low(i, k) && c != schema.Place {
			return c
		}
	}
	if k+1 < len(ts) && ts[k].Text == "," && (d.low(i, k+1) == "a" || d.low(i, k+1) == "an" || d.low(i, k+1) == "the") {
		for x := k + 2; x < len(ts) && x < k+6; x++ {
			l := d.low(i, x)
			if c, ok := d.w.cues[l]; ok && ts[x].Text == l {
				// the noun phrase ends here
				if x+1 < len(ts) && isPossessive(ts[x+1].Text) {
					break // "X, the group's director": the cue is someone else's
				}
				if x+1 >= len(ts) || !isWord(ts[x+1].Text) || d.w.connectors[d.low(i, x+1)] || d.low(i, x+1) == "that" || d.low(i, x+1) == "which" {
					return c
				}
			}
			if ts[x].Text == "," || ts[x].Text == "." {
				break
			}
		}
	}
	return ""
}

// acronymAliases links "RCMP" to "Royal Canadian Mounted Police" when the
// acronym is written in brackets after it or matches its initials.
func (d *docState) acronymAliases() {
	for _, e := range d.ents {
		if e.class == schema.Person || e.class == schema.Country {
			continue
		}
		ini := initials(e.name)
		if len(ini) < 2 {
			continue
		}
		for _, o := range d.ents {
			if o != e && o.name == ini && o.class == schema.Organization {
				// the acronym entity was guessed; fold it into the full name
				o.class = ""
				e.aliases[ini] = true
				for _, ps := range d.pieces {
					for _, p := range ps {
						if p.ent == o {
							p.ent = e
							p.class = e.class
						}
					}
				}
			}
		}
	}
	kept := d.ents[:0]
	for _, e := range d.ents {
		if e.class != "" {
			kept = append(kept, e)
		} else {
			delete(d.byName, e.name)
		}
	}
	d.ents = kept
}

func initials(name string) string {
	var b strings.Builder
	for _, w := range strings.Fields(name) {
		l := strings.ToLower(w)
		if l == "of" || l == "the" || l == "and" || l == "for" || l == "on" || l == "in" || l == "&" {
			continue
		}
		b.WriteString(strings.ToUpper(w[:1]))
	}
	return b.String()
}

// antecedent: he/she -> the nearest person (in this sentence before the
// pronoun, else the subject of the nearest earlier sentence with a person);
// it/its/they -> the nearest organization or country.
func (d *docState) antecedent(p *piece) *entity {
	low := strings.ToLower(p.surface)
	if isFirstPersonPlural(low) {
		return nil // resolved by the coref stage, inside quotes only
	}
	wantPerson := low == "he" || low == "him" || low == "his" || low == "she" || low == "her" || low == "hers"
	ok := func(q *piece) bool {
		if q.ent == nil || q.role == rolePronoun || q.role == roleTitle {
			return false
		}
		if wantPerson {
			return q.ent.class == schema.Person
		}
		return q.ent.class != schema.Person && q.ent.class != schema.Place && q.kind != text.DemonymMention
	}
	ps := d.pieces[p.sent]
	for x := len(ps) - 1; x >= 0; x-- {
		if ps[x].ti < p.ti && ok(ps[x]) {
			return ps[x].ent
		}
	}
	for i := p.sent - 1; i >= 0 && i >= p.sent-3; i-- {
		if d.a.Sentences[i].Paragraph < 0 {
			break
		}
		for _, q := range d.pieces[i] {
			if ok(q) {
				if wantPerson {
					return q.ent // the subject: first person of the sentence
				}
				// for it/they: the last one
				var last *entity
				for _, r := range d.pieces[i] {
					if ok(r) {
						last = r.ent
					}
				}
				return last
			}
		}
	}
	return nil
}

// countryContext decides which country a government body belongs to.
func (d *docState) countryContext(p *piece) string {
	if p.country != "" {
		return p.country
	}
	ts := d.sentToks(p.sent)
	// "China's Foreign Ministry", "the Chinese foreign ministry"
	for _, q := range d.pieces[p.sent] {
		if q.tj == p.ti-1 && (ts[q.tj].Text == "'s" || ts[q.tj].Text == "\u2019s") && q.class == schema.Country {
			return q.canon
		}
		if q.role == roleDemonym && (q.tj == p.ti || q.tj == p.ti-1 && d.low(p.sent, q.tj) == "the") {
			return q.canon
		}
	}
	// "its consulate": the country the pronoun stands for
	if p.ti > 0 {
		if l := d.low(p.sent, p.ti-1); l == "its" || l == "their" {
			for _, q := range d.pieces[p.sent] {
				if q.role == rolePronoun && q.ti == p.ti-1 {
					if e := d.antecedent(q); e != nil && e.class == schema.Country {
						return e.name
					}
				}
			}
		}
	}
	// "Foreign ministry spokesperson Ann Lee said Seoul had protested": the
	// country its spokesperson speaks of as "we" would
	if c := d.spokesmanSaysCountry(p); c != "" {
		return c
	}
	// "... of <Country>" inside the name
	if k := strings.LastIndex(p.surface, " of "); k >= 0 {
		if c, ok := d.country(p.surface[k+4:]); ok {
			return c.Name
		}
		// "... of Beijing Municipality", "... of Lyon": a known place
		place := p.surface[k+4:]
		for _, suf := range []string{" Municipality", " Province", " City", " Prefecture", " County"} {
			place = strings.TrimSuffix(place, suf)
		}
		if c, ok := d.capital(place); ok {
			return c.Name
		}
		if kn, ok := d.lookup(place); ok && kn.Class == schema.Place && kn.Country != "" {
			return kn.Country
		}
	}
	// "police in Nairobi": the country of the place the body is in (not for
	// a mission, whose host is another country)
	if !isMission(p.surface) {
		if h := d.hostNear(p); h != "" {
			if k, ok := d.lookup(h); ok && k.Class == schema.Place && k.Country != "" {
				return k.Country
			}
		}
		if c := d.placeAfterIn(p); c != "" {
			return c
		}
	}
	// a place at the start of the name: "Hong Kong Police Force", "Xinjiang ... Bureau"
	if p.role == roleName {
		if m := d.knownAt(p.sent, p.ti, p.tj); m > 0 && m < p.tj-p.ti {
			if k, _ := d.lookup(d.span(p.sent, p.ti, p.ti+m)); k.Country != "" {
				return k.Country
			}
		}
	}
	return ""
}

// govCanonical names a government body by the conventions, in its country
// context: the gazetteer's resolver first, then the document's own conventions.
func (d *docState) govCanonical(p *piece) (string, string) {
	ctry := d.countryContext(p)
	if p.canon != "" {
		return p.canon, firstNonEmpty(p.country, ctry)
	}
	if p.role == roleName || p.role == roleGovDesc && ctry != "" {
		if name, c, ok := d.gazetteerBody(p, ctry); ok {
			return name, c
		}
	}
	return d.conventionBody(p, ctry)
}

// gazetteerBody resolves a body with lexicon.ResolveGovernmentBody.
func (d *docState) gazetteerBody(p *piece, ctry string) (string, string, bool) {
	var ctx lexicon.GovContext
	if c, ok := lexicon.CountryByName(ctry); ok {
		ctx.Country = c
	}
	if h := d.hostNear(p); h != "" {
		if c, ok := d.country(h); ok {
			ctx.Host = c
		} else if c, ok := d.capital(h); ok {
			ctx.Host = c
		}
	}
	phrase := p.surface
	if ctx.Country == nil {
		lp := strings.ToLower(phrase)
		if dc := d.datelineCountry(); dc != "" && !strings.Contains(lp, "foreign") && !strings.Contains(lp, "embass") && !strings.Contains(lp, "consul") {
			ctx.Country, _ = lexicon.CountryByName(dc)
		}
	}
	b, ok := lexicon.ResolveGovernmentBody(phrase, ctx)
	if !ok && ctx.Country == nil {
		if _, generic := d.w.govSurface[strings.ToLower(strings.TrimPrefix(phrase, "the "))]; generic || strings.Contains(strings.ToLower(phrase), "foreign") {
			if k := d.w.govSurface[strings.ToLower(phrase)]; k == "foreign-ministry" || strings.Contains(strings.ToLower(phrase), "foreign") {
				if c, ok2 := lexicon.CountryByName(firstNonEmpty(d.sameKindCountry(p, "foreign-ministry"), d.dominantCountryFor("foreign-ministry"))); ok2 {
					ctx.Country = c
					b, ok = lexicon.ResolveGovernmentBody(phrase, ctx)
				}
			}
		}
	}
	if !ok || b.Class != schema.GovernmentOrganization {
		return "", "", false
	}
	if (b.Body == "embassy" || b.Body == "consulate-general") && (b.Host == nil && b.City == "" || b.Country == nil) {
		return "", "", false
	}
	c := ""
	if b.Country != nil {
		c = b.Country.Name
	}
	return b.Name, c, true
}

// conventionBody names a body by the conventions of data/govbodies.tsv.
func (d *docState) conventionBody(p *piece, ctry string) (string, string) {
	surface := strings.TrimPrefix(strings.TrimPrefix(p.surface, "the "), "The ")
	low := strings.ToLower(surface)
	kind, body, host := "", surface, ""
	if k := strings.Index(low, " in "); k >= 0 {
		host = surface[k+4:]
		low, body = low[:k], surface[:k]
	}
	if k, ok := d.w.govSurface[low]; ok {
		kind = k
		if at := strings.Index(k, "@"); at >= 0 {
			kind = k[:at]
			for _, c := range lexicon.Countries() {
				if c.ISO2 == k[at+1:] {
					ctry = c.Name
				}
			}
		}
	} else if k := strings.Index(low, " of "); k >= 0 {
		// "Embassy of China", "Ministry of Commerce of China"
		if c, ok := d.country(body[k+4:]); ok {
			if ctry == "" {
				ctry = c.Name
			}
			if kk, ok := d.w.govSurface[low[:k]]; ok {
				kind, body = kk, body[:k]
			}
		}
	}
	if kind == "" {
		ws := strings.Fields(body)
		head := strings.ToLower(ws[len(ws)-1])
		switch {
		case head == "ministry" && len(ws) > 1:
			kind, body = "ministry", "Ministry of "+titleCase(strings.Join(ws[:len(ws)-1], " "))
		case strings.HasPrefix(low, "ministry of "):
			kind = "ministry"
		case head == "department" && len(ws) > 1:
			kind, body = "department", "Department of "+titleCase(strings.Join(ws[:len(ws)-1], " "))
		case strings.HasPrefix(low, "department of "):
			kind = "department"
		case head == "court" && len(ws) > 2:
			body = courtName(ws)
		case d.genericBody(ws):
			// "State Council", "Customs", "Parliament": named by the country
			switch strings.ToLower(body) {
			case "government", "authorities", "administration", "side", "cabinet":
				return "", ""
			}
			kind = "body"
		}
	}
	if p.role == roleGovDesc && kind == "" {
		// "the ministry": the latest ministry named before
		return d.latestBody(p, "ministry")
	}
	if p.role == roleName && fieldCount(body) == 1 && strings.EqualFold(body, "ministry") {
		// "Ministry spokesman Li": the latest ministry named before
		if name, c := d.latestBody(p, "ministry"); name != "" {
			return name, c
		}
		return "", ""
	}
	if p.officeOf != "" {
		// "the Attorney General's Office": named by its country, the
		// dateline's where the text names none
		kind, body = "body", p.officeOf+" Office"
		if ctry == "" {
			ctry = d.datelineCountry()
		}
	}
	if kind == "" {
		return body, ctry
	}
	if ctry == "" {
		ctry = d.sameKindCountry(p, kind)
	}
	if ctry == "" && kind == "foreign-ministry" {
		ctry = d.dominantCountryFor(kind)
	}
	if ctry == "" {
		if p.role == roleGovDesc || kind == "body" || (kind == "embassy" || kind == "consulate" || kind == "high-commission") && d.genericBody(strings.Fields(body)) {
			return "", "" // "Consulate General" of no known country names nothing
		}
		return body, ""
	}
	if kind == "embassy" || kind == "consulate" || kind == "high-commission" {
		if host == "" {
			host = d.hostNear(p)
		}
		if kind == "embassy" || kind == "high-commission" {
			if c, ok := d.country(host); ok {
				host = c.Name
			} else if c, ok := d.capital(host); ok {
				host = c.Name
			} else {
				host = d.dominantCountry(ctry)
			}
		}
		if host == "" || host == ctry {
			return "", ""
		}
		if c, ok := d.country(host); ok {
			host = articled(c.Name)
		} else if k, ok := d.lookup(host); ok && k.Class == schema.Place {
			host = k.Name // "St Petersburg" and "St. Petersburg" are one place
		}
	}
	iso := ""
	if c, ok := lexicon.CountryByName(ctry); ok {
		iso = c.ISO2
	}
	tpl, ok := d.w.govTemplate[kind+"|"+iso]
	if !ok {
		tpl, ok = d.w.govTemplate[kind+"|*"]
	}
	if !ok {
		return body, ctry
	}
	r := strings.NewReplacer("{country}", articled(ctry), "{host}", host, "{body}", body)
	return r.Replace(tpl), ctry
}

func containsString(xs []string, s string) bool {
	for _, x := range xs {
		if x == s {
			return true
		}
	}
	return false
}

func articled(name string) string {
	if takesArticle(name) {
		return "the " + name
	}
	return name
}

func firstNonEmpty(s ...string) string {
	for _, x := range s {
		if x != "" {
			return x
		}
	}
	return ""
}

var courtMods = map[string]bool{
	"supreme": true, "high": true, "superior": true, "federal": true, "provincial": true, "district": true,
	"county": true, "appeals": true, "appellate": true, "constitutional": true, "intermediate": true, "circuit": true,
	"people's": true, "municipal": true,
}

// courtName: "British Columbia Supreme Court" -> "Supreme Court of British Columbia".
func courtName(ws []string) string {
	k := len(ws) - 1
	for k > 0 && courtMods[strings.ToLower(ws[k-1])] {
		k--
	}
	if k == 0 || k == len(ws)-1 && k > 0 && !courtMods[strings.ToLower(ws[k-1])] {
		if k == len(ws)-1 {
			return strings.Join(ws, " ")
		}
	}
	if k == 0 {
		return strings.Join(ws, " ")
	}
	return strings.Join(ws[k:], " ") + " of " + strings.Join(ws[:k], " ")
}

// latestBody: the most recent government body whose name has the word.
func (d *docState) latestBody(p *piece, word string) (string, string) {
	pos := d.pos(p.sent, p.ti)
	var best *entity
	bestPos := -1
	for _, e := range d.ents {
		if e.class != schema.GovernmentOrganization || !strings.Contains(strings.ToLower(e.name), word) {
			continue
		}
		if last := d.lastMentionBefore(e, pos); last > bestPos {
			best, bestPos = e, last
		}
	}
	if best == nil {
		return "", ""
	}
	return best.name, best.country
}

// sameKindCountry: the country of an earlier body of the same kind.
func (d *docState) sameKindCountry(p *piece, kind string) string {
	for q := range d.eachPiece {
		if q == p {
			break // only a body named before this one
		}
		if q.class != schema.GovernmentOrganization {
			continue
		}
		l := strings.ToLower(q.surface)
		if x := strings.Index(l, " in "); x >= 0 {
			l = l[:x]
		}
		k, ok := d.w.govSurface[l]
		if !ok || strings.SplitN(k, "@", 2)[0] != kind {
			continue
		}
		if c := d.countryContext(q); c != "" {
			return c
		}
	}
	return ""
}

// dominantCountryFor: the country a body of this kind named without one
// most likely belongs to: the document's main country among those whose
// body of this kind is called that way (a "Foreign Ministry" is not the
// foreign ministry of a country whose ministry has another name).
func (d *docState) dominantCountryFor(kind string) string {
	return d.dominantCountry(d.w.templatedCountries(kind)...)
}

// genericBody: a body named only by head and remit words ("State Council").
func (d *docState) genericBody(ws []string) bool {
	for _, w := range ws {
		l := strings.ToLower(w)
		if _, h := d.w.heads[l]; !h && !d.w.portfolio[l] && l != "of" && l != "the" && l != "and" && l != "general" {
			return false
		}
	}
	return true
}

// dominantCountry: the country the document mentions most, other than except.
func (d *docState) dominantCountry(except ...string) string {
	n := map[string]int{}
	for i, ps := range d.pieces {
		for x, p := range ps {
			if p.class != schema.Country || p.canon == "" || containsString(except, p.canon) {
				continue
			}
			w := 1
			if x == 0 && p.ti <= firstWord(d.sentToks(i))+1 && p.role == roleName {
				w = 3 // the subject of a sentence: "China said", "Beijing urged"
			}
			n[p.canon] += w
		}
	}
	best, bn := "", 0
	var names []string
	for c := range n {
		names = append(names, c)
	}
	sort.Strings(names)
	for _, c := range names {
		if n[c] > bn {
			best, bn = c, n[c]
		}
	}
	return best
}

// hostNear: "in <Country or capital>" right after the body in its sentence.
func (d *docState) hostNear(p *piece) string {
	ts := d.sentToks(p.sent)
	if p.tj < len(ts) && d.low(p.sent, p.tj) == "in" {
		for _, q := range d.pieces[p.sent] {
			if q.ti == p.tj+1 && q.role == roleName {
				return q.surface
			}
		}
	}
	return ""
}

// placeAfterIn: the country of the place the phrase "in ..." right after a
// body names, before any comma: "the Tongxian Security Bureau in northeast
// China's Liaoning Province", "the court in Dalian, Liaoning".
func (d *docState) placeAfterIn(p *piece) string {
	ts := d.sentToks(p.sent)
	if p.tj >= len(ts) || d.low(p.sent, p.tj) != "in" {
		return ""
	}
	end := p.tj + 1
	for end < len(ts) && end <= p.tj+6 && ts[end].Text != "," && ts[end].Text != ";" {
		end++
	}
	for _, q := range d.pieces[p.sent] {
		if q.ti <= p.tj || q.tj > end || q.role != roleName && q.role != roleDemonym {
			continue
		}
		if q.class == schema.Country && q.canon != "" {
			return q.canon
		}
		if q.class == schema.Place && q.country != "" {
			return q.country
		}
	}
	return ""
}

// qualifyPlaces names a town the gazetteer does not know by its region
// where the text writes it so: "Chelsea, Que." is "Chelsea, Quebec".
func (d *docState) qualifyPlaces() {
	for i, ps := range d.pieces {
		ts := d.sentToks(i)
		for x := 0; x+1 < len(ps); x++ {
			p, q := ps[x], ps[x+1]
			if p.role != roleName || p.canon != "" || p.class != "" && p.class != schema.Place || q.role != roleName || q.class != schema.Place || q.ti != p.tj+1 || ts[p.tj].Text != "," {
				continue
			}
			region, ok := lexicon.PlaceByName(q.surface)
			if !ok || region.Kind != "state" && region.Kind != "province" {
				continue
			}
			if p.tj-p.ti > 3 || !d.personLike(i, p.ti, p.tj) && d.headClass(i, p.ti, p.tj) != schema.Place {
				continue
			}
			p.class, p.canon = schema.Place, p.surface+", "+region.Name
			if c := region.CountryOf(); c != nil {
				p.country = c.Name
			}
			q.class, q.canon, q.generic = "", "", true // the region only qualifies the town
		}
	}
}

// isMission: an embassy or consulate, named by the conventions only with
// its country and host.
func isMission(name string) bool {
	l := strings.ToLower(name)
	return strings.Contains(l, "embass") || strings.Contains(l, "consul") || strings.Contains(l, "high commission")
}

// isTitlePhrase: tokens [a, b) are a title of the lists ("Attorney General").
func (d *docState) isTitlePhrase(i, a, b int) bool {
	_, ok := d.titleAt(i, a, b)
	return ok || d.titleOnly(i, a, b)
}

// spokesmanSaysCountry: for a body written without its country and
// followed by a title and a name, the country the named official says
// something of itself about: "Foreign ministry spokesperson Ann Lee said
// Seoul had lodged a protest".
func (d *docState) spokesmanSaysCountry(p *piece) string {
	ps := d.pieces[p.sent]
	ts := d.sentToks(p.sent)
	for x, t := range ps {
		if t.role != roleTitle || t.ti != p.tj || x+1 >= len(ps) {
			continue
		}
		n := ps[x+1]
		if n.ti != t.tj || n.role != roleName || n.class != schema.Person && n.class != "" || n.tj+1 >= len(ts) || !text.IsSpeechVerb(d.low(p.sent, n.tj)) {
			return ""
		}
		k := n.tj + 1
		if d.low(p.sent, k) == "that" {
			k++
		}
		for _, q := range ps[x+2:] {
			if q.ti != k || q.kind == text.DemonymMention || q.tj >= len(ts) || !selfAux[d.low(p.sent, q.tj)] {
				continue
			}
			if q.class == schema.Country && q.canon != "" {
				return q.canon
			}
			if c, ok := d.capital(q.surface); ok {
				return c.Name // "Seoul had lodged"
			}
		}
		return ""
	}
	return ""
}
