// Package lexicon is the world knowledge entity extraction relies on: a
// gazetteer of countries (names, short forms, demonyms, capitals), sub-national
// places and world cities, well-known organizations, and the patterns that name
// government bodies. Everything is read lazily, once, from embedded data files
// in data/ (tab-separated, '|' between alternatives, '#' starts a comment line).
//
// Lookups are case-insensitive and tolerate a leading "the", periods ("U.S." =
// "US"), hyphens ("Guinea Bissau"), curly apostrophes and diacritics ("Cote
// d'Ivoire"). One exception keeps common words from matching: a name written
// in capitals only ("US", "WHO", "AP") matches only when the text looked up has
// no lower-case letters, so "who" and "us" match nothing.
package lexicon

import (
	"embed"
	"fmt"
	"strings"
	"unicode"
	"unicode/utf8"

	"golang.org/x/text/unicode/norm"
)

//go:embed data
var data embed.FS

// Key is the normalized form under which names are indexed: lower case,
// without diacritics, periods, commas or a leading "the", with hyphens as
// spaces and single spaces.
func Key(s string) string {
	if isASCII(s) {
		var buf [64]byte
		return string(appendASCIIKey(buf[:0], s))
	}
	return slowKey(s)
}

// appendKey appends Key(s) to dst; for ASCII text it builds the key in place
// without allocating (a lookup then needs no string of its own).
func appendKey(dst []byte, s string) []byte {
	if isASCII(s) {
		return appendASCIIKey(dst, s)
	}
	return append(dst, slowKey(s)...)
}

func isASCII(s string) bool {
	for i := 0; i < len(s); i++ {
		if s[i] >= utf8.RuneSelf {
			return false
		}
	}
	return true
}

// appendASCIIKey is Key for ASCII text, where normalization changes
// nothing: the same rules, byte by byte.
func appendASCIIKey(dst []byte, s string) []byte {
	start := len(dst)
	space := false
	for i := 0; i < len(s); i++ {
		c := s[i]
		switch c {
		case '.', ',':
			continue
		case '`':
			c = '\''
		case '-', ' ', '\t', '\n', '\v', '\f', '\r':
			space = true
			continue
		}
		if space && len(dst) > start {
			dst = append(dst, ' ')
		}
		space = false
		if 'A' <= c && c <= 'Z' {
			c += 'a' - 'A'
		}
		dst = append(dst, c)
	}
	if k := dst[start:]; len(k) >= 4 && string(k[:4]) == "the " {
		dst = append(dst[:start], k[4:]...)
	}
	return dst
}

func slowKey(s string) string {
	var b strings.Builder
	space := false
	for _, r := range norm.NFD.String(s) {
		switch {
		case unicode.Is(unicode.Mn, r), r == '.', r == ',':
			continue
		case r == '\u2019', r == '\u2018', r == '`', r == '\u02bb', r == '\u02bc':
			r = '\''
		case r == '-', r == '\u2010', r == '\u2011', r == '\u2013', unicode.IsSpace(r):
			space = true
			continue
		}
		if space && b.Len() > 0 {
			b.WriteByte(' ')
		}
		space = false
		b.WriteRune(unicode.ToLower(r))
	}
	return strings.TrimPrefix(b.String(), "the ")
}

// isAcronym reports whether a name is written in capitals only ("US",
// "U.S.", "WHO", "G7"): such names match only text without lower case.
func isAcronym(name string) bool {
	letters := 0
	for _, r := range name {
		switch {
		case unicode.IsLower(r), unicode.IsSpace(r):
			return false
		case unicode.IsUpper(r):
			letters++
		}
	}
	return letters > 0 && letters <= 6
}

func hasLower(s string) bool {
	if isASCII(s) {
		for i := 0; i < len(s); i++ {
			if 'a' <= s[i] && s[i] <= 'z' {
				return true
			}
		}
		return false
	}
	for _, r := range s {
		if unicode.IsLower(r) {
			return true
		}
	}
	return false
}

// Conflict is one key that two entries with different names claim; the
// first entry in file order keeps it.
type Conflict struct {
	Index string // which index: "country name", "place", ...
	Key   string
	Kept  string // the entry that keeps the key
	Other string // the entry that lost it
}

func (c Conflict) String() string {
	return fmt.Sprintf("%s %q: %s / %s", c.Index, c.Key, c.Kept, c.Other)
}

// index maps normalized names to entries, acronyms apart.
type index[T comparable] struct {
	what      string
	plain     map[string]T
	acro      map[string]T
	label     func(T) string
	conflicts *[]Conflict
}

func newIndex[T comparable](what string, label func(T) string, conflicts *[]Conflict) *index[T] {
	return &index[T]{what: what, plain: map[string]T{}, acro: map[string]T{}, label: label, conflicts: conflicts}
}

func (ix *index[T]) add(name string, v T) {
	k := Key(name)
	if k == "" {
		return
	}
	m := ix.plain
	if isAcronym(name) {
		m = ix.acro
	}
	if old, ok := m[k]; ok {
		if old != v && ix.label(old) != ix.label(v) {
			*ix.conflicts = append(*ix.conflicts, Conflict{ix.what, k, ix.label(old), ix.label(v)})
		}
		return
	}
	m[k] = v
}

func (ix *index[T]) get(s string) (T, bool) {
	var buf [64]byte
	k := appendKey(buf[:0], s)
	if !hasLower(s) {
		if v, ok := ix.acro[string(k)]; ok {
			return v, true
		}
	}
	v, ok := ix.plain[string(k)]
	return v, ok
}

// table reads an embedded TSV file: non-empty, non-comment lines split on
// tabs and padded to n fields. A row with more than n fields is an error.
func table(name string, n int) [][]string {
	b, err := data.ReadFile("data/" + name)
	if err != nil {
		panic(err)
	}
	var rows [][]string
	for i, line := range strings.Split(string(b), "\n") {
		line = strings.TrimRight(line, "\r")
		if strings.TrimSpace(line) == "" || strings.HasPrefix(line, "#") {
			continue
		}
		f := strings.Split(line, "\t")
		if len(f) > n {
			panic(fmt.Sprintf("lexicon: %s:%d: %d fields, want at most %d", name, i+1, len(f), n))
		}
		for len(f) < n {
			f = append(f, "")
		}
		for j := range f {
			f[j] = strings.TrimSpace(f[j])
		}
		rows = append(rows, f)
	}
	return rows
}

func split(s string) []string {
	if s == "" {
		return nil
	}
	var out []string
	for _, p := range strings.Split(s, "|") {
		if p = strings.TrimSpace(p); p != "" {
			out = append(out, p)
		}
	}
	return out
}
