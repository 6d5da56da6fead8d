package events

import (
	"strings"
	"unicode"
	"unicode/utf8"

	"newsgraph/loader/text"
	"newsgraph/schema"
)

// qspan is one stretch of quoted text in the document.
type qspan struct {
	open, close       int // byte offsets of the opening and closing marks (close = paragraph end if never closed)
	openLen, closeLen int
	para              int
	full              bool   // speech rather than a few scare-quoted words
	speaker           string // canonical name, "" if unattributed
	sentence          int    // the attribution sentence, else the quote's first
	rule              string
}

// minQuoteWords is the length from which a quotation is taken as speech
// rather than a quoted phrase ("grave consequences").
const minQuoteWords = 5

// findQuoteSpansIn pairs the quotation marks of each paragraph: curly marks
// open and close, straight ones alternate; a quote left open at the end of
// a paragraph ends there (the next paragraph reopens it by convention).
// It is given the paragraphs and appends to spans[:0].
func findQuoteSpansIn(a *text.Annotated, paras []para, spans []qspan) []qspan {
	spans = spans[:0]
	for _, p := range paras {
		t := a.Doc.Text
		open := -1
		openLen := 0
		for i := p.start; i < p.end; {
			if c := t[i]; c < utf8.RuneSelf && c != '"' {
				i++ // no quotation mark
				continue
			}
			r, size := utf8.DecodeRuneInString(t[i:])
			switch {
			case r == '“' || r == '«' || (r == '"' && open < 0):
				if open < 0 {
					open, openLen = i, size
				}
			case r == '”' || r == '»' || r == '"':
				if open >= 0 {
					spans = append(spans, qspan{open: open, openLen: openLen, close: i, closeLen: size, para: p.para})
					open = -1
				}
			}
			i += size
		}
		if open >= 0 {
			spans = append(spans, qspan{open: open, openLen: openLen, close: p.end, closeLen: 0, para: p.para})
		}
	}
	for i := range spans {
		q := &spans[i]
		q.full = hasFields(a.Doc.Text[q.open+q.openLen:q.close], minQuoteWords)
		q.sentence = sentenceAt(a, q.open+q.openLen)
	}
	return spans
}

// hasFields reports whether s holds at least n words separated by white
// space: len(strings.Fields(s)) >= n.
func hasFields(s string, n int) bool {
	count, inField := 0, false
	for i := 0; i < len(s); {
		c := s[i]
		size := 1
		var space bool
		if c < utf8.RuneSelf {
			space = c == ' ' || c == '\t' || c == '\n' || c == '\v' || c == '\f' || c == '\r'
		} else {
			var r rune
			r, size = utf8.DecodeRuneInString(s[i:])
			space = unicode.IsSpace(r)
		}
		if space {
			inField = false
		} else if !inField {
			inField = true
			if count++; count >= n {
				return true
			}
		}
		i += size
	}
	return count >= n
}

type para struct{ para, start, end, first int }

// paragraphsIn groups the sentences by paragraph, appending to out[:0].
func paragraphsIn(a *text.Annotated, out []para) []para {
	out = out[:0]
	for i, s := range a.Sentences {
		if n := len(out); n > 0 && out[n-1].para == s.Paragraph {
			out[n-1].end = s.End
			continue
		}
		out = append(out, para{para: s.Paragraph, start: s.Start, end: s.End, first: i})
	}
	return out
}

// sentenceAt returns the sentence holding byte offset off (the last one
// starting at or before it).
func sentenceAt(a *text.Annotated, off int) int {
	best := 0
	for i, s := range a.Sentences {
		if s.Start <= off {
			best = i
		} else {
			break
		}
	}
	return best
}

// speakerOf picks the speaker among candidate mentions: a person first,
// then a resolved pronoun or description, then any other actor.
func speakerOf(v *view, cands []int) int {
	best, bestRank := -1, 99
	for _, mi := range cands {
		ent := v.entityOf(mi)
		if ent == "" || v.unnamedMembers(mi) {
			continue
		}
		if e := v.span(mi)[1]; e < len(v.words) && (v.words[e] == "quoted" || v.words[e] == "cited" || v.words[e] == "quotes" || v.words[e] == "cites") {
			continue // "Reuters quoted the company as saying": a source, not the speaker
		}
		m := v.mention(mi)
		rank := 4
		switch {
		case v.classOf(mi) == schema.Person:
			rank = 0
		case m.Kind == text.PronounMention || m.Kind == text.DescriptionMention:
			rank = 1
		case m.Kind == text.NameMention:
			rank = 2
		case m.Kind == text.MetonymMention:
			rank = 3
		}
		if rank < bestRank {
			best, bestRank = mi, rank
		}
	}
	return best
}

// attribution is what the quote stage found about who speaks where.
type attribution struct {
	spans []qspan
	paras []para
	views []*view
	// speaker of each sentence: the speaker of the quote holding it, or of
	// its reported speech ("X said that ..."); "" if none.
	sentSpeaker []string
	sentQuote   []string // the quoted text for the sentence's speaker
}

// attribute finds the quotes of a document and their speakers, fills
// a.Quotes and returns the per-sentence attribution the event rules use.
// st (may be nil) lends the memory.
func attribute(a *text.Annotated, st *docState) *attribution {
	if st == nil {
		st = new(docState)
	}
	at := &attribution{}
	st.paras = paragraphsIn(a, st.paras)
	st.qspans = findQuoteSpansIn(a, st.paras, st.qspans)
	at.paras, at.spans = st.paras, st.qspans
	at.views = newViews(a, at.spans, st)
	n := len(a.Sentences)
	st.sentSpeaker, st.sentQuote = grow(st.sentSpeaker, n), grow(st.sentQuote, n)
	clear(st.sentSpeaker)
	clear(st.sentQuote)
	at.sentSpeaker, at.sentQuote = st.sentSpeaker, st.sentQuote
	lastInPara := map[int]string{}
	prevPara, prevParaSpeaker := -2, ""
	for qi := range at.spans {
		q := &at.spans[qi]
		if !q.full {
			continue
		}
		if q.para != prevPara {
			// the speaker of the previous paragraph's last quote carries
			// into a paragraph that opens with a quote
			if s, ok := lastInPara[prevPara]; ok {
				prevParaSpeaker = s
			} else if prevPara != -2 {
				prevParaSpeaker = ""
			}
		}
		if sp, si, ok := at.attributeAfter(a, q); ok {
			q.speaker, q.sentence, q.rule = sp, si, "quote-attrib"
		} else if sp, si, ok := at.attributeBefore(a, q); ok {
			q.speaker, q.sentence, q.rule = sp, si, "quote-attrib-before"
		} else if sp, si, ok := at.clauseSpeaker(a, q); ok {
			q.speaker, q.sentence, q.rule = sp, si, "quote-clause"
		} else if s := lastInPara[q.para]; s != "" {
			q.speaker, q.rule = s, "quote-continued"
		} else if prevParaSpeaker != "" && at.opensParagraph(a, q) {
			q.speaker, q.rule = prevParaSpeaker, "quote-next-paragraph"
		}
		lastInPara[q.para] = q.speaker
		prevPara = q.para
		quoted := strings.TrimSpace(a.Doc.Text[q.open+q.openLen : q.close])
		a.Quotes = append(a.Quotes, text.Quote{Start: q.open + q.openLen, End: q.close, Sentence: q.sentence, Speaker: q.speaker, Text: quoted})
		if q.speaker == "" {
			continue
		}
		for i, s := range a.Sentences {
			if s.End > q.open && s.Start < q.close {
				if at.sentSpeaker[i] == "" {
					at.sentSpeaker[i] = q.speaker
					at.sentQuote[i] = quoted
				}
			}
		}
	}
	at.reportedSpeech(a)
	at.documentSpeaker(a)
	return at
}

// documentSpeaker: a document headed "Comment by X", "Statement by X",
// "Remarks by X" is X's own text; its sentences that speak in the first
// person ("we note", "our companies") and have no other speaker are X's.
func (at *attribution) documentSpeaker(a *text.Annotated) {
	speaker := ""
	for i := 0; i < len(at.views) && i < 4 && speaker == ""; i++ {
		v := at.views[i]
		if len(v.words) < 3 || v.words[1] != "by" || !v.is(0, wlByline) {
			continue
		}
		for k := 2; k < len(v.words) && k < 12; k++ {
			if mi := v.ment[k]; mi >= 0 && v.classOf(mi) == schema.Person && v.entityOf(mi) != "" {
				speaker = v.entityOf(mi)
				break
			}
			if v.words[k] == "on" || v.words[k] == "at" || v.words[k] == "," {
				break
			}
		}
	}
	if speaker == "" {
		return
	}
	for i, v := range at.views {
		if at.sentSpeaker[i] != "" {
			continue
		}
		for k, w := range v.words {
			if v.is(k, wlFirstperson) && v.quote[k] < 0 && w != "me" {
				at.sentSpeaker[i] = speaker
				break
			}
		}
	}
}

// clauseSpeaker attributes a quote inside a sentence to the named subject
// of a verb of saying or judging before it in that sentence ("X condemned
// the decision as “an unfriendly act”", "X blamed Y for the “current
// situation”").
func (at *attribution) clauseSpeaker(a *text.Annotated, q *qspan) (string, int, bool) {
	si := sentenceAt(a, q.open)
	if si < 0 {
		return "", 0, false
	}
	v := at.views[si]
	if len(v.words) == 0 {
		return "", 0, false
	}
	qk := tokenAt(v, q.open)
	for _, t := range v.triggers() {
		if t.end > qk {
			break
		}
		if !(t.speech || speechAct(t.class)) || t.pos == 'a' || t.form == FormNoun || t.form == FormGer {
			continue
		}
		for _, mi := range v.subjectBefore(t.start) {
			if e := v.entityOf(mi); e != "" && v.classOf(mi) != schema.Place {
				return e, si, true
			}
		}
	}
	return "", 0, false
}

// opensParagraph reports whether q starts its paragraph.
func (at *attribution) opensParagraph(a *text.Annotated, q *qspan) bool {
	for _, p := range at.paras {
		if p.para == q.para {
			return strings.TrimSpace(a.Doc.Text[p.start:q.open]) == ""
		}
	}
	return false
}

var attribStarters = map[string]bool{"the": true, "a": true, "an": true, "he": true, "she": true, "they": true, "it": true, "according": true, "his": true, "her": true}

// attributeAfter looks for `…,” X said` / `…,” said X` after the closing mark.
func (at *attribution) attributeAfter(a *text.Annotated, q *qspan) (string, int, bool) {
	if q.closeLen == 0 {
		return "", 0, false
	}
	si := sentenceAt(a, q.close)
	v := at.views[si]
	start := -1
	for k, t := range v.toks {
		if t.Start >= q.close+q.closeLen {
			start = k
			break
		}
	}
	if start < 0 {
		// the sentence ends at the mark: the attribution opens the next one
		if si+1 >= len(at.views) || a.Sentences[si+1].Paragraph != q.para {
			return "", 0, false
		}
		si++
		v = at.views[si]
		start = 0
	}
	for start < len(v.words) && (v.words[start] == "," || v.words[start] == "—") {
		start++
	}
	if start >= len(v.words) {
		return "", 0, false
	}
	w := v.words[start]
	if !(v.ment[start] >= 0 || v.is(start, wlSpeech) || attribStarters[w]) {
		return "", 0, false
	}
	var cands []int
	verb := -1
	for k := start; k < len(v.words) && k < start+14; k++ {
		if v.isQuoteMark(k) || isClauseBreak(v.words[k]) {
			break
		}
		if verb < 0 && v.is(k, wlSpeech) {
			verb = k
		}
		if mi := v.ment[k]; mi >= 0 && (len(cands) == 0 || cands[len(cands)-1] != mi) {
			if verb >= 0 && k > verb+4 && !(k <= verb+7 && v.words[k-1] == ",") {
				break // but "said a ministry spokesman, X": the name in apposition
			}
			cands = append(cands, mi)
		}
	}
	if verb < 0 {
		if w == "according" && start+1 < len(v.words) && v.words[start+1] == "to" {
			verb = start
		} else {
			return "", 0, false
		}
	}
	mi := speakerOf(v, cands)
	if mi < 0 {
		return "", 0, false
	}
	return v.entityOf(mi), si, true
}

// attributeBefore looks for `X said: “…”` / `X said “…”` before the opening mark.
func (at *attribution) attributeBefore(a *text.Annotated, q *qspan) (string, int, bool) {
	si := sentenceAt(a, q.open)
	v := at.views[si]
	end := -1 // first token at or after the mark
	for k, t := range v.toks {
		if t.Start >= q.open {
			end = k
			break
		}
	}
	if end < 0 {
		end = len(v.toks)
	}
	from := 0
	for k := end - 1; k >= 0; k-- {
		if v.isQuoteMark(k) {
			from = k + 1
			break
		}
	}
	if end-from < 2 {
		// the quote opens its sentence: the previous sentence may end "X said:"
		if si == 0 || a.Sentences[si-1].Paragraph != q.para {
			return "", 0, false
		}
		pv := at.views[si-1]
		if n := len(pv.words); n == 0 || pv.words[n-1] != ":" {
			return "", 0, false
		}
		si--
		v = pv
		from, end = 0, len(pv.words)
	}
	last := v.words[end-1]
	verb := -1
	for k := end - 1; k >= from; k-- {
		if v.is(k, wlSpeech) && v.ment[k] < 0 {
			verb = k
			break
		}
	}
	if verb < 0 && last != ":" {
		return "", 0, false
	}
	if verb < 0 {
		verb = end - 1
	}
	if subj := v.subjectBefore(verb); len(subj) > 0 {
		if mi := speakerOf(v, subj); mi >= 0 {
			return v.entityOf(mi), si, true
		}
	}
	// inversion: said Lavrov: “…”
	for k := verb + 1; k < end && k <= verb+3; k++ {
		if mi := v.ment[k]; mi >= 0 && v.entityOf(mi) != "" {
			return v.entityOf(mi), si, true
		}
	}
	return "", 0, false
}

// reportedSpeech attributes unquoted speech: "X said (that) …", "…, X
// said.", "according to X, …". It adds a Quote for each and marks the
// sentence's speaker when no quote did.
func (at *attribution) reportedSpeech(a *text.Annotated) {
	for i, v := range at.views {
		if at.sentSpeaker[i] != "" {
			continue
		}
		s := a.Sentences[i]
		// speech verbs inside a phrase that is no trigger ("declined to
		// comment") attribute nothing, nor one announcing a deed named
		// before it ("the sanctions that X announced on Tuesday")
		trigs := v.triggers()
		speechAt := func(k int) bool {
			for _, t := range trigs {
				if t.speech && t.start == k {
					return !announcesDeedBefore(v, trigs, t)
				}
			}
			return false
		}
		for k := 0; k < len(v.words); k++ {
			if v.quote[k] >= 0 || v.ment[k] >= 0 {
				continue
			}
			w := v.words[k]
			var speaker string
			var textStart, textEnd int
			switch {
			case w == "according" && k+1 < len(v.words) && v.words[k+1] == "to":
				if mi := v.mentionAt(k + 2); mi >= 0 && v.entityOf(mi) != "" {
					speaker = v.entityOf(mi)
					if k > 0 {
						textStart, textEnd = s.Start, v.toks[k].Start
					} else {
						textStart, textEnd = v.toks[v.span(mi)[1]-1].End, s.End
					}
				}
			case v.is(k, wlSpeech) && speechAt(k) && !negated(v, k):
				subj := v.subjectBefore(k)
				if len(subj) == 0 && k+1 < len(v.words) {
					if mi := v.ment[k+1]; mi >= 0 && k > 0 && v.words[k-1] == "," {
						subj = []int{mi} // "…, said Geng."
					}
				}
				mi := speakerOf(v, subj)
				if mi < 0 {
					continue
				}
				speaker = v.entityOf(mi)
				sp := v.span(mi)
				if first := min(sp[0], k); first > 1 && v.words[first-1] == "," {
					textStart, textEnd = s.Start, v.toks[first-1].Start // "…, X said."
				} else {
					j := k + 1
					for j < len(v.words) && (v.words[j] == "that" || v.words[j] == "," || v.words[j] == ":") {
						j++
					}
					if j >= len(v.toks) {
						continue
					}
					textStart, textEnd = v.toks[j].Start, s.End
				}
			default:
				continue
			}
			if speaker == "" || textEnd <= textStart {
				continue
			}
			quoted := strings.TrimSpace(a.Doc.Text[textStart:textEnd])
			if quoted == "" {
				continue
			}
			a.Quotes = append(a.Quotes, text.Quote{Start: textStart, End: textEnd, Sentence: i, Speaker: speaker, Text: quoted})
			at.sentSpeaker[i] = speaker
			at.sentQuote[i] = quoted
			break
		}
	}
}
