package text

import (
	"strings"
	"unicode"
	"unicode/utf8"

	"newsgraph/loader/document"
)

// Segment splits the title (TitleParagraph), each body region and then each
// aside region (AsideParagraph) of doc into sentences of tokens and returns
// the annotated document the later stages fill in.
func Segment(doc *document.Document) *Annotated {
	a := &Annotated{Doc: doc}
	if doc.Title.End > doc.Title.Start {
		a.Sentences = append(a.Sentences, SplitSentences(doc.Text, doc.Title.Start, doc.Title.End, TitleParagraph)...)
	}
	for i, r := range doc.Body {
		a.Sentences = append(a.Sentences, SplitSentences(doc.Text, r.Start, r.End, i)...)
	}
	for _, r := range doc.Aside {
		if r.End > r.Start {
			a.Sentences = append(a.Sentences, SplitSentences(doc.Text, r.Start, r.End, AsideParagraph)...)
		}
	}
	return a
}

// SplitSentences splits text[start:end] into sentences, labelled with paragraph.
func SplitSentences(text string, start, end, paragraph int) []Sentence {
	toks := Tokenize(text[start:end], start)
	wrapped := hardWrapped(text[start:end])
	var out []Sentence
	si := 0
	flush := func(last int) {
		if last < si {
			return
		}
		ts := toks[si : last+1]
		out = append(out, Sentence{Start: ts[0].Start, End: ts[len(ts)-1].End, Paragraph: paragraph, Tokens: ts})
		si = last + 1
	}
	for k := 0; k < len(toks); k++ {
		if k > si && !wrapped && strings.Contains(text[toks[k-1].End:toks[k].Start], "\n") && !openBefore(toks, k) {
			flush(k - 1)
		}
		kind, ok := terminator(toks[k].Text)
		if !ok {
			continue
		}
		endTok := k
		quoted := false
		for endTok+1 < len(toks) && toks[endTok+1].Start == toks[endTok].End && isCloser(toks[endTok+1].Text) {
			endTok++
			if isQuote(toks[endTok].Text) {
				quoted = true
			}
		}
		if endTok+1 >= len(toks) {
			k = endTok
			continue
		}
		if boundaryBefore(toks, endTok+1, kind, quoted, toks[k].Text) {
			flush(endTok)
		}
		k = endTok
	}
	if si < len(toks) {
		flush(len(toks) - 1)
	}
	return out
}

// terminator reports whether a token can end a sentence, and how.
func terminator(t string) (AbbrevKind, bool) {
	switch t {
	case ".", "!", "?", "...", "…", "?!", "!?":
		return NotAbbrev, true
	}
	if strings.HasSuffix(t, "...") {
		return NotAbbrev, true
	}
	if strings.HasSuffix(t, ".") && len(t) > 1 {
		k := Abbreviation(t)
		if k == MonthAbbrev || k == OtherAbbrev {
			return k, true
		}
	}
	return NotAbbrev, false
}

func isCloser(t string) bool {
	switch t {
	case "\"", "\u201d", "\u2019", "'", ")", "]", "\u00bb":
		return true
	}
	return false
}

func isQuote(t string) bool {
	switch t {
	case "\"", "\u201d", "\u2019", "'", "\u00bb":
		return true
	}
	return false
}

func isOpener(t string) bool {
	switch t {
	case "\"", "\u201c", "\u2018", "'", "(", "[", "\u00ab":
		return true
	}
	return false
}

// boundaryBefore decides whether a sentence starts at toks[m], after a
// terminator of the given kind (closed by a quote when quoted).
func boundaryBefore(toks []Token, m int, kind AbbrevKind, quoted bool, term string) bool {
	j := m
	for j < len(toks) && isOpener(toks[j].Text) {
		j++
	}
	if j >= len(toks) {
		return true
	}
	next := toks[j].Text
	r, _ := utf8.DecodeRuneInString(next)
	switch {
	case unicode.IsLower(r):
		return false
	case unicode.IsDigit(r):
		return kind == NotAbbrev
	case !unicode.IsUpper(r) && j == m:
		// punctuation or a symbol: "?", "—", "(" already skipped
		return kind == NotAbbrev && r != ',' && r != ';' && r != ':' && !strings.ContainsRune("—–-", r)
	}
	if kind != NotAbbrev {
		return IsSentenceStarter(next) || j > m
	}
	if quoted && (term == "?" || term == "!" || term == "," || term == "...") {
		// "... champion?" Wang asked: the attribution belongs to the quote
		if attributionFollows(toks, m) {
			return false
		}
	}
	if quoted && term == "." && attributionFollows(toks, m) && !IsSentenceStarter(next) {
		// "It is wrong." Wang said, ... (a quote ending in a period before its attribution)
		return false
	}
	return true
}

// attributionFollows: up to four capitalized words or a pronoun, then a verb of saying.
func attributionFollows(toks []Token, m int) bool {
	for j := m; j < len(toks) && j < m+5; j++ {
		t := toks[j].Text
		if IsSpeechVerb(t) && j > m {
			return true
		}
		r, _ := utf8.DecodeRuneInString(t)
		if !unicode.IsUpper(r) && !isPronoun(t) {
			return false
		}
	}
	return false
}

func isPronoun(t string) bool {
	switch strings.ToLower(t) {
	case "he", "she", "they", "it", "we", "i":
		return true
	}
	return false
}

// hardWrapped reports whether a region's single newlines are line wrapping
// inside paragraphs (most lines of similar, moderate length) rather than
// line breaks between separate lines of text.
func hardWrapped(region string) bool {
	lines := strings.Split(strings.TrimRight(region, "\n"), "\n")
	if len(lines) < 3 {
		return false
	}
	mid, long := 0, 0
	for _, l := range lines[:len(lines)-1] {
		n := utf8.RuneCountInString(strings.TrimSpace(l))
		if n >= 45 && n <= 100 {
			mid++
		}
		if n > 110 {
			long++
		}
	}
	return long == 0 && mid*10 >= (len(lines)-1)*8
}

// openEnders are words after which a sentence cannot stop.
var openEnders = map[string]bool{"of": true, "the": true, "a": true, "an": true, "and": true, "or": true, "to": true,
	"for": true, "in": true, "on": true, "with": true, "by": true, "at": true, "from": true, "'s": true, "\u2019s": true, ",": true}

// openBefore reports whether the line break before toks[k] falls inside a
// sentence: after a comma, a possessive, a function word or a title
// ("Gen.", "No."), between a month abbreviation and a number ("Sept." /
// "12"), or before a word in lower case.
func openBefore(toks []Token, k int) bool {
	r, _ := utf8.DecodeRuneInString(toks[k].Text)
	if openEnders[strings.ToLower(toks[k-1].Text)] || unicode.IsLower(r) {
		return true
	}
	if prev := toks[k-1].Text; strings.HasSuffix(prev, ".") {
		switch Abbreviation(prev) {
		case TitleAbbrev:
			return len(prev) > 2 // not an initial ending a line
		case MonthAbbrev:
			return unicode.IsDigit(r)
		}
	}
	return false
}
