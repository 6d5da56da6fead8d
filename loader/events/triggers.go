package events

import (
	"embed"
	"strings"
	"sync"

	"newsgraph/loader/datafile"
	"newsgraph/schema"
)

//go:embed data
var data embed.FS

// Form is the grammatical form in which a trigger was written.
type Form int

const (
	FormBase   Form = iota // urge
	Form3sg                // urges
	FormPast               // urged (past tense, also the participle unless it differs)
	FormGer                // urging
	FormPart               // written, taken: a participle distinct from the past
	FormNoun               // demand, demands, sanctions
	FormAdj                // unacceptable
	FormPhrase             // a fixed phrase
)

// entry is one line of data/triggers.tsv.
type entry struct {
	class  schema.Class // "" for a masking phrase
	pos    byte         // 'v', 'n', 'a', 'p'
	phrase string
	cameo  string
	req    map[string]bool
	speech bool
	neg    bool // a trigger only under a negation ("did not accept")
	pass   bool // a trigger only in the passive voice ("was held")
}

// patWord is one position of a pattern: the words accepted there and
// whether up to maxGap other words may precede it.
type patWord struct {
	alts map[string]bool
	gap  bool
}

// pattern is one surface form of an entry.
type pattern struct {
	e     *entry
	words []patWord
	form  Form
}

const maxGap = 3

// lexicon is the compiled trigger list.
type lexicon struct {
	byFirst map[string][]*pattern
	speech  map[string]bool // every surface form of an attributing speech verb
}

var (
	lexOnce   sync.Once
	lex       *lexicon
	wordInfos map[string]*wordInfo // every word of a list or opening a trigger
)

// wordInfo is what the data files say of one (normalised) word: the word
// lists it is on and the trigger patterns it opens.
type wordInfo struct {
	word string
	bits wordSet
	pats []*pattern
}

// infoOf returns what the data files say of w, nil if nothing.
func infoOf(w string) *wordInfo {
	lexOnce.Do(loadData)
	return wordInfos[w]
}

// A wordSet is a set of the function-word lists of data/words.tsv (and
// wlSpeech, the attributing speech verbs of the trigger lexicon), one bit
// a list, so that a word is looked up once for all of them.
type wordSet uint64

const (
	wlNegation wordSet = 1 << iota
	wlModal
	wlGovernor
	wlConditional
	wlBe
	wlAuthority
	wlSupport
	wlBadprep
	wlObjprep
	wlBoundary
	wlAppositive
	wlFirstperson
	wlFuture
	wlVague
	wlSubordinator
	wlRealis
	wlFunction
	wlDecree
	wlDeadline
	wlTitle
	wlMember
	wlEventPrep
	wlRelVerb
	wlDeedRef
	wlWithVerb
	wlJoin
	wlPremod
	wlByline
	wlProspective
	wlCognition
	wlClaim
	wlPlight
	wlSpeech
)

var listNames = map[string]wordSet{
	"negation": wlNegation, "modal": wlModal, "governor": wlGovernor, "conditional": wlConditional,
	"be": wlBe, "authority": wlAuthority, "support": wlSupport, "badprep": wlBadprep,
	"objprep": wlObjprep, "boundary": wlBoundary, "appositive": wlAppositive,
	"firstperson": wlFirstperson, "future": wlFuture, "vague": wlVague,
	"subordinator": wlSubordinator, "realis": wlRealis, "function": wlFunction,
	"decree": wlDecree, "deadline": wlDeadline, "title": wlTitle, "member": wlMember,
	"eventprep": wlEventPrep, "relverb": wlRelVerb, "deedref": wlDeedRef,
	"withverb": wlWithVerb, "join": wlJoin, "premod": wlPremod, "byline": wlByline, "prospective": wlProspective, "cognition": wlCognition,
	"claim": wlClaim, "plight": wlPlight,
}

func loadData() {
	lex = buildLexicon(dataLines("data/triggers.tsv"))
	wordInfos = map[string]*wordInfo{}
	info := func(w string) *wordInfo {
		if wordInfos[w] == nil {
			wordInfos[w] = &wordInfo{word: w}
		}
		return wordInfos[w]
	}
	for _, f := range dataLines("data/words.tsv") {
		if len(f) < 2 {
			continue
		}
		l, ok := listNames[f[0]]
		if !ok {
			panic("events: unknown word list in words.tsv: " + f[0])
		}
		info(f[1]).bits |= l
	}
	for w := range lex.speech {
		info(w).bits |= wlSpeech
	}
	for w, ps := range lex.byFirst {
		info(w).pats = ps
	}
}

// inList reports whether w is on one of the lists l.
func inList(w string, l wordSet) bool {
	i := infoOf(w)
	return i != nil && i.bits&l != 0
}

func getLexicon() *lexicon {
	lexOnce.Do(loadData)
	return lex
}

// dataLines reads one of the package's embedded lists.
func dataLines(name string) [][]string { return datafile.Lines(data, name) }

func buildLexicon(lines [][]string) *lexicon {
	lx := &lexicon{byFirst: map[string][]*pattern{}, speech: map[string]bool{}}
	for _, f := range lines {
		for len(f) < 5 {
			f = append(f, "")
		}
		e := &entry{pos: f[1][0], phrase: f[2], cameo: f[3]}
		if f[0] != "-" {
			c, ok := schema.ClassByLocal(f[0])
			if !ok || !c.IsEvent() {
				panic("events: unknown event class in triggers.tsv: " + f[0])
			}
			e.class = c
		}
		opts := map[string]string{}
		for _, o := range strings.Split(f[4], ",") {
			if o = strings.TrimSpace(o); o == "" {
				continue
			}
			k, v, _ := strings.Cut(o, "=")
			opts[k] = v
		}
		if r := opts["req"]; r != "" {
			e.req = map[string]bool{}
			for _, w := range strings.Split(r, "/") {
				e.req[w] = true
			}
		}
		_, e.speech = opts["speech"]
		_, e.neg = opts["neg"]
		_, e.pass = opts["passive"]
		_, nobase := opts["nobase"]
		words := strings.Fields(e.phrase)
		var pws []patWord
		gap := false
		for _, w := range words {
			if w == "..." {
				gap = true
				continue
			}
			pw := patWord{alts: map[string]bool{}, gap: gap}
			for _, a := range strings.Split(w, "|") {
				pw.alts[a] = true
			}
			pws = append(pws, pw)
			gap = false
		}
		if len(pws) == 0 {
			continue
		}
		add := func(first []string, form Form) {
			p := &pattern{e: e, form: form, words: append([]patWord{{alts: map[string]bool{}, gap: false}}, pws[1:]...)}
			for _, w := range first {
				p.words[0].alts[w] = true
			}
			for w := range p.words[0].alts {
				lx.byFirst[w] = append(lx.byFirst[w], p)
			}
			if e.speech && len(pws) == 1 {
				for w := range p.words[0].alts {
					lx.speech[w] = true
				}
			}
		}
		switch e.pos {
		case 'v':
			for base := range pws[0].alts {
				forms := inflect(base, opts["forms"])
				if !nobase {
					add([]string{base}, FormBase)
				}
				for i, fm := range []Form{Form3sg, FormPast, FormGer, FormPart} {
					if forms[i] != "" && forms[i] != "-" {
						add([]string{forms[i]}, fm)
					}
				}
			}
		case 'n':
			// the last word takes the plural
			last := pws[len(pws)-1]
			plural := map[string]bool{}
			for w := range last.alts {
				plural[w] = true
				if p := opts["plural"]; p != "" {
					pl := strings.Fields(p)
					plural[pl[len(pl)-1]] = true
				} else {
					plural[pluralize(w)] = true
				}
			}
			np := append([]patWord(nil), pws...)
			np[len(np)-1] = patWord{alts: plural, gap: last.gap}
			p := &pattern{e: e, form: FormNoun, words: np}
			for w := range np[0].alts {
				lx.byFirst[w] = append(lx.byFirst[w], p)
			}
		case 'a', 'p':
			form := FormPhrase
			if e.pos == 'a' {
				form = FormAdj
			}
			p := &pattern{e: e, form: form, words: pws}
			for w := range pws[0].alts {
				lx.byFirst[w] = append(lx.byFirst[w], p)
			}
		default:
			panic("events: bad part of speech in triggers.tsv: " + f[1])
		}
	}
	return lx
}

// inflect returns the 3sg, past, gerund and (distinct) participle forms of
// a regular English verb; irregular forms come from the data file as
// "3sg/past/ger[/pp]".
func inflect(base, irregular string) [4]string {
	var out [4]string
	if irregular != "" {
		parts := strings.Split(irregular, "/")
		for i := 0; i < len(parts) && i < 4; i++ {
			out[i] = parts[i]
		}
		return out
	}
	out[0] = pluralize(base) // 3sg follows the noun plural rules
	stem := base
	if doublesFinal(base) {
		stem = base + base[len(base)-1:]
	}
	switch {
	case strings.HasSuffix(base, "e"):
		out[1] = base + "d"
	case endsConsonantY(base):
		out[1] = base[:len(base)-1] + "ied"
	default:
		out[1] = stem + "ed"
	}
	switch {
	case strings.HasSuffix(base, "ie"):
		out[2] = base[:len(base)-2] + "ying"
	case strings.HasSuffix(base, "e") && !strings.HasSuffix(base, "ee") && !strings.HasSuffix(base, "ye") && !strings.HasSuffix(base, "oe"):
		out[2] = base[:len(base)-1] + "ing"
	default:
		out[2] = stem + "ing"
	}
	return out
}

// pluralize forms the regular plural of a noun (also the 3sg of a verb).
func pluralize(w string) string {
	switch {
	case strings.HasSuffix(w, "s"), strings.HasSuffix(w, "x"), strings.HasSuffix(w, "z"),
		strings.HasSuffix(w, "ch"), strings.HasSuffix(w, "sh"):
		return w + "es"
	case endsConsonantY(w):
		return w[:len(w)-1] + "ies"
	}
	return w + "s"
}

func isVowel(b byte) bool { return strings.IndexByte("aeiou", b) >= 0 }

func endsConsonantY(w string) bool {
	n := len(w)
	return n >= 2 && w[n-1] == 'y' && !isVowel(w[n-2])
}

// doublesFinal reports whether a one-syllable verb ending consonant-vowel-
// consonant doubles its last letter (ban -> banned, jail -> jailed stays).
func doublesFinal(w string) bool {
	n := len(w)
	if n < 3 || isVowel(w[n-1]) || strings.IndexByte("wxy", w[n-1]) >= 0 {
		return false
	}
	if !isVowel(w[n-2]) || isVowel(w[n-3]) {
		return false
	}
	groups, prev := 0, false
	for i := 0; i < n; i++ {
		v := isVowel(w[i])
		if v && !prev {
			groups++
		}
		prev = v
	}
	return groups == 1
}

// match is one trigger found in a sentence.
type match struct {
	class  schema.Class
	cameo  string
	form   Form
	pos    byte
	speech bool
	neg    bool  // counts only when negated
	pass   bool  // counts only in the passive voice
	start  int   // first token (sentence token index)
	end    int   // one past the last matched token
	head   int   // the token carrying the inflection (the first word for verbs, the last for nouns)
	toks   []int // the matched tokens (not the gap words)
}

// stopGap says whether a token may not lie inside a pattern's gap.
func stopGap(w string) bool {
	switch w {
	case ".", ";", ":", "!", "?", "\"", "“", "”", "(", ")", "—", "–", "that", "and", "but", "which", "who":
		return true
	}
	return false
}

// findTriggers returns the non-overlapping triggers of a token sequence
// (normalised words); masked tokens (inside names) are never part of one.
func findTriggers(words []string, masked []bool) []match {
	return findTriggersIn(words, masked, nil, nil)
}

// findTriggersIn is findTriggers given the words' infoOf (nil: looked
// up), working in s (nil: memory of its own); the matches it returns live
// in s's arenas until s is reset.
func findTriggersIn(words []string, masked []bool, infos []*wordInfo, s *trigScratch) []match {
	if s == nil {
		s = new(trigScratch)
	}
	cands := s.cands[:0]
	for i, w := range words {
		if masked[i] {
			continue
		}
		var in *wordInfo
		if infos != nil {
			in = infos[i]
		} else {
			in = infoOf(w)
		}
		if in == nil {
			continue
		}
		for _, p := range in.pats {
			mark := len(s.toks)
			if !matchInto(p, words, masked, i, s) {
				s.toks = s.toks[:mark]
				continue
			}
			toks := s.toks[mark:len(s.toks):len(s.toks)]
			if p.e.req != nil && !reqFollows(p.e.req, words, toks[0]+1) {
				s.toks = s.toks[:mark]
				continue
			}
			cands = append(cands, trigCand{p, toks})
		}
	}
	// longest pattern first, then leftmost; where a word is both a verb
	// and a noun ("arrest", "visit"), the context decides
	better := func(a, b *trigCand) bool {
		if len(a.toks) != len(b.toks) {
			return len(a.toks) > len(b.toks)
		}
		if a.toks[0] != b.toks[0] {
			return a.toks[0] < b.toks[0]
		}
		an, bn := a.p.form == FormNoun, b.p.form == FormNoun
		if an != bn {
			return an == !verbContext(words, masked, a.toks[0])
		}
		return false
	}
	for i := 1; i < len(cands); i++ {
		for j := i; j > 0; j-- {
			if better(&cands[j], &cands[j-1]) {
				cands[j-1], cands[j] = cands[j], cands[j-1]
			} else {
				break
			}
		}
	}
	used := grow(s.used, len(words))
	clear(used)
	s.used = used
	start := len(s.matches)
	for _, c := range cands {
		clash := false
		for _, t := range c.toks {
			if used[t] {
				clash = true
			}
		}
		if clash {
			continue
		}
		for _, t := range c.toks {
			used[t] = true
		}
		if c.p.e.class == "" {
			continue
		}
		m := match{class: c.p.e.class, cameo: c.p.e.cameo, form: c.p.form, pos: c.p.e.pos,
			speech: c.p.e.speech, neg: c.p.e.neg, pass: c.p.e.pass, start: c.toks[0], end: c.toks[len(c.toks)-1] + 1, toks: c.toks}
		m.head = c.toks[0]
		if c.p.form == FormNoun {
			m.head = c.toks[len(c.toks)-1]
		}
		if m.cameo == "" {
			m.cameo = schema.CAMEOCode[m.class]
		}
		s.matches = append(s.matches, m)
	}
	clear(cands) // no patterns held till the next sentence
	s.cands = cands[:0]
	out := s.matches[start:len(s.matches):len(s.matches)]
	// sentence order
	for i := 1; i < len(out); i++ {
		for j := i; j > 0 && out[j].start < out[j-1].start; j-- {
			out[j-1], out[j] = out[j], out[j-1]
		}
	}
	return out
}

// nounContext says whether the word at i reads as a noun: after a
// determiner, a possessive, an adjective-like word or a preposition.
func nounContext(words []string, i int) bool {
	if i == 0 {
		return false
	}
	switch words[i-1] {
	case "the", "a", "an", "his", "her", "its", "their", "our", "my", "your", "'s", "'", "of", "for",
		"after", "over", "since", "before", "against", "about", "following", "during", "new", "this", "that",
		"such", "any", "no", "whose", "recent", "latest", "first", "second", "further", "planned", "upcoming":
		return true
	}
	return false
}

// verbContext says whether a word that may be a verb or a noun reads as
// a verb: after a subject pronoun, "to", an auxiliary or an adverb, and
// not before "on"/"against"/"of" ("sanctions on").
func verbContext(words []string, masked []bool, i int) bool {
	if i+1 < len(words) {
		switch words[i+1] {
		case "on", "against", "of", "between", "was", "is", "were", "are", "has", "have":
			return false
		}
	}
	if i == 0 || masked[i-1] {
		return true // after a name, or opening a headline
	}
	p := words[i-1]
	switch p {
	case "to", "will", "would", "could", "can", "may", "might", "must", "should", "did", "does", "do",
		"not", "n't", "also", "he", "she", "they", "we", "i", "it", "you", "who", "which", "that", "and":
		return true
	}
	if strings.HasSuffix(p, "ly") {
		return true
	}
	return false
}

// matchInto matches pattern p at word i, appending the matched tokens to
// s.toks; on failure s.toks holds some of them still.
func matchInto(p *pattern, words []string, masked []bool, i int, s *trigScratch) bool {
	s.toks = append(s.toks, i)
	pos := i + 1
	for _, pw := range p.words[1:] {
		found := -1
		limit := pos
		if pw.gap {
			limit = pos + maxGap
		}
		for j := pos; j <= limit && j < len(words); j++ {
			if !masked[j] && pw.alts[words[j]] {
				found = j
				break
			}
			if stopGap(words[j]) {
				break // a gap may hold modifiers and names, not clause breaks
			}
		}
		if found < 0 {
			return false
		}
		s.toks = append(s.toks, found)
		pos = found + 1
	}
	return true
}

// reqFollows reports whether one of req occurs after from, before the
// clause ends.
func reqFollows(req map[string]bool, words []string, from int) bool {
	for j := from; j < len(words) && j < from+15; j++ {
		switch words[j] {
		case ".", ";", "!", "?":
			return false
		}
		if req[words[j]] {
			return true
		}
	}
	return false
}

// isSpeechVerb reports whether w is a form of an attributing speech verb.
func isSpeechVerb(w string) bool { return inList(w, wlSpeech) }
