package entities

import (
	"strings"

	"newsgraph/loader/lexicon"
	"newsgraph/loader/text"
	"newsgraph/schema"
)

// Stage 2: split each run into names, titles and demonyms, and type the names.

type role int

const (
	roleName    role = iota // a proper name (its class may still be unknown)
	roleTitle               // a job title: "Foreign Minister", "chief financial officer"
	roleDemonym             // "Chinese", "U.S." as a modifier
	roleGovDesc             // a government body named by a common noun: "the foreign ministry", "the embassy"
	rolePronoun             // he, she, it, they ...
	roleDesc                // a definite description of a role holder: "the spokesperson", "the Huawei executive"
)

// piece is one thing found in a sentence.
type piece struct {
	sent, ti, tj int // token indices [ti, tj) in the sentence
	role         role
	kind         text.MentionKind
	class        schema.Class // "" if not known yet
	surface      string       // the name as written, without a leading "the"
	canon        string       // canonical entity name when classification fixes it (countries)
	country      string       // country context: the owner of a body, the country of a demonym
	host         string       // for embassies and consulates: where
	personCue    bool         // a title, an honorific or a given name says it is a person
	nationality  string       // a demonym right before the person ("Canadian Michael Kovrig")
	classHint    schema.Class // a weak class from context, used when nothing else types the name
	title        string       // for roleTitle: the title as written, lower case
	tkind        titleKind
	former       bool
	generic      bool // a lone head or group word ("News", "Republican"): only a short form of a name
	ent          *entity
	group        []*entity // for a plural pronoun or description: the people it stands for (ent is the first)
	officeOf     string    // for "the Attorney General's Office": "Attorney General's"
}

func (d *docState) sentToks(i int) []text.Token { return d.a.Sentences[i].Tokens }

// span returns the document text of tokens [a, b) of sentence i, on one line.
func (d *docState) span(i, a, b int) string {
	ts := d.sentToks(i)
	s := d.a.Doc.Text[ts[a].Start:ts[b-1].End]
	if singleSpaced(s) {
		return s
	}
	return strings.Join(strings.Fields(s), " ")
}

func (d *docState) low(i, k int) string { return d.lows[i][k] }

func (d *docState) add(p *piece) { d.pieces[p.sent] = append(d.pieces[p.sent], p) }

// classifyRuns analyses every run.
func (d *docState) classifyRuns() {
	// each sentence's list starts with room for a few pieces, cut (with its
	// capacity capped) from one array kept for the next document
	const room = 4
	n := len(d.a.Sentences)
	d.pieces = make([][]*piece, n)
	d.piecesBuf = resize(d.piecesBuf, room*n)
	clear(d.piecesBuf)
	for i := range d.pieces {
		d.pieces[i] = d.piecesBuf[room*i : room*i : room*(i+1)]
	}
	for _, r := range d.runs {
		d.analyzeRun(r.sent, r.ti, r.tj)
	}
}

func (d *docState) analyzeRun(i, a, b int) {
	for a < b && (d.low(i, a) == "the") {
		a++
	}
	for b-a >= 2 && creditLabels[d.low(i, b-1)] {
		b-- // "AP Photo", "Acme Staff"
	}
	if a >= b {
		return
	}
	if d.wholeKnown(i, a, b) {
		return
	}
	if d.placeDemonym(i, a, b) {
		return // "Hong Kongers", "Quebecers": people of a place, not an entity
	}
	if d.splitTitlePerson(i, a, b) {
		return
	}
	if n, c, isDem := d.countryPrefix(i, a, b); n > 0 && a+n < b {
		rest := a + n
		switch {
		case rest+1 == b && metonymNouns[d.low(i, rest)]:
			// "the US Government", "Chinese Authorities": the country
			d.add(d.newPiece(piece{sent: i, ti: a, tj: b, role: roleName, kind: text.MetonymMention, class: schema.Country, canon: c, country: c, surface: d.span(i, a, b)}))
			return
		case d.hasHead(i, rest, b, schema.GovernmentOrganization):
			d.add(d.newPiece(piece{sent: i, ti: a, tj: rest, role: roleDemonym, kind: text.DemonymMention, class: schema.Country, canon: c, country: c, surface: d.span(i, a, rest)}))
			p := d.namePiece(i, rest, b)
			p.country = c
			d.add(p)
			d.nestedHost(i, rest, b)
			return
		case d.titleOnly(i, rest, b):
			d.add(d.newPiece(piece{sent: i, ti: a, tj: rest, role: roleDemonym, kind: text.DemonymMention, class: schema.Country, canon: c, country: c, surface: d.span(i, a, rest)}))
			d.add(d.titlePiece(i, rest, b))
			return
		case isDem && d.personLike(i, rest, b):
			d.add(d.newPiece(piece{sent: i, ti: a, tj: rest, role: roleDemonym, kind: text.DemonymMention, class: schema.Country, canon: c, country: c, surface: d.span(i, a, rest)}))
			p := d.namePiece(i, rest, b)
			p.nationality = c
			p.personCue = true
			p.class = schema.Person
			d.add(p)
			return
		}
	}
	if d.titleOnly(i, a, b) {
		d.add(d.titlePiece(i, a, b))
		return
	}
	// a name followed by a title with no person: "Acme CFO", "FCC Chairman"
	if ts, ok := d.titleEndingAt(i, a, b-1); ok && ts > a {
		for ts > a+1 && (d.w.isMod(d.low(i, ts-1)) || d.w.portfolio[d.low(i, ts-1)]) {
			ts--
		}
		d.analyzePrefix(i, a, ts)
		d.add(d.titlePiece(i, ts, b))
		return
	}
	d.add(d.namePiece(i, a, b))
	d.nestedHost(i, a, b)
}

// nestedHost: the place in "Consulate General in St. Petersburg" or
// "Embassy of Peru in Chile" is named too.
func (d *docState) nestedHost(i, a, b int) {
	for k := a + 1; k < b-1; k++ {
		if d.low(i, k) != "in" {
			continue
		}
		if m := d.knownAt(i, k+1, b); m == b-k-1 {
			if kn, _ := d.lookup(d.span(i, k+1, b)); kn.Class == schema.Place || kn.Class == schema.Country {
				d.add(d.newPiece(piece{sent: i, ti: k + 1, tj: b, role: roleName, kind: text.NameMention, class: kn.Class, canon: kn.Name, country: kn.Country, surface: d.span(i, k+1, b)}))
			}
		}
	}
}

// wholeKnown: the run is a country, demonym, capital or gazetteer name.
func (d *docState) wholeKnown(i, a, b int) bool {
	s := d.span(i, a, b)
	if c, ok := d.demonym(s); ok && b-a == 1 {
		d.add(d.newPiece(piece{sent: i, ti: a, tj: b, role: roleDemonym, kind: text.DemonymMention, class: schema.Country, canon: c.Name, country: c.Name, surface: s}))
		return true
	}
	k, ok := d.lookup(s)
	if !ok {
		return false
	}
	p := d.newPiece(piece{sent: i, ti: a, tj: b, role: roleName, kind: text.NameMention, class: k.Class, canon: k.Name, country: k.Country, surface: s})
	if k.Class == schema.Place {
		if c, ok := d.capital(s); ok && d.actorContext(i, a, b) {
			p.kind, p.class, p.canon, p.country = text.MetonymMention, schema.Country, c.Name, c.Name
		}
	}
	d.add(p)
	return true
}

var locatives = map[string]bool{
	"in": true, "at": true, "from": true, "to": true, "near": true, "outside": true, "inside": true,
	"into": true, "across": true, "around": true, "via": true, "through": true, "within": true,
	"toward": true, "towards": true, "visit": true, "visited": true, "visiting": true, "visits": true,
	"left": true, "leave": true, "reached": true, "arrive": true, "arrived": true, "based": true,
	"landed": true, "flew": true, "travel": true, "traveled": true, "travelled": true, "returned": true,
	"return": true, "of": true, "downtown": true, "central": true, "suburban": true, "between": true,
}

// actorContext: a capital standing where an actor stands ("Beijing said",
// "urged Ottawa to"), not a location ("in Beijing", "BEIJING, May 26",
// "Beijing residents").
func (d *docState) actorContext(i, a, b int) bool {
	ts := d.sentToks(i)
	if a > 0 && locatives[d.lows[i][a-1]] {
		return false
	}
	if b < len(ts) && (ts[b].Text == "," || ts[b].Text == "(") && a == firstWord(ts) {
		return false // a dateline
	}
	if isAllCaps(ts[a].Text) && len(ts[a].Text) > 3 {
		return false
	}
	if b < len(ts) {
		nx := ts[b].Text
		if strings.HasPrefix(nx, "-") || isCapitalized(nx) {
			return false // "Beijing-based", part of a longer name
		}
		// a noun right after: "Beijing residents", "Ottawa airport"
		if nx == strings.ToLower(nx) && isWord(nx) && !text.IsSpeechVerb(nx) && !verbish(nx) {
			return false
		}
	}
	return true
}

var auxiliaries = map[string]bool{
	"has": true, "have": true, "had": true, "is": true, "was": true, "will": true, "would": true, "should": true,
	"must": true, "can": true, "could": true, "may": true, "might": true, "and": true, "to": true, "did": true,
	"does": true, "also": true, "has'nt": true, "not": true, "never": true, "for": true, "on": true, "over": true,
	"of": true, "in": true, "that": true, "which": true, "but": true, "or": true, "as": true, "with": true, "at": true,
	"by": true, "from": true, "against": true, "after": true, "before": true, "about": true, "if": true,
}

// verbish: a word that can follow a subject: an auxiliary, a function word,
// or a verb form ("detained", "urges", "wants").
func verbish(w string) bool {
	if auxiliaries[w] {
		return true
	}
	return strings.HasSuffix(w, "ed") || strings.HasSuffix(w, "es") || strings.HasSuffix(w, "s") && !strings.HasSuffix(w, "ss")
}

// countryPrefix: the run starts with a country name or demonym ("Chinese",
// "U.S.", "China"); n is its token count.
func (d *docState) countryPrefix(i, a, b int) (n int, name string, isDemonym bool) {
	if m := d.knownAt(i, a, b); m > 0 {
		if k, _ := d.lookup(d.span(i, a, a+m)); k.Class != schema.Country {
			return 0, "", false // "British Columbia ...": a place, not "British"
		}
	}
	for m := min(4, b-a); m >= 1; m-- {
		s := d.span(i, a, a+m)
		if c, ok := d.demonym(s); ok {
			return m, c.Name, true
		}
		if c, ok := d.country(s); ok {
			return m, c.Name, false
		}
	}
	return 0, "", false
}

// hasHead: one of tokens [a, b) is a head word of the class.
func (d *docState) hasHead(i, a, b int, c schema.Class) bool {
	for k := a; k < b; k++ {
		if d.w.heads[d.low(i, k)] == c {
			return true
		}
	}
	return false
}

// isNameWord: a capitalized word that can be part of a person's name.
func (d *docState) isNameWord(i, k int) bool {
	t := d.sentToks(i)[k].Text
	low := d.lows[i][k] // strings.ToLower(t)
	if d.w.particles[low] && t == low {
		return true
	}
	if !isCapitalized(t) || !isWord(t) {
		return false
	}
	if _, ok := d.w.heads[low]; ok {
		return false
	}
	if _, ok := d.w.titles[low]; ok {
		return false
	}
	if d.w.portfolio[low] || d.w.connectors[low] || d.w.common[low] {
		return false
	}
	if _, ok := d.country(t); ok {
		return false
	}
	if _, ok := d.demonym(t); ok {
		return false
	}
	return true
}

// personLike: 1 to 4 name words.
func (d *docState) personLike(i, a, b int) bool {
	if b-a < 1 || b-a > 4 {
		return false
	}
	for k := a; k < b; k++ {
		if !d.isNameWord(i, k) {
			return false
		}
	}
	return true
}

// titleEndingAt finds a title phrase ending at token h; it returns its first token.
func (d *docState) titleEndingAt(i, a, h int) (int, bool) {
	for n := min(d.w.titleWords, h-a+1); n >= 1; n-- {
		if _, ok := d.titleAt(i, h-n+1, h+1); ok {
			return h - n + 1, true
		}
	}
	return 0, false
}

// titleOnly: tokens [a, b) are a title with its modifiers and remit words
// ("Foreign Minister", "Deputy Prime Minister", "Minister of Foreign Affairs").
func (d *docState) titleOnly(i, a, b int) bool {
	hasTitle := false
	for k := a; k < b; k++ {
		low := d.low(i, k)
		if _, ok := d.w.titleOf(low); ok {
			hasTitle = true
			continue
		}
		if d.w.isMod(low) || d.w.portfolio[low] || low == "of" || low == "for" {
			continue
		}
		if _, ok := d.titleEndingAt(i, a, k); ok {
			hasTitle = true
			continue
		}
		return false
	}
	return hasTitle
}

func (d *docState) titlePiece(i, a, b int) *piece {
	p := d.newPiece(piece{sent: i, ti: a, tj: b, role: roleTitle, title: strings.ToLower(d.span(i, a, b))})
	p.tkind = d.titleKindOf(i, a, b)
	for k := a; k < b; k++ {
		if l := d.low(i, k); l == "former" || l == "ex" {
			p.former = true
		}
	}
	// "former Chilean diplomat": look back over a demonym or two
	for k := a - 1; k >= 0 && k >= a-3; k-- {
		l := d.low(i, k)
		if l == "former" || l == "ex" || l == "ex-" {
			p.former = true
			break
		}
		if !isWord(l) {
			break
		}
	}
	return p
}

// titleKindOf: the strongest title in tokens [a, b): spokesperson over
// official over staff.
func (d *docState) titleKindOf(i, a, b int) titleKind {
	best := titleMod
	for x := a; x < b; x++ {
		for y := x + 1; y <= b && y-x <= d.w.titleWords; y++ {
			if k, ok := d.titleAt(i, x, y); ok {
				if best == titleMod || k == titleSpokes || (k == titleOfficial && best == titleStaff) {
					best = k
				}
				// a longer phrase decides over its parts ("chief executive officer")
				if y-x > 1 {
					best = k
				}
			}
		}
	}
	return best
}

// splitTitlePerson splits "Chinese Ambassador to Canada Cong Peiwu",
// "U.S. Secretary of State Mike Pompeo", "Minister of National Defence Ann
// Lee", "Foreign Ministry Spokesperson Hua Li" into affiliation, title and person.
func (d *docState) splitTitlePerson(i, a, b int) bool {
	for h := b - 2; h >= a; h-- {
		tstart, ok := d.titleEndingAt(i, a, h)
		if !ok {
			continue
		}
		personStart := h + 1
		compA, compB := -1, -1
		switch d.low(i, h+1) {
		case "to":
			m := d.knownAt(i, h+2, b)
			if m == 0 {
				continue
			}
			compA, compB = h+2, h+2+m
			personStart = compB
		case "of", "for", "at":
			personStart = d.personTail(i, h+2, b)
			compA, compB = h+2, personStart
		}
		if personStart >= b || !d.personLike(i, personStart, b) {
			continue
		}
		// extend the title left over modifiers, remit words and titles
		ts0 := tstart
		for ts0 > a {
			l := d.low(i, ts0-1)
			if _, isT := d.w.titles[l]; isT || d.w.portfolio[l] {
				ts0--
				continue
			}
			break
		}
		if ts0 > a {
			d.analyzePrefix(i, a, ts0)
		}
		tp := d.titlePiece(i, ts0, personStart)
		d.add(tp)
		if compA >= 0 && compB > compA && (d.knownAt(i, compA, compB) == compB-compA || d.headClass(i, compA, compB) != "") {
			d.analyzePrefix(i, compA, compB)
		}
		p := d.namePiece(i, personStart, b)
		p.class, p.personCue = schema.Person, true
		d.add(p)
		return true
	}
	return false
}

// personTail: where a person's name starts among the capitalized words
// ending a run after "of"/"for" ("Minister of National Defence Ann Lee",
// "Ambassador for Religious Freedom Sam Brown"): at a given name or a family
// name of the name lists, else the last two words.
func (d *docState) personTail(i, from, b int) int {
	n := 0
	for k := b - 1; k >= from && n < 4 && d.isNameWord(i, k); k-- {
		n++
	}
	if n <= 2 {
		return b - n
	}
	ts := d.sentToks(i)
	for k := b - n; k < b-1; k++ {
		if d.w.given[ts[k].Text] || d.w.surnames[ts[k].Text] || isInitial(ts[k].Text) {
			return k
		}
	}
	return b - 2
}

// knownAt: the longest country or gazetteer name starting at token k.
func (d *docState) knownAt(i, k, b int) int {
	for m := min(5, b-k); m >= 1; m-- {
		if _, ok := d.lookup(d.span(i, k, k+m)); ok {
			return m
		}
	}
	return 0
}

// analyzePrefix types the affiliation part of a split run: never a person.
func (d *docState) analyzePrefix(i, a, b int) {
	for a < b && d.low(i, a) == "the" {
		a++
	}
	if a >= b {
		return
	}
	if d.wholeKnown(i, a, b) {
		return
	}
	if n, c, _ := d.countryPrefix(i, a, b); n > 0 {
		d.add(d.newPiece(piece{sent: i, ti: a, tj: a + n, role: roleDemonym, kind: text.DemonymMention, class: schema.Country, canon: c, country: c, surface: d.span(i, a, a+n)}))
		if a+n < b {
			p := d.namePiece(i, a+n, b)
			p.country = c
			if p.class == schema.Person {
				p.class = ""
			}
			d.add(p)
		}
		return
	}
	p := d.namePiece(i, a, b)
	if p.class == schema.Person {
		p.class = ""
	}
	d.add(p)
}

// placeKinds follow a place's name without changing the place.
var placeKinds = map[string]bool{"province": true, "prefecture": true, "region": true, "state": true, "county": true, "municipality": true, "oblast": true}

var honorifics = map[string]bool{
	"mr.": true, "mrs.": true, "ms.": true, "mr": true, "mrs": true, "ms": true, "dr.": true, "prof.": true,
	"sen.": true, "rep.": true, "gov.": true, "gen.": true, "lt.": true, "col.": true, "capt.": true,
	"madam": true, "sir": true, "dame": true, "lord": true, "lady": true, "sgt.": true, "adm.": true, "maj.": true,
}

// namePiece types a name by its gazetteer entry, its head word, or the
// person-name model.
func (d *docState) namePiece(i, a, b int) *piece {
	ts := d.sentToks(i)
	// honorifics inside the run: "Ms. Meng Wanzhou"
	cue := false
	for a < b-1 && honorifics[d.lows[i][a]] {
		a++
		cue = true
	}
	if a > 0 && honorifics[d.lows[i][a-1]] {
		cue = true
	}
	s := d.span(i, a, b)
	p := d.newPiece(piece{sent: i, ti: a, tj: b, role: roleName, kind: text.NameMention, surface: s, personCue: cue})
	if k, ok := d.lookup(s); ok {
		p.class, p.canon, p.country = k.Class, k.Name, k.Country
		return p
	}
	if b-a >= 2 && lexicon.IsIndustryWord(d.lows[i][b-1]) {
		if k, ok := d.orgVariant(i, a, b); ok {
			// "Acme Telecom": a known company's brand and a generic word
			p.class, p.canon, p.country = k.Class, k.Name, k.Country
			return p
		}
	}
	if b-a >= 2 && placeKinds[d.lows[i][b-1]] {
		// "Liaoning Province", "Osaka Prefecture": the place itself
		if k, ok := d.lookup(d.span(i, a, b-1)); ok && k.Class == schema.Place {
			p.class, p.canon, p.country = k.Class, k.Name, k.Country
			return p
		}
	}
	if b-a == 1 {
		if _, group := d.w.groups[strings.ToLower(s)]; group {
			p.generic = true
			return p
		}
		if c, head := d.w.heads[strings.ToLower(s)]; head && c != schema.GovernmentOrganization {
			p.generic = true // "the News said": a short form at most
			return p
		}
	}
	if c := d.headClass(i, a, b); c != "" {
		p.class = c
		return p
	}
	if cue {
		p.class = schema.Person
		return p
	}
	if b-a == 2 && d.knownAt(i, a, b) == 0 && d.chineseOrder([]string{ts[a].Text, ts[a+1].Text}) != "" {
		p.class = schema.Person // "Jianhua Wang": a Chinese name in Western order
		return p
	}
	if b-a == 2 && d.w.surnames[ts[a].Text] && strings.Contains(ts[a+1].Text, "-") && d.hyphenatedGiven(ts[a+1].Text) {
		p.class = schema.Person // "Park Dong-hyun": a family name, then a compound given name
		return p
	}
	if d.personLike(i, a, b) && b-a >= 2 && d.knownAt(i, a, b) == 0 {
		first := ts[a].Text
		if d.w.given[first] || d.w.surnames[first] && b-a <= 3 || isInitial(first) || d.hyphenatedGiven(first) {
			p.class = schema.Person
			p.personCue = d.w.given[first]
		}
	}
	if p.class == "" {
		if k, ok := d.orgVariant(i, a, b); ok {
			// "Acmme": a misspelt known organization
			p.class, p.canon, p.country = k.Class, k.Name, k.Country
		}
	}
	return p
}

func isInitial(s string) bool {
	return len(s) == 2 && s[1] == '.' && s[0] >= 'A' && s[0] <= 'Z'
}

// headClass: the class given by the head word of a name: the last word, or
// the last word before "of"/"for"/"on"/"in" ("Ministry of Foreign Affairs").
func (d *docState) headClass(i, a, b int) schema.Class {
	end := b
	for k := a + 1; k < b; k++ {
		l := d.low(i, k)
		if l == "to" && k+1 < b {
			if _, head := d.w.heads[d.low(i, k-1)]; head {
				// "Committee to Protect Journalists", "Campaign to End
				// Hunger": a body named for its cause is an NGO
				return schema.Organization
			}
		}
		if l == "of" || l == "for" || l == "on" || l == "in" {
			end = k
			break
		}
	}
	last := d.low(i, end-1)
	if d.low(i, a) == "daily" && b-a > 1 {
		return schema.Organization // "Daily Mirror"
	}
	if c, ok := d.w.heads[last]; ok {
		if c == schema.GovernmentOrganization && last == "agency" && (d.hasWord(i, a, end, "news") || d.hasWord(i, a, end, "press")) {
			return schema.Organization
		}
		if c == schema.Corporation && d.hasHead(i, a, end, schema.GovernmentOrganization) && last != "inc" && last != "inc." {
			return schema.GovernmentOrganization
		}
		return c
	}
	// a government head anywhere before the connector: "Supreme Court Justice"
	// is a title, handled elsewhere; "Police Force", "Customs Service"
	if end < b || b-a > 1 {
		for k := end - 1; k >= a; k-- {
			if c, ok := d.w.heads[d.low(i, k)]; ok && c == schema.GovernmentOrganization {
				return c
			}
		}
	}
	if end < b {
		// "Bank of China", "University of Toronto": head before "of"
		for k := end - 1; k >= a; k-- {
			if c, ok := d.w.heads[d.low(i, k)]; ok {
				return c
			}
		}
	}
	return ""
}

func (d *docState) hasWord(i, a, b int, w string) bool {
	for k := a; k < b; k++ {
		if d.low(i, k) == w {
			return true
		}
	}
	return false
}

// hyphenatedGiven: a compound given name ("Jean-Marc", "Hye-Jin"): two or
// three capitalized parts, one of them a given name of the lists or all of
// them short.
func (d *docState) hyphenatedGiven(t string) bool {
	parts := strings.Split(t, "-")
	if len(parts) < 2 || len(parts) > 3 {
		return false
	}
	known, short := false, true
	for x, p := range parts {
		if x > 0 && !isCapitalized(p) && isWord(p) && len([]rune(p)) <= 4 {
			continue // "Dong-hyun", "Jae-won": a romanized Korean given name
		}
		if !isCapitalized(p) || !isWord(p) || isAllCaps(p) {
			return false
		}
		if d.w.given[p] {
			known = true
		}
		if len([]rune(p)) > 4 {
			short = false
		}
	}
	return known || short
}

// placeDemonym: tokens [a, b) are a plural noun for the people of a known
// place or country built on its name: "Hong Kongers", "Quebecers", "Texans".
func (d *docState) placeDemonym(i, a, b int) bool {
	s := d.span(i, a, b)
	if !strings.HasSuffix(s, "s") {
		return false
	}
	base := strings.TrimSuffix(s, "s")
	for _, suf := range []string{"er", "ian", "an", "ite", "n"} {
		if !strings.HasSuffix(base, suf) {
			continue
		}
		stem := strings.TrimSuffix(base, suf)
		if len(stem) < 3 {
			continue
		}
		if k, ok := d.lookup(stem); ok && (k.Class == schema.Place || k.Class == schema.Country) {
			return true
		}
	}
	return false
}
