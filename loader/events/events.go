// Package events reads what entities did and said out of an annotated
// document: it attributes quotations and reported speech to speakers
// (quotes.go), finds event triggers from an embedded lexicon (triggers.go),
// fills each event's agent, target and about from the mentions around the
// trigger (events.go), and resolves dates against the document date
// (dates.go).
//
// Events whose agent cannot be found are dropped for every class: an
// event with no actor cannot be queried by actor, and a guessed actor
// misleads. A passive or nominal event with no actor in its sentence
// ("Meng was arrested in Vancouver") survives only when the document
// names the actor of the same kind of event on the same target elsewhere,
// into which it is merged.
package events

import (
	"slices"
	"sort"
	"strings"
	"time"
	"unicode/utf8"

	entlex "newsgraph/loader/lexicon"
	"newsgraph/loader/text"
	"newsgraph/schema"
)

// speechAct reports whether an event class is something said (the speaker
// of a sentence is its agent) rather than done.
func speechAct(c schema.Class) bool {
	switch c {
	case schema.Statement, schema.Demand, schema.Criticism, schema.Rejection, schema.Threat:
		return true
	}
	return false
}

// patientNoun reports whether a nominal trigger of class c takes its
// possessor as its target ("Meng's arrest") rather than its agent
// ("China's demand").
func patientNoun(c schema.Class) bool {
	switch c {
	case schema.Arrest, schema.Release, schema.LegalProceeding:
		return true
	}
	return false
}

// placeAgent reports whether the country where an event of class c took
// place is its agent ("was detained in Norland", "her arrest in Vancouver").
func placeAgent(c schema.Class) bool {
	switch c {
	case schema.Arrest, schema.LegalProceeding, schema.Release:
		return true
	}
	return false
}

// IsMedia reports whether an organization is a news outlet: outlets are
// never agents of the events they report. Replaceable in tests.
var IsMedia func(name string) bool = entlex.IsMedia

// CountryOfPlace names the country a place lies in, so that "was arrested
// in Vancouver" gives the arrest to that country's authorities as "was
// arrested in Canada" does. It defaults to the gazetteer (loader/lexicon);
// nil: places give no agent.
var CountryOfPlace func(place string) (country string, ok bool) = countryOfPlace

// dropTargetless drops every event but a Statement or a Rejection that has
// no target ("X has denied any wrongdoing" rejects no one named).
var dropTargetless = true

// cand is an event candidate before the document-level merge.
type cand struct {
	class    schema.Class
	agent    string // canonical name; "" = not found in its sentence
	target   string
	pendCls  schema.Class // target to be found: the agent of a pendCls event on pendOn
	pendOn   string
	pendNot  string // a country the pending doer is not: the patients' own ("the detention of two Vestrians")
	pendPrev bool   // the target is the doer of the last deed reported before
	patients string // for a deed on unnamed nationals, their country ("the detention of two Vestrians")
	also     bool   // "also" before the trigger: the same kind of deed as the one before
	pending  bool
	about    []string
	date     string
	dated    bool // its sentence gives a date expression (possibly vague)
	cameo    string
	trigger  string
	quote    string
	rule     string
	sent     int
	tok      int
}

// Extract attributes the quotes of a and reads its events, filling
// a.Quotes and a.Events (replacing what they held).
func Extract(a *text.Annotated) {
	if a == nil || a.Doc == nil {
		return
	}
	a.Quotes, a.Events = nil, nil
	st := statePool.Get().(*docState)
	st.trig.reset()
	at := attribute(a, st)
	x := &extractor{a: a, at: at, chains: buildChains(a), st: st}
	cands := st.cands[:0]
	for i := range a.Sentences {
		cands = x.sentence(i, cands)
	}
	a.Events = x.finish(cands)
	clear(cands[:cap(cands)])
	st.cands = cands[:0]
	st.release()
}

type extractor struct {
	a      *text.Annotated
	at     *attribution
	chains *chains
	st     *docState // scratch memory (nil: none lent)

	// per-sentence date expressions (see dates) and the parsed document date
	spans     []schema.Span // evidence span of each sentence, in characters
	dateCache [][]tokDate
	dateDone  []bool
	inferred  *string // reportDate of a document without a date, once found
	base      time.Time
	hasBase   bool

	// held: for a person someone was urged to release ("urged X to
	// release Y"), the country or body urged, the one holding them
	held map[string]string
}

// prevVerb remembers the last verbal trigger of a sentence, for a second
// verb sharing its subject ("met Freeland and urged China ...").
type prevVerb struct {
	start int
	subj  []string
}

// noOne is the one unnamed party of an event without agent or target;
// read only.
var noOne = []string{""}

// sentence appends the candidates of sentence i to all.
func (x *extractor) sentence(i int, all []cand) []cand {
	v := x.at.views[i]
	if len(v.words) == 0 {
		return all
	}
	trigs := withNamings(v, v.triggers())
	dates := x.dates(v)
	speaker := x.at.sentSpeaker[i]
	if x.st == nil {
		x.st = new(docState)
	}
	out := x.st.scratch[:0]
	defer func() { x.st.scratch = out[:0] }()
	var pv *prevVerb
	var pvBuf prevVerb
	for ti, t := range trigs {
		if negated(v, t.start) != t.neg || x.nested(v, trigs, ti) || requestsProceeding(v, trigs, ti) {
			if t.class == schema.Release && !t.neg {
				x.noteHolder(v, t, trigs, i)
			}
			continue // "did not accept": a rejection only when negated
		}
		if t.neg && !refusesClaim(v, t) {
			continue // "will never accept coercion": no party's claim refused
		}
		if t.form == FormNoun && prospective(v, t.start) {
			continue // "the upcoming summit with X", "a possible ban": not (yet) done
		}
		if ok, _ := isPassive(v, t); t.pass && !ok {
			continue // "held talks" is no detention, "was held" is
		}
		agents, targets, about, pend, rule := x.roles(v, t, trigs, pv, speaker)
		if len(agents) == 0 && t.form != FormNoun && bothBefore(v, t.start) {
			// "X met Y ..., and the two called on Z": both who met
			for _, c := range out {
				if c.class == schema.Meeting && c.agent != "" && c.target != "" && c.tok < t.start {
					for _, e := range []string{c.agent, c.target} {
						if !contains(agents, e) && !contains(targets, e) {
							agents = append(agents, e)
						}
					}
				}
			}
			if len(agents) > 0 {
				rule = "the-two"
			}
		}
		if t.pos == 'v' && t.form != FormNoun && len(agents) > 0 && rule != "passive-by" && rule != "passive-in" && rule != "passive" {
			pvBuf = prevVerb{start: t.start, subj: agents}
			pv = &pvBuf
		}
		if t.class == schema.Statement && (len(agents) == 0 || t.form == FormGer) {
			continue // "Noting that …, Hua said": the main verb speaks
		}
		if t.class == schema.Statement && announcesDeedBefore(v, trigs, t) {
			continue // "the sanctions on X that Y announced on Tuesday": the deed's announcement
		}
		if t.class == schema.Statement && x.pronounEcho(v, t, agents, out) {
			continue // "Geng said ties, which he said are difficult, …": Geng's words still
		}
		if len(agents) == 0 {
			agents = noOne
		}
		if len(targets) == 0 {
			targets = noOne
		}
		date, dated := pickDate(v, dates, t, trigs)
		if !dated && speechAct(t.class) && speaker != "" {
			// said as reported speech: when the speaker spoke
			date, dated = pickDate(v, dates, speechVerbAt(v, trigs), trigs)
		}
		for _, ag := range agents {
			for _, tg := range targets {
				if tg == ag && tg != "" {
					continue
				}
				if t.class == schema.Statement {
					tg = ""
				}
				date := date
				if len(targets) > 1 && tg != "" {
					if d, ok := ownDate(v, dates, tg, t.end); ok {
						date = d // "met X on Friday and Y on Sunday"
					}
				}
				c := cand{class: t.class, agent: ag, target: tg, about: about, date: date, dated: dated,
					cameo: t.cameo, trigger: triggerText(v, t), rule: rule, sent: i, tok: t.head}
				if pend != nil {
					c.pendCls, c.pendOn, c.pendNot, c.pendPrev, c.pending = pend.cls, pend.on, pend.not, pend.prev, true
				}
				if tg == "" && t.form == FormNoun && !speechAct(t.class) {
					c.patients = patientsCountry(v, t)
				}
				c.also = alsoBefore(v, t.start)
				if ag != "" && ag == speaker && speechAct(t.class) {
					c.quote = x.at.sentQuote[i]
				}
				out = append(out, c)
			}
		}
	}
	// the speaker of a quote or of reported speech made a statement here
	if speaker != "" {
		sv := speechVerbAt(v, trigs)
		date, dated := pickDate(v, dates, sv, trigs)
		out = append(out, cand{class: schema.Statement, agent: speaker, cameo: schema.CAMEOCode[schema.Statement],
			quote: x.at.sentQuote[i], rule: "quote-attrib", sent: i, tok: sv.head,
			date: date, dated: dated})
	}
	out = x.requestedProceedings(v, out)
	if speaker != "" {
		out = x.modalDemands(v, i, speaker, trigs, out)
	}
	// a Statement only where its agent did nothing stronger in the sentence
	for _, c := range out {
		if c.class == schema.Statement && didMore(out, c.agent) {
			continue
		}
		all = append(all, c)
	}
	return all
}

// modalDemands adds a Demand of the sentence's speaker on each named
// party the speaker says should or must do something ("Tarsk should
// immediately correct its mistake", "Vestria must release X"): what a
// government says another ought to do, it demands. Not under a condition,
// not "should be" or "should have", not on the speaker's own side.
func (x *extractor) modalDemands(v *view, i int, speaker string, trigs []match, out []cand) []cand {
	for k, w := range v.words {
		if w != "should" && w != "must" {
			continue
		}
		n := k + 1
		for n < len(v.words) && (strings.HasSuffix(v.words[n], "ly") || v.words[n] == "not" || v.words[n] == "also") {
			n++
		}
		if n >= len(v.words) || v.is(n, wlBe) || v.words[n] == "have" || v.ment[n] >= 0 || v.is(n, wlFunction) || v.is(n, wlCognition) {
			continue // "should be", "should have", "should understand that …": no demand
		}
		cond := false
		for j := k - 1; j >= 0 && !isClauseBreak(v.words[j]); j-- {
			if v.is(j, wlConditional) && v.words[j] != "should" {
				cond = true
				break
			}
		}
		if cond {
			continue
		}
		subj := v.subjectBefore(k)
		if len(subj) == 0 || v.mention(subj[0]).Kind == text.PronounMention && inList(normWord(v.mention(subj[0]).Text), wlFirstperson) {
			continue
		}
		if e := v.span(subj[len(subj)-1])[1]; e != k && !(e+1 == k && strings.HasSuffix(v.words[e], "ly")) && !(e+1 == k && (v.is(e, wlAuthority) || v.is(e, wlMember) || v.is(e, wlTitle) || strings.HasPrefix(v.words[e], "spokes"))) {
			continue // the subject right before the modal ("X should", "the X side should", "X officials must", "the X spokesperson should")
		}
		date, dated := pickDate(v, x.dates(v), speechVerbAt(v, trigs), trigs)
		for _, mi := range subj {
			tg := v.entityOf(mi)
			if tg == "" || tg == speaker || x.chains.sameSide(speaker, tg) || v.classOf(mi) == schema.Place {
				continue
			}
			out = append(out, cand{class: schema.Demand, agent: speaker, target: tg, cameo: schema.CAMEOCode[schema.Demand],
				trigger: v.toks[k].Text, rule: "modal-demand", sent: i, tok: k, date: date, dated: dated})
		}
	}
	return out
}

// pronounEcho reports whether Statement trigger t has a pronoun for its
// subject while the sentence already gave a named speaker another
// Statement: the pronoun is that speaker's, whoever coreference made it.
func (x *extractor) pronounEcho(v *view, t match, agents []string, out []cand) bool {
	other := false
	for _, c := range out {
		if c.class == schema.Statement && c.agent != "" && !contains(agents, c.agent) {
			other = true
		}
	}
	if !other {
		return false
	}
	subj := v.subjectBefore(t.start)
	return len(subj) == 1 && v.mention(subj[0]).Kind == text.PronounMention
}

// ownDate finds a date expression right after the mention of target tg
// after token from ("X on Friday and Y on Sunday"): the day for that one.
func ownDate(v *view, dates []tokDate, tg string, from int) (string, bool) {
	for k := from; k < len(v.words); k++ {
		mi := v.ment[k]
		if mi < 0 {
			continue
		}
		e := v.span(mi)[1]
		if v.entityOf(mi) != tg {
			k = e - 1
			continue
		}
		if e+1 < len(v.words) && v.words[e] == "on" {
			for _, d := range dates {
				if d.tok == e+1 && d.date != "" {
					return d.date, true
				}
			}
		}
		return "", false
	}
	return "", false
}

// prospective reports whether a nominal trigger at k is qualified as
// still to come or hypothetical ("the upcoming G7 summit", "a possible
// ban", "planned talks").
func prospective(v *view, k int) bool {
	for j := k - 1; j >= 0 && j >= k-3; j-- {
		if v.is(j, wlProspective) {
			return true
		}
		if w := v.words[j]; isClauseBreak(w) || w == "," || v.is(j, wlObjprep|wlBadprep) {
			return false
		}
	}
	return false
}

// alsoBefore reports whether "also" stands right before token k (past
// an auxiliary: "has also", "also formally").
func alsoBefore(v *view, k int) bool {
	for j := k - 1; j >= 0 && j >= k-3; j-- {
		switch w := v.words[j]; {
		case w == "also":
			return true
		case v.is(j, wlBe) || w == "has" || w == "have" || w == "had" || strings.HasSuffix(w, "ly"):
			continue
		}
		return false
	}
	return false
}

// bothBefore reports whether the subject right before token k is "the
// two", "both" or "the two ministers".
func bothBefore(v *view, k int) bool {
	j := k - 1
	for j >= 0 && (strings.HasSuffix(v.words[j], "ly") || v.words[j] == "also" || v.words[j] == "then") {
		j--
	}
	if j >= 0 && v.words[j] == "both" {
		return true
	}
	if j >= 1 && v.words[j-1] == "two" && v.ment[j] < 0 && j >= 2 && v.words[j-2] == "the" {
		j -= 1 // "the two ministers"
	}
	return j >= 1 && v.words[j] == "two" && v.words[j-1] == "the"
}

// withNamings adds to trigs a Criticism for each "calling X a “...”":
// naming someone by a quoted label is judging them ("called Norland a
// “rogue state”"). trigs is not modified; the result stays in order.
func withNamings(v *view, trigs []match) []match {
	var out []match
	for k, w := range v.words {
		if w != "call" && w != "calls" && w != "called" && w != "calling" {
			continue
		}
		if k+1 >= len(v.words) || v.ment[k+1] < 0 || v.entityOf(v.ment[k+1]) == "" {
			continue
		}
		q := v.span(v.ment[k+1])[1]
		if q < len(v.words) && (v.words[q] == "a" || v.words[q] == "an" || v.words[q] == "the") {
			q++
		}
		if q >= len(v.words) || !v.isQuoteMark(q) {
			continue
		}
		if out == nil {
			out = append(make([]match, 0, len(trigs)+1), trigs...)
		}
		m := match{class: schema.Criticism, cameo: schema.CAMEOCode[schema.Criticism], form: FormPast, pos: 'v', start: k, end: k + 1, head: k, toks: []int{k}}
		i := sort.Search(len(out), func(i int) bool { return out[i].start > k })
		out = append(out, match{})
		copy(out[i+1:], out[i:])
		out[i] = m
	}
	if out == nil {
		return trigs
	}
	return out
}

// administrationOf: person mention mi heads "the X administration" or "the
// X government"; it returns X's country (by the relations), "" otherwise.
func (x *extractor) administrationOf(v *view, mi int) string {
	e := v.span(mi)[1]
	if e >= len(v.words) || v.words[e] != "administration" && v.words[e] != "government" {
		return ""
	}
	for _, c := range x.chains.of(v.entityOf(mi)) {
		if x.isCountry(c) {
			return c
		}
	}
	return ""
}

// ownCountryBefore: the words before token k are "his country's", "our
// government's"; it returns the country of the one the pronoun stands for
// (the clause's subject, or the speaker for "our"), "" otherwise.
func (x *extractor) ownCountryBefore(v *view, k int, speaker string) string {
	if k < 3 || v.words[k-1] != "'s" {
		return ""
	}
	switch v.words[k-2] {
	case "country", "government", "nation":
	default:
		return ""
	}
	who := ""
	switch v.words[k-3] {
	case "our", "my":
		who = speaker
	case "his", "her", "their", "its":
		for _, mi := range v.subjectBefore(k - 3) {
			who = v.entityOf(mi)
			break
		}
	}
	if who == "" {
		return ""
	}
	for _, e := range x.chains.of(who) {
		if x.isCountry(e) {
			return e
		}
	}
	return ""
}

// requestsProceeding reports whether trigger ti is a verb of asking whose
// object is a legal proceeding ("requested the extradition of X",
// "sought her extradition"): the proceeding is the event, not a demand.
func requestsProceeding(v *view, trigs []match, ti int) bool {
	t := trigs[ti]
	if t.class != schema.Demand || t.form == FormNoun || t.pos != 'v' {
		return false
	}
	for _, n := range trigs[ti+1:] {
		if n.start > t.end+3 {
			break
		}
		if n.class == schema.LegalProceeding && n.form == FormNoun {
			return true
		}
	}
	return false
}

// didMore reports whether agent has a candidate of a class other than
// Statement among cs.
func didMore(cs []cand, agent string) bool {
	if agent == "" {
		return false
	}
	for _, c := range cs {
		if c.class != schema.Statement && c.class != schema.Meeting && c.agent == agent {
			return true
		}
	}
	return false
}

func triggerText(v *view, t match) string {
	var parts []string
	for _, k := range t.toks {
		parts = append(parts, v.toks[k].Text)
	}
	return strings.Join(parts, " ")
}

// negated reports whether the word at k is under a negation ("did not
// detain", "has never accepted", "no sanctions").
func negated(v *view, k int) bool {
	for j := k - 1; j >= 0 && j >= k-4; j-- {
		w := v.words[j]
		if isClauseBreak(w) || w == "," || v.ment[j] >= 0 || v.isQuoteMark(j) {
			return false
		}
		if v.is(j, wlNegation) || strings.HasSuffix(w, "n't") {
			return true
		}
	}
	return false
}

// announcesDeedBefore reports whether the speech verb t ends a relative
// clause with no object of its own ("that Y announced on Tuesday") after a
// deed named before it in the sentence ("the sanctions levied on X for ...
// that Y announced"): what was said is the deed, no statement of its own.
func announcesDeedBefore(v *view, trigs []match, t match) bool {
	if t.form == FormNoun || t.form == FormGer {
		return false
	}
	if e := t.end; e < len(v.words) {
		w := v.words[e]
		if !isClauseBreak(w) && w != "," && w != "on" && w != "in" && w != "at" && w != "last" && w != "earlier" && w != "this" && w != "yesterday" && !v.isQuoteMark(e) {
			return false // "that Y said were unjust": a clause of its own
		}
	}
	subj := v.subjectBefore(t.start)
	if len(subj) == 0 {
		return false
	}
	s := v.span(subj[0])[0]
	for s > 0 {
		// "that Vestria's Foreign Minister X announced": back over the title
		if mi := v.mentionAt(s - 1); mi >= 0 {
			if !v.possessive(mi) {
				break
			}
			s = v.span(mi)[0]
			continue
		}
		if w := v.words[s-1]; w == "'s" || titleWord(v.toks[s-1].Text) && w != "the" && w != "and" && w != "that" && w != "which" {
			s--
			continue
		}
		break
	}
	if s == 0 || (v.words[s-1] != "that" && v.words[s-1] != "which") {
		return false
	}
	for _, d := range trigs {
		if d.end <= s-1 && d.start >= s-25 && !speechAct(d.class) && d.class != schema.Meeting {
			return true
		}
	}
	return false
}

// noteHolder records, for a release demanded of a government ("urged X
// to release Y", "calls on X to release Y"), that X holds Y: the one who
// detained Y where the document names no one else. Only the plain "X to
// release Y" shape counts, with a named country or body as X.
func (x *extractor) noteHolder(v *view, t match, trigs []match, i int) {
	if t.form == FormNoun || t.start < 2 || v.words[t.start-1] != "to" {
		return
	}
	mi := v.ment[t.start-2]
	if mi < 0 {
		return
	}
	holder := v.entityOf(mi)
	if holder == "" {
		return
	}
	if c := v.classOf(mi); c != schema.Country && c != schema.GovernmentOrganization {
		return
	}
	obj, _, _ := v.objectAfter(t.end)
	for _, oi := range obj {
		p := v.entityOf(oi)
		if p == "" || v.classOf(oi) != schema.Person {
			continue
		}
		if x.held == nil {
			x.held = map[string]string{}
		}
		if _, ok := x.held[p]; !ok {
			x.held[p] = holder
		}
	}
}

// refusesClaim reports whether what a negated "accept" or "recognise" at t
// refuses is something a party put forward or a party itself ("did not
// accept the proposal", "does not recognise X's claims", "will not accept
// X"), rather than an abstract thing ("will never accept coercion").
func refusesClaim(v *view, t match) bool {
	for k := t.end; k < len(v.words) && k < t.end+7; k++ {
		w := v.words[k]
		if isClauseBreak(w) || w == "," || w == "that" || (v.isQuoteMark(k) && k > t.end) {
			return false
		}
		if v.is(k, wlClaim) {
			return true
		}
		if mi := v.ment[k]; mi >= 0 && v.entityOf(mi) != "" && v.classOf(mi) != schema.Place {
			return true
		}
	}
	return false
}

// nested reports whether trigger ti is not a reported fact: the content of
// a demand, threat or refusal ("urged Canada to release Meng", "threatened
// to impose sanctions"), an infinitive under a verb of wanting or trying,
// a hypothetical ("could expel"), or inside a condition ("if Meng is not
// released").
func (x *extractor) nested(v *view, trigs []match, ti int) bool {
	t := trigs[ti]
	// the clause start: the last break before the trigger
	cs := 0
	for j := t.start - 1; j >= 0; j-- {
		if isClauseBreak(v.words[j]) || (v.isQuoteMark(j) && v.quote[j] != v.quote[t.start]) {
			cs = j + 1
			break
		}
	}
	for j := t.start - 1; j >= cs; j-- {
		if v.is(j, wlConditional) && v.words[j] != "should" {
			return true
		}
		if w := v.words[j]; w == "when" || w == "after" || w == "because" || w == "since" || w == "while" || w == "but" {
			break // "whether X was abused when Y requested Z": the request was made
		}
	}
	// an infinitive is what someone wants, plans or is pressed to do,
	// unless a verb like "decided" or "voted" says it was done
	infinitive := t.start > 0 && v.words[t.start-1] == "to" && (t.form == FormBase || t.pos == 'p')
	if infinitive && !speechAct(t.class) {
		realis := t.start >= 2 && v.is(realisBefore(v, t.start-2), wlRealis)
		if !realis {
			return true
		}
	}
	if infinitive {
		for j := t.start - 2; j >= 0 && j >= t.start-4; j-- {
			if v.is(j, wlGovernor) {
				return true
			}
		}
	}
	if !speechAct(t.class) {
		for j := t.start - 1; j >= 0 && j >= t.start-3; j-- {
			if v.is(j, wlModal) {
				return !decreed(v, j)
			}
			if isClauseBreak(v.words[j]) || v.ment[j] >= 0 {
				break
			}
		}
	}
	for pi := ti - 1; pi >= 0; pi-- {
		p := trigs[pi]
		if p.end <= cs {
			break
		}
		switch p.class {
		case schema.Demand, schema.Threat, schema.Rejection:
		default:
			continue
		}
		if p.class == schema.Demand && t.class == schema.LegalProceeding && t.form == FormNoun && t.start-p.end <= 3 {
			continue // "requested the extradition of X": the request is the proceeding
		}
		if ownClause(v, p.end, t) {
			continue // "X called on Y to veto it, and Z summoned W": Z's own deed
		}
		// the governed event is an infinitive, a bare verb, a gerund, a
		// noun right after it ("called for the release of") or a verb
		// after "that" (a demanded state of affairs)
		if infinitive || t.form == FormBase || t.form == FormGer || t.pos == 'a' {
			return true
		}
		if t.form == FormNoun && (t.start-p.end <= 3 || v.words[t.start-1] == "for" || v.words[t.start-1] == "to") {
			return true
		}
		for j := p.end; j < t.start; j++ {
			if v.words[j] == "that" || v.words[j] == "to" {
				return true
			}
		}
	}
	return false
}

// ownClause reports whether verbal trigger t opens a coordinated clause
// with a subject of its own after token from: ", and Z summoned W".
func ownClause(v *view, from int, t match) bool {
	if t.form == FormNoun || t.pos != 'v' {
		return false
	}
	subj := v.subjectBefore(t.start)
	if len(subj) == 0 {
		return false
	}
	s0 := v.span(subj[0])[0]
	for j := from; j+1 < s0; j++ {
		if v.words[j] == "," && (v.words[j+1] == "and" || v.words[j+1] == "but" || v.words[j+1] == "while") {
			return true
		}
	}
	return false
}

// realisBefore skips back from token k over a day phrase ("agreed on
// Monday to impose", "decided last week to expel") and returns the token
// that may be the governing verb.
func realisBefore(v *view, k int) int {
	for j := k; j >= 0 && j >= k-4; j-- {
		w := v.words[j]
		if w == "on" || w == "last" || w == "this" || w == "week" || w == "month" || w == "," || reWeekdayWord(w) {
			continue
		}
		return j
	}
	return k
}

// decreed reports whether the modal at k reports a decision made: "will"
// or "would" in the complement of "announced", "decided" ("China
// announced that it would expel ...").
func decreed(v *view, k int) bool {
	if w := v.words[k]; w != "will" && w != "would" && w != "'ll" {
		return false
	}
	lo := k - 6
	for j := k - 1; j >= 0 && j >= lo; j-- {
		w := v.words[j]
		if w == ")" {
			// "announced on Tuesday (March 17) that it would": skip the aside
			for c := j - 1; c >= 0 && c >= j-6; c-- {
				if v.words[c] == "(" {
					lo -= j - c + 1
					j = c
					break
				}
			}
			continue
		}
		if v.is(j, wlDecree) {
			return true
		}
		if isClauseBreak(w) || (w != "that" && v.ment[j] < 0 && j < k-1 && w != "," && !strings.HasSuffix(w, "ly") && w != "on" && !reWeekdayWord(w)) {
			return false
		}
	}
	return false
}

// reWeekdayWord reports whether w is a weekday or a relative day
// ("announced on Tuesday that ...").
func reWeekdayWord(w string) bool {
	switch w {
	case "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday", "today", "yesterday":
		return true
	}
	return false
}

// isPassive reports whether a participle trigger is in the passive voice
// and returns the token where its subject ends (the be-verb or the
// participle itself in a reduced relative: "Meng, arrested in ...").
func isPassive(v *view, t match) (bool, int) {
	if t.form != FormPast && t.form != FormPart {
		return false, 0
	}
	for j := t.start - 1; j >= 0 && j >= t.start-4; j-- {
		w := v.words[j]
		if v.is(j, wlBe) {
			return true, j
		}
		if (w == "and" || w == ",") && j > 0 && strings.HasSuffix(v.words[j-1], "ly") {
			continue // "unreasonably and illegally detained"
		}
		if strings.HasSuffix(w, "ly") || w == "not" || w == "also" || w == "already" || w == "later" || w == "then" || w == "subsequently" || w == "since" || w == "n't" || w == "never" ||
			w == "first" || w == "earlier" || w == "just" || w == "still" || w == "again" || w == "once" {
			continue
		}
		break
	}
	// reduced relative: after a comma or a name, followed by a
	// preposition rather than an object
	if t.start > 0 && t.end < len(v.words) && len(t.toks) == 1 {
		prev, next := v.words[t.start-1], v.words[t.end]
		afterName := v.ment[t.start-1] >= 0 && t.class != schema.Meeting && !speechAct(t.class) ||
			next == "by" && !speechAct(t.class) && !v.is(t.start-1, wlFunction) // "the individuals sanctioned by X"
		if next == "for" && t.class == schema.Criticism && t.form == FormPast && v.ment[t.start-1] < 0 && strings.HasSuffix(prev, "s") && !v.is(t.start-1, wlFunction) {
			return true, t.start // "officials and organizations blamed for the poisoning"
		}
		if (prev == "," || afterName) && (next == "by" || next == "in" || next == "on" || next == "at" || next == "for" || next == "over" || next == "last" || next == "earlier" || next == "," || next == "." || next == "since" || next == "without") {
			return true, t.start
		}
	}
	return false, 0
}

// passiveBefore finds "is sought for", "was granted": a be-verb and a
// participle shortly before token k; it returns the be-verb's position.
func passiveBefore(v *view, k int) (bool, int) {
	for j := k - 1; j >= 1 && j >= k-5; j-- {
		w := v.words[j]
		if isClauseBreak(w) || w == "," || v.ment[j] >= 0 {
			return false, 0
		}
		if strings.HasSuffix(w, "ed") || strings.HasSuffix(w, "en") || w == "sought" || w == "held" || w == "set" {
			if v.is(j-1, wlBe) {
				return true, j - 1
			}
		}
	}
	return false, 0
}

type pending struct {
	cls  schema.Class
	on   string
	not  string
	prev bool // the doer of the last deed reported before ("condemned the decision")
}

// patientsCountry: n is a nominal deed on unnamed nationals ("the
// detention of the two Vestrians"); it returns their country, "" if none.
func patientsCountry(v *view, n match) string {
	if n.form != FormNoun || n.end >= len(v.words) || v.words[n.end] != "of" {
		return ""
	}
	for k := n.end + 1; k < len(v.words) && k <= n.end+4; k++ {
		if mi := v.ment[k]; mi >= 0 {
			if m := v.mention(mi); m.Kind == text.DemonymMention {
				return m.Entity
			}
			return ""
		}
	}
	return ""
}

// roles finds the agents, targets and about entities of trigger t.
func (x *extractor) roles(v *view, t match, trigs []match, pv *prevVerb, speaker string) (agents, targets, about []string, pend *pending, rule string) {
	used := map[int]bool{}
	var ar *trigScratch
	if x.st != nil {
		ar = &x.st.trig
	}
	ents := func(ms []int) []string {
		var buf [8]string
		out := buf[:0]
		for _, mi := range ms {
			used[mi] = true
			e := v.entityOf(mi)
			if e != "" && v.classOf(mi) == schema.Person {
				if c := x.administrationOf(v, mi); c != "" {
					e = c // "the X administration": X's government
				}
			}
			if e != "" && !contains(out, e) {
				out = append(out, e)
			}
			for _, gi := range v.same[mi] {
				// the others of "the two men"
				if e := v.entityOf(gi); e != "" && !contains(out, e) {
					out = append(out, e)
				}
			}
		}
		return ar.keepStrs(out)
	}
	firstPerson := func(ms []int) bool {
		return len(ms) == 1 && v.mention(ms[0]).Kind == text.PronounMention && inList(normWord(v.mention(ms[0]).Text), wlFirstperson) // not "US"
	}
	searchFrom := t.head + 1
	var joined []int // "X followed Y in banning": X and Y
	if t.form == FormGer && t.start > 1 && v.words[t.start-1] == "in" {
		joined = v.joinedIn(t.start - 1)
	}
	if t.form == FormGer && joined == nil && t.start > 0 && (nounContext(v.words, t.start) || v.is(t.start-1, wlBadprep)) {
		t.form = FormNoun // "their reason for arresting Meng"
	}
	if t.form == FormNoun {
		searchFrom = t.end
	}
	switch {
	case t.pos == 'a':
		rule = "speech-evaluation"
		if rs := x.reportingSubject(v, trigs, t); rs != "" {
			// "X condemned the decision as “an illegitimate act”": X judges
			speaker = rs
		}
		if speaker == "" {
			return
		}
		agents = []string{speaker}
		if bys := participleBys(v, t.end); len(bys) > 0 {
			// "a persecution against a citizen plotted by X and executed by
			// Y": the doers named are judged, whatever the subject
			for _, by := range bys {
				if e := x.actorOf(v, by); e != "" && e != speaker && !x.chains.has(speaker, e) && !contains(targets, e) {
					targets = append(targets, e)
					used[by] = true
				}
			}
			if len(targets) > 0 {
				rule = "speech-evaluation-by"
				break
			}
		}
		ev, ok := judgedEvent(v, trigs, t)
		if !ok {
			ev, ok = judgedSubject(v, trigs, t)
		}
		if !ok {
			ev, ok = namedDeed(v, trigs, t)
		}
		if ok {
			// "the arbitrary detention of X", "X was unlawfully detained":
			// the one who did it is criticised
			rule = "speech-evaluation-event"
			if ev.form == FormNoun || ev.form == FormPast || ev.form == FormPart || ev.form == FormGer {
				// its doer named in the sentence: "the detention of X in Norland"
				if doers, patients, _, _, _ := x.roles(v, ev, trigs, nil, ""); len(doers) > 0 && doers[0] != speaker && !x.chains.has(speaker, doers[0]) {
					targets = doers[:1]
					about = append(about, patients...) // "the detention of X": X is what it is about
					break
				}
			}
			pend = &pending{cls: ev.class}
			if on := x.patientOf(v, ev); on != "" {
				pend.on = on
			} else {
				pend.not = patientsCountry(v, ev)
			}
			break
		}
		if by := byAfter(v, t.end); by >= 0 {
			// "a political incident plotted by X"
			if e := x.actorOf(v, by); e != "" && e != speaker && !x.chains.has(speaker, e) {
				targets = []string{e}
				used[by] = true
				break
			}
		}
		// the thing judged: the possessor or subject before the adjective
		for k := t.start - 1; k >= 0; k-- {
			w := v.words[k]
			if isClauseBreak(w) || w == ":" || w == "that" || (v.is(k, wlSpeech) && !v.nominalAt(k)) || (v.isQuoteMark(k) && v.quote[k] != v.quote[t.start]) {
				break
			}
			mi := v.ment[k]
			if mi < 0 {
				continue
			}
			k = v.span(mi)[0]
			e := v.entityOf(mi)
			p := v.prepBefore(k)
			role := v.span(mi)[1] < len(v.words) && v.words[v.span(mi)[1]] == "as" // "with X as an accomplice"
			if e == "" || e == speaker || x.chains.has(speaker, e) || (!role && p != "by" && (inList(p, wlBadprep) || p == "with" || p == "to")) {
				continue
			}
			if v.classOf(mi) == schema.Place {
				continue
			}
			if v.plightVictim(mi) {
				continue // "the case of X is a political incident": X is wronged, not judged
			}
			if v.objectOfVerb(mi) {
				continue // "X has treated Y in an “inhumane” manner": X is judged
			}
			// "the US and Vestria arbitrarily took measures": both are judged
			// (also through "their": "X and Y abused their treaty and ...")
			if v.mention(mi).Kind == text.PronounMention {
				if ante := v.antecedentInClause(mi); ante >= 0 {
					mi = ante
				}
			}
			grp := v.coordinatedBefore(mi)
			if g0 := v.prepBefore(v.span(grp[0])[0]); len(grp) > 1 && (inList(g0, wlBadprep) || g0 == "with" || g0 == "to") {
				k = v.span(grp[0])[0] // "talks with X and Y": objects, not the judged
				continue
			}
			for _, ci := range grp {
				if ce := v.entityOf(ci); ce != "" && ce != speaker && !x.chains.has(speaker, ce) && v.classOf(ci) != schema.Place && !contains(targets, ce) {
					targets = append(targets, ce)
					used[ci] = true
				}
			}
			if len(targets) > 1 {
				rule = "speech-evaluation-coordinated"
			}
			break
		}
		ae := t.end
		if ae < len(v.words) && v.isQuoteMark(ae) {
			ae++ // “disappointed” that
		}
		if len(targets) == 0 && ae+1 < len(v.words) && (v.words[ae] == "that" || v.words[ae] == "by" || v.words[ae] == "with") {
			// "disappointed that X charged ...", "disappointed by X"
			if subj, _, _ := v.objectAfter(ae + 1); len(subj) > 0 {
				if e := v.entityOf(subj[0]); e != "" && e != speaker && !x.chains.has(speaker, e) {
					targets = []string{e}
					used[subj[0]] = true
				}
			}
		}
		if len(targets) == 0 {
			agents = nil // a judgement of nothing named
		}
	case t.pos == 'v' && (t.form == FormPast || t.form == FormPart) && t.start > 0 && v.words[t.start-1] == "those" &&
		t.end+1 < len(v.words) && v.is(t.end, wlBe):
		// "Among those detained were X and Y": the ones it was done to;
		// the doer is the one the document reports doing it
		rule = "those-done"
		obj, _, _ := v.objectAfter(t.end + 1)
		targets = ents(obj)
	case t.form == FormNoun:
		rule = "nominal"
		var poss, comp, ofX, byX, prepX, inX []int
		prepW := "" // the preposition before prepX
		demComp := ""
		pre := t.start // "X's new restrictive measures": past the premodifiers
		for pre > 1 && t.start-pre < 3 && v.is(pre-1, wlPremod) {
			pre--
		}
		if pre > 0 {
			if mi := v.ment[pre-1]; mi >= 0 && v.entityOf(mi) != "" {
				if v.possessive(mi) {
					poss = []int{mi}
				} else {
					comp = []int{mi}
				}
			} else if mi >= 0 && v.mention(mi).Kind == text.DemonymMention && v.mention(mi).Entity != "" && !patientNoun(t.class) {
				// "Chinese sanctions", "US demands": the country acts
				demComp = v.mention(mi).Entity
				used[mi] = true
			} else if pre > 1 && (v.words[pre-1] == "'s" || v.words[pre-1] == "'") {
				if mi := v.ment[pre-2]; mi >= 0 && v.entityOf(mi) != "" {
					poss = []int{mi}
				}
			}
		}
		k0 := t.end
		if len(t.toks) > 1 && v.words[t.end-1] == "with" {
			k0 = t.end - 1 // "a meeting with" read as the verb "meet with"
		}
		for k := k0; k < len(v.words) && k < t.end+8; k++ {
			w := v.words[k]
			if k >= t.end && (isClauseBreak(w) || w == "," || v.is(k, wlBoundary) && w != "and") {
				break
			}
			if k > t.end && triggerStartsAt(trigs, k) {
				break // "X's ban follows the sanctions on Y": Y is the other's
			}
			if k+1 >= len(v.words) {
				break
			}
			mi := v.ment[k+1]
			if mi < 0 && k+2 < len(v.words) && v.words[k+1] == "the" {
				mi = v.ment[k+2]
			}
			if mi >= 0 && v.entityOf(mi) == "" && v.mention(mi).Kind == text.DemonymMention {
				mi = v.titledNameAfter(v.span(mi)[1]) // "with Vestrian Foreign Minister X"
			} else if mi >= 0 && v.modifier(mi) {
				if p := v.headedName(v.span(mi)[1]); p >= 0 {
					mi = p // "the arrest of Norbank executive X": X
				} else if patientNoun(t.class) && v.mention(mi).Kind != text.DemonymMention && v.classOf(mi) != schema.Person {
					continue // "the arrest of a Norbank executive": no one named
				}
			}
			if mi < 0 || v.entityOf(mi) == "" {
				continue
			}
			switch {
			case w == "of" && ofX == nil && k == t.end:
				ofX = []int{mi}
			case w == "of" && ofX == nil && inX != nil:
				ofX = []int{mi} // "the arrest in Vancouver of X"
			case (w == "in" || w == "at") && inX == nil:
				inX = []int{mi}
			case w == "by" && byX == nil:
				byX = []int{mi}
			case (w == "on" || w == "against" || w == "with" || w == "to" || w == "toward" || w == "towards" ||
				(w == "for" && t.class == schema.LegalProceeding)) && prepX == nil:
				prepX, prepW = v.coordinated(mi), w
			}
		}
		if t.class == schema.Meeting {
			// talks between X and Y
			if t.end+1 < len(v.words) && v.words[t.end] == "between" {
				if obj, _, _ := v.objectAfter(t.end + 1); len(obj) >= 2 {
					agents, targets = ents(obj[:1]), ents(obj[1:])
					rule = "nominal-between"
				}
			}
		}
		if t.class == schema.Demand && prepX == nil && t.end+1 < len(v.words) && v.words[t.end] == "that" {
			prepX = v.clauseSubjectAt(t.end + 1) // "renewed its demands that X release Y": X
		}
		if patientNoun(t.class) && comp != nil && ofX == nil && poss == nil && v.classOf(comp[0]) == schema.Person {
			poss, comp = comp, nil // "the Jonas Berg case": his, as "Berg's case"
		}
		if agents == nil {
			if patientNoun(t.class) {
				switch {
				case ofX != nil:
					targets = ents(ofX)
					agents = ents(firstNonNil(byX, poss, comp))
				case poss != nil && v.classOf(poss[0]) != schema.Person:
					// "Vestria's extradition request": a body's is its act
					agents = ents(poss)
					targets = ents(prepX)
				case poss != nil:
					targets = ents(poss)
					agents = ents(firstNonNil(byX, comp))
				default:
					if prepW != "with" && prepW != "to" && prepW != "toward" && prepW != "towards" {
						targets = ents(prepX) // "raised the detention with X": X is no detainee
					}
					agents = ents(firstNonNil(byX, comp))
				}
			} else if t.class == schema.Demand || t.class == schema.Statement {
				// "at the request of X": X asks
				agents = ents(firstNonNil(poss, comp, byX, ofX))
				targets = ents(prepX)
			} else {
				agents = ents(firstNonNil(poss, comp, byX))
				targets = ents(firstNonNil(prepX, ofX))
			}
			if len(agents) == 0 && demComp != "" {
				agents = []string{demComp}
			}
			if len(targets) == 0 && t.class == schema.Sanction && (prepW == "" || prepW == "on" || prepW == "against") && (v.words[t.end-1] != "list") {
				// "a ban on dealings with the owners of X and Y": the first named after "on"
				if k := t.end; k < len(v.words) && (v.words[k] == "on" || v.words[k] == "against") {
					for j := k + 1; j < len(v.words) && j <= k+10; j++ {
						w := v.words[j]
						if isClauseBreak(w) || w == "," || v.isQuoteMark(j) || v.is(j, wlBoundary) && w != "and" || w == "by" || w == "from" || w == "in" {
							break
						}
						if mi := v.ment[j]; mi >= 0 && v.entityOf(mi) != "" && v.classOf(mi) != schema.Place {
							targets = ents(v.coordinated(mi))
							break
						}
					}
				}
			}
			if len(agents) == 0 && !patientNoun(t.class) && t.end < len(v.words) {
				// "the sanctions X imposed on Y": a relative clause's subject
				if mi := v.ment[t.end]; mi >= 0 && v.entityOf(mi) != "" && v.span(mi)[1] < len(v.words) && v.is(v.span(mi)[1], wlRelVerb) {
					agents = ents([]int{mi})
					if len(targets) > 0 && targets[0] == agents[0] {
						targets = targets[1:]
					}
				}
			}
			if len(agents) == 1 && !patientNoun(t.class) && (demComp != "" || comp != nil) && poss == nil && byX == nil {
				// "Vestrian and Norlandic sanctions", "US and EU sanctions"
				if e := v.premodifierBefore(v.mentionAt(t.start - 1)); e != "" && !contains(agents, e) && !contains(targets, e) {
					agents = append(agents, e)
				}
			}
			if len(agents) == 0 && inX != nil && placeAgent(t.class) {
				// "the detention of X in Norland": the country's authorities
				if c := x.countryActor(v, inX[0]); c != "" {
					agents = []string{c}
					used[inX[0]] = true
				}
			}
			if len(targets) == 0 && patientNoun(t.class) {
				// "Meng is sought for extradition": the passive subject
				if ok, be := passiveBefore(v, t.start); ok {
					targets = ents(v.subjectBefore(be))
				}
			}
		}
		if len(agents) == 0 {
			if c := x.ownCountryBefore(v, t.start, speaker); c != "" {
				agents = []string{c} // "defended his country's arrest of X"
				if len(targets) > 0 && targets[0] == c {
					targets = targets[1:]
				}
			}
		}
		if len(agents) == 0 && supportVerbBefore(v, t.start) {
			subj := v.subjectBefore(t.start)
			if firstPerson(subj) && speaker != "" {
				agents = []string{speaker}
			} else {
				agents = ents(subj)
			}
			rule = "support-verb-nominal"
		}
		if len(agents) == 0 && t.class == schema.Meeting && len(targets) > 0 && prepX != nil && v.words[k0] == "with" && (inList(v.prepBefore(t.start), wlEventPrep) || spokeTo(v, t.start)) {
			// "said after a meeting with X", "spoke at talks with X": the
			// clause's subject, else the sentence's speaker, met X
			for _, e := range ents(v.subjectBefore(t.start)) {
				if !contains(targets, e) {
					agents = append(agents, e)
				}
			}
			if len(agents) == 0 && t.start <= 3 {
				// "In a meeting with X, Y claimed …": the main clause's subject
				for c := t.end; c < len(v.words)-1 && c < t.end+12; c++ {
					if isClauseBreak(v.words[c]) || v.isQuoteMark(c) {
						break
					}
					if v.words[c] == "," && (c+1 >= len(v.words) || !v.is(c+1, wlAppositive)) {
						subj := v.clauseSubjectAt(c + 1)
						agents = ents(subj)
						var inSubj []string // "Vestrian Ambassador to Y X": the title's names too
						if len(subj) > 0 {
							for k := c + 1; k < v.span(subj[len(subj)-1])[1]; k++ {
								if mi := v.ment[k]; mi >= 0 {
									inSubj = append(inSubj, v.mention(mi).Entity)
								}
							}
						}
						kept := targets[:0:0] // the subject is no one met, even if the list ran on
						for _, e := range targets {
							if !contains(agents, e) && !contains(inSubj, e) {
								kept = append(kept, e)
							}
						}
						targets = kept
						break
					}
				}
			}
			if len(agents) == 0 && speaker != "" && !contains(targets, speaker) {
				agents = []string{speaker}
			}
			rule = "nominal-with-subject"
		}
	default:
		passive, subjEnd := isPassive(v, t)
		if passive {
			rule = "passive"
			if subjEnd == t.start && t.start > 0 && v.words[t.start-1] != "," && (v.ment[t.start-1] < 0 || v.entityOf(v.ment[t.start-1]) == "") && !appositiveNP(v, t.start-1) {
				// "two Vestrians held by X": the unnamed ones before it
			} else {
				targets = ents(v.subjectBefore(subjEnd))
			}
			for k := t.end; k < len(v.words)-1 && k < t.end+8; k++ {
				w := v.words[k]
				if isClauseBreak(w) || (v.is(k, wlBoundary) && w != "and") || w == "following" || w == "after" || w == "before" || w == "since" {
					break
				}
				j := k + 1
				if v.words[j] == "the" && j+1 < len(v.words) {
					j++
				}
				mi := v.ment[j]
				if mi < 0 || v.entityOf(mi) == "" {
					continue
				}
				if w == "by" {
					agents = ents([]int{mi})
					rule = "passive-by"
					break
				}
				if (w == "in" || (w == "at" && t.class == schema.Arrest)) && agents == nil && placeAgent(t.class) {
					if c := x.countryActor(v, mi); c != "" {
						agents = []string{c}
						used[mi] = true
						rule = "passive-in"
					}
				}
			}
			break
		}
		rule = "subj-verb-obj"
		subj := v.subjectBefore(t.start)
		if t.form == FormGer && len(subj) == 1 && v.possessive(subj[0]) {
			subj = nil // "describing her treatment as vile and warning of …": she does not warn
		}
		if speechAct(t.class) {
			// "Chinese officials said": no one named speaks
			kept := subj[:0:0]
			for _, mi := range subj {
				if !v.unnamedMembers(mi) {
					kept = append(kept, mi)
				}
			}
			subj = kept
		}
		if pv != nil && t.start > 0 {
			// "X met Y and urged Z": the second verb shares the first's subject
			j := t.start - 1
			for j > 0 && (strings.HasSuffix(v.words[j], "ly") || v.words[j] == "also" || v.words[j] == "then") {
				j--
			}
			if (v.words[j] == "and" || v.words[j] == ",") && (len(subj) == 0 || v.span(subj[0])[0] > pv.start) {
				agents = pv.subj
				subj = nil
			}
		}
		if joined != nil {
			agents, rule = ents(joined), "joined-in"
		}
		if agents == nil {
			switch {
			case firstPerson(subj) && speaker != "":
				agents = []string{speaker}
				rule = "first-person"
			default:
				agents = ents(subj)
			}
		}
		if len(agents) == 0 && t.speech && t.start > 0 && t.end < len(v.words) {
			// inversion: "…, said Geng."
			if mi := v.ment[t.end]; mi >= 0 && v.entityOf(mi) != "" && !predicateFollows(v, v.span(mi)[1]) {
				agents = ents([]int{mi})
				rule = "speech-inverted"
			}
		}
		obj, _, possessor := v.objectAfter(searchFrom)
		if t.class == schema.Meeting && v.is(t.head, wlWithVerb) {
			// "raised the case directly with X": X, not the matter
			targets = ents(v.withAfter(t.end))
		} else if t.class != schema.Statement {
			if nom, ok := nominalBetween(v, trigs, t, obj); ok {
				// "condemned the arrest of X": the target is whoever did it
				var on []int
				if len(obj) > 0 {
					on = obj[:1]
				} else if possessor >= 0 {
					on = []int{possessor}
				}
				cls := nom.class
				if cls == schema.Release {
					cls = schema.Arrest
				}
				if !patientNoun(cls) {
					// "rejected Norland's accusation", "the accusation by Norland": its author
					on = nil
					topic := possessor >= 0 && isTopicPrep(v.prepBefore(v.span(possessor)[0]))
					if by := byWithin(v, nom.end, 12); topic && by >= 0 {
						obj = []int{by} // "the remarks on X's case made by Y": Y's
					} else if possessor >= 0 {
						obj = []int{possessor}
					} else if by := byAfter(v, nom.end); by >= 0 {
						obj = []int{by}
					}
				}
				if len(obj) > 0 && !patientNoun(cls) {
					// the nominal's author is the target
				} else if len(on) > 0 {
					pend = &pending{cls: cls, on: ents(on)[0]}
					obj = nil
					possessor = -1
				} else if len(obj) == 0 {
					pend = &pending{cls: cls} // "condemned the detention": the one the document reports
				}
			}
			if len(obj) == 0 && possessor >= 0 && speechAct(t.class) && t.class != schema.Demand {
				// "deplores the remarks on X's case made by Y": Y, not X
				if isTopicPrep(v.prepBefore(v.span(possessor)[0])) {
					if by := byAfter(v, v.span(possessor)[1]); by >= 0 {
						obj = []int{by}
					} else if by := byWithin(v, v.span(possessor)[1], 10); by >= 0 {
						obj = []int{by}
					}
					possessor = -1
				}
			}
			if len(obj) == 0 && possessor >= 0 {
				obj = []int{possessor}
			}
			if len(obj) == 0 && possessor < 0 && t.class == schema.Demand && t.end < len(v.words) && v.words[t.end] == "that" {
				obj = v.clauseSubjectAt(t.end + 1) // "demanded that X provide ...": the one to act
			}
			targets = ents(obj)
			if len(targets) == 0 && pend == nil && (t.class == schema.Criticism || t.class == schema.Rejection) && refersToDeed(v, t.end) {
				pend = &pending{prev: true} // "condemned the decision": the last deed's doer
			}
			if t.class == schema.Threat && len(agents) > 0 {
				// "warned of consequences after/over X's arrest of Y": X is warned
				if doer := x.deedDoerAfter(v, trigs, t); doer != "" && !contains(agents, doer) && !x.chains.sameSide(agents[0], doer) {
					targets = []string{doer}
				}
			}
			if t.class == schema.Meeting && len(targets) == 0 && len(agents) >= 2 {
				agents, targets = agents[:1], agents[1:]
			}
		}
	}
	if !speechAct(t.class) && t.class != schema.Meeting && t.pos != 'a' {
		// "sanctions against officials, including X and Y": the ones named
		if inc := v.includedAfter(t.end); len(inc) > 0 {
			named := ents(inc)
			allCountries := true
			for _, tg := range targets {
				e, ok := x.a.Entities[tg]
				_, named := countryNamed(tg)
				if !(ok && e.Class == schema.Country) && !named {
					allCountries = false
				}
			}
			if allCountries {
				targets = nil
			}
			for _, e := range named {
				if !contains(targets, e) && !contains(agents, e) {
					targets = append(targets, e)
				}
			}
		} else if len(targets) == 0 && t.class == schema.Sanction && t.form != FormNoun {
			// "expelled journalists working for X and Y"
			if _, skipped, _ := v.objectAfter(searchFrom); len(skipped) > 0 {
				if p := v.prepBefore(v.span(skipped[0])[0]); p == "for" || p == "from" {
					targets = ents(v.coordinated(skipped[0]))
				}
			}
		}
	}
	// the speaker performs the speech acts of their sentence: "China urges
	// X, spokesperson Mao said" is Mao's demand
	if speaker != "" && speechAct(t.class) && !(len(agents) == 1 && x.isCountry(agents[0]) && perfectBefore(v, t)) {
		// ("Beijing had lodged protests, Mao said": a deed done before, the country's)
		if len(agents) == 0 || (len(agents) == 1 && (agents[0] == speaker || x.chains.has(speaker, agents[0]))) {
			if t.class != schema.Statement || len(agents) == 0 {
				agents = ar.keepStrs([]string{speaker})
			}
		}
	}
	// "the closure of the consulate in the city of X", "the X consulate":
	// a place named as where or whose is no one acted on
	if len(targets) > 0 && t.class != schema.Meeting {
		kept := targets[:0:0]
		for _, e := range targets {
			if !v.placeAsSetting(e) {
				kept = append(kept, e)
			}
		}
		targets = kept
	}
	// about: the other named participants after the trigger
	for k := t.start; k < len(v.words); k++ {
		mi := v.ment[k]
		if mi < 0 || used[mi] {
			continue
		}
		used[mi] = true
		m := v.mention(mi)
		if m.Entity == "" || m.Kind == text.DemonymMention || m.Kind == text.MetonymMention {
			continue
		}
		cl := v.classOf(mi)
		if cl == schema.Country || cl == schema.Place {
			continue
		}
		if !contains(agents, m.Entity) && !contains(targets, m.Entity) && !contains(about, m.Entity) {
			about = append(about, m.Entity)
		}
	}
	if pend != nil && pend.on != "" && !contains(about, pend.on) {
		about = append(about, pend.on)
	}
	return
}

// predicateFollows reports whether token k begins a verb phrase, so that
// the name before it is the subject of a reported clause ("said London
// had full confidence"), not an inverted speaker ("said Lin on Friday").
func predicateFollows(v *view, k int) bool {
	if k >= len(v.words) {
		return false
	}
	w := v.words[k]
	if v.is(k, wlBe) || v.is(k, wlModal) || strings.HasSuffix(w, "ed") {
		return true
	}
	switch w {
	case "had", "has", "have", "will", "would", "could", "should", "can", "did", "does", "do", "must", "may", "might":
		return true
	}
	return false
}

// judgedEvent finds the event an evaluative word qualifies: a trigger
// right after it ("the unlawful detention", "arbitrary and unacceptable
// detention", "unreasonably detained").
func judgedEvent(v *view, trigs []match, t match) (match, bool) {
	for _, n := range trigs {
		if n.start < t.end || n.start > t.end+3 || speechAct(n.class) || n.class == schema.Meeting {
			continue
		}
		ok := true
		for j := t.end; j < n.start; j++ {
			w := v.words[j]
			if w != "and" && w != "," && !strings.HasSuffix(w, "ly") && !isEvaluative(w) {
				ok = false
			}
		}
		if ok {
			return n, true
		}
	}
	return match{}, false
}

// refersToDeed reports whether the words from k are a noun phrase
// referring back to a deed ("the decision", "such steps", "this move").
func refersToDeed(v *view, k int) bool {
	for n := 0; k < len(v.words) && n < 3; k, n = k+1, n+1 {
		switch v.words[k] {
		case "the", "this", "that", "these", "such", "its", "their", "latest", "recent", "new":
			continue
		}
		return v.is(k, wlDeedRef) && v.ment[k] < 0 && (k+1 >= len(v.words) || v.words[k+1] != "to" && v.words[k+1] != "by")
	}
	return false
}

// reportingSubject is the named subject of a speech verb before trigger t
// in its sentence ("X said he is disappointed that ..."), "" if none.
func (x *extractor) reportingSubject(v *view, trigs []match, t match) string {
	for i := len(trigs) - 1; i >= 0; i-- {
		s := trigs[i]
		if s.end > t.start || !(s.speech || speechAct(s.class)) || s.pos == 'a' || s.form == FormNoun || s.form == FormGer {
			continue
		}
		for _, mi := range v.subjectBefore(s.start) {
			if c := v.classOf(mi); c == schema.Person || c == schema.Country || c == schema.GovernmentOrganization {
				if e := v.entityOf(mi); e != "" && !IsMedia(e) {
					return e // "Norland says Vestria treated X in an “inhumane” manner"
				}
			}
		}
		return ""
	}
	return ""
}

// judgedSubject finds the event an evaluative word predicates of: a
// nominal deed heading the subject of a be-verb before it ("the detention
// of X is a serious political incident", "Norland's arrest of X was a
// betrayal").
func judgedSubject(v *view, trigs []match, t match) (match, bool) {
	be := -1
	for j := t.start - 1; j >= 0 && j >= t.start-6; j-- {
		w := v.words[j]
		if isClauseBreak(w) || w == "," || w == ":" || v.isQuoteMark(j) && v.quote[j] != v.quote[t.start] {
			return match{}, false
		}
		if v.is(j, wlBe) || w == "constitutes" || w == "constituted" || w == "amounts" || w == "amounted" {
			be = j
			break
		}
	}
	if be < 0 {
		return match{}, false
	}
	for i := len(trigs) - 1; i >= 0; i-- {
		n := trigs[i]
		if n.end > be {
			continue
		}
		if n.form != FormNoun || speechAct(n.class) || n.class == schema.Meeting || be-n.end > 8 {
			return match{}, false
		}
		for j := n.end; j < be; j++ {
			if w := v.words[j]; isClauseBreak(w) || w == "," || w == "that" || w == ":" || v.isQuoteMark(j) {
				return match{}, false
			}
		}
		return n, true
	}
	return match{}, false
}

// triggerStartsAt reports whether one of trigs begins at token k.
func triggerStartsAt(trigs []match, k int) bool {
	for _, o := range trigs {
		if o.start == k {
			return true
		}
	}
	return false
}

// appositiveNP reports whether the short noun phrase ending at token k
// follows a comma ("X and Y, two Vestrians detained in ..."): it is an
// apposition of the names before it.
func appositiveNP(v *view, k int) bool {
	for j := k; j >= 0 && j >= k-4; j-- {
		w := v.words[j]
		if w == "," {
			return j > 0 && v.ment[j-1] >= 0
		}
		if isClauseBreak(w) || v.is(j, wlObjprep|wlBadprep) || (v.is(j, wlFunction) && w != "the") {
			return false
		}
	}
	return false
}

// perfectBefore reports whether verbal trigger t is a perfect ("has
// lodged", "had protested"): a deed reported as done before.
func perfectBefore(v *view, t match) bool {
	if t.pos != 'v' || (t.form != FormPast && t.form != FormPart) {
		return false
	}
	for j := t.start - 1; j >= 0 && j >= t.start-3; j-- {
		switch w := v.words[j]; {
		case w == "has" || w == "had" || w == "have":
			return true
		case strings.HasSuffix(w, "ly") || w == "already" || w == "also" || w == "repeatedly":
			continue
		}
		return false
	}
	return false
}

// namedDeed finds the deed an evaluative word is a label for: "calling
// the ban “disappointing”", "described the decision as unjustified".
func namedDeed(v *view, trigs []match, t match) (match, bool) {
	for i := len(trigs) - 1; i >= 0; i-- {
		n := trigs[i]
		if n.end > t.start {
			continue
		}
		if n.form != FormNoun || speechAct(n.class) || n.class == schema.Meeting || t.start-n.end > 2 {
			return match{}, false
		}
		for j := n.end; j < t.start; j++ {
			if w := v.words[j]; w != "as" && !v.isQuoteMark(j) && w != "a" && w != "an" {
				return match{}, false
			}
		}
		for j := n.start - 1; j >= 0 && j >= n.start-3; j-- {
			switch v.words[j] {
			case "call", "calls", "called", "calling", "describe", "describes", "described", "describing",
				"label", "labels", "labelled", "labeled", "labelling", "labeling", "term", "termed", "terming", "deem", "deemed":
				return n, true
			}
		}
		return match{}, false
	}
	return match{}, false
}

// isEvaluative reports whether w opens an evaluative trigger.
func isEvaluative(w string) bool {
	for _, p := range getLexicon().byFirst[w] {
		if p.e.pos == 'a' {
			return true
		}
	}
	return false
}

// patientOf returns the one an event trigger was done to: "of X" after a
// nominal, the subject of a passive verb, the object of an active one.
func (x *extractor) patientOf(v *view, n match) string {
	if n.form == FormNoun {
		if n.end+1 < len(v.words) && v.words[n.end] == "of" {
			k := n.end + 1
			if v.words[k] == "the" && k+1 < len(v.words) {
				k++
			}
			if mi := v.ment[k]; mi >= 0 {
				return v.entityOf(mi)
			}
		}
		return ""
	}
	if ok, be := isPassive(v, n); ok {
		for _, mi := range v.subjectBefore(be) {
			return v.entityOf(mi)
		}
		return ""
	}
	obj, _, _ := v.objectAfter(n.end)
	for _, mi := range obj {
		return v.entityOf(mi)
	}
	return ""
}

// nominalBetween finds a nominal trigger between a verb trigger and its
// object ("condemned the arrest of Meng").
func nominalBetween(v *view, trigs []match, t match, obj []int) (match, bool) {
	limit := len(v.words)
	if len(obj) > 0 {
		limit = v.span(obj[0])[0]
	}
	for _, n := range trigs {
		if n.start >= t.end && n.form == FormNoun && (n.end <= limit || modifiersOnly(v, t.end, n.start)) &&
			(n.start <= t.end+3 || n.start <= t.end+6 && modifiersOnly(v, t.end, n.start)) {
			return n, true
		}
	}
	return match{}, false
}

// modifiersOnly reports whether tokens [from, to) are only determiners,
// possessive pronouns and modifiers ("her immediate and unconditional").
func modifiersOnly(v *view, from, to int) bool {
	for j := from; j < to; j++ {
		w := v.words[j]
		if mi := v.ment[j]; mi >= 0 && v.mention(mi).Kind != text.PronounMention {
			return false
		}
		switch w {
		case "the", "a", "an", "and", ",", "his", "her", "their", "its", "our":
			continue
		}
		if isClauseBreak(w) || v.isQuoteMark(j) || v.is(j, wlFunction|wlBoundary) {
			return false
		}
	}
	return true
}

// byAfter finds "by X" within a few words after token k.
func byAfter(v *view, k int) int {
	for j := k; j < len(v.words)-1 && j < k+4; j++ {
		if isClauseBreak(v.words[j]) || v.words[j] == "," {
			return -1
		}
		if v.words[j] == "by" {
			n := j + 1
			if v.words[n] == "the" && n+1 < len(v.words) {
				n++
			}
			if mi := v.ment[n]; mi >= 0 && v.entityOf(mi) != "" {
				return mi
			}
		}
	}
	return -1
}

// participleBys returns the named doers of a participle phrase that ends
// the noun phrase begun at k ("persecution against a citizen plotted by X
// and executed by Y": X and Y), nil if none.
func participleBys(v *view, k int) []int {
	var out []int
	for j := k; j+1 < len(v.words) && j < k+14; j++ {
		w := v.words[j]
		if isClauseBreak(w) || w == "," || w == "that" || w == "which" || w == "who" || (v.isQuoteMark(j) && j > k) {
			break
		}
		if !strings.HasSuffix(w, "ed") || v.words[j+1] != "by" {
			continue
		}
		n := j + 2
		if n < len(v.words) && v.words[n] == "the" {
			n++
		}
		mi := -1
		if n < len(v.words) {
			mi = v.ment[n]
		}
		if mi < 0 || v.mention(mi).Entity == "" {
			break
		}
		out = append(out, mi)
		j = v.span(mi)[1]
		if j >= len(v.words) || v.words[j] != "and" {
			break
		}
	}
	return out
}

// isTopicPrep reports whether p introduces what something is about.
func isTopicPrep(p string) bool {
	return p == "on" || p == "about" || p == "over" || p == "regarding"
}

// byWithin returns the named agent of "by X" within n tokens after k in
// the clause ("remarks on the case recently made by X"), -1 if none.
func byWithin(v *view, k, n int) int {
	for j := k; j < len(v.words)-1 && j < k+n; j++ {
		w := v.words[j]
		if isClauseBreak(w) || w == "," || v.isQuoteMark(j) {
			return -1
		}
		if w == "by" {
			m := j + 1
			if v.words[m] == "the" && m+1 < len(v.words) {
				m++
			}
			if mi := v.ment[m]; mi >= 0 && v.entityOf(mi) != "" {
				return mi
			}
		}
	}
	return -1
}

// deedDoerAfter returns the doer of a deed named right after "after",
// "over" or "for" in the clause following trigger t ("warned of
// consequences over the detention of X by Y": Y), "" if none.
func (x *extractor) deedDoerAfter(v *view, trigs []match, t match) string {
	for k := t.end; k < len(v.words) && k < t.end+8; k++ {
		w := v.words[k]
		if isClauseBreak(w) || w == "that" {
			return ""
		}
		if w != "after" && w != "over" && w != "for" {
			continue
		}
		for _, d := range trigs {
			if d.start <= k || d.start > k+4 || speechAct(d.class) || d.class == schema.Meeting {
				continue
			}
			if doers, _, _, _, _ := x.roles(v, d, trigs, nil, ""); len(doers) > 0 {
				return doers[0]
			}
		}
		return ""
	}
	return ""
}

// spokeTo reports whether the noun at k is what a speech verb addresses
// ("told a joint press conference with X").
func spokeTo(v *view, k int) bool {
	j := k - 1
	if j >= 0 && (v.words[j] == "a" || v.words[j] == "an" || v.words[j] == "the") {
		j--
	}
	return j >= 0 && v.is(j, wlSpeech)
}

// supportVerbBefore reports whether a noun is the object of a light verb
// ("imposed sanctions", "held talks", "lodged a protest").
func supportVerbBefore(v *view, k int) bool {
	participle := false // a word in -ed between: "has raised the detention" is no "has the detention"
	for j := k - 1; j >= 0 && j >= k-5; j-- {
		w := v.words[j]
		if v.is(j, wlSupport) {
			return !participle || (w != "have" && w != "has" && w != "had")
		}
		participle = participle || strings.HasSuffix(w, "ed")
		if isClauseBreak(w) || w == "," || v.ment[j] >= 0 && v.mention(v.ment[j]).Kind != text.DemonymMention {
			return false
		}
	}
	return false
}

func firstNonNil(xs ...[]int) []int {
	for _, x := range xs {
		if x != nil {
			return x
		}
	}
	return nil
}

func contains(xs []string, s string) bool {
	for _, x := range xs {
		if x == s {
			return true
		}
	}
	return false
}

// dates finds the date expressions of a sentence; a weekday counts forward
// when a future cue precedes it closely. The result is kept per sentence.
func (x *extractor) dates(v *view) []tokDate {
	if x.dateCache == nil {
		if x.st == nil {
			x.st = new(docState)
		}
		n := len(x.a.Sentences)
		x.dateCache, x.dateDone = grow(x.st.dateCache, n), grow(x.st.dateDone, n)
		clear(x.dateCache)
		clear(x.dateDone)
		x.st.dateCache, x.st.dateDone = x.dateCache, x.dateDone
		x.st.dates = x.st.dates[:0]
		x.base, x.hasBase = parseDocDate(x.a.Doc.Info.Date)
	}
	if x.dateDone[v.idx] {
		return x.dateCache[v.idx]
	}
	s := x.a.Sentences[v.idx]
	st := x.a.Doc.Text[s.Start:s.End]
	ds := x.st.dates
	from := len(ds)
	var hits []dateHit
	hits, x.st.runBuf, x.st.hits = scanDatesIn(st, x.base, x.hasBase, x.st.runBuf, x.st.hits)
	limitEnd := -1 // the token after the last date read as a limit
	for _, d := range hits {
		k := tokenAt(v, s.Start+d.Start)
		if k >= 0 && v.ment[k] >= 0 && v.mention(v.ment[k]).Kind == text.NameMention {
			continue // inside a name ("USA Today")
		}
		if k > 0 && v.is(k-1, wlDeadline) || k == limitEnd+1 && limitEnd >= 0 && v.words[limitEnd] == "," {
			// "remove the kit by 2027", "after December 31", "not later than
			// Saturday, March 31": a limit, not when it happened
			limitEnd = tokenAt(v, s.Start+d.End-1) + 1
			continue
		}
		date := d.Date
		if futureCue(v, k) {
			date = d.future
		}
		ds = append(ds, tokDate{tok: k, date: date, past: d.past})
	}
	x.st.dates = ds
	var out []tokDate
	if len(ds) > from {
		out = ds[from:len(ds):len(ds)]
	}
	x.dateCache[v.idx], x.dateDone[v.idx] = out, true
	return out
}

// evidence returns sentence i as a span in characters.
func (x *extractor) evidence(i int) schema.Span {
	if x.spans == nil {
		var buf []schema.Span
		if x.st != nil {
			buf = x.st.evSpans
		}
		var offs []int
		if x.st != nil {
			offs = x.st.offs
		}
		x.spans, offs = charSpansIn(x.a, buf, offs)
		if x.st != nil {
			x.st.evSpans, x.st.offs = x.spans, offs
		}
	}
	return x.spans[i]
}

// charSpansIn converts every sentence's byte range into characters in
// one pass over the text, into buf's array when large enough.
func charSpansIn(a *text.Annotated, buf []schema.Span, offs []int) ([]schema.Span, []int) {
	t := a.Doc.Text
	out := grow(buf, len(a.Sentences))
	offs = offs[:0]
	for _, s := range a.Sentences {
		offs = append(offs, s.Start, s.End)
	}
	slices.Sort(offs)
	offs = slices.Compact(offs)
	// offs[i] in characters, in the second half
	n := len(offs)
	offs = slices.Grow(offs, n)[:2*n]
	prev, c := 0, 0
	for i, o := range offs[:n] {
		if o >= prev {
			c += runeCount(t[prev:o])
			prev = o
		}
		offs[n+i] = c
	}
	chars := func(o int) int {
		i, _ := slices.BinarySearch(offs[:n], o)
		return offs[n+i]
	}
	for i, s := range a.Sentences {
		out[i] = schema.Span{Start: chars(s.Start), End: chars(s.End), Text: t[s.Start:s.End]}
	}
	return out, offs
}

// runeCount is utf8.RuneCountInString with an ASCII fast path.
func runeCount(s string) int {
	for i := 0; i < len(s); i++ {
		if s[i] >= utf8.RuneSelf {
			return i + utf8.RuneCountInString(s[i:])
		}
	}
	return len(s)
}

type tokDate struct {
	tok  int
	date string
	past string // the reading before the document date, for a past verb ("" = date)
}

func tokenAt(v *view, off int) int {
	for k, t := range v.toks {
		if t.End > off {
			return k
		}
	}
	return len(v.toks) - 1
}

// futureBetween reports whether a cue of the future ("will", "expected",
// "due") lies between tokens from and to.
func futureBetween(v *view, from, to int) bool {
	for j := from + 1; j < to; j++ {
		if v.is(j, wlFuture) && v.words[j] != "next" && v.words[j] != "until" {
			return true
		}
	}
	return false
}

// futureCue reports whether a cue before token k puts a weekday ahead.
func futureCue(v *view, k int) bool {
	for j := k - 1; j >= 0 && j >= k-6; j-- {
		if v.is(j, wlFuture) {
			return true
		}
	}
	return false
}

// pickDate gives trigger t the date expression of its sentence that
// belongs to it: one whose nearest verbal trigger is t, or for a nominal
// trigger one with no verbal trigger between them ("Norland on Thursday
// demanded to know why Vestria had detained X" dates the demand only).
// dated reports whether the sentence gives t a date expression at all.
func pickDate(v *view, ds []tokDate, t match, trigs []match) (string, bool) {
	verbal := func(m match) bool {
		if m.form == FormGer && nounContext(v.words, m.start) {
			return false // "after a meeting with"
		}
		return m.form != FormNoun && m.pos != 'a'
	}
	best, bestDist := -1, 1<<30
	for i, d := range ds {
		dist := abs(d.tok - t.head)
		owner := true
		for _, o := range trigs {
			if o.head == t.head {
				continue
			}
			if speechAct(t.class) && !speechAct(o.class) && o.class != schema.Meeting && (o.head-d.tok)*(o.head-t.head) < 0 {
				owner = false // "made the remarks when asked about the detention of X two years ago"
			}
			if !verbal(o) {
				continue
			}
			od := abs(d.tok - o.head)
			if verbal(t) && od < dist && !(o.class == schema.Statement && v.is(o.start, wlDecree) && !speechAct(t.class)) {
				owner = false // but "announced on Tuesday that it would expel": decided that day
			}
			if !verbal(t) && (o.head-d.tok)*(o.head-t.head) < 0 {
				owner = false // a verb lies between the date and the noun
			}
		}
		if owner && d.tok > t.head && speechAct(t.class) && futureBetween(v, t.head, d.tok) {
			owner = false // "made the remarks as a court is expected to rule Wednesday": the ruling's day
		}
		if owner && dist < bestDist {
			best, bestDist = i, dist
		}
	}
	if best < 0 {
		return "", false
	}
	if ds[best].past != "" && t.pos == 'v' && (t.form == FormPast || t.form == FormPart) && !futureCue(v, ds[best].tok) {
		return ds[best].past, true // "was arrested on Dec. 1": done before the report
	}
	return ds[best].date, true
}

func abs(n int) int {
	if n < 0 {
		return -n
	}
	return n
}

// speechVerbAt returns the attributing speech verb of a sentence as a
// trigger position (its last token when it has none: "…," Lin said.).
func speechVerbAt(v *view, trigs []match) match {
	for _, t := range trigs {
		if t.speech && v.quote[t.start] < 0 {
			return t
		}
	}
	n := len(v.words) - 1
	return match{start: n, end: n + 1, head: n, form: FormPast, pos: 'v'}
}

// finish resolves pending targets, merges the candidates into one event
// per (class, agent, target) and drops those without an agent.
func (x *extractor) finish(cands []cand) []schema.Event {
	if x.st == nil {
		x.st = new(docState)
	}
	fm := x.st.finishMaps()
	// a news outlet reports; it is no speaker or doer of the news ("told
	// Reuters", "according to the Daily Courier")
	kept := cands[:0]
	media := fm.media[:0]
	for _, c := range cands {
		if c.agent != "" {
			isMedia, known := false, false
			for _, m := range media {
				if m.name == c.agent {
					isMedia, known = m.media, true
					break
				}
			}
			if !known {
				isMedia = IsMedia(c.agent)
				media = append(media, mediaOf{c.agent, isMedia})
			}
			if isMedia {
				continue
			}
		}
		kept = append(kept, c)
	}
	clear(media)
	fm.media = media[:0]
	cands = kept
	// agents of events, by (class, target); the first of each class
	doer := fm.doer
	for _, c := range cands {
		if c.agent != "" && c.target != "" {
			for _, k := range [][2]string{{string(c.class), c.target}, {string(c.class), ""}} {
				if _, ok := doer[k]; !ok {
					doer[k] = c.agent
				}
			}
		}
	}
	// "Meng was arrested", "Lam was sanctioned": done by whoever the
	// document says did the same to the same target
	for i := range cands {
		c := &cands[i]
		if c.agent == "" && c.target != "" && placeAgent(c.class) || c.agent == "" && c.target != "" && c.class == schema.Sanction {
			if ag, ok := doer[[2]string{string(c.class), c.target}]; ok && ag != c.target {
				c.agent = ag
				c.rule += "-doc-agent"
			} else if ag, ok := doer[[2]string{string(schema.Arrest), c.target}]; ok && ag != c.target && c.class == schema.LegalProceeding {
				// "her extradition hearing": before the courts of those who arrested her
				c.agent = ag
				c.rule += "-arrester"
			} else if c.class == schema.Sanction || c.rule == "those-done" {
				// "the sanctioned individuals include X": the document's only sanctioner
				if ag := soleDoer(cands, c.class); ag != "" && ag != c.target {
					c.agent = ag
					c.rule += "-sole-agent"
				}
			}
		}
	}
	// "Y was detained", "the arrest of Y": by the one urged to release Y,
	// where the document says of no one else that they arrested Y
	for i := range cands {
		c := &cands[i]
		if c.class == schema.Arrest && c.agent == "" && c.target != "" && x.held[c.target] != "" && x.held[c.target] != c.target {
			c.agent = x.held[c.target]
			c.rule += "-held-by"
		}
	}
	for i := range cands {
		c := &cands[i]
		if c.pending && c.target == "" {
			if c.pendPrev {
				c.target = x.lastDoer(cands, i, c.agent)
				continue
			}
			if c.pendOn == "" && c.pendNot != "" {
				// the first doer of such a deed who is not the patients' country
				// (the same deed on the same unnamed nationals first, "the
				// detention of two Vestrians in Tarsk"; then one with a named
				// patient; then any)
				for pass := 0; pass < 3 && c.target == ""; pass++ {
					for _, o := range cands {
						if pass == 0 && (o.target != "" || o.patients != c.pendNot) {
							continue // the same deed on the same nationals first
						}
						if o.class == c.pendCls && o.agent != "" && (o.target != "" || pass != 1) && o.agent != c.pendNot && !x.chains.has(o.agent, c.pendNot) && o.agent != c.agent && !x.chains.sameSide(o.agent, c.agent) {
							c.target = o.agent
							break
						}
					}
				}
				continue
			}
			if ag, ok := doer[[2]string{string(c.pendCls), c.pendOn}]; ok && ag != c.agent {
				c.target = ag
			}
		}
	}
	// a judged deed resolved to its doer: the ones it was done to are what
	// the judgement is about ("called their detention arbitrary")
	for i := range cands {
		c := &cands[i]
		if !c.pending || c.target == "" || c.pendPrev {
			continue
		}
		for _, o := range cands {
			if o.class == c.pendCls && o.agent == c.target && o.target != "" && len(c.about) < 4 && !contains(c.about, o.target) {
				if e, ok := x.a.Entities[o.target]; ok && e.Class == schema.Person {
					c.about = append(append([]string(nil), c.about...), o.target)
				}
			}
		}
	}
	// a speech act with no target is addressed to whom the same speaker's
	// nearest other speech act is ("We will take all necessary measures")
	for i := range cands {
		c := &cands[i]
		if c.target != "" || c.agent == "" || c.class == schema.Statement || c.class == schema.Rejection || !speechAct(c.class) {
			continue
		}
		best, bestDist := "", 1<<30
		for _, o := range cands {
			if o.agent != c.agent || o.target == "" || !speechAct(o.class) || o.class == schema.Statement {
				continue
			}
			d := o.sent - c.sent
			if d < 0 {
				d = -d
			}
			if d < bestDist && d <= 3 {
				best, bestDist = o.target, d
			}
		}
		if best == "" && c.class == schema.Threat {
			best = x.counterpart(cands, c.agent)
		}
		if best == "" && c.class == schema.Threat {
			best = x.lastDoer(cands, i, c.agent) // "warned that Norland would respond"
		}
		c.target = best
	}
	// a speech act with no date of its own took place when the same
	// speaker's dated speech did, else on the day the lead names
	spoke := fm.spoke
	for _, c := range cands {
		if c.agent != "" && c.date != "" && speechAct(c.class) {
			if _, ok := spoke[c.agent]; !ok {
				spoke[c.agent] = c.date
			}
		}
	}
	lead := x.leadDate()
	for i := range cands {
		c := &cands[i]
		if !c.dated && c.date == "" && speechAct(c.class) {
			c.date = spoke[c.agent]
			if c.date == "" {
				c.date = lead // the lead says when the reported speech took place
			}
			if c.date == "" {
				c.date = x.reportDate() // "X has said": the day of the report
			}
		}
	}
	// "told a joint press conference with X": met the day they spoke
	saidOn := fm.saidOn
	for _, c := range cands {
		if c.agent != "" && c.date != "" && speechAct(c.class) {
			saidOn[sentAgent{c.sent, c.agent}] = c.date
		}
	}
	for i := range cands {
		c := &cands[i]
		if c.class == schema.Meeting && c.date == "" && !c.dated {
			if d := saidOn[sentAgent{c.sent, c.agent}]; d != "" {
				c.date = d
			}
		}
	}
	// "Y also filed charges against Z" after "X filed charges against W on
	// Friday": the same day
	for i := range cands {
		c := &cands[i]
		if !c.also || c.dated || c.date != "" {
			continue
		}
		for j := i - 1; j >= 0 && cands[j].sent >= c.sent-1; j-- {
			if o := cands[j]; o.class == c.class && o.date != "" {
				c.date = o.date
				break
			}
		}
	}
	// a deed with no date of its own: the date another mention of the
	// same deed gives ("Meng was arrested on Dec 1"), else for the news
	// the title and lead report, the lead's day
	done := fm.done
	doneBy := fm.doneBy // the first dated deed of each class and agent
	for _, c := range cands {
		if c.date != "" && c.agent != "" && !speechAct(c.class) {
			if _, ok := doneBy[[2]string{string(c.class), c.agent}]; !ok {
				doneBy[[2]string{string(c.class), c.agent}] = c.date
			}
		}
		if c.date != "" && c.target != "" && !speechAct(c.class) {
			if _, ok := done[[2]string{string(c.class), c.target}]; !ok {
				done[[2]string{string(c.class), c.target}] = c.date
			}
		}
	}
	for i := range cands {
		c := &cands[i]
		if c.dated || c.date != "" || speechAct(c.class) {
			continue
		}
		if d, ok := done[[2]string{string(c.class), c.target}]; ok && c.target != "" {
			c.date = d
		} else if d := doneBy[[2]string{string(c.class), c.agent}]; d != "" && (strings.HasSuffix(c.rule, "-sole-agent") || strings.HasSuffix(c.rule, "-doc-agent")) {
			c.date = d // "the sanctioned individuals include X": the day of the sanctions reported
		} else if x.inLead(c.sent) {
			c.date = lead
			if c.date == "" {
				c.date = x.a.Doc.Info.Date
			}
		}
		if k := [2]string{string(c.class), c.agent}; c.date != "" && c.agent != "" && doneBy[k] == "" {
			doneBy[k] = c.date
		}
	}
	order := fm.order[:0]
	merged := fm.merged
	mcands := fm.mcands[:0] // the merged candidate of each of order
	for _, c := range cands {
		if c.agent == "" {
			continue
		}
		if speechAct(c.class) && c.target != "" && x.chains.sameSide(c.agent, c.target) {
			continue // "our indignation": a body does not urge or condemn its own side
		}
		k := mergeKey{c.class, c.agent, c.target}
		if c.class == schema.Statement {
			k.target = ""
		}
		mi, ok := merged[k]
		if !ok {
			merged[k] = len(mcands)
			mcands = append(mcands, c)
			mcands[len(mcands)-1].about = append([]string(nil), c.about...)
			order = append(order, k)
			continue
		}
		m := &mcands[mi]
		for _, ab := range c.about {
			if !contains(m.about, ab) {
				m.about = append(m.about, ab)
			}
		}
		if m.date == "" && c.date != "" {
			m.date = c.date
		}
		if m.quote == "" && c.quote != "" {
			m.quote = c.quote
		}
	}
	// a target-less event is dropped when the same agent has the same
	// kind of event with a target (the target was only not repeated)
	withTarget := fm.withTarget
	for _, k := range order {
		if k.target != "" {
			withTarget[[2]string{string(k.cls), k.agent}] = true
		}
	}
	out := make([]schema.Event, 0, len(order))
	for oi, k := range order {
		c := &mcands[oi]
		if k.target == "" && k.cls != schema.Statement && (dropTargetless && k.cls != schema.Rejection || withTarget[[2]string{string(k.cls), k.agent}]) {
			continue
		}
		if e, ok := x.a.Entities[k.agent]; ok && e.Class == schema.Place {
			continue // a place does not act; a capital standing for its government is resolved to the country
		}

		agentChain := x.chains.of(k.agent)
		if k.target != "" && k.cls != schema.Meeting && (contains(agentChain, k.target) || x.chains.has(k.target, k.agent)) {
			continue // "the spokesperson criticised her own ministry": a misread target
		}
		if k.cls == schema.Statement && x.isCountry(k.agent) {
			continue // "China said": a country speaks through someone; what it said is reported as its deeds
		}
		ev := schema.Event{Class: c.class, Agent: agentChain, Date: c.date, CAMEO: c.cameo,
			Trigger: c.trigger, Quote: c.quote, Rule: c.rule, Evidence: x.evidence(c.sent), About: c.about}
		if c.target != "" {
			ev.Target = x.chains.targetOf(c.target)
		}
		out = append(out, ev)
	}
	clear(mcands)
	fm.mcands, fm.order = mcands[:0], order[:0]
	sortByEvidence(out)
	return out
}

// sortByEvidence sorts events by the start of their evidence, stably.
func sortByEvidence(out []schema.Event) {
	for i := 1; i < len(out); i++ {
		if out[i].Evidence.Start < out[i-1].Evidence.Start {
			sort.SliceStable(out, func(i, j int) bool { return out[i].Evidence.Start < out[j].Evidence.Start })
			return
		}
	}
}

// chains knows for whom a person or body acts: a spokesperson or member
// for their body, a body for its parent.
type chains struct {
	a      *text.Annotated
	parent map[string][]string
}

func buildChains(a *text.Annotated) *chains {
	c := &chains{a: a, parent: map[string][]string{}}
	for _, r := range a.Relations {
		switch r.Predicate {
		case schema.SpokespersonFor, schema.MemberOf, schema.ParentOrganization:
			if !contains(c.parent[r.Subject], r.Object) {
				c.parent[r.Subject] = append(c.parent[r.Subject], r.Object)
			}
		}
	}
	return c
}

// of returns name followed by the bodies it acts for, most specific first.
func (c *chains) of(name string) []string {
	return c.ofIn(name, nil)
}

// ofIn is of appending to buf[:0].
func (c *chains) ofIn(name string, buf []string) []string {
	out := append(buf[:0], name)
	for i := 0; i < len(out) && len(out) < 4; i++ {
		for _, p := range c.parent[out[i]] {
			if !contains(out, p) {
				out = append(out, p)
			}
		}
	}
	return out
}

// targetOf returns a target with the body a government organization
// belongs to ("Embassy of X in Y", then X).
func (c *chains) targetOf(name string) []string {
	out := []string{name}
	if e, ok := c.a.Entities[name]; ok && e.Class == schema.GovernmentOrganization {
		for _, p := range c.parent[name] {
			if !contains(out, p) {
				out = append(out, p)
			}
		}
	}
	return out
}

// has reports whether other is one of the bodies name acts for.
func (c *chains) has(name, other string) bool {
	if len(c.parent) == 0 {
		return false // no one acts for another
	}
	var buf [8]string
	ch := c.ofIn(name, buf[:0])
	return contains(ch[1:], other)
}

// sameSide reports whether a and b act for one body: one is in the
// other's chain, or both in a third's ("Ambassador X" and "the Embassy of
// Y in Z", both of Y).
func (c *chains) sameSide(a, b string) bool {
	if len(c.parent) == 0 {
		return a == b
	}
	var bufA, bufB [8]string
	ca := c.ofIn(a, bufA[:0])
	for _, p := range c.ofIn(b, bufB[:0]) {
		if contains(ca, p) {
			return true
		}
	}
	return false
}

// soleDoer is the one agent of every candidate of class cls that has one,
// "" when there are none or several.
func soleDoer(cands []cand, cls schema.Class) string {
	one := ""
	for _, o := range cands {
		if o.class != cls || o.agent == "" {
			continue
		}
		if one != "" && o.agent != one {
			return ""
		}
		one = o.agent
	}
	return one
}

// lastDoer is the agent of the last deed (not speech, not a meeting)
// reported before cands[i], on someone, by another side than agent's.
func (x *extractor) lastDoer(cands []cand, i int, agent string) string {
	var buf [8]string
	side := x.chains.ofIn(agent, buf[:0])
	for j := i - 1; j >= 0; j-- {
		o := cands[j]
		if speechAct(o.class) || o.class == schema.Meeting || o.agent == "" || o.target == "" || contains(side, o.agent) || x.chains.has(o.agent, side[len(side)-1]) {
			continue
		}
		return o.agent
	}
	return ""
}

// counterpart is whom the speech acts of agent's side address most often
// in the document ("We will take all necessary measures" said in a
// document about a row with X is a threat to X): the agent's own targets
// first, else those of speakers for the same country. "" if none.
func (x *extractor) counterpart(cands []cand, agent string) string {
	var buf [8]string
	ch := x.chains.ofIn(agent, buf[:0])
	side := ch[len(ch)-1]
	best, bestN := "", 0
	for pass := 0; pass < 2 && best == ""; pass++ {
		n := map[string]int{}
		for _, o := range cands {
			if o.target == "" || o.class == schema.Statement || !speechAct(o.class) {
				continue
			}
			if pass == 0 && o.agent != agent || pass == 1 && o.agent != side && !x.chains.has(o.agent, side) {
				continue
			}
			if o.target == side || x.chains.has(o.target, side) {
				continue
			}
			n[o.target]++
			if n[o.target] > bestN || n[o.target] == bestN && o.target < best {
				best, bestN = o.target, n[o.target]
			}
		}
	}
	return best
}

// isCountry reports whether name is a country of the document or the gazetteer.
func (x *extractor) isCountry(name string) bool {
	if e, ok := x.a.Entities[name]; ok {
		return e.Class == schema.Country
	}
	_, ok := countryNamed(name)
	return ok
}

// reportDate is the document's date; for a document without one, the
// latest full date (with its year) the text gives, as a caption's "July
// 12, 2019" dates an undated report; "" if none.
func (x *extractor) reportDate() string {
	if d := x.a.Doc.Info.Date; d != "" {
		return d
	}
	if x.inferred != nil {
		return *x.inferred
	}
	best := ""
	for i := range x.a.Sentences {
		for _, d := range x.dates(x.at.views[i]) {
			if d.date > best {
				best = d.date
			}
		}
	}
	x.inferred = &best
	return best
}

// leadDate is the day the document's lead reports on: the first single
// day named in its first sentences, within a week before the document date.
func (x *extractor) leadDate() string {
	doc := x.a.Doc.Info.Date
	if doc == "" {
		return ""
	}
	n := 0
	for i := range x.a.Sentences {
		if n >= 3 {
			break
		}
		n++
		v := x.at.views[i]
		for _, d := range x.dates(v) {
			if d.date != "" && d.date <= doc && d.date >= addDays(doc, -7) {
				return d.date
			}
		}
	}
	return ""
}

// inLead reports whether sentence i is the title or the first sentence
// of the body: where the news of the day is told.
func (x *extractor) inLead(i int) bool {
	body := 0
	for j := 0; j < i && j < len(x.a.Sentences); j++ {
		if x.a.Sentences[j].Paragraph >= 0 {
			body++
		}
	}
	return x.a.Sentences[i].Paragraph < 0 || body == 0
}

func addDays(date string, n int) string {
	t, err := time.Parse("2006-01-02", date)
	if err != nil {
		return ""
	}
	return t.AddDate(0, 0, n).Format("2006-01-02")
}
