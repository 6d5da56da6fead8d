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
	"sort"
	"strings"
	"time"
	"unicode/utf8"

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

// CountryOfPlace names the country a place lies in, so that "was arrested
// in Vancouver" gives the arrest to that country's authorities as "was
// arrested in Canada" does. It defaults to the gazetteer (loader/lexicon);
// nil: places give no agent.
var CountryOfPlace func(place string) (country string, ok bool) = countryOfPlace

// dropTargetless drops every event but a Statement that has no target.
var dropTargetless = true

// cand is an event candidate before the document-level merge.
type cand struct {
	class   schema.Class
	agent   string // canonical name; "" = not found in its sentence
	target  string
	pendCls schema.Class // target to be found: the agent of a pendCls event on pendOn
	pendOn  string
	pending bool
	about   []string
	date    string
	dated   bool // its sentence gives a date expression (possibly vague)
	cameo   string
	trigger string
	quote   string
	rule    string
	sent    int
	tok     int
}

// Extract attributes the quotes of a and reads its events, filling
// a.Quotes and a.Events (replacing what they held).
func Extract(a *text.Annotated) {
	if a == nil || a.Doc == nil {
		return
	}
	a.Quotes, a.Events = nil, nil
	at := attribute(a)
	x := &extractor{a: a, at: at, chains: buildChains(a)}
	var cands []cand
	for i := range a.Sentences {
		cands = x.sentence(i, cands)
	}
	a.Events = x.finish(cands)
}

type extractor struct {
	a      *text.Annotated
	at     *attribution
	chains *chains

	// per-sentence date expressions (see dates) and the parsed document date
	spans     []schema.Span // evidence span of each sentence, in characters
	dateCache [][]tokDate
	dateDone  []bool
	runBuf    []dateRun // scratch for the date scanner
	scratch   []cand    // scratch for the candidates of one sentence
	base      time.Time
	hasBase   bool
}

// prevVerb remembers the last verbal trigger of a sentence, for a second
// verb sharing its subject ("met Freeland and urged China ...").
type prevVerb struct {
	start int
	subj  []string
}

// sentence appends the candidates of sentence i to all.
func (x *extractor) sentence(i int, all []cand) []cand {
	v := x.at.views[i]
	if len(v.words) == 0 {
		return all
	}
	trigs := v.triggers()
	dates := x.dates(v)
	speaker := x.at.sentSpeaker[i]
	out := x.scratch[:0]
	defer func() { x.scratch = out[:0] }()
	var pv *prevVerb
	for ti, t := range trigs {
		if negated(v, t.start) || x.nested(v, trigs, ti) {
			continue
		}
		agents, targets, about, pend, rule := x.roles(v, t, trigs, pv, speaker)
		if t.pos == 'v' && t.form != FormNoun && len(agents) > 0 && rule != "passive-by" && rule != "passive-in" && rule != "passive" {
			pv = &prevVerb{start: t.start, subj: agents}
		}
		if t.class == schema.Statement && (len(agents) == 0 || t.form == FormGer) {
			continue // "Noting that …, Hua said": the main verb speaks
		}
		if len(agents) == 0 {
			agents = []string{""}
		}
		if len(targets) == 0 {
			targets = []string{""}
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
				c := cand{class: t.class, agent: ag, target: tg, about: about, date: date, dated: dated,
					cameo: t.cameo, trigger: triggerText(v, t), rule: rule, sent: i, tok: t.head}
				if pend != nil {
					c.pendCls, c.pendOn, c.pending = pend.cls, pend.on, true
				}
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
	// a Statement only where its agent did nothing stronger in the sentence
	for _, c := range out {
		if c.class == schema.Statement && didMore(out, c.agent) {
			continue
		}
		all = append(all, c)
	}
	return all
}

// didMore reports whether agent has a candidate of a class other than
// Statement among cs.
func didMore(cs []cand, agent string) bool {
	if agent == "" {
		return false
	}
	for _, c := range cs {
		if c.class != schema.Statement && c.agent == agent {
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
		if inList(w, wlNegation) || strings.HasSuffix(w, "n't") {
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
	for j := cs; j < t.start; j++ {
		if v.is(j, wlConditional) && v.words[j] != "should" {
			return true
		}
	}
	// an infinitive is what someone wants, plans or is pressed to do,
	// unless a verb like "decided" or "voted" says it was done
	infinitive := t.start > 0 && v.words[t.start-1] == "to" && (t.form == FormBase || t.pos == 'p')
	if infinitive && !speechAct(t.class) {
		realis := t.start >= 2 && v.is(t.start-2, wlRealis)
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

// decreed reports whether the modal at k reports a decision made: "will"
// or "would" in the complement of "announced", "decided" ("China
// announced that it would expel ...").
func decreed(v *view, k int) bool {
	if w := v.words[k]; w != "will" && w != "would" && w != "'ll" {
		return false
	}
	for j := k - 1; j >= 0 && j >= k-6; j-- {
		w := v.words[j]
		if inList(w, wlDecree) {
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
		if inList(w, wlBe) {
			return true, j
		}
		if (w == "and" || w == ",") && j > 0 && strings.HasSuffix(v.words[j-1], "ly") {
			continue // "unreasonably and illegally detained"
		}
		if strings.HasSuffix(w, "ly") || w == "not" || w == "also" || w == "already" || w == "later" || w == "then" || w == "subsequently" || w == "since" || w == "n't" || w == "never" {
			continue
		}
		break
	}
	// reduced relative: after a comma or a name, followed by a
	// preposition rather than an object
	if t.start > 0 && t.end < len(v.words) && len(t.toks) == 1 {
		prev, next := v.words[t.start-1], v.words[t.end]
		afterName := v.ment[t.start-1] >= 0 && t.class != schema.Meeting && !speechAct(t.class)
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
	cls schema.Class
	on  string
}

// roles finds the agents, targets and about entities of trigger t.
func (x *extractor) roles(v *view, t match, trigs []match, pv *prevVerb, speaker string) (agents, targets, about []string, pend *pending, rule string) {
	used := map[int]bool{}
	ents := func(ms []int) []string {
		var out []string
		for _, mi := range ms {
			used[mi] = true
			if e := v.entityOf(mi); e != "" && !contains(out, e) {
				out = append(out, e)
			}
		}
		return out
	}
	firstPerson := func(ms []int) bool {
		return len(ms) == 1 && inList(normWord(v.mention(ms[0]).Text), wlFirstperson)
	}
	searchFrom := t.head + 1
	if t.form == FormGer && t.start > 0 && (nounContext(v.words, t.start) || v.is(t.start-1, wlBadprep)) {
		t.form = FormNoun // "their reason for arresting Meng"
	}
	if t.form == FormNoun {
		searchFrom = t.end
	}
	switch {
	case t.pos == 'a':
		rule = "speech-evaluation"
		if speaker == "" {
			return
		}
		agents = []string{speaker}
		if ev, ok := judgedEvent(v, trigs, t); ok {
			// "the arbitrary detention of X", "X was unlawfully detained":
			// the one who did it is criticised
			rule = "speech-evaluation-event"
			if ev.form == FormNoun || ev.form == FormPast || ev.form == FormPart || ev.form == FormGer {
				// its doer named in the sentence: "the detention of X in Norland"
				if doers, _, _, _, _ := x.roles(v, ev, trigs, nil, ""); len(doers) > 0 && doers[0] != speaker && !x.chains.has(speaker, doers[0]) {
					targets = doers[:1]
					break
				}
			}
			pend = &pending{cls: ev.class}
			if on := x.patientOf(v, ev); on != "" {
				pend.on = on
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
			if isClauseBreak(w) || w == ":" || w == "that" || isSpeechVerb(w) || (v.isQuoteMark(k) && v.quote[k] != v.quote[t.start]) {
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
			targets = []string{e}
			used[mi] = true
			break
		}
		if len(targets) == 0 {
			agents = nil // a judgement of nothing named
		}
	case t.form == FormNoun:
		rule = "nominal"
		var poss, comp, ofX, byX, prepX, inX []int
		demComp := ""
		if t.start > 0 {
			if mi := v.ment[t.start-1]; mi >= 0 && v.entityOf(mi) != "" {
				if v.possessive(mi) {
					poss = []int{mi}
				} else {
					comp = []int{mi}
				}
			} else if mi >= 0 && v.mention(mi).Kind == text.DemonymMention && v.mention(mi).Entity != "" && !patientNoun(t.class) {
				// "Chinese sanctions", "US demands": the country acts
				demComp = v.mention(mi).Entity
				used[mi] = true
			} else if t.start > 1 && (v.words[t.start-1] == "'s" || v.words[t.start-1] == "'") {
				if mi := v.ment[t.start-2]; mi >= 0 && v.entityOf(mi) != "" {
					poss = []int{mi}
				}
			}
		}
		for k := t.end; k < len(v.words) && k < t.end+8; k++ {
			w := v.words[k]
			if isClauseBreak(w) || w == "," || inList(w, wlBoundary) && w != "and" {
				break
			}
			if k+1 >= len(v.words) {
				break
			}
			mi := v.ment[k+1]
			if mi < 0 && k+2 < len(v.words) && v.words[k+1] == "the" {
				mi = v.ment[k+2]
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
				prepX = []int{mi}
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
					targets = ents(prepX)
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
		if len(agents) == 0 && supportVerbBefore(v, t.start) {
			subj := v.subjectBefore(t.start)
			if firstPerson(subj) && speaker != "" {
				agents = []string{speaker}
			} else {
				agents = ents(subj)
			}
			rule = "support-verb-nominal"
		}
	default:
		passive, subjEnd := isPassive(v, t)
		if passive {
			rule = "passive"
			targets = ents(v.subjectBefore(subjEnd))
			for k := t.end; k < len(v.words)-1 && k < t.end+8; k++ {
				w := v.words[k]
				if isClauseBreak(w) || (inList(w, wlBoundary) && w != "and") {
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
			if mi := v.ment[t.end]; mi >= 0 && v.entityOf(mi) != "" {
				agents = ents([]int{mi})
				rule = "speech-inverted"
			}
		}
		obj, _, possessor := v.objectAfter(searchFrom)
		if t.class != schema.Statement {
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
					if possessor >= 0 {
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
			if len(obj) == 0 && possessor >= 0 {
				obj = []int{possessor}
			}
			targets = ents(obj)
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
	if speaker != "" && speechAct(t.class) {
		if len(agents) == 0 || (len(agents) == 1 && (agents[0] == speaker || x.chains.has(speaker, agents[0]))) {
			if t.class != schema.Statement || len(agents) == 0 {
				agents = []string{speaker}
			}
		}
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
		if n.start >= t.end && n.end <= limit && n.form == FormNoun && n.start <= t.end+3 {
			return n, true
		}
	}
	return match{}, false
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

// supportVerbBefore reports whether a noun is the object of a light verb
// ("imposed sanctions", "held talks", "lodged a protest").
func supportVerbBefore(v *view, k int) bool {
	for j := k - 1; j >= 0 && j >= k-4; j-- {
		w := v.words[j]
		if inList(w, wlSupport) {
			return true
		}
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
		x.dateCache = make([][]tokDate, len(x.a.Sentences))
		x.dateDone = make([]bool, len(x.a.Sentences))
		x.base, x.hasBase = parseDocDate(x.a.Doc.Info.Date)
	}
	if x.dateDone[v.idx] {
		return x.dateCache[v.idx]
	}
	s := x.a.Sentences[v.idx]
	st := x.a.Doc.Text[s.Start:s.End]
	var out []tokDate
	var hits []dateHit
	hits, x.runBuf = scanDates(st, x.base, x.hasBase, x.runBuf)
	for _, d := range hits {
		k := tokenAt(v, s.Start+d.Start)
		if k >= 0 && v.ment[k] >= 0 && v.mention(v.ment[k]).Kind == text.NameMention {
			continue // inside a name ("USA Today")
		}
		if k > 0 && v.is(k-1, wlDeadline) {
			continue // "remove the kit by 2027", "after December 31": a limit, not when it happened
		}
		date := d.Date
		if futureCue(v, k) {
			date = d.future
		}
		out = append(out, tokDate{tok: k, date: date})
	}
	x.dateCache[v.idx], x.dateDone[v.idx] = out, true
	return out
}

// evidence returns sentence i as a span in characters.
func (x *extractor) evidence(i int) schema.Span {
	if x.spans == nil {
		x.spans = charSpans(x.a)
	}
	return x.spans[i]
}

// charSpans converts every sentence's byte range into characters in one
// pass over the text.
func charSpans(a *text.Annotated) []schema.Span {
	t := a.Doc.Text
	offs := make([]int, 0, 2*len(a.Sentences))
	for _, s := range a.Sentences {
		offs = append(offs, s.Start, s.End)
	}
	sort.Ints(offs)
	chars := make(map[int]int, len(offs))
	prev, n := 0, 0
	for _, o := range offs {
		if o < prev {
			continue
		}
		n += utf8.RuneCountInString(t[prev:o])
		chars[o], prev = n, o
	}
	out := make([]schema.Span, len(a.Sentences))
	for i, s := range a.Sentences {
		out[i] = schema.Span{Start: chars[s.Start], End: chars[s.End], Text: t[s.Start:s.End]}
	}
	return out
}

type tokDate struct {
	tok  int
	date string
}

func tokenAt(v *view, off int) int {
	for k, t := range v.toks {
		if t.End > off {
			return k
		}
	}
	return len(v.toks) - 1
}

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
			if o.head == t.head || !verbal(o) {
				continue
			}
			od := abs(d.tok - o.head)
			if verbal(t) && od < dist {
				owner = false
			}
			if !verbal(t) && (o.head-d.tok)*(o.head-t.head) < 0 {
				owner = false // a verb lies between the date and the noun
			}
		}
		if owner && dist < bestDist {
			best, bestDist = i, dist
		}
	}
	if best < 0 {
		return "", false
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
	// agents of events, by (class, target); the first of each class
	doer := map[[2]string]string{}
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
			}
		}
	}
	for i := range cands {
		c := &cands[i]
		if c.pending && c.target == "" {
			if ag, ok := doer[[2]string{string(c.pendCls), c.pendOn}]; ok && ag != c.agent {
				c.target = ag
			}
		}
	}
	// a speech act with no target is addressed to whom the same speaker's
	// nearest other speech act is ("We will take all necessary measures")
	for i := range cands {
		c := &cands[i]
		if c.target != "" || c.agent == "" || c.class == schema.Statement || !speechAct(c.class) {
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
		c.target = best
	}
	// a speech act with no date of its own took place when the same
	// speaker's dated speech did, else on the day the lead names
	spoke := map[string]string{}
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
				c.date = x.a.Doc.Info.Date // "X has said": the day of the report
			}
		}
	}
	// a deed with no date of its own: the date another mention of the
	// same deed gives ("Meng was arrested on Dec 1"), else for the news
	// the title and lead report, the lead's day
	done := map[[2]string]string{}
	for _, c := range cands {
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
		} else if x.inLead(c.sent) {
			c.date = lead
			if c.date == "" {
				c.date = x.a.Doc.Info.Date
			}
		}
	}
	type key struct {
		cls           schema.Class
		agent, target string
	}
	var order []key
	merged := map[key]*cand{}
	for _, c := range cands {
		if c.agent == "" {
			continue
		}
		k := key{c.class, c.agent, c.target}
		if c.class == schema.Statement {
			k.target = ""
		}
		m, ok := merged[k]
		if !ok {
			cc := c
			cc.about = append([]string(nil), c.about...)
			merged[k] = &cc
			order = append(order, k)
			continue
		}
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
	withTarget := map[[2]string]bool{}
	for _, k := range order {
		if k.target != "" {
			withTarget[[2]string{string(k.cls), k.agent}] = true
		}
	}
	var out []schema.Event
	for _, k := range order {
		c := merged[k]
		if k.target == "" && k.cls != schema.Statement && (dropTargetless || withTarget[[2]string{string(k.cls), k.agent}]) {
			continue
		}
		if e, ok := x.a.Entities[k.agent]; ok && e.Class == schema.Place {
			continue // a place does not act; a capital standing for its government is resolved to the country
		}
		ev := schema.Event{Class: c.class, Agent: x.chains.of(c.agent), Date: c.date, CAMEO: c.cameo,
			Trigger: c.trigger, Quote: c.quote, Rule: c.rule, Evidence: x.evidence(c.sent), About: c.about}
		if c.target != "" {
			ev.Target = x.chains.targetOf(c.target)
		}
		out = append(out, ev)
	}
	sort.SliceStable(out, func(i, j int) bool { return out[i].Evidence.Start < out[j].Evidence.Start })
	return out
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
	out := []string{name}
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
	ch := c.of(name)
	return contains(ch[1:], other)
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
