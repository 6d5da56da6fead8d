package entities

import (
	"strings"
	"unicode/utf8"

	"newsgraph/loader/lexicon"
	"newsgraph/schema"
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
	lowsBuf   []string   // the arrays lows, caps and tmax are cut from
	capsBuf   []int8
	tmaxBuf   []int32
	spaced    bool // some token has a space in it
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
	lowText := lowerASCII(text)
	ns, ntok := len(d.a.Sentences), 0
	for _, s := range d.a.Sentences {
		ntok += len(s.Tokens)
	}
	// one backing array per table for the whole document, cut per sentence
	d.lows = resize(d.lows, ns)
	d.caps = resize(d.caps, ns)
	d.tmax = resize(d.tmax, ns)
	lows := resize(d.lowsBuf, ntok)
	caps := resize(d.capsBuf, ntok)
	tmax := resize(d.tmaxBuf, ntok)
	d.lowsBuf, d.capsBuf, d.tmaxBuf = lows, caps, tmax
	clear(caps)
	clear(tmax)
	d.spaced = false
	for i, s := range d.a.Sentences {
		n := len(s.Tokens)
		ls := lows[:n:n]
		for k, t := range s.Tokens {
			ascii, space := scanToken(t.Text)
			if ascii && t.Start >= 0 && t.End <= len(text) && t.Start <= t.End && text[t.Start:t.End] == t.Text {
				ls[k] = lowText[t.Start:t.End]
			} else {
				ls[k] = strings.ToLower(t.Text)
			}
			d.spaced = d.spaced || space
		}
		d.lows[i] = ls
		d.caps[i] = caps[:n:n]
		d.tmax[i] = tmax[:n:n]
		lows, caps, tmax = lows[n:], caps[n:], tmax[n:]
	}
	d.lookups = reuseMap(d.lookups)
	d.variants = reuseMap(d.variants)
	d.countries = reuseMap(d.countries)
	d.demonyms = reuseMap(d.demonyms)
	d.capitals = reuseMap(d.capitals)
	d.known = reuseMap(d.known)
}

// resize returns s with length n, reusing its array when it is big enough;
// the elements are not cleared.
func resize[T any](s []T, n int) []T {
	if cap(s) < n {
		return make([]T, n)
	}
	return s[:n]
}

// maxReused is the most entries a per-document map may have had to be
// cleared and reused for the next document (a bigger one is dropped).
const maxReused = 1 << 12

// reuseMap returns m emptied, or a new map when m is nil or was very big.
func reuseMap[K comparable, V any](m map[K]V) map[K]V {
	if m == nil || len(m) > maxReused {
		return map[K]V{}
	}
	clear(m)
	return m
}

// lookup is the package's lookup, remembered for the document.
func (d *docState) lookup(s string) (known, bool) {
	if m, ok := d.lookups[s]; ok {
		return m.k, m.ok
	}
	k, ok := d.lookupOnce(s)
	d.lookups[s] = knownMemo{k, ok}
	return k, ok
}

// lookupOnce is the package's lookup with the country and capital answers
// remembered for the document.
func (d *docState) lookupOnce(s string) (known, bool) {
	if c, ok := d.country(s); ok {
		return known{Name: c.Name, Class: schema.Country, Country: c.Name}, true
	}
	if k, ok := lookupExtra(s); ok {
		return k, true
	}
	if c, ok := d.capital(s); ok {
		return known{Name: canonicalCapital(s), Class: schema.Place, Country: c.Name}, true
	}
	return known{}, false
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

// lowerASCII is s with its ASCII capitals in lower case (other bytes as
// they are), built in one allocation.
func lowerASCII(s string) string {
	var b strings.Builder
	b.Grow(len(s))
	from := 0 // s[from:i] has no capital yet written
	for i := 0; i < len(s); i++ {
		if c := s[i]; 'A' <= c && c <= 'Z' {
			b.WriteString(s[from:i])
			b.WriteByte(c + 'a' - 'A')
			from = i + 1
		}
	}
	b.WriteString(s[from:])
	return b.String()
}

// scanToken reports whether s is ASCII and whether it has a space in it.
func scanToken(s string) (ascii, space bool) {
	ascii = true
	for i := 0; i < len(s); i++ {
		switch c := s[i]; {
		case c >= utf8.RuneSelf:
			ascii = false
		case c == ' ':
			space = true
		}
	}
	return ascii, space
}

func isASCII(s string) bool {
	for i := 0; i < len(s); i++ {
		if s[i] >= 0x80 {
			return false
		}
	}
	return true
}
