package events

import (
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
	words  []string // lower case, curly apostrophes straightened
	ment   []int    // index into a.Mentions of the mention covering the token, -1
	quote  []int    // index into the document's quote spans of the full quote holding the token, -1
	masked []bool   // inside a name: not a trigger
	ments  []int    // a.Mentions indexes in this sentence, in order
	mspan  map[int][2]int
}

func newView(a *text.Annotated, i int, spans []qspan) *view {
	s := a.Sentences[i]
	v := &view{a: a, idx: i, toks: s.Tokens, mspan: map[int][2]int{}}
	if len(v.toks) == 0 {
		v.toks = tokenize(a.Doc.Text, s.Start, s.End)
	}
	n := len(v.toks)
	v.words = make([]string, n)
	v.ment = make([]int, n)
	v.quote = make([]int, n)
	v.masked = make([]bool, n)
	for k, t := range v.toks {
		v.words[k] = normWord(t.Text)
		v.ment[k] = -1
		v.quote[k] = -1
		for qi, q := range spans {
			if q.full && t.Start >= q.open && t.End <= q.close+q.closeLen {
				v.quote[k] = qi
				break
			}
		}
	}
	for mi := range a.Mentions {
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
		// a token already claimed by an earlier (longer) mention keeps it
		if v.ment[first] >= 0 {
			continue
		}
		for k := first; k <= last; k++ {
			v.ment[k] = mi
			if m.Kind == text.NameMention || m.Kind == text.MetonymMention {
				v.masked[k] = true
			}
		}
		v.ments = append(v.ments, mi)
		v.mspan[mi] = [2]int{first, last + 1}
	}
	return v
}

// normWord lower-cases a token and straightens its apostrophes.
func normWord(s string) string {
	s = strings.ToLower(s)
	s = strings.ReplaceAll(s, "\u2019", "'")
	s = strings.ReplaceAll(s, "\u2018", "'")
	return s
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
	sp := v.mspan[mi]
	m := v.mention(mi)
	lw := normWord(m.Text)
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
		sp := v.mspan[mi]
		for k := sp[1]; k < len(v.words) && k <= sp[1]+1; k++ {
			if wordList("authority")[v.words[k]] {
				return m.Entity
			}
			if v.ment[k] >= 0 {
				break
			}
		}
		// a country's short name tagged as a demonym ("the US and
		// Canada", "by the U.S.") stands for the country unless it
		// modifies a noun or title ("US officials" aside, "US Ambassador")
		if _, ok := countryNamed(m.Text); ok && !v.headFollows(sp[1]) {
			return m.Entity
		}
		return ""
	}
	return m.Entity
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
	if wordList("function")[w] || isSpeechVerb(w) || strings.HasSuffix(w, "ed") || w == "'s" {
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
	for j := k - 1; j >= 0; j-- {
		switch v.words[j] {
		case "the", "a", "an", "its", "his", "her", "their", "our", "both", "two", "three", "all", "some", "several", "other", "former", "top", "senior":
			continue
		}
		if mi := v.ment[j]; mi >= 0 && v.mention(mi).Kind == text.DemonymMention {
			continue // "against Chinese officials"
		}
		return v.words[j]
	}
	return ""
}

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
	for k >= 0 {
		w := v.words[k]
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
					if c2+1 < k && wordList("appositive")[v.words[c2+1]] {
						k, skipped = c2, true
					}
					break
				}
			}
			// otherwise a comma ends the clause unless a name stands right
			// before it ("Geng Shuang, spokesman for the ministry, said"):
			// in "…, a spokesperson said" the subject is the unnamed one
			if !skipped && (k == 0 || v.ment[k-1] < 0) && !wordList("appositive")[v.words[min(k+1, len(v.words)-1)]] {
				break
			}
			k--
			continue
		}
		mi := v.ment[k]
		if mi < 0 {
			k--
			continue
		}
		sp := v.mspan[mi]
		k = sp[0] - 1
		ent := v.entityOf(mi)
		if ent == "" {
			continue
		}
		p := v.prepBefore(sp[0])
		if (wordList("badprep")[p] || wordList("objprep")[p]) && !wordList("subordinator")[p] {
			continue
		}
		if v.possessive(mi) || v.modifier(mi) {
			if fallback == nil {
				fallback = []int{mi}
			}
			continue
		}
		out := []int{mi}
		// coordinated subjects: "X and Y", "X, Y and Z", "X, a diplomat, and Y"
		j := sp[0] - 1
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
			if v.words[j2] == "," {
				j2 = v.skipParentheticalLeft(j2)
			}
			if j2 > 0 && v.words[j2] == "the" {
				j2--
			}
			m2 := v.mentionAt(j2)
			if m2 < 0 || v.entityOf(m2) == "" || v.possessive(m2) {
				break
			}
			if p2 := v.prepBefore(v.mspan[m2][0]); (wordList("badprep")[p2] || wordList("objprep")[p2]) && !wordList("subordinator")[p2] {
				break // "talks with X and Y said": X is an object
			}
			out = append([]int{m2}, out...)
			j = v.mspan[m2][0] - 1
		}
		return out
	}
	return fallback
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
			if wordList("boundary")[w] {
				break
			}
			if w == "to" && k+1 < len(v.words) && v.ment[k+1] < 0 && v.words[k+1] != "the" {
				break // an infinitive complement begins
			}
			continue
		}
		sp := v.mspan[mi]
		ent := v.entityOf(mi)
		if ent == "" {
			k = sp[1] - 1
			continue
		}
		p := v.prepBefore(sp[0])
		if wordList("badprep")[p] {
			skipped = append(skipped, mi)
			k = sp[1] - 1
			continue
		}
		if v.possessive(mi) || v.modifier(mi) {
			if possessor < 0 {
				possessor = mi
			}
			k = sp[1] - 1
			continue
		}
		obj = v.coordinated(mi)
		return obj, skipped, possessor
	}
	return nil, skipped, possessor
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
			if c+1 < k && wordList("appositive")[v.words[c+1]] {
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
	sp := v.mspan[mi]
	if sp[1] >= len(v.words) {
		return false
	}
	nt := v.toks[sp[1]]
	w := v.words[sp[1]]
	if v.ment[sp[1]] >= 0 || nt.Text == "" {
		return false
	}
	r, _ := utf8.DecodeRuneInString(nt.Text)
	if !unicode.IsLower(r) || wordList("function")[w] || isSpeechVerb(w) || strings.HasSuffix(w, "ed") {
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
	sp := v.mspan[mi]
	obj := []int{mi}
	j := sp[1]
	for j < len(v.words)-1 {
		cw := v.words[j]
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
			if isClauseBreak(w) || w == "," || wordList("boundary")[w] || wordList("badprep")[w] || v.isQuoteMark(j2) || isSpeechVerb(w) || !titleWord(v.toks[j2].Text) {
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
		if v.possessive(m2) {
			break
		}
		obj = append(obj, m2)
		j = v.mspan[m2][1]
	}
	return obj
}

// includedAfter finds "including X, Y and Z" in the clause after token k
// and returns those mentions.
func (v *view) includedAfter(k int) []int {
	for j := k; j < len(v.words) && j < k+12; j++ {
		w := v.words[j]
		if isClauseBreak(w) || v.isQuoteMark(j) || (wordList("boundary")[w] && w != "and") {
			return nil
		}
		if w != "including" && w != "notably" && w != "among" {
			continue
		}
		n := j + 1
		for n < len(v.words) && v.ment[n] < 0 && n < j+6 && titleWord(v.toks[n].Text) || n < len(v.words) && v.ment[n] < 0 && n < j+6 && isTitleNoun(v.words[n]) {
			n++
		}
		if n < len(v.words) && v.ment[n] >= 0 && v.entityOf(v.ment[n]) != "" {
			return v.coordinated(v.ment[n])
		}
		return nil
	}
	return nil
}

// isTitleNoun reports whether w is a lower-case office word before a name
// ("including senators X and Y").
func isTitleNoun(w string) bool {
	return wordList("title")[w]
}
