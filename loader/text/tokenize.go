package text

import (
	"embed"
	"strings"
	"sync"
	"unicode"
	"unicode/utf8"

	"newsgraph/loader/datafile"
)

//go:embed data
var data embed.FS

// AbbrevKind says how an abbreviation behaves at a possible sentence end.
type AbbrevKind int

const (
	NotAbbrev   AbbrevKind = iota
	TitleAbbrev            // "Mr.", "Gen.", "No.": always followed by the rest of the sentence
	MonthAbbrev            // "Dec.", "Fri."
	OtherAbbrev            // "U.S.", "Inc.", "a.m.": may end a sentence
)

var (
	listsOnce   sync.Once
	abbrevs     map[string]AbbrevKind
	starters    map[string]bool
	speechVerbs map[string]bool
)

func loadLists() {
	abbrevs = map[string]AbbrevKind{}
	for _, f := range dataLines("data/abbreviations.txt") {
		kind := OtherAbbrev
		if len(f) > 1 {
			switch f[1] {
			case "title":
				kind = TitleAbbrev
			case "month":
				kind = MonthAbbrev
			}
		}
		abbrevs[f[0]] = kind
	}
	starters = map[string]bool{}
	for _, f := range dataLines("data/starters.txt") {
		starters[f[0]] = true
	}
	speechVerbs = map[string]bool{}
	for _, f := range dataLines("data/speechverbs.txt") {
		speechVerbs[f[0]] = true
	}
}

// dataLines reads one of the package's embedded lists.
func dataLines(name string) [][]string { return datafile.Lines(data, name) }

// Abbreviation reports whether tok (with its final period) is a known
// abbreviation and of which kind. Single capital letters with a period
// ("J.") are initials, reported as TitleAbbrev; dotted acronyms ("U.S.A.")
// not in the list are OtherAbbrev.
func Abbreviation(tok string) AbbrevKind {
	listsOnce.Do(loadLists)
	if k, ok := abbrevs[tok]; ok {
		return k
	}
	if !strings.HasSuffix(tok, ".") {
		return NotAbbrev
	}
	body := tok[:len(tok)-1]
	if r, n := utf8.DecodeRuneInString(body); n == len(body) && unicode.IsUpper(r) {
		return TitleAbbrev // an initial
	}
	if k := capsAbbreviation(body); k != NotAbbrev {
		return k
	}
	if isDottedAcronym(tok) {
		return OtherAbbrev
	}
	return NotAbbrev
}

// capsAbbreviation reads a month or title abbreviation written in capitals,
// as datelines and headlines print them ("SEPT.", "GEN."): body is the
// token without its period. Two-letter titles ("NO.", "LT.") are left out,
// as "NO." may end a shouted sentence.
func capsAbbreviation(body string) AbbrevKind {
	if len(body) < 3 || len(body) > 5 {
		return NotAbbrev
	}
	var buf [6]byte
	for i := 0; i < len(body); i++ {
		c := body[i]
		if c < 'A' || c > 'Z' {
			return NotAbbrev
		}
		if i > 0 {
			c += 'a' - 'A'
		}
		buf[i] = c
	}
	buf[len(body)] = '.'
	if k := abbrevs[string(buf[:len(body)+1])]; k == MonthAbbrev || k == TitleAbbrev {
		return k
	}
	return NotAbbrev
}

// isDottedAcronym: "U.S.", "a.m.", "U.S.A." (letters each followed by a period).
func isDottedAcronym(s string) bool {
	n := 0
	rs := []rune(s)
	if len(rs) < 4 {
		return false
	}
	for i := 0; i < len(rs); i += 2 {
		if !unicode.IsLetter(rs[i]) || i+1 >= len(rs) || rs[i+1] != '.' {
			return false
		}
		n++
	}
	return n >= 2
}

// IsSentenceStarter reports whether a capitalized word commonly begins a sentence.
func IsSentenceStarter(w string) bool { listsOnce.Do(loadLists); return starters[w] }

// IsSpeechVerb reports whether w (lower case) is a verb of saying.
func IsSpeechVerb(w string) bool { listsOnce.Do(loadLists); return speechVerbs[strings.ToLower(w)] }

func isWordRune(r rune) bool {
	if r < utf8.RuneSelf {
		c := byte(r) | 0x20 // an ASCII letter in lower case
		return 'a' <= c && c <= 'z' || '0' <= r && r <= '9'
	}
	return unicode.IsLetter(r) || unicode.IsDigit(r) || unicode.Is(unicode.Mn, r)
}

func isApostrophe(r rune) bool { return r == '\'' || r == '\u2019' }

func isHyphen(r rune) bool { return r == '-' || r == '\u2010' || r == '\u2011' }

// Tokenize splits s into words and punctuation marks; offsets are byte
// offsets into s plus base. Words keep internal hyphens and apostrophes
// ("François-Philippe", "O'Brien"), numbers keep decimal points and
// thousands separators ("3.5", "1,000"), abbreviations, initials and dotted
// acronyms keep their periods ("Mr.", "J.", "U.S."); a possessive 's or '
// is a token of its own; "...", "…", "--" and dashes are one token each;
// URLs, @handles and #hashtags are one token.
func Tokenize(s string, base int) []Token {
	listsOnce.Do(loadLists)
	toks := make([]Token, 0, len(s)/5+1) // about one token per five bytes of news text
	i := 0
	emit := func(a, b int) { toks = append(toks, Token{Text: s[a:b], Start: base + a, End: base + b}) }
	for i < len(s) {
		r, n := utf8.DecodeRuneInString(s[i:])
		switch {
		case unicode.IsSpace(r):
			i += n
		case strings.HasPrefix(s[i:], "http://") || strings.HasPrefix(s[i:], "https://") || strings.HasPrefix(s[i:], "www."):
			j := i
			for j < len(s) {
				r2, n2 := utf8.DecodeRuneInString(s[j:])
				if unicode.IsSpace(r2) || r2 == '"' || r2 == '\u201d' || r2 == ')' {
					break
				}
				j += n2
			}
			// a URL does not end with sentence punctuation
			for j > i+1 && strings.ContainsAny(s[j-1:j], ".,;:!?") {
				j--
			}
			emit(i, j)
			i = j
		case (r == '@' || r == '#') && i+1 < len(s) && startsWord(s[i+1:]):
			j := i + 1
			for j < len(s) {
				r2, n2 := utf8.DecodeRuneInString(s[j:])
				if !isWordRune(r2) && r2 != '_' {
					break
				}
				j += n2
			}
			emit(i, j)
			i = j
		case isWordRune(r):
			j := scanWord(s, i)
			emit(i, j)
			i = j
		case r == '.' && strings.HasPrefix(s[i:], "..."):
			j := i + 3
			for j < len(s) && s[j] == '.' {
				j++
			}
			emit(i, j)
			i = j
		case r == '-' && strings.HasPrefix(s[i:], "--"):
			j := i + 2
			for j < len(s) && s[j] == '-' {
				j++
			}
			emit(i, j)
			i = j
		case isApostrophe(r):
			// possessive 's / ’s after a word, or a bare plural possessive
			if len(toks) > 0 && toks[len(toks)-1].End == base+i {
				rest := s[i+n:]
				if len(rest) > 0 && (rest[0] == 's' || rest[0] == 'S') && !startsWord(rest[1:]) {
					emit(i, i+n+1)
					i += n + 1
					continue
				}
			}
			emit(i, i+n)
			i += n
		default:
			emit(i, i+n)
			i += n
		}
	}
	return toks
}

func startsWord(s string) bool {
	if s == "" {
		return false
	}
	r, _ := utf8.DecodeRuneInString(s)
	return isWordRune(r)
}

// scanWord returns the end of the word starting at i.
func scanWord(s string, i int) int {
	start := i
	j := i
	digitsOnly := true
	for j < len(s) {
		// ASCII letters and digits first, without decoding
		if c := s[j]; c < utf8.RuneSelf {
			if l := c | 0x20; 'a' <= l && l <= 'z' {
				digitsOnly = false
				j++
				continue
			}
			if '0' <= c && c <= '9' {
				j++
				continue
			}
		}
		r, n := utf8.DecodeRuneInString(s[j:])
		if isWordRune(r) {
			if !unicode.IsDigit(r) {
				digitsOnly = false
			}
			j += n
			continue
		}
		rest := s[j+n:]
		switch {
		case isHyphen(r) && startsWord(rest):
			j += n
			continue
		case isApostrophe(r) && startsWord(rest):
			// O'Brien, don't; but not a possessive 's
			if (rest[0] == 's' || rest[0] == 'S') && !startsWord(rest[1:]) {
				return j
			}
			j += n
			continue
		case (r == '.' || r == ',') && digitsOnly && j > start && len(rest) > 0 && rest[0] >= '0' && rest[0] <= '9':
			if r == ',' && !threeDigits(rest) {
				return j
			}
			j += n
			continue
		case r == '.':
			return periodEnd(s, start, j)
		}
		return j
	}
	return j
}

func threeDigits(s string) bool {
	if len(s) < 3 {
		return false
	}
	for k := 0; k < 3; k++ {
		if s[k] < '0' || s[k] > '9' {
			return false
		}
	}
	return len(s) == 3 || s[3] < '0' || s[3] > '9'
}

// periodEnd decides whether the period at j belongs to the word s[start:j]:
// dotted acronyms (U.S., a.m.), listed abbreviations and initials keep it.
func periodEnd(s string, start, j int) int {
	word := s[start:j]
	// dotted acronym: a single letter followed by ".X." ...
	if utf8.RuneCountInString(word) == 1 {
		k := j
		for {
			// s[k] == '.'
			if k+1 < len(s) {
				r, n := utf8.DecodeRuneInString(s[k+1:])
				if unicode.IsLetter(r) && k+1+n < len(s) && s[k+1+n] == '.' {
					k = k + 1 + n
					continue
				}
			}
			break
		}
		if k > j {
			return k + 1
		}
		if r, _ := utf8.DecodeRuneInString(word); unicode.IsUpper(r) {
			return j + 1 // an initial
		}
	}
	if _, ok := abbrevs[word+"."]; ok {
		return j + 1
	}
	if capsAbbreviation(word) != NotAbbrev {
		return j + 1
	}
	return j
}
