package entities

import (
	"strings"

	"newsgraph/loader/lexicon"
)

// Per-document caches: the lower-case form of every token, and the
// gazetteer's answers for the strings the stages look up (the same spans
// and words are looked up many times in one document).

type knownMemo struct {
	k  known
	ok bool
}

type countryMemo struct {
	c  *lexicon.Country
	ok bool
}

type memos struct {
	lows      [][]string // per sentence, per token: the token in lower case
	caps      [][]int8   // per sentence, per token: isCap, 0 until known, then 1 (no) or 2 (yes)
	tmax      [][]int32  // per sentence, per token: 0 until known, then 1 + the most words of a title starting with the token
	spaced    bool       // some token has a space in it
	known     map[string]bool
	lookups   map[string]knownMemo
	variants  map[string]knownMemo // lexicon.OrganizationVariant answers
	countries map[string]countryMemo
	demonyms  map[string]countryMemo
	capitals  map[string]countryMemo
	buf       []byte // scratch for phrases built from tokens
}

func (d *docState) initMemos() {
	// lower-case the document's ASCII letters once; an ASCII token's lower
	// case is then a slice of that
	text := d.a.Doc.Text
	lower := []byte(text)
	for x, c := range lower {
		if 'A' <= c && c <= 'Z' {
			lower[x] = c + 'a' - 'A'
		}
	}
	lowText := string(lower)
	d.lows = make([][]string, len(d.a.Sentences))
	d.caps = make([][]int8, len(d.a.Sentences))
	d.tmax = make([][]int32, len(d.a.Sentences))
	for i, s := range d.a.Sentences {
		ls := make([]string, len(s.Tokens))
		for k, t := range s.Tokens {
			if t.Start >= 0 && t.End <= len(text) && t.Start <= t.End && text[t.Start:t.End] == t.Text && isASCII(t.Text) {
				ls[k] = lowText[t.Start:t.End]
			} else {
				ls[k] = strings.ToLower(t.Text)
			}
		}
		d.lows[i] = ls
		d.caps[i] = make([]int8, len(s.Tokens))
		d.tmax[i] = make([]int32, len(s.Tokens))
		for _, t := range s.Tokens {
			if strings.IndexByte(t.Text, ' ') >= 0 {
				d.spaced = true
			}
		}
	}
	d.lookups = map[string]knownMemo{}
	d.variants = map[string]knownMemo{}
	d.countries = map[string]countryMemo{}
	d.demonyms = map[string]countryMemo{}
	d.capitals = map[string]countryMemo{}
	d.known = map[string]bool{}
}

// lookup is the package's lookup, remembered for the document.
func (d *docState) lookup(s string) (known, bool) {
	if m, ok := d.lookups[s]; ok {
		return m.k, m.ok
	}
	k, ok := lookup(s)
	d.lookups[s] = knownMemo{k, ok}
	return k, ok
}

func (d *docState) country(s string) (*lexicon.Country, bool) {
	return remember(d.countries, s, country)
}

func (d *docState) demonym(s string) (*lexicon.Country, bool) {
	return remember(d.demonyms, s, demonym)
}

func (d *docState) capital(s string) (*lexicon.Country, bool) {
	return remember(d.capitals, s, capital)
}

func remember(m map[string]countryMemo, s string, f func(string) (*lexicon.Country, bool)) (*lexicon.Country, bool) {
	if r, ok := m[s]; ok {
		return r.c, r.ok
	}
	c, ok := f(s)
	m[s] = countryMemo{c, ok}
	return c, ok
}

// phrase joins the lower-case tokens [a, b) of sentence i with single
// spaces into the scratch buffer; the bytes are valid until the next call.
func (d *docState) phrase(i, a, b int) []byte {
	buf := d.buf[:0]
	for k := a; k < b; k++ {
		if k > a {
			buf = append(buf, ' ')
		}
		buf = append(buf, d.lows[i][k]...)
	}
	d.buf = buf
	return buf
}

// singleSpaced reports whether s is ASCII with words separated by single
// spaces and no space at either end: strings.Fields then joining with " "
// gives s back.
func singleSpaced(s string) bool {
	if s == "" || s[0] == ' ' || s[len(s)-1] == ' ' {
		return false
	}
	for i := 0; i < len(s); i++ {
		switch c := s[i]; {
		case c >= 0x80, c == '\t', c == '\n', c == '\v', c == '\f', c == '\r':
			return false
		case c == ' ' && s[i-1] == ' ':
			return false
		}
	}
	return true
}

func isASCII(s string) bool {
	for i := 0; i < len(s); i++ {
		if s[i] >= 0x80 {
			return false
		}
	}
	return true
}
