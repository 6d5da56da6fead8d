package events

import (
	"slices"
	"sort"
	"strings"
	"unicode"
	"unicode/utf8"

	"newsgraph/loader/text"
	"newsgraph/schema"
)

// view is one sentence prepared for the rules: its tokens with normalised
// words, the mention covering each token and whether it is quoted speech.
type view struct {
	a      *text.Annotated
	idx    int
	toks   []text.Token
	words  []string      // lower case, curly apostrophes straightened
	ment   []int         // index into a.Mentions of the mention covering the token, -1
	quote  []int         // index into the document's quote spans of the full quote holding the token, -1
	masked []bool        // inside a name: not a trigger
	info   []*wordInfo   // what the data files say of each word (nil: nothing)
	ments  []int         // a.Mentions indexes in this sentence, in order
	spans  [][2]int      // the tokens [first, last+1) of each of ments
	same   map[int][]int // the other mentions with the very span of a mention in ments ("the two men": one per person)

	trigs     []match // the sentence's triggers (see triggers), once found
	trigsDone bool
	ts        *trigScratch // findTriggersInfo's memory (nil: its own)
}

// triggers returns the triggers of the sentence, found once.
func (v *view) triggers() []match {
	if !v.trigsDone {
		v.trigs, v.trigsDone = findTriggersIn(v.words, v.masked, v.info, v.ts), true
	}
	return v.trigs
}

// mentionsBySentence lists, for each sentence of a, the indexes (in
// order) of the mentions that overlap it. Sentences are taken in text
// order and the mentions, sorted by start, are swept once; should the
// sentences overlap each other, every sentence checks every mention. The
// lists share one array; st (may be nil) lends the memory.
func mentionsBySentence(a *text.Annotated, st *docState) [][]int {
	if st == nil {
		st = new(docState)
	}
	ns := len(a.Sentences)
	order := grow(st.order, ns)
	st.order = order
	for i := range order {
		order[i] = i
	}
	inOrder := true
	for k := 1; k < ns; k++ {
		if a.Sentences[k].Start < a.Sentences[k-1].Start {
			inOrder = false
			break
		}
	}
	if !inOrder {
		sort.SliceStable(order, func(i, j int) bool { return a.Sentences[order[i]].Start < a.Sentences[order[j]].Start })
	}
	sorted := true
	for mi := 1; mi < len(a.Mentions); mi++ {
		if a.Mentions[mi].Start < a.Mentions[mi-1].Start {
			sorted = false
			break
		}
	}
	for k := 1; k < len(order); k++ {
		if a.Sentences[order[k]].Start < a.Sentences[order[k-1]].End {
			sorted = false // overlapping sentences
		}
	}
	// (sentence, mention) pairs, each sentence's mentions in order
	pairs := st.pairs[:0]
	if !sorted {
		for i, s := range a.Sentences {
			for mi := range a.Mentions {
				if m := &a.Mentions[mi]; m.End > s.Start && m.Start < s.End {
					pairs = append(pairs, i, mi)
				}
			}
		}
	} else {
		for mi := range a.Mentions {
			m := &a.Mentions[mi]
			// the first sentence (in text order) ending after the mention starts
			lo, hi := 0, len(order)
			for lo < hi {
				h := int(uint(lo+hi) >> 1)
				if !(a.Sentences[order[h]].End > m.Start) {
					lo = h + 1
				} else {
					hi = h
				}
			}
			for k := lo; k < len(order) && a.Sentences[order[k]].Start < m.End; k++ {
				if s := a.Sentences[order[k]]; m.End > s.Start && m.Start < s.End {
					pairs = append(pairs, order[k], mi)
				}
			}
		}
	}
	st.pairs = pairs
	counts := grow(st.counts, ns+1)
	st.counts = counts
	clear(counts)
	for p := 0; p < len(pairs); p += 2 {
		counts[pairs[p]+1]++
	}
	for i := 1; i <= ns; i++ {
		counts[i] += counts[i-1]
	}
	n := len(pairs) / 2
	buf := grow(st.bySentBuf, n)
	st.bySentBuf = buf
	out := grow(st.bySent, ns)
	st.bySent = out
	for i := 0; i < ns; i++ {
		out[i] = buf[counts[i]:counts[i]:counts[i+1]]
	}
	for p := 0; p < len(pairs); p += 2 {
		i := pairs[p]
		out[i] = append(out[i], pairs[p+1])
	}
	return out
}

// newViews prepares every sentence of a, sharing one allocation of each
// per-token array among them. st (may be nil) lends the memory.
func newViews(a *text.Annotated, spans []qspan, st *docState) []*view {
	if st == nil {
		st = new(docState)
	}
	bySent := mentionsBySentence(a, st)
	views := grow(st.views, len(a.Sentences))
	st.views = views
	total, nments := 0, 0
	for i, s := range a.Sentences {
		views[i] = view{toks: s.Tokens, ts: &st.trig}
		if len(s.Tokens) == 0 {
			views[i].toks = tokenize(a.Doc.Text, s.Start, s.End)
		}
		total += len(views[i].toks)
		nments += len(bySent[i])
	}
	words := grow(st.words, total)
	ints := grow(st.ints, 2*total)
	masked := grow(st.masked, total)
	clear(masked)
	info := grow(st.info, total)
	st.words, st.ints, st.masked, st.info = words, ints, masked, info
	vments := grow(st.ments, nments)
	st.ments = vments
	vspans := grow(st.spans, nments)
	st.spans = vspans
	lower := lowerASCII(a.Doc.Text, st)
	st.trig.classes = grow(st.trig.classes, len(a.Mentions))
	st.trig.classKnown = grow(st.trig.classKnown, len(a.Mentions))
	clear(st.trig.classKnown)
	out := grow(st.vptrs, len(a.Sentences))
	st.vptrs = out
	off, moff := 0, 0
	for i := range a.Sentences {
		v := &views[i]
		n := len(v.toks)
		v.words, v.ment, v.quote = words[off:off+n:off+n], ints[2*off:2*off+n:2*off+n], ints[2*off+n:2*off+2*n:2*off+2*n]
		v.masked, v.info = masked[off:off+n:off+n], info[off:off+n:off+n]
		off += n
		m := len(bySent[i])
		v.ments, v.spans = vments[moff:moff:moff+m], vspans[moff:moff:moff+m]
		moff += m
		v.fill(a, i, spans, bySent[i], lower)
		out[i] = v
	}
	return out
}

// lowerASCII returns the text with its ASCII capitals lower-cased (every
// other byte kept), so that a word's lower-case form is a slice of it.
func lowerASCII(t string, st *docState) string {
	b := grow(st.lower, len(t))
	st.lower = b
	for i := 0; i < len(t); i++ {
		c := t[i]
		if 'A' <= c && c <= 'Z' {
			c += 'a' - 'A'
		}
		b[i] = c
	}
	return string(b)
}

// fill annotates the view's tokens of sentence i: words, quotes, mentions.
// lower is the document text with its ASCII capitals lower-cased.
func (v *view) fill(a *text.Annotated, i int, spans []qspan, ments []int, lower string) {
	s := a.Sentences[i]
	v.a, v.idx = a, i
	v.same = nil
	t := a.Doc.Text
	// the full quotes that may hold a token of the sentence, in order
	minEnd, maxStart := int(^uint(0)>>1), -int(^uint(0)>>1)-1
	for _, tok := range v.toks {
		minEnd, maxStart = min(minEnd, tok.End), max(maxStart, tok.Start)
	}
	var qbuf [8]int
	qs := qbuf[:0]
	for qi, q := range spans {
		if q.full && q.open <= maxStart && q.close+q.closeLen >= minEnd {
			qs = append(qs, qi)
		}
	}
	for k, tok := range v.toks {
		if tok.Start >= 0 && tok.End <= len(t) && tok.Start <= tok.End && tok.Text == t[tok.Start:tok.End] {
			v.words[k], v.info[k] = normInfoIn(tok.Text, lower[tok.Start:tok.End])
		} else {
			v.words[k], v.info[k] = normInfo(tok.Text)
		}
		v.ment[k] = -1
		v.quote[k] = -1
		for _, qi := range qs {
			if q := &spans[qi]; tok.Start >= q.open && tok.End <= q.close+q.closeLen {
				v.quote[k] = qi
				break
			}
		}
	}
	for _, mi := range ments {
		m := &a.Mentions[mi]
		if m.End <= s.Start || m.Start >= s.End {
			continue
		}
		first, last := -1, -1
		for k, t := range v.toks {
			if t.End > m.Start && t.Start < m.End {
				if first < 0 {
					first = k
				}
				last = k
			}
		}
		if first < 0 {
			continue
		}
		// a token already claimed by an earlier (longer) mention keeps it;
		// a mention of the very same span refers to one more of a group
		if held := v.ment[first]; held >= 0 {
			if h := &a.Mentions[held]; h.Start == m.Start && h.End == m.End && h.Entity != m.Entity {
				if v.same == nil {
					v.same = map[int][]int{}
				}
				v.same[held] = append(v.same[held], mi)
			}
			continue
		}
		for k := first; k <= last; k++ {
			v.ment[k] = mi
			if m.Kind == text.NameMention || m.Kind == text.MetonymMention {
				v.masked[k] = true
			}
		}
		v.ments = append(v.ments, mi)
		v.spans = append(v.spans, [2]int{first, last + 1})
	}
}

// span returns the tokens [first, last+1) of mention mi in the sentence
// (zero when it is not in it).
func (v *view) span(mi int) [2]int {
	for j, m := range v.ments {
		if m == mi {
			return v.spans[j]
		}
	}
	return [2]int{}
}

// normWord lower-cases a token and straightens its apostrophes.
func normWord(s string) string {
	plain := true
	for i := 0; i < len(s); i++ {
		if c := s[i]; c >= utf8.RuneSelf || 'A' <= c && c <= 'Z' {
			plain = false
			break
		}
	}
	if plain {
		return s
	}
	s = strings.ToLower(s)
	s = strings.ReplaceAll(s, "\u2019", "'")
	s = strings.ReplaceAll(s, "\u2018", "'")
	return s
}

// normInfo returns normWord(s) and its infoOf, sparing the allocation of
// a lower-cased copy for a capitalised word the data files know ("The").
func normInfo(s string) (string, *wordInfo) {
	var buf [24]byte
	if len(s) > len(buf) {
		w := normWord(s)
		return w, infoOf(w)
	}
	upper := false
	for i := 0; i < len(s); i++ {
		c := s[i]
		if c >= utf8.RuneSelf {
			w := normWord(s)
			return w, infoOf(w)
		}
		if 'A' <= c && c <= 'Z' {
			c += 'a' - 'A'
			upper = true
		}
		buf[i] = c
	}
	if !upper {
		return s, infoOf(s)
	}
	if in := infoOf(string(buf[:len(s)])); in != nil {
		return in.word, in
	}
	return string(buf[:len(s)]), nil
}

// isASCII reports whether s is all ASCII.
func isASCII(s string) bool {
	for i := 0; i < len(s); i++ {
		if s[i] >= utf8.RuneSelf {
			return false
		}
	}
	return true
}

// hasUpperASCII reports whether s holds an ASCII capital.
func hasUpperASCII(s string) bool {
	for i := 0; i < len(s); i++ {
		if c := s[i]; 'A' <= c && c <= 'Z' {
			return true
		}
	}
	return false
}

// normInfoIn is normInfo of s given lw, s with its ASCII capitals
// lower-cased (a slice of the document's lower-cased text).
func normInfoIn(s, lw string) (string, *wordInfo) {
	upper := false
	for i := 0; i < len(s); i++ {
		c := s[i]
		if c >= utf8.RuneSelf {
			return normInfo(s)
		}
		if 'A' <= c && c <= 'Z' {
			upper = true
		}
	}
	if !upper {
		return s, infoOf(s)
	}
	if in := infoOf(lw); in != nil {
		return in.word, in
	}
	return lw, nil
}

// tokenize splits text[start:end] into words and punctuation, keeping a
// possessive "'s" and a negative "n't" as tokens of their own. It is used
// when the segmenter left a sentence without tokens.
func tokenize(t string, start, end int) []text.Token {
	var out []text.Token
	i := start
	for i < end {
		r, size := utf8.DecodeRuneInString(t[i:])
		if unicode.IsSpace(r) {
			i += size
			continue
		}
		if !isWordRune(r) {
			out = append(out, text.Token{Text: t[i : i+size], Start: i, End: i + size})
			i += size
			continue
		}
		j := i
		for j < end {
			r2, s2 := utf8.DecodeRuneInString(t[j:])
			if isWordRune(r2) {
				j += s2
				continue
			}
			// inner apostrophe, period of an abbreviation, hyphen
			if (r2 == '\'' || r2 == '\u2019' || r2 == '-' || r2 == '.') && j+s2 < end {
				r3, _ := utf8.DecodeRuneInString(t[j+s2:])
				if isWordRune(r3) {
					j += s2
					continue
				}
				if r2 == '.' && isAbbrevDot(t[i:j]) {
					j += s2
				}
			}
			break
		}
		w := t[i:j]
		lw := normWord(w)
		switch {
		case strings.HasSuffix(lw, "'s") && len(lw) > 2:
			k := j - len("'s")
			if strings.HasSuffix(w, "\u2019s") {
				k = j - len("\u2019s")
			}
			out = append(out, text.Token{Text: t[i:k], Start: i, End: k}, text.Token{Text: t[k:j], Start: k, End: j})
		case strings.HasSuffix(lw, "n't") && len(lw) > 3:
			k := j - len("n't")
			if strings.HasSuffix(w, "n\u2019t") {
				k = j - len("n\u2019t")
			}
			out = append(out, text.Token{Text: t[i:k], Start: i, End: k}, text.Token{Text: t[k:j], Start: k, End: j})
		default:
			out = append(out, text.Token{Text: w, Start: i, End: j})
		}
		i = j
	}
	return out
}

func isWordRune(r rune) bool { return unicode.IsLetter(r) || unicode.IsDigit(r) }

// isAbbrevDot says whether a word followed by a period keeps it: initials
// and dotted abbreviations ("U.S", "Dec", "Mr").
func isAbbrevDot(w string) bool {
	if strings.Contains(w, ".") || utf8.RuneCountInString(w) == 1 {
		return true
	}
	switch strings.ToLower(w) {
	case "mr", "mrs", "ms", "dr", "gen", "sen", "rep", "gov", "st", "jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep", "sept", "oct", "nov", "dec", "no", "jr", "inc", "corp", "co", "ltd", "lt", "col", "prof", "pres":
		return true
	}
	return false
}

// is reports whether word k is on one of the lists l.
func (v *view) is(k int, l wordSet) bool { return v.info[k] != nil && v.info[k].bits&l != 0 }

// mention returns the mention at index mi.
func (v *view) mention(mi int) *text.Mention { return &v.a.Mentions[mi] }

// mentionAt returns the mention covering token k, or -1.
func (v *view) mentionAt(k int) int {
	if k < 0 || k >= len(v.ment) {
		return -1
	}
	return v.ment[k]
}

// isQuoteMark reports whether token k is a quotation mark.
func (v *view) isQuoteMark(k int) bool {
	switch v.words[k] {
	case "\"", "“", "”", "''", "``", "«", "»":
		return true
	}
	return false
}

// possessive reports whether the mention is followed by 's (or is a
// possessive pronoun).
func (v *view) possessive(mi int) bool {
	sp := v.span(mi)
	m := v.mention(mi)
	lw := m.Text
	if !isASCII(lw) {
		lw = normWord(lw)
	} else if m.Kind == text.PronounMention {
		// (ASCII: normWord is ASCII lower case)
		for _, p := range [...]string{"his", "her", "its", "their", "our", "my"} {
			if strings.EqualFold(lw, p) {
				return true
			}
		}
		return false
	} else if hasUpperASCII(lw[max(len(lw)-2, 0):]) {
		lw = normWord(lw) // (only the last two letters matter to a name)
	}
	if m.Kind == text.PronounMention {
		switch lw {
		case "his", "her", "its", "their", "our", "my":
			return true
		}
		return false
	}
	if strings.HasSuffix(lw, "'s") || strings.HasSuffix(lw, "s'") {
		return true
	}
	if sp[1] < len(v.words) {
		w := v.words[sp[1]]
		if w == "'s" || w == "'" {
			return true
		}
	}
	// a token holding the mention and its possessive ("Huawei's")
	last := v.toks[sp[1]-1]
	if last.End > m.End {
		rest := normWord(v.a.Doc.Text[m.End:last.End])
		return rest == "'s" || rest == "'"
	}
	return false
}

// entityOf returns the entity a mention stands for as an actor: its own
// entity, or for a demonym the country when a word like "authorities"
// follows ("Chinese authorities"). "" when it cannot act.
func (v *view) entityOf(mi int) string {
	m := v.mention(mi)
	if m.Entity == "" {
		return ""
	}
	if m.Kind == text.DemonymMention {
		if v.demonymHead(mi) != 0 {
			return m.Entity
		}
		// a country's short name tagged as a demonym ("the US and
		// Canada", "by the U.S.") stands for the country unless it
		// modifies a noun or title ("US officials" aside, "US Ambassador")
		if _, ok := countryNamed(m.Text); ok && !v.headFollows(v.span(mi)[1]) {
			return m.Entity
		}
		return ""
	}
	return m.Entity
}

// demonymHead returns the list (wlAuthority or wlMember) of the noun
// right after a demonym mention ("Chinese authorities", "Chinese
// officials"), 0 if none.
func (v *view) demonymHead(mi int) wordSet {
	sp := v.span(mi)
	for k := sp[1]; k < len(v.words) && k <= sp[1]+1; k++ {
		if v.is(k, wlAuthority) {
			return wlAuthority
		}
		if v.is(k, wlMember) {
			if k+1 < len(v.words) && v.ment[k+1] >= 0 {
				return 0 // a title before a name: "Vestrian Ambassador X"
			}
			return wlMember
		}
		if v.ment[k] >= 0 {
			break
		}
	}
	return 0
}

// unnamedMembers reports whether a mention is a demonym with a noun for
// unnamed people ("Chinese officials said"): no speaker or actor, though
// it stands for its country as the one acted on ("sanctions on Chinese
// officials").
func (v *view) unnamedMembers(mi int) bool {
	return v.mention(mi).Kind == text.DemonymMention && v.demonymHead(mi) == wlMember
}

// headFollows reports whether token k continues a noun phrase: a word
// that is not a function word, punctuation or a verb, or a capitalised
// title ("US Ambassador").
func (v *view) headFollows(k int) bool {
	if k >= len(v.words) {
		return false
	}
	w := v.words[k]
	if v.ment[k] >= 0 {
		return v.mention(v.ment[k]).Kind == text.NameMention && v.mention(v.ment[k]).Class != schema.Country
	}
	r, _ := utf8.DecodeRuneInString(v.toks[k].Text)
	if !unicode.IsLetter(r) {
		return w == "-" // "US-led"
	}
	if unicode.IsUpper(r) {
		return true
	}
	if v.is(k, wlFunction|wlSpeech) || strings.HasSuffix(w, "ed") || w == "'s" {
		return false
	}
	for _, p := range getLexicon().byFirst[w] {
		if p.form != FormNoun {
			return false // a verb: "the US urges"
		}
	}
	return true
}

// prepBefore returns the word before token k, skipping determiners and
// numbers ("on the", "against two").
func (v *view) prepBefore(k int) string {
	if j := v.prepBeforeAt(k); j >= 0 {
		return v.words[j]
	}
	return ""
}

// prepBeforeAt is prepBefore as a token index, -1 for none.
func (v *view) prepBeforeAt(k int) int {
	for j := k - 1; j >= 0; j-- {
		switch v.words[j] {
		case "the", "a", "an", "its", "his", "her", "their", "our", "both", "two", "three", "all", "some", "several", "other", "former", "top", "senior":
			continue
		}
		if mi := v.ment[j]; mi >= 0 && v.mention(mi).Kind == text.DemonymMention {
			continue // "against Chinese officials"
		}
		return j
	}
	return -1
}

// prepIs reports whether the word prepBeforeAt found, j, is on one of
// the lists l.
func (v *view) prepIs(j int, l wordSet) bool { return j >= 0 && v.is(j, l) }

func isClauseBreak(w string) bool {
	switch w {
	case ";", "(", ")", "—", "–", "--", ".", "!", "?":
		return true
	}
	return false
}

// subjectBefore finds the subject of the predicate at token pos: the
// nearest actor mention before it in the same clause and quote, skipping
// prepositional objects, possessive modifiers, unresolved mentions and
// parentheticals between commas ("Geng, a spokesman, said"). It returns
// the mention and any mentions coordinated with it ("the US and Canada"),
// nearest last; a possessive ("China's ministry said") is the fallback.
func (v *view) subjectBefore(pos int) []int {
	inQ := -1
	if pos < len(v.quote) {
		inQ = v.quote[pos]
	}
	var fallback []int
	k := pos - 1
	if k >= 0 && (v.words[k] == "who" || v.words[k] == "whom") {
		// "X, the head of Y, who was arrested": the person before
		for j := k - 1; j >= 0 && j >= k-25; j-- {
			if isClauseBreak(v.words[j]) || v.isQuoteMark(j) {
				break
			}
			if mi := v.ment[j]; mi >= 0 && v.classOf(mi) == schema.Person && v.entityOf(mi) != "" {
				return []int{mi}
			}
		}
	}
	for k >= 0 {
		w := v.words[k]
		if v.dashEndsAt(k) {
			// "X — a diplomat on leave — was detained": skip the aside
			if c := v.dashAsideStart(k); c > 0 && v.ment[c-1] >= 0 {
				k = c - 1
				continue
			} else if c > 0 {
				// "the two Vestrians -- X and Y -- were detained": the names
				var names []int
				for j := c + 1; j < k; j++ {
					if mi := v.ment[j]; mi >= 0 && v.classOf(mi) == schema.Person && v.entityOf(mi) != "" {
						names = append(names, mi)
						j = v.span(mi)[1] - 1
					}
				}
				if names != nil {
					return names
				}
			}
		}
		if isClauseBreak(w) || v.isQuoteMark(k) || v.quote[k] != inQ {
			break
		}
		if w == "," {
			// skip a parenthetical ", who ... ," / ", a spokesman ,"
			skipped := false
			for c2 := k - 1; c2 >= 0; c2-- {
				if isClauseBreak(v.words[c2]) || v.isQuoteMark(c2) {
					break
				}
				if v.words[c2] == "," {
					if c2+1 < k && (v.is(c2+1, wlAppositive) || v.demonymApposition(c2+1, k)) {
						k, skipped = c2, true
					}
					break
				}
			}
			// otherwise a comma ends the clause unless a name stands right
			// before it ("Geng Shuang, spokesman for the ministry, said"):
			// in "…, a spokesperson said" the subject is the unnamed one
			if !skipped && (k == 0 || v.ment[k-1] < 0) && !v.is(min(k+1, len(v.words)-1), wlAppositive) {
				break
			}
			if !skipped && v.unnamedSubjectBetween(k+1, pos) {
				break // "…free X, a spokesperson said": the unnamed one speaks
			}
			k--
			continue
		}
		mi := v.ment[k]
		if mi < 0 {
			k--
			continue
		}
		sp := v.span(mi)
		k = sp[0] - 1
		ent := v.entityOf(mi)
		if ent == "" {
			continue
		}
		p := v.prepBeforeAt(sp[0])
		if v.prepIs(p, wlBadprep|wlObjprep) && !v.prepIs(p, wlSubordinator) {
			continue
		}
		if v.possessive(mi) || v.modifier(mi) {
			if fallback == nil {
				fallback = []int{mi}
			}
			continue
		}
		var revBuf [8]int
		// coordinated subjects: "X and Y", "X, Y and Z", "X, a diplomat, and Y"
		rev := v.coordinatedLeft(mi, true, revBuf[:0]) // nearest first
		return v.ts.keepReversed(rev)
	}
	return fallback
}

func isDash(w string) bool { return w == "—" || w == "–" || w == "--" }

// dashEndsAt reports whether token k ends a dash: "—", "–", or the second
// hyphen of "--" written as two tokens.
func (v *view) dashEndsAt(k int) bool {
	return isDash(v.words[k]) || v.words[k] == "-" && k > 0 && v.words[k-1] == "-"
}

// dashAsideStart: token k ends a dash closing an aside; it returns the
// first token of the opening dash within the sentence, -1 if none.
func (v *view) dashAsideStart(k int) int {
	open := k - 1
	if v.words[k] == "-" {
		open = k - 2
	}
	for c := open - 1; c >= 0 && c >= k-30; c-- {
		if v.dashEndsAt(c) && (v.words[c] == v.words[k]) {
			if v.words[c] == "-" {
				return c - 1
			}
			return c
		}
		if w := v.words[c]; isClauseBreak(w) && !isDash(w) || v.isQuoteMark(c) {
			return -1
		}
	}
	return -1
}

// objectAfter finds the object of the predicate ending before token pos:
// the first actor mention after it in the clause that is not behind a
// preposition like "in" or "by", with its coordinated mentions. Mentions
// passed over behind such prepositions are returned as skipped. possessor
// is a possessive mention met on the way ("Huawei's CFO ...").
func (v *view) objectAfter(pos int) (obj []int, skipped []int, possessor int) {
	possessor = -1
	inQ := -1
	if pos > 0 && pos-1 < len(v.quote) {
		inQ = v.quote[pos-1]
	}
	for k := pos; k < len(v.words) && k < pos+15; k++ {
		w := v.words[k]
		if isClauseBreak(w) || w == ":" || v.isQuoteMark(k) || v.quote[k] != inQ {
			break
		}
		mi := v.ment[k]
		if mi < 0 {
			if v.is(k, wlBoundary) {
				break
			}
			if w == "to" && k+1 < len(v.words) && v.ment[k+1] < 0 && v.words[k+1] != "the" {
				break // an infinitive complement begins
			}
			continue
		}
		sp := v.span(mi)
		ent := v.entityOf(mi)
		if ent == "" {
			k = sp[1] - 1
			continue
		}
		if v.prepIs(v.prepBeforeAt(sp[0]), wlBadprep) {
			// "working for X, Y and Z": the whole list is behind the preposition
			co := v.coordinated(mi)
			skipped = append(skipped, co...)
			k = v.span(co[len(co)-1])[1] - 1
			continue
		}
		if v.possessive(mi) || v.modifier(mi) {
			if possessor < 0 && !commaBefore(v, pos, sp[0]) {
				possessor = mi // not in an apposition: ", the Vestria Party chief"
			}
			k = sp[1] - 1
			continue
		}
		if sp[1] < len(v.words) && v.is(sp[1], wlSpeech) && commaBefore(v, pos, sp[0]) {
			break // "accepts X's proposal, Lin said": the reporter is no object
		}
		obj = v.coordinated(mi)
		return obj, skipped, possessor
	}
	return nil, skipped, possessor
}

// commaBefore reports whether a comma lies in tokens [from, to).
func commaBefore(v *view, from, to int) bool {
	for j := from; j < to; j++ {
		if v.words[j] == "," {
			return true
		}
	}
	return false
}

// skipParentheticalLeft: k is a comma closing ", a former diplomat ,";
// it returns the token before the opening comma, or k-1 when there is none.
func (v *view) skipParentheticalLeft(k int) int {
	for c := k - 1; c >= 0 && c >= k-15; c-- {
		w := v.words[c]
		if isClauseBreak(w) || v.isQuoteMark(c) {
			break
		}
		if w == "," {
			if c+1 < k && v.is(c+1, wlAppositive) {
				return c - 1
			}
			break
		}
	}
	return k - 1
}

// modifier reports whether a non-person mention modifies a following noun
// ("Huawei executive", "US diplomats"): then it is not itself the object.
func (v *view) modifier(mi int) bool {
	if k := v.mention(mi).Kind; v.classOf(mi) == schema.Person || k == text.PronounMention || k == text.DemonymMention {
		return false
	}
	sp := v.span(mi)
	if sp[1] >= len(v.words) {
		return false
	}
	nt := v.toks[sp[1]]
	w := v.words[sp[1]]
	if v.ment[sp[1]] >= 0 || nt.Text == "" {
		return false
	}
	r, _ := utf8.DecodeRuneInString(nt.Text)
	if !unicode.IsLower(r) || v.is(sp[1], wlFunction|wlSpeech) || strings.HasSuffix(w, "ed") {
		return false
	}
	if lx := getLexicon(); len(lx.byFirst[w]) > 0 {
		for _, p := range lx.byFirst[w] {
			if p.form != FormNoun {
				return false // a verb: "China urges"
			}
		}
	}
	return true
}

// classOf returns the class of a mention's entity.
func (v *view) classOf(mi int) schema.Class {
	if ts := v.ts; ts != nil && mi >= 0 && mi < len(ts.classKnown) {
		if ts.classKnown[mi] {
			return ts.classes[mi]
		}
		c := v.classOfMention(mi)
		ts.classes[mi], ts.classKnown[mi] = c, true
		return c
	}
	return v.classOfMention(mi)
}

// classOfMention is classOf, looked up.
func (v *view) classOfMention(mi int) schema.Class {
	m := v.mention(mi)
	if m.Kind == text.DemonymMention || m.Kind == text.MetonymMention {
		return schema.Country
	}
	if e, ok := v.a.Entities[m.Entity]; ok && e.Class != "" {
		return e.Class
	}
	return m.Class
}

// titleWord reports whether a token may belong to a title before a name:
// capitalised ("Defence Minister"), or a connective inside one ("of").
func titleWord(tok string) bool {
	r, _ := utf8.DecodeRuneInString(tok)
	if unicode.IsUpper(r) {
		return true
	}
	switch strings.ToLower(tok) {
	case "of", "for", "the", "and", "foreign", "prime", "deputy", "vice", "chief", "former", "acting", "senior":
		return true
	}
	return false
}

// coordinated returns mention mi with the mentions coordinated after it
// ("X, Y and Z", "X as well as Y", "X and Defence Minister Y").
func (v *view) coordinated(mi int) []int {
	sp := v.span(mi)
	var objBuf [8]int
	obj := append(objBuf[:0], mi)
	j := sp[1]
	for j < len(v.words)-1 {
		cw := v.words[j]
		if cw == "on" && j+2 < len(v.words) && reWeekdayWord(v.words[j+1]) && (v.words[j+2] == "and" || v.words[j+2] == ",") {
			j += 2 // "met X on Friday and Y on Sunday"
			cw = v.words[j]
		}
		if cw == "," && v.is(j+1, wlAppositive) {
			// "X, a former diplomat, and Y": skip the apposition when
			// ", and" closes it
			if c := v.appositionEnd(j); c > 0 {
				j = c
			}
		}
		if cw == "as" && j+2 < len(v.words) && v.words[j+1] == "well" && v.words[j+2] == "as" {
			j += 2
		} else if cw != "and" && cw != "," && cw != "or" && cw != "&" {
			break
		}
		j2 := j + 1
		if j2 < len(v.words) && v.words[j2] == "and" {
			j2++ // ", and"
		}
		// a title before the next name: "and Defence Minister Y"; a
		// lower-case word begins another predicate ("and offered aid to Y")
		for n := 0; j2 < len(v.words) && v.ment[j2] < 0 && n < 6; n++ {
			w := v.words[j2]
			if isClauseBreak(w) || w == "," || v.is(j2, wlBoundary|wlBadprep) || v.isQuoteMark(j2) || v.is(j2, wlSpeech) || !titleWord(v.toks[j2].Text) {
				break
			}
			j2++
		}
		if j2 >= len(v.words) {
			break
		}
		m2 := v.ment[j2]
		if m2 < 0 || v.entityOf(m2) == "" {
			break
		}
		if v.possessive(m2) || cw == "," && v.modifier(m2) {
			break // ", the Vestria Party chief": an apposition's modifier
		}
		if e2 := v.span(m2)[1]; cw == "," && e2 < len(v.words) && (v.is(e2, wlSpeech) || strings.HasSuffix(v.words[e2], "ed") || v.words[e2] == "reports") {
			break // "on Y, the Daily Courier reported", ", Z quoted ...": a new clause's subject
		}
		obj = append(obj, m2)
		j = v.span(m2)[1]
	}
	return v.ts.keepInts(obj)
}

// coordinatedBefore returns the mentions coordinated before mention mi
// ("X and Y", "X, Y and Z") followed by mi itself, in text order.
func (v *view) coordinatedBefore(mi int) []int {
	out := v.coordinatedLeft(mi, false, nil)
	slices.Reverse(out)
	return out
}

// coordinatedLeft appends to dst mention mi and the mentions coordinated
// before it ("X and Y", "X, Y and Z"), nearest first. As subjects, it also
// steps over a parenthetical ("X, a diplomat, and Y") and stops at a mention
// a preposition makes an object ("talks with X and Y said").
func (v *view) coordinatedLeft(mi int, subjects bool, dst []int) []int {
	dst = append(dst, mi)
	j := v.span(mi)[0] - 1
	sawAnd := false
	for j >= 1 {
		cw := v.words[j]
		if cw != "and" && cw != "," && cw != "&" {
			break
		}
		if cw == "," && !sawAnd {
			break // "of the US, Lin said": a comma alone does not coordinate
		}
		sawAnd = true
		j2 := j - 1
		if subjects && v.words[j2] == "," {
			j2 = v.skipParentheticalLeft(j2)
		}
		if j2 > 0 && v.words[j2] == "the" {
			j2--
		}
		m2 := v.mentionAt(j2)
		if m2 < 0 || v.entityOf(m2) == "" || v.possessive(m2) {
			break
		}
		if subjects {
			if p2 := v.prepBeforeAt(v.span(m2)[0]); v.prepIs(p2, wlBadprep|wlObjprep) && !v.prepIs(p2, wlSubordinator) {
				break // "talks with X and Y said": X is an object
			}
		}
		dst = append(dst, m2)
		j = v.span(m2)[0] - 1
	}
	return dst
}

// demonymApposition reports whether token k opens an apposition of a
// person's name with a demonym ("X, Vestrian ambassador to Y, met ..."):
// a demonym mention right after "<name> ," opening a short phrase, up
// to end, that names no other person.
func (v *view) demonymApposition(k, end int) bool {
	if k < 2 || v.words[k-1] != "," || end-k > 8 {
		return false
	}
	mi, pi := v.ment[k], v.ment[k-2]
	if mi < 0 || pi < 0 || v.mention(mi).Kind != text.DemonymMention || v.classOf(pi) != schema.Person || v.entityOf(pi) == "" {
		return false
	}
	for j := k + 1; j < end; j++ {
		if m := v.ment[j]; m >= 0 && v.classOf(m) == schema.Person {
			return false // "X, Vestrian Minister Y, ...": a name of its own
		}
	}
	return true
}

// objectOfVerb reports whether mention mi is the object of a verb before
// it ("treated X", "detaining Norbank chief executive X"): a past or -ing
// form before it, past any titles or a possessor's name.
func (v *view) objectOfVerb(mi int) bool {
	j := v.span(mi)[0] - 1
	for n := 0; j >= 0 && n < 6; n++ {
		w := v.words[j]
		if m := v.ment[j]; m >= 0 {
			j = v.span(m)[0] - 1 // "Norbank's chief executive X"
			continue
		}
		if w == "the" || w == "'s" || titleWord(v.toks[j].Text) || (isWordStart(w) && !v.is(j, wlFunction) && !strings.HasSuffix(w, "ed") && !strings.HasSuffix(w, "ing")) {
			j--
			continue
		}
		break
	}
	if j < 0 {
		return false
	}
	w := v.words[j]
	if v.is(j, wlBe|wlFunction) || w == "during" || w == "following" || w == "including" || w == "according" {
		return false
	}
	return (strings.HasSuffix(w, "ed") || strings.HasSuffix(w, "ing")) && len(w) > 4
}

// isWordStart reports whether w begins with a letter.
func isWordStart(w string) bool {
	r, _ := utf8.DecodeRuneInString(w)
	return unicode.IsLetter(r)
}

// placeAsSetting reports whether entity e is a place that the sentence
// names only as a setting: after "in", "at", "of" or modifying a noun
// ("the consulate in the city of X", "the X consulate").
func (v *view) placeAsSetting(e string) bool {
	seen := false
	for k := 0; k < len(v.words); k++ {
		mi := v.ment[k]
		if mi < 0 {
			continue
		}
		k = v.span(mi)[1] - 1
		if v.entityOf(mi) != e {
			continue
		}
		if v.classOf(mi) != schema.Place {
			return false
		}
		seen = true
		if p := v.prepBefore(v.span(mi)[0]); p != "in" && p != "at" && p != "of" && !v.modifier(mi) {
			return false
		}
	}
	return seen
}

// unnamedSubjectBetween reports whether tokens [from, to) are an unnamed
// noun phrase: an article, then words headed by a common noun ("a
// spokesperson", "a Norland ministry spokesperson").
func (v *view) unnamedSubjectBetween(from, to int) bool {
	if from >= to || from >= len(v.words) {
		return false
	}
	if w := v.words[from]; w != "a" && w != "an" && w != "the" {
		return false
	}
	for j := from; j < to; j++ {
		if v.words[j] == "," || isClauseBreak(v.words[j]) {
			return false
		}
	}
	return v.ment[to-1] < 0 // headed by a common noun: "a Norland ministry spokesperson"
}

// antecedentInClause returns the named mention of the same entity as
// pronoun mention mi earlier in its clause ("X and Y abused their ..."),
// -1 if none.
func (v *view) antecedentInClause(mi int) int {
	e := v.entityOf(mi)
	for k := v.span(mi)[0] - 1; k >= 0; k-- {
		w := v.words[k]
		if isClauseBreak(w) || w == ":" || v.is(k, wlSpeech) || v.isQuoteMark(k) {
			break
		}
		if m := v.ment[k]; m >= 0 {
			if v.entityOf(m) == e && v.mention(m).Kind != text.PronounMention {
				return m
			}
			k = v.span(m)[0]
		}
	}
	return -1
}

// appositionEnd: token k is a comma opening an apposition after a name
// (", a former diplomat on leave, and"); it returns the comma closing it
// when ", and" follows, else -1.
func (v *view) appositionEnd(k int) int {
	for c := k + 2; c < len(v.words)-1 && c <= k+12; c++ {
		w := v.words[c]
		if isClauseBreak(w) || v.isQuoteMark(c) || v.ment[c] >= 0 && v.classOf(v.ment[c]) == schema.Person {
			return -1
		}
		if w == "," {
			if v.words[c+1] == "and" {
				return c
			}
			return -1
		}
	}
	return -1
}

// titledNameAfter returns the name mention after the capitalised title
// words starting at token k ("Foreign Minister X"), -1 if none.
func (v *view) titledNameAfter(k int) int {
	for n := 0; k < len(v.words) && n < 6; n++ {
		if mi := v.ment[k]; mi >= 0 {
			if n == 0 || v.mention(mi).Kind != text.NameMention {
				return -1
			}
			return mi
		}
		if r, _ := utf8.DecodeRuneInString(v.toks[k].Text); !unicode.IsUpper(r) && v.words[k] != "of" {
			return -1
		}
		k++
	}
	return -1
}

// premodifierBefore: mention mi modifies a noun; it returns the country
// or body coordinated before it ("X and <mi> sanctions"), "" if none.
func (v *view) premodifierBefore(mi int) string {
	if mi < 0 {
		return ""
	}
	k := v.span(mi)[0] - 1
	if k < 1 || v.words[k] != "and" {
		return ""
	}
	m2 := v.mentionAt(k - 1)
	if m2 < 0 || v.possessive(m2) {
		return ""
	}
	m := v.mention(m2)
	if m.Kind == text.DemonymMention {
		return m.Entity
	}
	if c := v.classOf(m2); c == schema.Country || c == schema.GovernmentOrganization || c == schema.Organization {
		return v.entityOf(m2)
	}
	return ""
}

// headedName returns the person named after the head noun starting at
// token k ("executive X", "senior executive X"), -1 if none.
func (v *view) headedName(k int) int {
	for n := 0; k < len(v.words) && n < 4; n, k = n+1, k+1 {
		if mi := v.ment[k]; mi >= 0 {
			if n > 0 && v.mention(mi).Kind == text.NameMention && v.classOf(mi) == schema.Person {
				return mi
			}
			return -1
		}
		if w := v.words[k]; v.is(k, wlFunction) || isClauseBreak(w) || w == "," || v.isQuoteMark(k) {
			return -1
		}
	}
	return -1
}

// clauseSubjectAt returns the subject opening a clause at token k ("that
// the X and Y provide"): the named mention there, with those coordinated
// with it; nil if the clause does not open with one.
func (v *view) clauseSubjectAt(k int) []int {
	for n := 0; k < len(v.words) && n < 3; k, n = k+1, n+1 {
		if mi := v.ment[k]; mi >= 0 {
			if v.mention(mi).Entity == "" {
				return nil
			}
			if v.mention(mi).Kind == text.DemonymMention {
				if p := v.titledPersonAfter(v.span(mi)[1]); p >= 0 {
					mi = p // "Chinese Ambassador to Canada X met": X
				}
			}
			return v.coordinated(mi)
		}
		switch v.words[k] {
		case "the", "those", "these", "all":
			continue
		}
		// "those outlets, as well as X and Y, provide": X and Y
		if k+4 < len(v.words) && v.words[k+1] == "," && v.words[k+2] == "as" && v.words[k+3] == "well" && v.words[k+4] == "as" {
			j := k + 5
			if j < len(v.words) && v.words[j] == "the" {
				j++
			}
			if j < len(v.words) && v.ment[j] >= 0 && v.mention(v.ment[j]).Entity != "" {
				return v.coordinated(v.ment[j])
			}
		}
		return nil
	}
	return nil
}

// personsFrom returns the named persons from token k to the end of the
// sentence (through semicolons and parentheses), except those behind "of"
// or "by" ("director of X"), at most twelve.
func (v *view) personsFrom(k int) []int {
	var out []int
	for ; k < len(v.words) && len(out) < 12; k++ {
		if v.isQuoteMark(k) {
			break
		}
		mi := v.ment[k]
		if mi < 0 {
			continue
		}
		k = v.span(mi)[1] - 1
		if v.classOf(mi) != schema.Person || v.entityOf(mi) == "" {
			continue
		}
		if p := v.prepBefore(v.span(mi)[0]); p == "of" || p == "by" {
			continue
		}
		out = append(out, mi)
	}
	return out
}

// includedAfter finds "including X, Y and Z" in the clause after token k
// and returns those mentions.
func (v *view) includedAfter(k int) []int {
	for j := k; j < len(v.words) && j < k+12; j++ {
		w := v.words[j]
		if isClauseBreak(w) || v.isQuoteMark(j) || (v.is(j, wlBoundary) && w != "and") {
			return nil
		}
		if w != "including" && w != "notably" && w != "among" && w != "include" && w != "includes" && w != "included" {
			continue
		}
		if w != "including" && w != "notably" && w != "among" {
			// "the individuals sanctioned include A (..), B; C and D": every person named after
			if ps := v.personsFrom(j + 1); len(ps) > 0 {
				return ps
			}
		}
		n := j + 1
		for n < len(v.words) && v.ment[n] < 0 && n < j+6 && titleWord(v.toks[n].Text) || n < len(v.words) && v.ment[n] < 0 && n < j+6 && v.is(n, wlTitle) {
			n++
		}
		if n < len(v.words) && v.ment[n] >= 0 && v.entityOf(v.ment[n]) != "" {
			return v.coordinated(v.ment[n])
		}
		return nil
	}
	return nil
}

// withAfter returns the mentions (with those coordinated) after the first
// "with" of the clause from token k, not "along with" or "together with".
func (v *view) withAfter(k int) []int {
	for j := k; j < len(v.words)-1; j++ {
		w := v.words[j]
		if isClauseBreak(w) || w == "that" || v.isQuoteMark(j) {
			return nil
		}
		if w != "with" || (j > 0 && (v.words[j-1] == "along" || v.words[j-1] == "together")) {
			continue
		}
		k := j + 1
		if v.words[k] == "the" || v.words[k] == "his" || v.words[k] == "her" || v.words[k] == "their" {
			k++
		}
		if k < len(v.words) && v.ment[k] >= 0 && v.mention(v.ment[k]).Kind == text.DemonymMention {
			k = v.span(v.ment[k])[1] // "with Vestrian President X"
		}
		if k >= len(v.words) {
			return nil
		}
		if mi := v.ment[k]; mi >= 0 {
			return v.coordinated(mi)
		}
		if mi := v.titledNameAfter(k); mi >= 0 {
			return v.coordinated(mi)
		}
		return nil
	}
	return nil
}

// joinedIn returns, for "X followed Y and Z in banning W" with token k at
// "in", the mentions of X, Y and Z: all of them did what the gerund says;
// also "followed its allies — Y and Z — in banning", and where X did not
// follow ("does not follow Y in"), Y and Z alone. nil when no such verb
// precedes.
func (v *view) joinedIn(k int) []int {
	first, last := -1, k // the tokens of the ones followed
	limit := k - 12
	if k > 1 && isDash(v.words[k-1]) {
		for c := k - 2; c >= 0 && c >= k-20; c-- {
			if isDash(v.words[c]) {
				first, last, limit = c+1, k-1, c-8
				break
			}
		}
		if first < 0 {
			return nil
		}
	}
	for j := last - 1; j >= 0 && j >= limit; j-- {
		w := v.words[j]
		if first >= 0 && j < first-1 && (isClauseBreak(w) || w == "," || v.isQuoteMark(j)) {
			return nil
		}
		if first < 0 && v.ment[j] < 0 && w != "and" && w != "," && w != "the" && !v.is(j, wlJoin) {
			return nil
		}
		if !v.is(j, wlJoin) || (first >= 0 && j >= first) {
			continue
		}
		o := j + 1
		if first >= 0 {
			o = first
		}
		if o < last && v.words[o] == "the" {
			o++
		}
		if o >= last || v.ment[o] < 0 {
			return nil
		}
		others := v.coordinated(v.ment[o])
		if len(others) == 0 || v.span(others[len(others)-1])[1] != last {
			return nil // "followed the decision of X in": not the ones followed
		}
		if negated(v, j) {
			return others
		}
		return append(v.subjectBefore(j), others...)
	}
	return nil
}

// plightVictim reports whether mention mi names the one something befell:
// the possessor of a plight noun ("X's case", "X's arbitrary detention")
// or its "of" complement ("the case of X", "the detention of Ms. X").
func (v *view) plightVictim(mi int) bool {
	sp := v.span(mi)
	if v.possessive(mi) {
		k := sp[1]
		if k < len(v.words) && (v.words[k] == "'s" || v.words[k] == "'") {
			k++
		}
		for n := 0; k < len(v.words) && n < 3; k, n = k+1, n+1 {
			if v.is(k, wlPlight) {
				// "Vestria's treatment of X": the possessor did it to X
				return !v.ofMentionAfter(k + 1)
			}
			if v.ment[k] >= 0 || isClauseBreak(v.words[k]) || v.words[k] == "," || v.is(k, wlFunction) {
				return false
			}
		}
		return false
	}
	j := sp[0] - 1
	for j >= 0 && articleOrHonorific(v.words[j]) {
		j--
	}
	return j > 0 && v.words[j] == "of" && v.is(j-1, wlPlight)
}

// ofMentionAfter reports whether the words from k are "of" and a name
// ("of X", "of the two"), the one a nominal deed was done to.
func (v *view) ofMentionAfter(k int) bool {
	if k >= len(v.words) || v.words[k] != "of" {
		return false
	}
	for k++; k < len(v.words) && articleOrHonorific(v.words[k]); k++ {
	}
	return k < len(v.words) && v.ment[k] >= 0
}

// nominalAt reports whether the word at k is used as a noun after a
// possessive or determiner ("X's comments", "the remarks"), not as a verb
// of speech ("X comments that ...").
func (v *view) nominalAt(k int) bool {
	if k == 0 {
		return false
	}
	switch v.words[k-1] {
	case "'s", "'", "the", "his", "her", "its", "their", "these", "those", "such", "recent", "latest":
		return true
	}
	return false
}

// articleOrHonorific reports whether w may stand between "of" and a name without changing
// whose the name is ("the detention of Ms. X", "of the two").
func articleOrHonorific(w string) bool {
	switch w {
	case "the", "a", "an", "ms", "ms.", "mr", "mr.", "mrs", "mrs.", "dr", "dr.":
		return true
	}
	return false
}

// titledPersonAfter returns the person named at the end of the title that
// follows a demonym ending at token k ("Chinese Ambassador to Canada X":
// X), -1 if none. A country or body named inside the title is passed over.
func (v *view) titledPersonAfter(k int) int {
	for n := 0; k < len(v.words) && n < 8; n++ {
		if mi := v.ment[k]; mi >= 0 {
			if v.mention(mi).Kind == text.NameMention && v.classOf(mi) == schema.Person && v.entityOf(mi) != "" {
				if n == 0 {
					return -1
				}
				return mi
			}
			k = v.span(mi)[1]
			continue
		}
		if w := v.toks[k].Text; !titleWord(w) && w != "to" && !v.is(k, wlTitle) {
			return -1
		}
		k++
	}
	return -1
}
