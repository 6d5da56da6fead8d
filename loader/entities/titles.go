package entities

import (
	"cmp"
	"slices"
	"sort"
	"strings"

	"newsgraph/loader/lexicon"
	"newsgraph/loader/text"
	"newsgraph/schema"
)

// Stage 3: titles, government bodies and metonyms written in lower case,
// pronouns; then (after resolution) the role patterns that give relations.

var pronounWords = map[string]bool{
	"he": true, "him": true, "his": true, "she": true, "her": true, "hers": true,
	"it": true, "its": true, "they": true, "them": true, "their": true,
	"we": true, "our": true, "us": true,
}

var metonymNouns = map[string]bool{
	"side": true, "government": true, "administration": true, "authorities": true, "leadership": true, "regime": true,
}

// covered marks the tokens of sentence i that pieces already hold.
func (d *docState) covered(i int) []bool {
	c := make([]bool, len(d.sentToks(i)))
	for _, p := range d.pieces[i] {
		for k := p.ti; k < p.tj; k++ {
			c[k] = true
		}
	}
	return c
}

// findLowercase adds lower-case titles, government bodies, metonyms and pronouns.
func (d *docState) findLowercase() {
	for i := range d.a.Sentences {
		ts := d.sentToks(i)
		cov := d.covered(i)
		d.sentenceInitialBody(i, cov)
		for k := 0; k < len(ts); k++ {
			if cov[k] {
				continue
			}
			low := d.lows[i][k]
			if ts[k].Text != low && !(k == firstWord(ts) || afterOpener(ts, k)) {
				continue
			}
			if !d.w.mayStartLower(low) {
				continue
			}
			if pronounWords[low] && (low != "us" || ts[k].Text == "us") {
				d.add(d.newPiece(piece{sent: i, ti: k, tj: k + 1, role: rolePronoun, kind: text.PronounMention, surface: ts[k].Text}))
				continue
			}
			// a government body by common noun: "foreign ministry", "the embassy"
			if n, body := d.govPhraseAt(i, k, cov); n > 0 {
				d.add(d.newPiece(piece{sent: i, ti: k, tj: k + n, role: roleGovDesc, kind: text.DescriptionMention, class: schema.GovernmentOrganization, surface: body}))
				for x := k; x < k+n; x++ {
					cov[x] = true
				}
				k += n - 1
				continue
			}
			// a title: the longest title phrase, with modifiers and remit words before it
			n := 0
			for m := min(d.w.titleWords, len(ts)-k); m >= 1; m-- {
				ok := true
				for x := k; x < k+m; x++ {
					if cov[x] {
						ok = false
						break
					}
				}
				if !ok {
					continue
				}
				if _, isT := d.titleAt(i, k, k+m); isT {
					n = m
					break
				}
			}
			if n == 0 {
				continue
			}
			a := k
			for a > 0 && !cov[a-1] {
				l := d.lows[i][a-1]
				if ts[a-1].Text != l {
					break
				}
				if _, isT := d.w.titles[l]; isT || d.w.portfolio[l] {
					a--
					continue
				}
				break
			}
			// the run of a title: "chief financial officer", "financial chief"
			e := k + n
			for e < len(ts) && !cov[e] {
				l := d.lows[i][e]
				if ts[e].Text != l {
					break
				}
				if _, isT := d.w.titleOf(l); isT {
					e++
					continue
				}
				break
			}
			tp := d.titlePiece(i, a, e)
			for _, p := range d.pieces[i] {
				if p.ti == tp.ti && p.tj == tp.tj {
					tp = nil
					break
				}
			}
			if tp != nil {
				d.add(tp)
			}
			for x := a; x < e; x++ {
				cov[x] = true
			}
			k = e - 1
		}
		d.sortPieces(i)
		d.findMetonyms(i)
	}
}

// sentenceInitialBody: "Foreign ministry spokesperson Li said": the
// capital of the first word made it a name of its own; with the lower-case
// words after it, it is a government body.
func (d *docState) sentenceInitialBody(i int, cov []bool) {
	ts := d.sentToks(i)
	k := firstWord(ts)
	if k+1 >= len(ts) || ts[k+1].Text != d.lows[i][k+1] {
		return
	}
	for x, p := range d.pieces[i] {
		if p.ti != k || p.tj != k+1 || p.role != roleName || p.class != "" {
			continue
		}
		cov[k] = false
		n, body := d.govPhraseAt(i, k, cov)
		if n < 2 {
			cov[k] = true
			return
		}
		d.pieces[i] = append(d.pieces[i][:x], d.pieces[i][x+1:]...)
		d.add(d.newPiece(piece{sent: i, ti: k, tj: k + n, role: roleGovDesc, kind: text.DescriptionMention, class: schema.GovernmentOrganization, surface: body}))
		for y := k; y < k+n; y++ {
			cov[y] = true
		}
		return
	}
}

// govPhraseAt: lower-case "foreign ministry", "ministry of foreign affairs",
// "embassy", "consulate", "<remit> ministry"; n is its token count.
func (d *docState) govPhraseAt(i, k int, cov []bool) (int, string) {
	ts := d.sentToks(i)
	lows := d.lows[i]
	// only a word that starts a government phrase or is a remit word can
	// start one of the phrases below
	if d.w.govFirst[firstOfPhrase(lows[k])] || d.w.portfolio[lows[k]] {
		for m := min(5, len(ts)-k); m >= 1; m-- {
			ok := true
			for x := k; x < k+m; x++ {
				if cov[x] {
					ok = false
					break
				}
			}
			if !ok {
				continue
			}
			ph := d.phrase(i, k, k+m)
			if _, ok := d.w.govSurface[string(ph)]; ok {
				return m, string(ph)
			}
			if m >= 2 && lows[k+m-1] == "ministry" {
				all := true
				for _, w := range lows[k : k+m-1] {
					if !d.w.portfolio[w] {
						all = false
					}
				}
				if all {
					return m, string(ph)
				}
			}
		}
	}
	if lows[k] == "ministry" && k > 0 && lows[k-1] == "the" {
		return 1, "ministry"
	}
	return 0, ""
}

// findMetonyms turns "the Chinese side", "the Canadian government",
// "Canadian authorities" into mentions of the country.
func (d *docState) findMetonyms(i int) {
	ts := d.sentToks(i)
	for _, p := range d.pieces[i] {
		if p.role != roleDemonym && !(p.role == roleName && p.class == schema.Country) {
			continue
		}
		if p.tj < len(ts) && metonymNouns[d.lows[i][p.tj]] && ts[p.tj].Text == d.lows[i][p.tj] {
			p.surface = d.span(i, p.ti, p.tj+1)
			p.tj++
			p.role, p.kind, p.class = roleName, text.MetonymMention, schema.Country
		}
	}
}

func (d *docState) sortPieces(i int) {
	slices.SortStableFunc(d.pieces[i], func(x, y *piece) int { return cmp.Compare(x.ti, y.ti) })
}

// hintClasses: a name right before or after a company title ("Acme's chief
// executive", "CFO of Acme") is a company unless something else types it.
func (d *docState) hintClasses() {
	for i, ps := range d.pieces {
		ts := d.sentToks(i)
		for x, t := range ps {
			if t.role != roleTitle || t.tkind != titleStaff {
				continue
			}
			if x > 0 && ps[x-1].role == roleName && ps[x-1].class == "" && d.betweenOK(i, ps[x-1].tj, t.ti, prefixGlue) && t.ti-ps[x-1].tj <= 1 {
				ps[x-1].classHint = schema.Corporation
			}
			if t.tj < len(ts) && x+1 < len(ps) && ps[x+1].role == roleName && ps[x+1].class == "" {
				switch d.low(i, t.tj) {
				case "of", "at", "with":
					ps[x+1].classHint = schema.Corporation
				}
			}
		}
	}
}

// relation is a relation before emission.
type relation struct {
	subj, obj *entity
	pred      schema.Predicate
	title     string
	rule      string
	sent      int
}

func (d *docState) relate(s, o *entity, pred schema.Predicate, title, rule string, sent int) {
	if s == nil || o == nil || s == o {
		return
	}
	for _, r := range d.rels {
		if r.subj == s && r.obj == o && r.pred == pred {
			return
		}
	}
	d.rels = append(d.rels, relation{subj: s, obj: o, pred: pred, title: title, rule: rule, sent: sent})
}

// betweenOK: tokens [a, b) are only punctuation and words an appositive allows.
func (d *docState) betweenOK(i, a, b int, allowed map[string]bool) bool {
	for k := a; k < b; k++ {
		if !allowed[d.low(i, k)] {
			return false
		}
	}
	return true
}

var appositiveGlue = map[string]bool{
	",": true, "a": true, "an": true, "the": true, "who": true, "is": true, "was": true, "as": true,
	"former": true, "then": true, "now": true, "currently": true, "also": true, "and": true, "being": true,
	"'s": true, "\u2019s": true, "its": true, "whose": true, "serves": true, "served": true,
}

var prefixGlue = map[string]bool{"'s": true, "\u2019s": true, "'": true, "\u2019": true, "the": true}

// findRelations applies the role patterns in every sentence.
func (d *docState) findRelations() {
	for i := range d.a.Sentences {
		ps := d.pieces[i]
		ts := d.sentToks(i)
		for x, t := range ps {
			if t.role != roleTitle {
				continue
			}
			person := d.titledPerson(i, x)
			aff := d.titleAffiliation(i, x)
			if person == nil {
				if aff == nil || aff.ent == nil || aff.ent.class == schema.Person {
					d.describe(i, x, nil)
				} else {
					d.describe(i, x, aff.ent)
				}
				continue
			}
			if person.ent == nil {
				continue
			}
			for _, pe := range d.titleHolders(i, person, t) {
				pe.titles = append(pe.titles, t.title)
				if aff == nil {
					d.defaultRole(pe, t, i)
				} else {
					d.roleRelation(pe, t, aff, i)
				}
			}
		}
		// "Canadian Michael Kovrig": a demonym right before the name
		for _, p := range ps {
			if p.nationality != "" && p.ent != nil && p.ent.class == schema.Person {
				d.relate(p.ent, d.countryEntity(p.nationality), schema.Nationality, "", "demonym-name", i)
			}
		}
		// "a Chinese citizen, Li Hua" / "Li Hua, a Chinese national" / "Chinese national Li Hua"
		for x, p := range ps {
			if p.role != roleDemonym || p.tj >= len(ts) || !d.w.nationality[d.low(i, p.tj)] {
				continue
			}
			if x+1 < len(ps) && ps[x+1].ent != nil && ps[x+1].ent.class == schema.Person && d.nationalityGlue(i, p, ps[x+1]) {
				d.relate(ps[x+1].ent, d.countryEntity(p.canon), schema.Nationality, "", "demonym-noun", i)
			}
			if x > 0 && ps[x-1].ent != nil && ps[x-1].ent.class == schema.Person && ps[x-1].tj < p.ti && ts[ps[x-1].tj].Text == "," && d.betweenOK(i, ps[x-1].tj, p.ti, appositiveGlue) {
				d.relate(ps[x-1].ent, d.countryEntity(p.canon), schema.Nationality, "", "appositive-nationality", i)
			}
		}
		// "Canadians Michael Kovrig and Michael Spavor", "two Canadians, A and B"
		for x, p := range ps {
			if p.role != roleDemonym || !strings.HasSuffix(p.surface, "s") {
				continue
			}
			for y := x + 1; y < len(ps) && y <= x+3; y++ {
				q := ps[y]
				prev := ps[y-1]
				if q.ent == nil || q.ent.class != schema.Person || !d.betweenOK(i, prev.tj, q.ti, map[string]bool{",": true, "and": true, ":": true}) {
					break
				}
				d.relate(q.ent, d.countryEntity(p.canon), schema.Nationality, "", "demonym-plural", i)
			}
		}
		// photo credits and bylines: "(Jane Roe/Reuters)", "Reuters/Jane Roe"
		for x := 0; x+1 < len(ps); x++ {
			p, q := ps[x], ps[x+1]
			slash := p.tj
			for slash < q.ti && creditLabels[d.low(i, slash)] {
				slash++ // "(Acme Photo/Jane Roe)"
			}
			if p.ent == nil || q.ent == nil || slash+1 != q.ti || ts[slash].Text != "/" {
				continue
			}
			if p.ent.class == schema.Person && isEmployer(q.ent.class) {
				d.relate(p.ent, q.ent, schema.WorksFor, "photographer", "credit", i)
			} else if q.ent.class == schema.Person && isEmployer(p.ent.class) {
				d.relate(q.ent, p.ent, schema.WorksFor, "photographer", "credit", i)
			}
		}
	}
	d.bylineRelations()
	// government bodies belong to the body their name nests them in, else
	// to their country
	for _, e := range d.ents {
		if e.class != schema.GovernmentOrganization || !e.used {
			continue
		}
		if parent := d.nestingBody(e); parent != nil {
			d.relate(e, parent, schema.ParentOrganization, "", "body-nested", e.firstSent)
		} else if e.country != "" {
			d.relate(e, d.countryEntity(e.country), schema.ParentOrganization, "", "body-country", e.firstSent)
		}
	}
}

// titleHolders: the person a title belongs to and, after a plural title
// ("senators Ann Lee and Bo Li"), the people listed with them.
func (d *docState) titleHolders(i int, person, t *piece) []*entity {
	out := []*entity{person.ent}
	if !strings.HasSuffix(t.title, "s") || strings.HasSuffix(t.title, "ss") || person.ti < t.tj {
		return out
	}
	ps := d.pieces[i]
	prev := person
	for _, q := range ps {
		if q.ti < prev.tj || q == prev {
			continue
		}
		if q.role != roleName || q.ent == nil || q.ent.class != schema.Person || !d.betweenOK(i, prev.tj, q.ti, map[string]bool{",": true, "and": true}) || q.ti == prev.tj {
			break
		}
		out = append(out, q.ent)
		prev = q
	}
	return out
}

// nationalityGlue: "Chinese national Li Hua", "a Chinese citizen, Li Hua"
// (but not "... of Chinese citizens, Li said").
func (d *docState) nationalityGlue(i int, dem, person *piece) bool {
	ts := d.sentToks(i)
	between := person.ti - (dem.tj + 1)
	if between == 0 {
		return true
	}
	if between == 1 && ts[dem.tj+1].Text == "," && dem.ti > 0 {
		art := d.low(i, dem.ti-1)
		follows := person.tj < len(ts) && (text.IsSpeechVerb(ts[person.tj].Text) || ts[person.tj].Text == ".")
		return (art == "a" || art == "an") && !follows
	}
	return false
}

// defaultRole: a title with no body named. A spokesperson speaks for the
// ministry the document last named; an official ("Prime Minister Ann Lee")
// belongs to the country of the officials listed with them in the sentence,
// else to the country of the dateline.
func (d *docState) defaultRole(person *entity, t *piece, i int) {
	if t.former || d.shadowTitle(t) {
		return
	}
	if t.tkind != titleSpokes {
		if c := d.officialsOf(i, t); c != "" {
			d.relate(person, d.countryEntity(c), schema.MemberOf, t.title, "title-officials", i)
			return
		}
	}
	switch t.tkind {
	case titleSpokes:
		pos := d.pos(i, t.ti)
		var best *entity
		bestPos := -1
		for _, e := range d.ents {
			if e.class == schema.GovernmentOrganization && e.isMinistry() {
				if last := d.lastMentionBefore(e, pos); last > bestPos {
					best, bestPos = e, last
				}
			}
		}
		if best != nil {
			d.relate(person, best, schema.SpokespersonFor, t.title, "title-default", i)
		}
	case titleOfficial:
		if judgeTitles[lastWord(t.title)] {
			// "Judge Ann Lee": the one court the document names
			if c := d.onlyCourt(); c != nil {
				d.relate(person, c, schema.MemberOf, t.title, "judge-court", i)
			}
			return
		}
		if !containsAny(t.title, cabinetTitles) && !containsAny(t.title, []string{"senator", "governor", "mayor", "lawmaker", "congress"}) {
			return
		}
		for r := len(d.rels) - 1; r >= 0; r-- {
			rel := d.rels[r]
			if rel.sent == i && rel.pred == schema.MemberOf && rel.obj.class == schema.Country && rel.subj != person && !guessedRules[rel.rule] {
				d.relate(person, rel.obj, schema.MemberOf, t.title, "title-list", i)
				return
			}
		}
		if c := d.groupCountry(i, t); c != "" {
			d.relate(person, d.countryEntity(c), schema.MemberOf, t.title, "title-party", i)
			return
		}
		if cs, ok := d.w.titleCountries[t.title]; ok {
			// "Treasury Secretary Ann Lee": the office says the country
			if c := d.mentionedAmong(cs); c != "" {
				d.relate(person, d.countryEntity(c), schema.MemberOf, t.title, "title-country", i)
			}
			return
		}
		if c := d.selfReportedCountry(i, person); c != nil {
			d.relate(person, c, schema.MemberOf, t.title, "title-says-country", i)
			return
		}
		if c := d.datelineCountry(); c != "" {
			d.relate(person, d.countryEntity(c), schema.MemberOf, t.title, "title-dateline", i)
		}
	}
}

// officialNouns name a country's people in office, in the plural.
var officialNouns = map[string]bool{
	"officials": true, "lawmakers": true, "legislators": true, "politicians": true, "leaders": true,
	"diplomats": true, "ministers": true, "senators": true, "representatives": true, "authorities": true,
}

// officialsOf: the country of "<demonym> officials ..., including <title>
// X" ("sanctions on 11 Acmean officials, including Governor Ann Lee").
func (d *docState) officialsOf(i int, t *piece) string {
	ts := d.sentToks(i)
	incl := -1
	for k := t.ti - 1; k >= 0 && k >= t.ti-3; k-- {
		l := d.low(i, k)
		if l == "including" || l == "includes" || l == "include" || l == "as" && k > 0 && d.low(i, k-1) == "such" {
			incl = k
			break
		}
	}
	if incl < 0 {
		return ""
	}
	for _, p := range d.pieces[i] {
		if p.tj >= incl || p.tj >= len(ts) || p.canon == "" || p.class != schema.Country {
			continue
		}
		if p.role != roleDemonym && !(p.role == roleName && p.kind == text.NameMention) {
			continue
		}
		if officialNouns[d.low(i, p.tj)] && incl-p.tj <= 8 {
			return p.canon
		}
	}
	return ""
}

// groupCountry: a party word of one country right before the title
// ("Republican senator Ann Lee").
func (d *docState) groupCountry(i int, t *piece) string {
	for k := t.ti - 1; k >= 0 && k >= t.ti-2; k-- {
		if iso, ok := d.w.groups[d.low(i, k)]; ok && iso != "" {
			if c, ok := lexicon.CountryByISO2(iso); ok {
				return c.Name
			}
		}
	}
	return ""
}

// datelineCountry: the country of a dateline opening the body ("OTTAWA —",
// "BEIJING, May 26 (Xinhua) --").
func (d *docState) datelineCountry() string {
	if pl := d.a.Doc.Dateline.Place; pl != "" {
		// the dateline the document reader took out of the body
		name := pl
		if isAllCaps(pl) {
			name = titleCase(pl)
		}
		if k, ok := d.lookup(name); ok {
			return k.Country
		}
		return ""
	}
	for i, s := range d.a.Sentences {
		if s.Paragraph < 0 {
			continue
		}
		ts := s.Tokens
		k := firstWord(ts)
		if k >= len(ts) {
			return ""
		}
		e := k + 1
		for e < len(ts) && isAllCaps(ts[e].Text) && isWord(ts[e].Text) {
			e++
		}
		if !isAllCaps(ts[k].Text) || len(ts[k].Text) < 3 || e >= len(ts) {
			return ""
		}
		switch ts[e].Text {
		case ",", "\u2014", "--", "-", "\u2013", "(":
		default:
			return ""
		}
		if k2, ok := d.lookup(titleCase(d.span(i, k, e))); ok {
			return k2.Country
		}
		return ""
	}
	return ""
}

func isEmployer(c schema.Class) bool { return c == schema.Corporation || c == schema.Organization }

// titledPerson finds the person a title piece belongs to: the name right
// after it ("spokesman Wang Li", "CFO, Meng Li") or before it in apposition
// ("Wang Li, a spokesman for ...", "Ann Lee, Acme's chief executive").
func (d *docState) titledPerson(i, x int) *piece {
	ps := d.pieces[i]
	t := ps[x]
	ts := d.sentToks(i)
	nx := x + 1
	for nx < len(ps) && ps[nx].ti < t.tj {
		nx++ // pieces inside the title: "Ambassador to Canada"
	}
	if nx < len(ps) {
		q := ps[nx]
		if q.role == roleName && q.ent != nil && q.ent.class == schema.Person && (q.ti == t.tj || q.ti == t.tj+1 && ts[t.tj].Text == ",") {
			return q
		}
	}
	if d.titleIntroducesName(i, x) {
		return nil // "Ann Lee, Acme Minister and Deputy Premier Bo Li met": the title is Bo Li's
	}
	if q := d.nameAfterAffiliation(i, x); q != nil {
		return q // "A spokesperson for the Acme Office in Lyon, Ann Lee, said"
	}
	// apposition: skip back over the affiliation pieces before the title
	y := x - 1
	for y >= 0 && (ps[y].role == roleDemonym || ps[y].role == roleName && ps[y].class != schema.Person && ps[y].ent != nil && ps[y].ent.class != schema.Person || ps[y].role == roleGovDesc) && t.ti-ps[y].tj <= 3 {
		y--
	}
	if y >= 0 {
		p := ps[y]
		if p.role == roleName && p.ent != nil && p.ent.class == schema.Person && p.tj < len(ts) {
			first := ps[y+1].ti
			if y+1 > x {
				first = t.ti
			}
			if ts[p.tj].Text == "," && d.betweenOK(i, p.tj, first, appositiveGlue) && first-p.tj <= 5 {
				// and the pieces between are followed only by glue
				ok := true
				for z := y + 1; z < x; z++ {
					if !d.betweenOK(i, ps[z].tj, ps[z+1].ti, appositiveGlue) {
						ok = false
					}
				}
				if ok {
					return p
				}
			}
			if (d.low(i, p.tj) == "is" || d.low(i, p.tj) == "was") && d.betweenOK(i, p.tj, first, appositiveGlue) && first-p.tj <= 3 {
				return p
			}
		}
	}
	return nil
}

// nameAfterAffiliation: "a spokesperson for <body> [in <place>], <Name>":
// an indefinite title and its body, then the holder's name after a comma.
func (d *docState) nameAfterAffiliation(i, x int) *piece {
	ps := d.pieces[i]
	t := ps[x]
	ts := d.sentToks(i)
	if t.ti == 0 || (d.low(i, t.ti-1) != "a" && d.low(i, t.ti-1) != "an") || t.tj >= len(ts) {
		return nil
	}
	if l := d.low(i, t.tj); l != "for" && l != "of" && l != "at" {
		return nil
	}
	aff := d.titleAffiliation(i, x)
	if aff == nil || aff.ti < t.tj {
		return nil
	}
	end := aff.tj
	for _, q := range ps {
		if q.ti < end {
			continue
		}
		if q.ent != nil && (q.ent.class == schema.Place || q.ent.class == schema.Country) && q.ti == end+1 && d.low(i, end) == "in" {
			end = q.tj // "in New Delhi"
			continue
		}
		if q.role == roleName && q.ent != nil && q.ent.class == schema.Person && q.ti == end+1 && ts[end].Text == "," {
			return q
		}
		if q.ti > end+1 {
			break
		}
	}
	return nil
}

// titleIntroducesName: the title (or a chain "Title and Title") stands
// right before a person's name, so it is that person's, not an appositive.
func (d *docState) titleIntroducesName(i, x int) bool {
	ps := d.pieces[i]
	ts := d.sentToks(i)
	end := ps[x].tj
	for y := x + 1; y < len(ps); y++ {
		q := ps[y]
		if q.ti < end {
			continue
		}
		switch {
		case q.ti == end && q.role == roleName && q.ent != nil && q.ent.class == schema.Person:
			return true
		case q.role == roleTitle && q.ti == end+1 && (d.low(i, end) == "and" || ts[end].Text == "&"):
			end = q.tj
		case (q.role == roleDemonym || q.role == roleGovDesc || q.role == roleName && q.ent != nil && q.ent.class != schema.Person) && q.ti <= end+1 && d.betweenOK(i, end, q.ti, map[string]bool{"and": true}):
			end = q.tj
		default:
			return false
		}
	}
	return false
}

func isPossessive(t string) bool { return t == "'s" || t == "\u2019s" }

// titleAffiliation finds the body a title is held in: the name just before
// it ("Foreign Ministry spokesman", "Acme's chief executive", "Chinese
// Ambassador") or after it ("spokeswoman for Acme", "chief financial officer
// of Chinese technology company Acme").
func (d *docState) titleAffiliation(i, x int) *piece {
	ps := d.pieces[i]
	t := ps[x]
	ts := d.sentToks(i)
	if x > 0 && ps[x-1].role == roleTitle && d.betweenOK(i, ps[x-1].tj, t.ti, map[string]bool{"and": true, "&": true}) && ps[x-1].tj < t.ti {
		// "Acmean Deputy Premier and Foreign Minister": the first title's body
		return d.titleAffiliation(i, x-1)
	}
	if x > 0 {
		p := ps[x-1]
		if (p.role == roleDemonym || p.role == roleGovDesc || (p.role == roleName || p.role == rolePronoun) && p.ent != nil && p.ent.class != schema.Person) &&
			d.betweenOK(i, p.tj, t.ti, prefixGlue) && t.ti-p.tj <= 1 {
			return p
		}
	}
	// inside the title: "Director of the Acme Affairs Office", "Ambassador to Canada" (not "to")
	for _, q := range ps {
		if q.ti > t.ti && q.tj <= t.tj && q.role == roleName && q.ent != nil && q.ent.class != schema.Person && q.ent.class != schema.Place {
			pv := d.low(i, q.ti-1)
			if pv == "the" && q.ti-2 >= t.ti {
				pv = d.low(i, q.ti-2)
			}
			if pv == "of" || pv == "for" || pv == "at" {
				return q
			}
		}
	}
	if t.tj < len(ts) {
		switch d.low(i, t.tj) {
		case "of", "for", "at", "with":
			for y := x + 1; y < len(ps); y++ {
				q := ps[y]
				if q.ti-t.tj > 6 {
					break
				}
				// only lower-case descriptive words between: "of Chinese technology company Acme"
				if q.role == roleDemonym {
					continue
				}
				ok := true
				for k := t.tj + 1; k < q.ti; k++ {
					tk := ts[k].Text
					if tk != strings.ToLower(tk) && !d.inPiece(i, k, roleDemonym) || tk == "," && !d.adjectiveComma(i, k, t.tj+1, q.ti) {
						ok = false
					}
				}
				if ok && (q.role == roleName || q.role == roleGovDesc) && q.ent != nil && q.ent.class != schema.Person {
					// "spokesperson of China's Foreign Ministry": the body the country owns
					if q.ent.class == schema.Country && y+1 < len(ps) && q.tj+1 == ps[y+1].ti && isPossessive(ts[q.tj].Text) {
						if r := ps[y+1]; r.ent != nil && r.ent.class != schema.Person && r.ent.class != schema.Place {
							return r
						}
					}
					return q
				}
				break
			}
		}
	}
	return nil
}

func (d *docState) inPiece(i, k int, r role) bool {
	for _, p := range d.pieces[i] {
		if p.role == r && p.ti <= k && k < p.tj {
			return true
		}
	}
	return false
}

var cabinetTitles = []string{"minister", "secretary", "ambassador", "president", "premier", "chancellor", "envoy"}

// roleRelation maps a title held in a body to one of the relations.
func (d *docState) roleRelation(person *entity, t *piece, aff *piece, i int) {
	var org *entity
	if aff.role == roleDemonym {
		org = d.countryEntity(aff.canon)
	} else {
		org = aff.ent
	}
	if org == nil {
		return
	}
	if d.shadowTitle(t) {
		return // "the opposition's shadow foreign secretary" holds no office
	}
	title := t.title
	rule := "title-prefix"
	if aff.ti > t.ti {
		rule = "title-complement"
	}
	if t.former {
		if org.class == schema.Country {
			d.relate(person, org, schema.Nationality, "", rule+"-former", i)
		}
		return
	}
	switch org.class {
	case schema.Country:
		switch t.tkind {
		case titleSpokes:
			d.relate(person, org, schema.SpokespersonFor, title, rule, i)
		case titleOfficial:
			d.relate(person, org, schema.MemberOf, title, rule, i)
		}
	case schema.GovernmentOrganization:
		switch t.tkind {
		case titleSpokes:
			d.relate(person, org, schema.SpokespersonFor, title, rule, i)
		default:
			if org.country != "" && containsAny(title, cabinetTitles) && org.isMinistry() {
				d.relate(person, d.countryEntity(org.country), schema.MemberOf, title, rule, i)
			} else {
				d.relate(person, org, schema.MemberOf, title, rule, i)
			}
		}
	case schema.Corporation, schema.Organization:
		if c := partyCountry(org); c != "" && t.tkind != titleSpokes {
			// a party secretary of a ruling party is an official of its country
			d.relate(person, d.countryEntity(c), schema.MemberOf, title, rule+"-party", i)
			return
		}
		if t.tkind == titleSpokes {
			d.relate(person, org, schema.SpokespersonFor, title, rule, i)
		} else {
			d.relate(person, org, schema.WorksFor, title, rule, i)
		}
	}
}

func containsAny(s string, ws []string) bool {
	for _, w := range ws {
		if strings.Contains(s, w) {
			return true
		}
	}
	return false
}

// describe makes a title with no name a definite description of the
// entity holding that role ("the spokesperson", "the Acme executive").
func (d *docState) describe(i, x int, aff *entity) {
	t := d.pieces[i][x]
	a := t.ti
	if x > 0 && aff != nil && d.pieces[i][x-1].tj <= t.ti && d.pieces[i][x-1].ent == aff {
		a = d.pieces[i][x-1].ti
	}
	if a == 0 || d.lows[i][a-1] != "the" {
		return
	}
	head := lastWord(t.title)
	var best *entity
	bestPos := -1
	for _, e := range d.ents {
		if e.class != schema.Person || e.lastPos > d.pos(i, t.ti) && e.firstPos > d.pos(i, t.ti) {
			continue
		}
		match := false
		for _, tt := range e.titles {
			if lastWord(tt) == head || diplomatTitles[lastWord(tt)] && diplomatTitles[head] {
				match = true
			}
		}
		if aff != nil {
			for _, r := range d.rels {
				if r.subj == e && r.obj == aff {
					match = true
				}
			}
		}
		if match && e.firstPos > bestPos {
			best, bestPos = e, e.firstPos
		}
	}
	if best != nil {
		t.role, t.kind, t.ent, t.class = roleDesc, text.DescriptionMention, best, schema.Person
		t.ti = a - 1
		t.surface = d.span(i, a-1, t.tj)
	}
}

// mentionedAmong: the one country of these (ISO2 codes) the document
// mentions, "" if none or several.
func (d *docState) mentionedAmong(isos []string) string {
	hit := ""
	for _, iso := range isos {
		c, ok := lexicon.CountryByISO2(iso)
		if !ok {
			continue
		}
		if _, named := d.byName[c.Name]; !named && !d.demonymUsed(c.Name) {
			continue
		}
		if hit != "" {
			return ""
		}
		hit = c.Name
	}
	return hit
}

// demonymUsed: a demonym of the country is written in the document.
func (d *docState) demonymUsed(name string) bool {
	for _, ps := range d.pieces {
		for _, p := range ps {
			if p.role == roleDemonym && p.canon == name {
				return true
			}
		}
	}
	return false
}

// shadowTitle: an opposition spokesperson's title, "shadow foreign secretary".
func (d *docState) shadowTitle(t *piece) bool {
	return strings.HasPrefix(t.title, "shadow ") || t.ti > 0 && d.low(t.sent, t.ti-1) == "shadow"
}

// guessedRules give an official a country from the document rather than
// the sentence; another official of the sentence does not share it.
var guessedRules = map[string]bool{"title-country": true, "title-says-country": true, "title-dateline": true}

var judgeTitles = map[string]bool{"judge": true, "justice": true, "magistrate": true}

// onlyCourt: the court of the document when it names exactly one.
func (d *docState) onlyCourt() *entity {
	var hit *entity
	for _, e := range d.ents {
		if e.class != schema.GovernmentOrganization || !e.used || !strings.Contains(e.name, "Court") {
			continue
		}
		if hit != nil {
			return nil
		}
		hit = e
	}
	return hit
}

// diplomatTitles name the same holder in a definite description: "the
// envoy" is the ambassador named before.
var diplomatTitles = map[string]bool{"ambassador": true, "envoy": true, "diplomat": true, "emissary": true}

func lastWord(s string) string {
	f := strings.Fields(s)
	if len(f) == 0 {
		return ""
	}
	return f[len(f)-1]
}

// partyCountry: the country of a national political party of the gazetteer
// ("Communist Party of China" -> "China"), "" for any other organization.
func partyCountry(org *entity) string {
	if !strings.Contains(org.name, "Party") {
		return ""
	}
	o, ok := lexicon.OrganizationByName(org.name)
	if !ok {
		return ""
	}
	if c, ok := lexicon.CountryByISO2(o.Country); ok {
		return c.Name
	}
	return ""
}

// nestingBody: the government body of the document whose name ends the
// name of e after "of" ("Department of Information of the Ministry of
// Foreign Affairs of China" in the Ministry of Foreign Affairs of China).
func (d *docState) nestingBody(e *entity) *entity {
	var best *entity
	for _, o := range d.ents {
		if o == e || o.class != schema.GovernmentOrganization {
			continue
		}
		for _, n := range append([]string{o.name}, sortedKeys(o.aliases)...) {
			if n == "" || !strings.Contains(n, " ") {
				continue
			}
			if strings.Contains(e.name, " of "+n) || strings.Contains(e.name, " of the "+n) {
				if best == nil || len(o.name) > len(best.name) {
					best = o
				}
			}
		}
	}
	return best
}

func sortedKeys(m map[string]bool) []string {
	out := make([]string, 0, len(m))
	for k := range m {
		out = append(out, k)
	}
	sort.Strings(out)
	return out
}

// adjectiveComma: the comma at k of sentence i stands between two
// lower-case words inside the description [a, b), as between coordinated
// adjectives ("the anti-war, non-profit group Acme"), not before an
// appositive or a new clause.
func (d *docState) adjectiveComma(i, k, a, b int) bool {
	if k-1 < a || k+2 >= b {
		return false // a lower-case word on either side, and one more before the name
	}
	ts := d.sentToks(i)
	for _, x := range []int{k - 1, k + 1, k + 2} {
		w := ts[x].Text
		if !isWord(w) || w != strings.ToLower(w) || auxiliaries[w] {
			return false
		}
	}
	return true
}
