package entities

import (
	"slices"
	"strings"

	"newsgraph/loader/lexicon"
)

// Canonical person names as a function of the name alone, so that one
// person written in fuller or looser forms in different documents gets one
// name (and one IRI) wherever the forms are these:
//   - "Michael John Smith" -> "Michael Smith": a Western middle name (a
//     given name of the lists between a given name and the family name) is
//     not part of the canonical name;
//   - "Sabrina Meng Wanzhou" -> "Meng Wanzhou": an English given name before
//     a Chinese family name and a pinyin given name; the person goes by the
//     Chinese name;
//   - "Carrie Lam Cheng Yuet-ngor" -> "Carrie Lam": an English given name
//     before a family name and a hyphenated Cantonese (or Korean, Taiwanese)
//     given name; the person goes by the English given name and family name.

// canonicalPersonToks returns the words of the canonical name for a full
// name's words, t itself where no rule applies.
func (w *wordLists) canonicalPersonToks(t []string) []string {
	if n := w.eastAsianWithWestern(t); n > 0 {
		if n == 3 && !strings.Contains(t[2], "-") {
			return t[1:3] // "Meng Wanzhou"
		}
		return t[:2] // "Carrie Lam"
	}
	if len(t) < 3 || !w.given[t[0]] || w.surnames[t[0]] || w.compoundGiven[t[0]] || isInitial(t[0]) {
		return t
	}
	last := t[len(t)-1]
	if w.given[last] && len(t) > 3 || w.particles[strings.ToLower(last)] || isInitial(last) || nameSuffixes[strings.ToLower(strings.TrimSuffix(last, "."))] {
		return t
	}
	for _, m := range t[1 : len(t)-1] {
		if !w.given[m] || w.surnames[m] || isInitial(m) || w.particles[strings.ToLower(m)] {
			return t
		}
	}
	return []string{t[0], last}
}

var nameSuffixes = map[string]bool{"jr": true, "sr": true, "ii": true, "iii": true, "iv": true}

// eastAsianWithWestern: t is an English given name, an East Asian family
// name of the lists, then the Chinese given name (pinyin, or hyphenated
// syllables), possibly after a second family name ("Carrie Lam Cheng
// Yuet-ngor"); it returns len(t), 0 if t is not such a name.
func (w *wordLists) eastAsianWithWestern(t []string) int {
	if len(t) < 3 || len(t) > 4 || !isCapitalized(t[0]) || w.surnames[t[0]] || isInitial(t[0]) || isPinyinName(t[0]) && !w.given[t[0]] || !w.surnames[t[1]] {
		return 0
	}
	if len(t) == 4 && !w.surnames[t[2]] {
		return 0
	}
	g := t[len(t)-1]
	if w.given[g] || w.surnames[g] {
		return 0
	}
	if strings.Contains(g, "-") {
		for _, s := range strings.Split(g, "-") {
			if s == "" || len(s) > 6 {
				return 0
			}
		}
		return len(t)
	}
	if len(t) == 3 && isPinyinName(g) {
		return 3
	}
	return 0
}

// westernPrefix: short is the English given name and family name that open
// long, an East Asian name with an English given name ("Sabrina Meng" of
// "Sabrina Meng Wanzhou").
func (w *wordLists) westernPrefix(short, long []string) bool {
	return len(short) == 2 && w.eastAsianWithWestern(long) > 0 && slices.Equal(short, long[:2])
}

// misspeltName: a and b are the same name but for one word, which is one
// letter off ("Chen Quanguo", "Chen Quanguo" misspelt "Chen Quanquo"),
// words of at least five letters neither of which is a name of the lists.
func (w *wordLists) misspeltName(a, b []string) bool {
	if len(a) != len(b) || len(a) < 2 {
		return false
	}
	diff := -1
	for k := range a {
		if a[k] != b[k] {
			if diff >= 0 {
				return false
			}
			diff = k
		}
	}
	if diff < 0 {
		return false
	}
	x, y := a[diff], b[diff]
	if len([]rune(x)) < 5 || len([]rune(y)) < 5 || w.given[x] && w.given[y] || w.surnames[x] && w.surnames[y] {
		return false
	}
	return lexicon.OneEdit(x, y)
}
