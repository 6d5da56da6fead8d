package entities

import (
	"math"
	"slices"
	"strings"
	"sync"
)

// Chinese personal names written in Western order ("Wanzhou Meng") are
// named family name first ("Meng Wanzhou"), as Chinese names are in most
// copy, so that one person gets one name across documents.

var pinyinInitials = []string{"zh", "ch", "sh", "b", "p", "m", "f", "d", "t", "n", "l", "g", "k", "h", "j", "q", "x", "r", "z", "c", "s", "y", "w", ""}

var pinyinFinals = map[string]bool{
	"a": true, "o": true, "e": true, "i": true, "u": true, "v": true, "ai": true, "ei": true, "ui": true, "ao": true,
	"ou": true, "iu": true, "ie": true, "ve": true, "er": true, "an": true, "en": true, "in": true, "un": true,
	"ang": true, "eng": true, "ing": true, "ong": true, "ia": true, "iao": true, "ian": true, "iang": true,
	"iong": true, "ua": true, "uo": true, "uai": true, "uan": true, "uang": true, "ue": true,
}

// isPinyinName: the word is one to three pinyin syllables ("Wanzhou",
// "Jinping", "Hua").
func isPinyinName(w string) bool {
	w = strings.ToLower(w)
	var parse func(s string, n int) bool
	parse = func(s string, n int) bool {
		if s == "" {
			return n > 0
		}
		if n == 3 {
			return false
		}
		for _, ini := range pinyinInitials {
			if !strings.HasPrefix(s, ini) {
				continue
			}
			rest := s[len(ini):]
			for l := min(4, len(rest)); l >= 1; l-- {
				if pinyinFinals[rest[:l]] && parse(rest[l:], n+1) {
					return true
				}
			}
		}
		return false
	}
	return len(w) >= 2 && parse(w, 0)
}

// chineseOrder returns "Meng Wanzhou" for "Wanzhou Meng": a two-word name
// whose last word is a family name of the lists and whose first is pinyin
// and no given name of the lists; "" otherwise.
func (d *docState) chineseOrder(toks []string) string {
	if len(toks) != 2 || !d.w.surnames[toks[1]] || d.w.given[toks[0]] || d.w.surnames[toks[0]] || !isPinyinName(toks[0]) || !isPinyinName(toks[1]) {
		return ""
	}
	return toks[1] + " " + toks[0]
}

// Misspelt Chinese given names. News copy sometimes writes a Chinese given
// name one letter off ("Chen Quanquo" for "Chen Quanguo"), which would make
// two people of one. A given name that is no Hanyu Pinyin, nor the
// syllables of another romanisation (Cantonese, Wade-Giles, Korean), but is
// pinyin after one letter replaced, is corrected to the spelling whose
// syllables are the most common in given names, when that spelling is
// clearly the likeliest. The correction depends on the name alone.

// pinyinTables are the syllable lists of data/pinyin.txt,
// data/namesyllables.txt and data/otherromanisations.txt.
type pinyinTables struct {
	valid map[string]bool // the syllables of Hanyu Pinyin
	other map[string]bool // syllables of other romanisations that are no pinyin
	cost  map[string]float64
}

var (
	pinyinOnce sync.Once
	pinyinTab  *pinyinTables
)

func pinyin() *pinyinTables {
	pinyinOnce.Do(func() {
		t := &pinyinTables{valid: map[string]bool{}, other: map[string]bool{}, cost: map[string]float64{}}
		for _, s := range syllables("data/pinyin.txt") {
			t.valid[s] = true
		}
		for _, s := range syllables("data/otherromanisations.txt") {
			t.other[s] = true
		}
		for r, s := range syllables("data/namesyllables.txt") {
			if t.valid[s] {
				// a ranking read as Zipf's law: frequency 1/rank
				t.cost[s] = math.Log(float64(r + 1))
			}
		}
		pinyinTab = t
	})
	return pinyinTab
}

// syllables reads a list of space-separated syllables, in order.
func syllables(name string) []string {
	var out []string
	for _, f := range lines(name) {
		out = append(out, strings.Fields(strings.Join(f, " "))...)
	}
	return out
}

// maxSyllable is the most letters of a syllable of the lists.
const maxSyllable = 6

// vowelStart: pinyin writes an apostrophe before a syllable starting with
// a, o or e inside a word ("Xi'an"), so without one none can follow another.
func vowelStart(s string) bool { return s[0] == 'a' || s[0] == 'o' || s[0] == 'e' }

// split returns the least total cost of splitting the lower-case word s
// into one to three syllables for which cost answers ok, and whether s
// splits so at all.
func split(s string, cost func(syl string, first bool) (float64, bool)) (float64, bool) {
	var rec func(i, n int) (float64, bool)
	rec = func(i, n int) (float64, bool) {
		if i == len(s) {
			return 0, n > 0
		}
		if n == 3 {
			return 0, false
		}
		best, found := math.Inf(1), false
		for j := i + 1; j <= min(len(s), i+maxSyllable); j++ {
			c, ok := cost(s[i:j], i == 0)
			if !ok {
				continue
			}
			if rest, ok := rec(j, n+1); ok && c+rest < best {
				best, found = c+rest, true
			}
		}
		return best, found
	}
	return rec(0, 0)
}

// isPinyin: the lower-case word is one to three syllables of Hanyu Pinyin,
// strictly ("quanguo", not "quanquo").
func (t *pinyinTables) isPinyin(s string) bool {
	_, ok := split(s, func(syl string, first bool) (float64, bool) {
		return 0, t.valid[syl] && (first || !vowelStart(syl))
	})
	return ok
}

// otherRomanisation: the lower-case word is one to three syllables of
// pinyin or another romanisation ("minho", "yuetngor", "chingkuo").
func (t *pinyinTables) otherRomanisation(s string) bool {
	_, ok := split(s, func(syl string, first bool) (float64, bool) {
		return 0, t.other[syl] || t.valid[syl] && (first || !vowelStart(syl))
	})
	return ok
}

// nameCost is how unlikely the lower-case word is as a given name: the
// sum of the log ranks of its syllables, split the likeliest way; false
// when some syllable is no given-name syllable of the ranking.
func (t *pinyinTables) nameCost(s string) (float64, bool) {
	return split(s, func(syl string, first bool) (float64, bool) {
		c, ok := t.cost[syl]
		return c, ok && (first || !vowelStart(syl))
	})
}

// clearMargin: the best correction must be at least this many times
// likelier than the next (log scale), else the name is left as written.
var clearMargin = math.Log(3)

// correctGiven returns the one-letter correction of the lower-case word
// that is a given name of pinyin syllables clearly likelier than any other,
// false when there is none or no clear one.
func (t *pinyinTables) correctGiven(s string) (string, bool) {
	best, second, word := math.Inf(1), math.Inf(1), ""
	b := []byte(s)
	for i, orig := range b {
		for c := byte('a'); c <= 'z'; c++ {
			if c == orig || c == 'v' {
				continue // v is the u-umlaut of a syllable, no typing slip
			}
			b[i] = c
			if cost, ok := t.nameCost(string(b)); ok {
				if cost < best {
					best, second, word = cost, best, string(b)
				} else if cost < second {
					second = cost
				}
			}
		}
		b[i] = orig
	}
	if word == "" || second-best < clearMargin {
		return "", false
	}
	return word, true
}

// correctChineseName returns the words of a Chinese name with a misspelt
// given name corrected ("Chen Quanquo" -> "Chen Quanguo", "Kevin Chen
// Jianquo" -> "Kevin Chen Jianguo"), nil when the name is no such name:
// the family name must be one of the lists and pinyin, the given name one
// word of at least four letters, no name of the lists, neither pinyin nor
// another romanisation as written.
func (w *wordLists) correctChineseName(toks []string) []string {
	fam, giv := 0, 1
	switch {
	case len(toks) == 2:
	case len(toks) == 3 && w.eastAsianWithWestern(toks) == 3:
		fam, giv = 1, 2
	default:
		return nil
	}
	t := pinyin()
	g := toks[giv]
	if !w.surnames[toks[fam]] || !t.isPinyin(strings.ToLower(toks[fam])) || w.given[g] || w.surnames[g] || len(g) < 4 || !isTitleCaseASCII(g) {
		return nil
	}
	low := strings.ToLower(g)
	if t.isPinyin(low) || t.otherRomanisation(low) {
		return nil
	}
	c, ok := t.correctGiven(low)
	if !ok {
		return nil
	}
	out := slices.Clone(toks)
	out[giv] = strings.ToUpper(c[:1]) + c[1:]
	return out
}

// isTitleCaseASCII: an ASCII capital and ASCII lower-case letters ("Quanquo").
func isTitleCaseASCII(s string) bool {
	if s == "" || s[0] < 'A' || s[0] > 'Z' {
		return false
	}
	for i := 1; i < len(s); i++ {
		if s[i] < 'a' || s[i] > 'z' {
			return false
		}
	}
	return true
}
