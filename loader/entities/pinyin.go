package entities

import "strings"

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
