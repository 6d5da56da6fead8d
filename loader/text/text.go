// Package text holds the annotated document that extraction builds stage by
// stage (segment, tokenize, name, resolve, attribute, trigger) and the
// sentence and token scanners. Offsets are byte offsets into
// document.Document.Text unless a field says otherwise.
package text

import (
	"unicode/utf8"

	"newsgraph/loader/document"
	"newsgraph/schema"
)

// Token is one word or punctuation mark.
type Token struct {
	Text       string
	Start, End int // byte offsets in Doc.Text
}

// Sentence is one sentence of the title, the body or an aside.
type Sentence struct {
	Start, End int // byte offsets in Doc.Text
	Paragraph  int // index of the paragraph (body region) it is in; TitleParagraph or AsideParagraph otherwise
	Tokens     []Token
}

// Paragraph markers of the sentences outside the body.
const (
	// TitleParagraph marks the sentences of the headline.
	TitleParagraph = -1
	// AsideParagraph marks the sentences of document.Document.Aside (the
	// dateline, captions, photo credits, bylines, source lines): they name
	// entities but report no events, so event extraction skips them. They
	// follow the body in Annotated.Sentences.
	AsideParagraph = -2
)

// IsAside reports whether the sentence is from an aside, not the title or body.
func (s Sentence) IsAside() bool { return s.Paragraph == AsideParagraph }

// MentionKind says how a mention names its entity.
type MentionKind int

const (
	NameMention        MentionKind = iota // a proper name: "Wang Wenbin", "Foreign Ministry", "U.S."
	PronounMention                        // he, she, it, they
	DescriptionMention                    // a definite description: "the Huawei executive", "the spokesperson"
	DemonymMention                        // "Chinese" in "Chinese Ambassador": gives country context, not an entity mention of its own
	MetonymMention                        // a capital or "the X side/government" standing for its country: "Beijing said"
)

// Mention is one place in the text that refers to an entity.
type Mention struct {
	Start, End int // byte offsets in Doc.Text
	Sentence   int // index into Annotated.Sentences
	Text       string
	Kind       MentionKind
	Entity     string       // canonical name of the entity referred to ("" if unresolved)
	Class      schema.Class // the entity's class
}

// Quote is quoted or reported speech attributed to a speaker.
type Quote struct {
	Start, End int    // byte offsets of the quoted text
	Sentence   int    // the sentence holding the attribution (or the quote's first sentence)
	Speaker    string // canonical name, "" if unattributed
	Text       string
}

// Annotated is a document with what the extraction stages found in it.
type Annotated struct {
	Doc       *document.Document
	Sentences []Sentence // title (if any) first, then the body, in order, then the asides
	Mentions  []Mention  // sorted by Start
	Entities  map[string]*schema.Entity
	Relations []schema.Relation
	Quotes    []Quote
	Events    []schema.Event
}

// SentenceText returns the text of sentence i.
func (a *Annotated) SentenceText(i int) string {
	s := a.Sentences[i]
	return a.Doc.Text[s.Start:s.End]
}

// MentionsIn returns the mentions inside sentence i, in order.
func (a *Annotated) MentionsIn(i int) []Mention {
	var out []Mention
	for _, m := range a.Mentions {
		if m.Sentence == i {
			out = append(out, m)
		}
	}
	return out
}

// CharSpan converts a byte range of Doc.Text into a schema.Span in
// characters (Unicode code points), as the graph records it.
func (a *Annotated) CharSpan(start, end int) schema.Span {
	t := a.Doc.Text
	return schema.Span{Start: runeCount(t[:start]), End: runeCount(t[:end]), Text: t[start:end]}
}

// runeCount counts code points as ranging over s does (an invalid byte
// counts as one).
func runeCount(s string) int { return utf8.RuneCountInString(s) }
